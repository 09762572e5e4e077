import { SUBSCRIBED, UNSUBSCRIBED } from '../../src/alerts';
import type { FakeTelegram } from '../fakes/telegram';
import type { FakeZalo, ZaloWireUpdate } from '../fakes/zalo';
import type { Update } from 'grammy/types';

/**
 * A burst of messages whose every reply says which message it answers, so that a lost or a repeated answer shows:
 * each chat sends a fixed sequence of five kinds of message, and the kinds of the replies it gets must be that
 * sequence exactly, in order.
 */
export const KINDS = [
  { text: 'xin chào', reply: (t: string) => t.startsWith('Xin chào') },
  { text: 'cảm ơn', reply: (t: string) => t.startsWith('Dạ, không') },
  { text: 'tai vneid o dau', reply: (t: string) => /App Store|CH Play/u.test(t) },
  { text: '/canhbao bat', reply: (t: string) => t === SUBSCRIBED },
  { text: '/canhbao tat', reply: (t: string) => t === UNSUBSCRIBED },
] as const;

export function kindOf(text: string): string {
  return KINDS.find((k) => k.reply(text))?.text ?? `? ${text.slice(0, 40)}`;
}

export interface Burst {
  telegram: Update[];
  zalo: ZaloWireUpdate[];
  /** What each chat ("telegram:<id>", "zalo:<id>") must receive, in order. */
  expected: Map<string, string[]>;
}

/** `chats` chats on each platform, `perChat` messages each, interleaved across chats as people would send them. */
export function makeBurst(telegram: FakeTelegram, zalo: FakeZalo, chats: number, perChat: number, base = 0): Burst {
  const burst: Burst = { telegram: [], zalo: [], expected: new Map() };
  for (let m = 0; m < perChat; m++) {
    for (let c = 0; c < chats; c++) {
      const kind = KINDS[(m + c) % KINDS.length]!.text;
      const tgChat = 10_000 + base + c;
      const zlChat = `z${base + c}`.padEnd(20, '0');
      burst.telegram.push(telegram.textUpdate({ chatId: tgChat, text: kind, updateId: 500_000 + base * 1000 + m * chats + c }));
      burst.zalo.push(zalo.textUpdate({ chatId: zlChat, text: kind, messageId: `b${base}m${m}c${c}`.padEnd(20, 'x') }));
      for (const key of [`telegram:${tgChat}`, `zalo:${zlChat}`]) burst.expected.set(key, [...(burst.expected.get(key) ?? []), kind]);
    }
  }
  return burst;
}

/** What each chat received, as kinds, from both fakes. */
export function received(telegram: FakeTelegram, zalo: FakeZalo): Map<string, string[]> {
  const got = new Map<string, string[]>();
  for (const m of telegram.sent) got.set(`telegram:${m.chat_id}`, [...(got.get(`telegram:${m.chat_id}`) ?? []), kindOf(m.text)]);
  for (const m of zalo.sent) got.set(`zalo:${m.chat_id}`, [...(got.get(`zalo:${m.chat_id}`) ?? []), kindOf(m.text)]);
  return got;
}

/** Messages lost and answered twice, counted per chat against what it sent. */
export function tally(burst: Burst, got: Map<string, string[]>): { expected: number; received: number; lost: number; twice: number; outOfOrder: string[] } {
  let lost = 0;
  let twice = 0;
  const outOfOrder: string[] = [];
  for (const [chat, want] of burst.expected) {
    const have = got.get(chat) ?? [];
    const count = (list: string[]) => list.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
    const w = count(want);
    const h = count(have);
    for (const [k, n] of w) lost += Math.max(0, n - (h.get(k) ?? 0));
    for (const [k, n] of h) twice += Math.max(0, n - (w.get(k) ?? 0));
    if (have.join('|') !== want.join('|')) outOfOrder.push(chat);
  }
  const expected = [...burst.expected.values()].reduce((n, l) => n + l.length, 0);
  const receivedCount = [...got.values()].reduce((n, l) => n + l.length, 0);
  return { expected, received: receivedCount, lost, twice, outOfOrder };
}

/**
 * Posts updates to a webhook the way a platform does: each one again, after a pause, until some server acknowledges
 * it with 200 (trying `urls` in turn, as a load balancer would); one chat's updates one after another.
 */
export async function postUntilAcknowledged(
  updates: { chat: string; post: (url: string) => Promise<{ status: number }> }[],
  urls: () => string[],
  lanes = 4,
): Promise<{ attempts: number; refused: number }> {
  const byChat = new Map<string, typeof updates>();
  for (const u of updates) byChat.set(u.chat, [...(byChat.get(u.chat) ?? []), u]);
  const chats = [...byChat.keys()];
  let attempts = 0;
  let refused = 0;
  let turn = 0;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (const chat of chats.filter((_, i) => i % lanes === lane)) {
        for (const u of byChat.get(chat)!) {
          for (;;) {
            const targets = urls();
            const url = targets[turn++ % targets.length]!;
            attempts++;
            const status = await u.post(url).then((r) => r.status, () => 0);
            if (status === 200) break;
            refused++;
            await new Promise((r) => setTimeout(r, 150));
          }
        }
      }
    }),
  );
  return { attempts, refused };
}
