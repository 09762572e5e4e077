import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Log } from '../../core';
import { BodyTooLargeError, readBytes, refuseUnread, sendJson } from '../../server/http-utils';
import { MEDIA_ERROR_TEXT, MEDIA_LIMITS } from '../../media';
import type { ChannelPipeline, Outgoing } from '../pipeline';
import type { StoreRateLimiter } from '../rate-limit';
import { CHANNEL_REPLIES } from '../replies';

const session = z.string().trim().min(8).max(100);

const chatBody = z
  .object({
    session,
    text: z.string().max(50_000).optional(),
    button: z.string().max(100).optional(),
  })
  .refine((b) => (b.text?.trim() ?? '') !== '' || !!b.button, { message: 'empty' });

const feedbackBody = z.object({ id: z.string().min(1).max(100), rating: z.union([z.literal(1), z.literal(-1)]) });

export const WEB_ERRORS = {
  badRequest: 'Yêu cầu không hợp lệ. Bạn gõ câu hỏi rồi bấm Gửi nhé.',
  tooLarge: 'Tin nhắn quá dài. Bạn hỏi ngắn gọn từng ý một nhé.',
  unknownAnswer: 'Không tìm thấy câu trả lời này để ghi nhận đánh giá.',
} as const;

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function respond(res: ServerResponse, outs: Outgoing[]): void {
  const out = outs[0];
  if (!out || out.intent === 'rate_limited') {
    return sendJson(res, 429, { error: out?.text ?? 'Bạn gửi hơi nhanh, bạn đợi một chút rồi gửi tiếp nhé.' });
  }
  // Only answers that can be rated carry an id; the page shows 👍/👎 for those alone.
  const sources = (out.sources ?? []).map(({ path, title, section }) => ({ path, title, section }));
  const files = (out.attachments ?? []).filter((a) => a.url).map((a) => ({ name: a.fileName, url: a.url }));
  sendJson(res, 200, {
    ...(out.answerId ? { id: out.answerId } : {}),
    intent: out.intent,
    text: out.text,
    sources,
    ...(out.buttons?.length ? { buttons: out.buttons } : {}),
    ...(out.actions?.length ? { actions: out.actions } : {}),
    ...(files.length ? { files } : {}),
  });
}

/** Refuses an upload mid-stream: the answer goes out and the connection is closed rather than read to its end. */
function refuseUpload(req: IncomingMessage, res: ServerResponse, status: number, error: string, headers: Record<string, string> = {}): void {
  refuseUnread(req, res, status, { error }, headers);
}

export interface WebApiOptions {
  /** Requests per network address, shared by every process (a client rotating sessions is still one address). */
  limiter?: StoreRateLimiter;
  address?: (req: IncomingMessage) => string;
  log?: Log;
  clock?: () => Date;
  /** Largest image upload, in bytes (default the media limit, 5 MB). */
  maxImageBytes?: number;
}

/**
 * The web chat's API, through the same pipeline as the bots: POST /api/chat and POST /api/feedback (JSON, read by the
 * server within its body limit), and POST /api/image?session=… (the image as the raw body, read here within the image
 * limit while it streams in).
 */
export function webApi(pipeline: ChannelPipeline, options: WebApiOptions = {}) {
  const clock = options.clock ?? (() => new Date());
  const refusals = new Map<string, { loggedAt: number; since: number }>();
  /**
   * Whether this address may make one more request; refusals are logged at most every 10 s per address, with their
   * count. An upload refused before its body is read has its connection closed once the answer is out.
   */
  const admitted = async (req: IncomingMessage, res: ServerResponse, route: string, upload = false): Promise<boolean> => {
    if (!options.limiter || !options.address) return true;
    const address = options.address(req);
    if (await options.limiter.consume(`address:${address}`, clock())) return true;
    const seen = refusals.get(address) ?? { loggedAt: 0, since: 0 };
    seen.since++;
    if (Date.now() - seen.loggedAt >= 10_000) {
      options.log?.warn({ channel: 'web', route, ip: address, refused: seen.since, outcome: 'address_limited' }, 'web API requests over the per-address limit refused');
      seen.loggedAt = Date.now();
      seen.since = 0;
    }
    refusals.set(address, seen);
    if (refusals.size > 10_000) refusals.clear();
    if (upload) refuseUpload(req, res, 429, CHANNEL_REPLIES.address_limited, { 'retry-after': '60' });
    else sendJson(res, 429, { error: CHANNEL_REPLIES.address_limited }, { 'retry-after': '60' });
    return false;
  };
  const maxImageBytes = options.maxImageBytes ?? MEDIA_LIMITS.maxBytes;
  return {
    async image(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const parsed = session.safeParse(new URL(req.url ?? '/', 'http://localhost').searchParams.get('session') ?? '');
      if (!parsed.success) return refuseUpload(req, res, 400, WEB_ERRORS.badRequest);
      if (Number(req.headers['content-length']) > maxImageBytes) return refuseUpload(req, res, 413, MEDIA_ERROR_TEXT.too_large);
      if (!(await admitted(req, res, '/api/image', true))) return;
      let bytes: Buffer;
      try {
        // Read without destroying the request past the limit (as iterating it would), so the refusal reaches the client.
        bytes = await readBytes(req, maxImageBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return refuseUpload(req, res, 413, MEDIA_ERROR_TEXT.too_large);
        throw error;
      }
      const outs = await pipeline.handle({ channel: 'web', userId: parsed.data, chatId: parsed.data, kind: 'image', media: { bytes } });
      respond(res, outs);
    },

    async chat(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
      if (!(await admitted(req, res, '/api/chat'))) return;
      const parsed = chatBody.safeParse(parseJson(raw));
      if (!parsed.success) return sendJson(res, 400, { error: WEB_ERRORS.badRequest });
      const body = parsed.data;
      const outs = await pipeline.handle({
        channel: 'web',
        userId: body.session,
        chatId: body.session,
        kind: body.button ? 'button' : 'text',
        text: body.text,
        data: body.button,
      });
      respond(res, outs);
    },

    async feedback(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
      if (!(await admitted(req, res, '/api/feedback'))) return;
      const parsed = feedbackBody.safeParse(parseJson(raw));
      if (!parsed.success) return sendJson(res, 400, { error: WEB_ERRORS.badRequest });
      if (!(await pipeline.rateAnswer(parsed.data.id, parsed.data.rating))) return sendJson(res, 404, { error: WEB_ERRORS.unknownAnswer });
      sendJson(res, 200, { ok: true });
    },
  };
}
