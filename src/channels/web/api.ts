import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Log } from '../../core';
import { sendJson } from '../../server/http-utils';
import type { ChannelPipeline } from '../pipeline';
import type { StoreRateLimiter } from '../rate-limit';
import { CHANNEL_REPLIES } from '../replies';

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

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export interface WebApiOptions {
  /** Requests per network address, shared by every process (a client rotating sessions is still one address). */
  limiter?: StoreRateLimiter;
  address?: (req: IncomingMessage) => string;
  log?: Log;
  clock?: () => Date;
}

/** The web chat's JSON API: POST /api/chat and POST /api/feedback, through the same pipeline as the bots. */
export function webApi(pipeline: ChannelPipeline, options: WebApiOptions = {}) {
  const clock = options.clock ?? (() => new Date());
  const refusals = new Map<string, { loggedAt: number; since: number }>();
  /** Whether this address may make one more request; refusals are logged at most every 10 s per address, with their count. */
  const admitted = async (req: IncomingMessage, res: ServerResponse, route: string): Promise<boolean> => {
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
    sendJson(res, 429, { error: CHANNEL_REPLIES.address_limited }, { 'retry-after': '60' });
    return false;
  };
  return {
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
      });
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
