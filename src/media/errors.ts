/** What can go wrong with an image or a voice note; each code has one user-facing sentence in `replies.ts`. */
export const MEDIA_ERROR_CODES = [
  'too_large',
  'not_image',
  'not_audio',
  'fetch_failed',
  'timeout',
  'busy',
  'user_busy',
  'images_off',
  'voice_off',
  'transcribe_failed',
  'closed',
  'failed',
] as const;
export type MediaErrorCode = (typeof MEDIA_ERROR_CODES)[number];

/** A failure of the media side; `message` is for the log (never a URL with a token), `code` picks the reply. */
export class MediaError extends Error {
  override readonly name = 'MediaError';
  constructor(
    readonly code: MediaErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const mediaError = (code: MediaErrorCode, message: string, cause?: unknown): MediaError =>
  new MediaError(code, message, cause === undefined ? undefined : { cause });
