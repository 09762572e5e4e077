import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { BodyTooLargeError, readBody, sendJson } from '../../server/http-utils';
import type { ChannelPipeline, Outgoing } from '../pipeline';
import { MEDIA_ERROR_TEXT, MEDIA_LIMITS, MediaError, readLimited } from '../../media';

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

function respond(res: ServerResponse, outs: Outgoing[]): void {
  const out = outs[0];
  if (!out || out.intent === 'rate_limited') {
    return sendJson(res, 429, { error: out?.text ?? 'Bạn gửi hơi nhanh, bạn đợi một chút rồi gửi tiếp nhé.' });
  }
  // Only answers that can be rated carry an id; the page shows 👍/👎 for those alone.
  const sources = (out.sources ?? []).map(({ path, title, section }) => ({ path, title, section }));
  sendJson(res, 200, {
    ...(out.answerId ? { id: out.answerId } : {}),
    intent: out.intent,
    text: out.text,
    sources,
    ...(out.buttons?.length ? { buttons: out.buttons } : {}),
    ...(out.actions?.length ? { actions: out.actions } : {}),
    ...(out.attachments?.some((a) => a.url) ? { files: out.attachments.filter((a) => a.url).map((a) => ({ name: a.fileName, url: a.url })) } : {}),
  });
}

/** Refuses an upload mid-stream: the answer goes out and the connection is closed rather than read to its end. */
function refuseUpload(req: IncomingMessage, res: ServerResponse, status: number, error: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify({ error }), () => req.destroy());
}

/**
 * The web chat's API: POST /api/chat, POST /api/feedback and POST /api/image (the image as the raw body,
 * `?session=`), through the same pipeline as the bots.
 */
export function webApi(pipeline: ChannelPipeline, options: { maxImageBytes?: number } = {}) {
  const maxImageBytes = options.maxImageBytes ?? MEDIA_LIMITS.maxBytes;
  return {
    async image(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const parsed = session.safeParse(new URL(req.url ?? '/', 'http://localhost').searchParams.get('session') ?? '');
      if (!parsed.success) return refuseUpload(req, res, 400, WEB_ERRORS.badRequest);
      if (Number(req.headers['content-length']) > maxImageBytes) return refuseUpload(req, res, 413, MEDIA_ERROR_TEXT.too_large);
      let bytes: Buffer;
      try {
        bytes = await readLimited(req, maxImageBytes);
      } catch (error) {
        if (error instanceof MediaError && error.code === 'too_large') return refuseUpload(req, res, 413, MEDIA_ERROR_TEXT.too_large);
        throw error;
      }
      const outs = await pipeline.handle({ channel: 'web', userId: parsed.data, chatId: parsed.data, kind: 'image', media: { bytes } });
      respond(res, outs);
    },

    async chat(req: IncomingMessage, res: ServerResponse): Promise<void> {
      let body: z.infer<typeof chatBody>;
      try {
        const parsed = chatBody.safeParse(JSON.parse(await readBody(req)));
        if (!parsed.success) return sendJson(res, 400, { error: WEB_ERRORS.badRequest });
        body = parsed.data;
      } catch (error) {
        return sendJson(res, error instanceof BodyTooLargeError ? 413 : 400, { error: error instanceof BodyTooLargeError ? WEB_ERRORS.tooLarge : WEB_ERRORS.badRequest });
      }
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

    async feedback(req: IncomingMessage, res: ServerResponse): Promise<void> {
      try {
        const parsed = feedbackBody.safeParse(JSON.parse(await readBody(req, 4096)));
        if (!parsed.success) return sendJson(res, 400, { error: WEB_ERRORS.badRequest });
        if (!pipeline.rateAnswer(parsed.data.id, parsed.data.rating)) return sendJson(res, 404, { error: WEB_ERRORS.unknownAnswer });
        sendJson(res, 200, { ok: true });
      } catch {
        sendJson(res, 400, { error: WEB_ERRORS.badRequest });
      }
    },
  };
}
