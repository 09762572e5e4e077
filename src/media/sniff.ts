import { fileTypeFromBuffer } from 'file-type';
import { mediaError } from './errors';

/** Image formats read (what phones and chat apps send); SVG and PDF are refused on purpose. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
/** Voice-note formats a transcription endpoint accepts (Telegram sends Ogg/Opus, Zalo AAC or M4A). */
export const AUDIO_TYPES = ['audio/ogg', 'audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac', 'audio/wav', 'audio/x-wav', 'audio/webm', 'video/webm', 'video/mp4'] as const;

export interface Sniffed {
  mime: string;
  ext: string;
}

/** Extensions transcription endpoints know for what file-type names otherwise (Ogg/Opus is sent as .ogg). */
const UPLOAD_EXT: Record<string, string> = { opus: 'ogg' };

/** The file's real type from its first bytes, whatever the sender or the platform claimed; parameters dropped. */
export async function sniff(bytes: Uint8Array): Promise<Sniffed | undefined> {
  const type = await fileTypeFromBuffer(bytes);
  return type ? { mime: type.mime.split(';')[0]!.trim(), ext: UPLOAD_EXT[type.ext] ?? type.ext } : undefined;
}

export async function expectImage(bytes: Uint8Array): Promise<Sniffed> {
  const type = await sniff(bytes);
  if (!type || !(IMAGE_TYPES as readonly string[]).includes(type.mime)) {
    throw mediaError('not_image', `the file is ${type?.mime ?? 'not a known format'}; images must be one of ${IMAGE_TYPES.join(', ')}`);
  }
  return type;
}

export async function expectAudio(bytes: Uint8Array): Promise<Sniffed> {
  const type = await sniff(bytes);
  if (!type || !(AUDIO_TYPES as readonly string[]).includes(type.mime)) {
    throw mediaError('not_audio', `the file is ${type?.mime ?? 'not a known format'}; voice notes must be one of ${AUDIO_TYPES.join(', ')}`);
  }
  return type;
}
