import { z } from 'zod';

export type ZaloEventName =
  | 'message.text.received'
  | 'message.image.received'
  | 'message.voice.received'
  | 'message.sticker.received'
  | 'message.unsupported.received'
  | (string & {});

export interface ZaloUser {
  id: string;
  display_name?: string;
  name?: string;
  first_name?: string;
  is_bot?: boolean;
}

export interface ZaloChat {
  id: string;
  chat_type: 'PRIVATE' | 'GROUP' | (string & {});
}

export interface ZaloMessage {
  from: ZaloUser;
  /** Reply here, not to `from.id`. */
  chat: ZaloChat;
  /** Zalo may redeliver a webhook: dedupe on this. */
  message_id: string;
  /** Epoch milliseconds. */
  date: number;
  text?: string;
  /** Usually the image URL; the shape is not documented, so it is passed through as received. */
  photo?: unknown;
  caption?: string;
  /** Sticker id (sometimes with a sibling `url`); passed through as received. */
  sticker?: unknown;
  /** Voice note: the audio URL (field name and shape undocumented: `voice`, `audio` or `url`, a string or `{url}`). */
  voice?: unknown;
  audio?: unknown;
  url?: unknown;
}

export interface ZaloUpdate {
  event_name: ZaloEventName;
  message: ZaloMessage;
}

export interface ZaloBotInfo {
  id: string;
  account_name: string;
  account_type: string;
  can_join_groups: boolean;
}

export interface ZaloWebhookInfo {
  /** Empty when no webhook is set. */
  url: string;
  /** Epoch milliseconds. */
  updated_at?: number;
}

export interface ZaloSentMessage {
  message_id: string;
  /** Epoch milliseconds. */
  date: number;
}

export type ZaloChatAction = 'typing' | 'upload_photo';

const id = z.union([z.string().min(1), z.number()]).transform(String);
/** Fields we only display: a surprising value becomes undefined instead of losing the whole message. */
const extra = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const epochMs = z.union([z.number(), z.string().regex(/^\d+$/u).transform(Number)]);

const messageSchema = z
  .object({
    from: z
      .object({
        id,
        display_name: extra(z.string()),
        name: extra(z.string()),
        first_name: extra(z.string()),
        is_bot: extra(z.boolean()),
      })
      .loose(),
    chat: z.object({ id, chat_type: z.string() }).loose(),
    message_id: id,
    date: epochMs,
    text: z.string().optional(),
    photo: z.unknown().optional(),
    caption: extra(z.string()),
    sticker: z.unknown().optional(),
    voice: z.unknown().optional(),
    audio: z.unknown().optional(),
    url: z.unknown().optional(),
  })
  .loose();

const bareUpdateSchema = z
  .object({ event_name: z.string().min(1).optional(), message: messageSchema })
  .loose()
  .transform(({ event_name, ...rest }) => ({ ...rest, event_name: event_name ?? inferEventName(rest.message) }));

/** Some documented samples omit `event_name`; infer it from the message content. */
function inferEventName(message: { text?: string; photo?: unknown; sticker?: unknown; voice?: unknown; audio?: unknown }): ZaloEventName {
  if (message.text !== undefined) return 'message.text.received';
  if (message.photo !== undefined) return 'message.image.received';
  if (message.sticker !== undefined) return 'message.sticker.received';
  if (message.voice !== undefined || message.audio !== undefined) return 'message.voice.received';
  return 'message.unsupported.received';
}

const isEnvelope = (input: unknown): input is { ok: unknown; result: unknown } =>
  typeof input === 'object' && input !== null && 'ok' in input && 'result' in input;

/**
 * Parses one update, bare or wrapped in `{ok, result}` (webhook bodies arrive both ways), into the bare update.
 * IDs become strings and `date` a number; unknown fields are kept.
 */
export const zaloUpdateSchema: z.ZodType<ZaloUpdate, unknown> = z.preprocess(
  (input) => (isEnvelope(input) ? input.result : input),
  bareUpdateSchema,
);

/** The http(s) URL in an undocumented media field: the string itself, or its `url` / `href`. */
export function mediaUrl(...values: unknown[]): string | undefined {
  for (const value of values) {
    const candidate = typeof value === 'string' ? value : value && typeof value === 'object' ? ((value as { url?: unknown; href?: unknown }).url ?? (value as { href?: unknown }).href) : undefined;
    if (typeof candidate === 'string' && /^https?:\/\//iu.test(candidate)) return candidate;
  }
  return undefined;
}
