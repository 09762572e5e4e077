import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { BodyTooLargeError, readBody, sendJson } from '../../server/http-utils';
import type { ChannelPipeline } from '../pipeline';

const chatBody = z
  .object({
    session: z.string().trim().min(8).max(100),
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

/** The web chat's JSON API: POST /api/chat and POST /api/feedback, through the same pipeline as the bots. */
export function webApi(pipeline: ChannelPipeline) {
  return {
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
