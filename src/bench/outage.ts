import { openSync } from 'node:fs';
import { createLogger } from '../app/logger';
import { startBenchTelegram } from './fake-telegram';
import { round } from './measure';
import { postUpdate, startWebhookApp, textUpdate } from './webhook-app';

const TOKEN = '7999999998:BenchOutageToken_abcdefghijklmnopqrs';
const SECRET = 'bench-outage-secret-0123456789abcdef';
/** Messages whose replies tell them apart: a lost or repeated answer shows in the sequence a chat receives. */
const KINDS = [
  { text: 'xin chào', is: (t: string) => t.startsWith('Xin chào') },
  { text: 'cảm ơn', is: (t: string) => t.startsWith('Dạ, không') },
  { text: '/canhbao bat', is: (t: string) => t.startsWith('Đã bật') },
  { text: '/canhbao tat', is: (t: string) => t.startsWith('Đã tắt') },
];

/**
 * A Telegram outage of `seconds` (every call answered 500) while `chats` people each send `perChat` messages to the
 * webhook, which keeps storing them; afterwards, how many were lost, answered twice or out of order, and how long
 * the backlog took to clear once Telegram was back.
 */
export async function outageBench(options: { seconds: number; chats: number; perChat: number; knowledgeDir?: string }) {
  const telegram = await startBenchTelegram(TOKEN);
  const { app, webhookUrl, stop } = await startWebhookApp({
    token: TOKEN,
    secret: SECRET,
    telegram,
    knowledgeDir: options.knowledgeDir,
    log: createLogger(process.env.BENCH_LOG ?? 'warn', process.env.BENCH_LOG ? 2 : openSync('/dev/null', 'w')),
  });
  try {
    const expected = new Map<number, string[]>();
    const posts: { chat: number; id: number; text: string }[] = [];
    for (let m = 0; m < options.perChat; m++) {
      for (let c = 0; c < options.chats; c++) {
        const chat = 900_000 + c;
        const text = KINDS[(m + c) % KINDS.length]!.text;
        posts.push({ chat, id: 900_000_000 + m * options.chats + c, text });
        expected.set(chat, [...(expected.get(chat) ?? []), text]);
      }
    }
    // The outage comes once the bot is up (its start-up calls done), in the middle of its life.
    while ((await fetch(`${app.url}/healthz`)).status !== 200) await new Promise((r) => setTimeout(r, 50));
    telegram.outage(options.seconds * 1000);
    const outageEnds = Date.now() + options.seconds * 1000;
    // The messages arrive spread over the outage, as people keep writing.
    const gap = (options.seconds * 1000 * 0.8) / posts.length;
    for (const p of posts) {
      await postUpdate(webhookUrl, SECRET, textUpdate(p.id, p.chat, p.text));
      await new Promise((r) => setTimeout(r, gap));
    }
    const count = () => [...telegram.sent.values()].reduce((n, l) => n + l.length, 0);
    const deadline = outageEnds + 10 * 60_000;
    while (count() < posts.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const clearedAfter = Math.max(0, Date.now() - outageEnds);
    await new Promise((r) => setTimeout(r, 2000));
    let lost = 0;
    let twice = 0;
    let outOfOrder = 0;
    for (const [chat, want] of expected) {
      const got = (telegram.sent.get(chat) ?? []).map((t) => KINDS.find((k) => k.is(t))?.text ?? '?');
      for (const kind of new Set([...want, ...got])) {
        const diff = got.filter((k) => k === kind).length - want.filter((k) => k === kind).length;
        if (diff > 0) twice += diff;
        else lost -= diff;
      }
      if (got.join('|') !== want.join('|')) outOfOrder++;
    }
    return { outage_s: options.seconds, messages: posts.length, received: count(), lost, twice, chats_out_of_order: outOfOrder, backlog_cleared_s: round(clearedAfter / 1000, 1) };
  } finally {
    await stop();
    await telegram.close();
  }
}
