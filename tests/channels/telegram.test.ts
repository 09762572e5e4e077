import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/app/runtime';
import { UNSUPPORTED_REPLY } from '../../src/channels/pipeline';
import { MEDIA_ERROR_TEXT } from '../../src/media';
import { hashCode, newInviteCode } from '../../src/officials';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram';
import { eventually, startTestApp } from './harness';

const TOKEN = '7000000001:AAFakeTokenForTestsOnly_abcdefghijkl';
let fake: FakeTelegram;
let running: Awaited<ReturnType<typeof startTestApp>> | undefined;

beforeEach(async () => {
  fake = await startFakeTelegram({ token: TOKEN, pollWaitMs: 100 });
});
afterEach(async () => {
  await running?.app.stop();
  running = undefined;
  await fake.close();
});

async function polling(env: Record<string, string> = {}) {
  running = await startTestApp({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, ...env });
  await eventually(() => fake.calls.some((c) => c.method === 'getUpdates'), 5000, 'the bot to poll');
  return running;
}

const keyboardData = (markup: unknown) =>
  ((markup as { inline_keyboard?: { callback_data: string }[][] } | undefined)?.inline_keyboard ?? []).flat().map((b) => b.callback_data);

describe('Telegram bot over long polling', () => {
  it('registers Vietnamese commands and answers a question with and without diacritics, with 👍/👎', async () => {
    await polling();
    expect(fake.commands[0]!.commands.map((c) => c.command)).toEqual(['start', 'trogiup', 'canhbao', 'hanbaocao', 'nhiemvu', 'dangky', 'xong', 'capnhat', 'tonghop', 'baocao', 'hoantac', 'nhacnho']);
    expect(fake.commands[0]!.commands[0]!.description).toBe('Bắt đầu, chọn chủ đề');
    expect(fake.calls.findIndex((c) => c.method === 'deleteWebhook')).toBeLessThan(fake.calls.findIndex((c) => c.method === 'getUpdates'));

    fake.queueUpdate(fake.textUpdate({ chatId: 501, text: 'Tải ứng dụng VNeID ở đâu?' }));
    fake.queueUpdate(fake.textUpdate({ chatId: 502, text: 'tai ung dung vneid o dau' }));
    const sent = await fake.waitForSent(2, 5000);
    for (const chat of [501, 502]) {
      const reply = sent.find((m) => m.chat_id === chat)!;
      expect(reply.text).toMatch(/App Store|CH Play/u);
      expect(reply.text).toMatch(/📄 Nguồn:/u);
      expect(keyboardData(reply.reply_markup).filter((d) => d.startsWith('fb:'))).toHaveLength(2);
    }
    expect(fake.actions.some((a) => a.action === 'typing')).toBe(true);
  });

  it('greets on /start with topic buttons, answers a topic press and stores a 👍', async () => {
    const { dataDir } = await polling();
    fake.queueUpdate(fake.textUpdate({ chatId: 601, text: '/start' }));
    const [greeting] = await fake.waitForSent(1, 5000);
    expect(greeting!.text).toMatch(/^Xin chào! Tôi là Trợ lý số/u);
    expect(keyboardData(greeting!.reply_markup)).toEqual(['topic:vneid', 'topic:dich-vu-cong', 'topic:an-toan-so', 'topic:thanh-toan-so', 'topic:can-bo', 'topic:canh-bao']);

    fake.queueUpdate(fake.callbackUpdate({ chatId: 601, data: 'topic:an-toan-so', messageId: greeting!.message_id }));
    const [, answer] = await fake.waitForSent(2, 5000);
    expect(answer!.text).toMatch(/lừa đảo/iu);
    const up = keyboardData(answer!.reply_markup).find((d) => d.startsWith('fb:up:'))!;

    fake.queueUpdate(fake.callbackUpdate({ chatId: 601, data: up, messageId: answer!.message_id }));
    const [, , thanks] = await fake.waitForSent(3, 5000);
    expect(thanks!.text).toMatch(/Cảm ơn bạn đã góp ý/u);
    expect(fake.callbackAnswers.length).toBeGreaterThanOrEqual(2);
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const rows = db.prepare('SELECT channel, question, rating, user_id FROM feedback').all() as { channel: string; question: string; rating: number; user_id: string }[];
    db.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'telegram', rating: 1, question: 'Làm sao nhận biết và phòng tránh lừa đảo trên mạng?' });
    expect(rows[0]!.user_id).not.toBe('601');
  });

  it('answers stickers, unreachable photos and voice without a speech endpoint politely, and a 20,000-character message from its first part, then keeps serving', async () => {
    await polling();
    fake.queueUpdate(fake.stickerUpdate({ chatId: 701 }));
    fake.queueUpdate(fake.photoUpdate({ chatId: 702 }));
    fake.queueUpdate(fake.voiceUpdate({ chatId: 703 }));
    fake.queueUpdate(fake.textUpdate({ chatId: 704, text: `Quên mật khẩu VNeID phải làm sao? ${'x'.repeat(20_000)}` }));
    fake.queueUpdate(fake.textUpdate({ chatId: 705, text: 'xin chào' }));
    const sent = await fake.waitForSent(5, 8000);
    expect(sent.find((m) => m.chat_id === 701)!.text).toBe(UNSUPPORTED_REPLY);
    expect(sent.find((m) => m.chat_id === 702)!.text).toBe(MEDIA_ERROR_TEXT.fetch_failed);
    expect(sent.find((m) => m.chat_id === 703)!.text).toBe(MEDIA_ERROR_TEXT.voice_off);
    expect(sent.find((m) => m.chat_id === 704)!.text).toMatch(/chỉ đọc 1000 ký tự đầu/u);
    expect(sent.find((m) => m.chat_id === 705)!.text).toMatch(/^Xin chào/u);
  });

  it('reads a follow-up in the light of the question before it, the context written with the answer through the inbox', async () => {
    const { dataDir } = await polling();
    fake.queueUpdate(fake.textUpdate({ chatId: 851, text: 'Làm VNeID mức 2 ở đâu?' }));
    await fake.waitForSent(1, 5000);
    fake.queueUpdate(fake.textUpdate({ chatId: 851, text: 'thế còn mang theo gì?' }));
    const [, followUp] = await fake.waitForSent(2, 5000);
    expect(followUp!.text).toMatch(/📄 Nguồn:.*mang theo/u);
    // The second message found nothing alone: the chat's stored context carried it, written in the inbox's own transaction.
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const row = db.prepare("SELECT value FROM chat_state WHERE key = 'followup:telegram:851'").get() as { value: string } | undefined;
    db.close();
    expect(JSON.parse(row!.value)).toBe('Làm VNeID mức 2 ở đâu?');
  });

  it('processes a repeated update_id once', async () => {
    await polling();
    const update = fake.textUpdate({ chatId: 801, text: 'xin chào', updateId: 90_001 });
    fake.queueUpdate(update);
    fake.queueUpdate(structuredClone(update));
    fake.queueUpdate(fake.textUpdate({ chatId: 801, text: 'cảm ơn', updateId: 90_002 }));
    await fake.waitForSent(2, 5000);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.sent.filter((m) => m.chat_id === 801).map((m) => m.text.slice(0, 8))).toEqual(['Xin chào', 'Dạ, khôn']);
  });

  it('retries a 429 after retry_after and a 500, and survives a send that keeps failing', async () => {
    const { parsed } = await polling();
    fake.failNext('sendMessage', { status: 429 });
    fake.queueUpdate(fake.textUpdate({ chatId: 901, text: 'xin chào' }));
    const started = Date.now();
    await fake.waitForSent(1, 8000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);

    fake.failNext('sendMessage', { status: 500 });
    fake.queueUpdate(fake.textUpdate({ chatId: 902, text: 'xin chào' }));
    await fake.waitForSent(2, 8000);

    fake.failNext('sendMessage', { status: 400, body: { ok: false, error_code: 400, description: "Bad Request: can't parse entities" } });
    fake.queueUpdate(fake.textUpdate({ chatId: 903, text: 'xin chào' }));
    await eventually(() => parsed().some((l) => l.msg === 'outbox give-up: the platform refused the call'), 5000, 'the give-up to be logged');
    fake.queueUpdate(fake.textUpdate({ chatId: 904, text: 'xin chào' }));
    const sent = await fake.waitForSent(3, 8000);
    expect(sent.at(-1)!.chat_id).toBe(904);
  });

  it('splits a reply longer than Telegram allows at line boundaries', async () => {
    const { app } = await polling();
    const code = newInviteCode();
    const now = new Date();
    await app.runtime.store.createInvite({ codeHash: hashCode(code), unitId: 'dt-skhcn', expiresAt: new Date(now.getTime() + 86_400_000), now });
    fake.queueUpdate(fake.textUpdate({ chatId: 1001, text: `/dangky ${code}` }));
    fake.queueUpdate(fake.textUpdate({ chatId: 1001, text: '/nhiemvu tatca' }));
    const sent = await fake.waitForSent(3, 8000);
    const parts = sent.slice(1).map((m) => m.text);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    const whole = parts.join('\n');
    for (const code of ['mục III.2 ', 'mục III.3.a ', 'mục V.1.4 ', 'mục 3.1']) expect(whole).toContain(code);
    // Each part ends at the end of a line of the list, never inside a task code or a word.
    for (const part of parts.slice(0, -1)) expect(part).toMatch(/(để đọc đủ|Đồng Tháp\), mục [^\s]+|[.…:])$/u);
  });

  it('logs one structured line per message without the token or secrets', async () => {
    const { lines, parsed } = await polling();
    fake.queueUpdate(fake.textUpdate({ chatId: 1101, text: 'Mã OTP của tôi là 482913, có đúng không?' }));
    await fake.waitForSent(1, 5000);
    await eventually(() => parsed().some((l) => l.msg === 'message' && l.channel === 'telegram'), 5000, 'the message log line');
    const line = parsed().find((l) => l.msg === 'message' && l.channel === 'telegram')!;
    expect(line).toMatchObject({ channel: 'telegram', intent: 'safety', outcome: 'answered' });
    expect(typeof line.latency_ms).toBe('number');
    const all = lines.join('\n');
    expect(all).not.toContain('482913');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(TOKEN.split(':')[1]);
  });
});

describe('Telegram bot over a webhook', () => {
  const SECRET = 'webhook-secret-for-tests-0123456789';

  it('registers the webhook with its secret, answers verified calls once and refuses forged ones', async () => {
    running = await startTestApp({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, PUBLIC_BASE_URL: 'https://bot.example.vn', WEBHOOK_SECRET: SECRET });
    await eventually(() => fake.webhook, 5000, 'setWebhook');
    expect(fake.webhook).toMatchObject({ url: 'https://bot.example.vn/webhook/telegram', secretToken: SECRET });
    expect(fake.calls.some((c) => c.method === 'getUpdates')).toBe(false);
    const url = `${running.app.url}/webhook/telegram`;

    const forged = await fake.postWebhook(url, fake.textUpdate({ chatId: 1201, text: 'xin chào' }), { secret: 'wrong-secret-value-000000000000' });
    const missing = await fake.postWebhook(url, fake.textUpdate({ chatId: 1202, text: 'xin chào' }));
    expect([forged.status, missing.status]).toEqual([401, 401]);

    const update = fake.textUpdate({ chatId: 1203, text: 'tai vneid o dau', updateId: 77_001 });
    expect((await fake.postWebhook(url, update, { secret: SECRET })).status).toBe(200);
    expect((await fake.postWebhook(url, update, { secret: SECRET })).status).toBe(200);
    await fake.waitForSent(1, 5000);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.sent.map((m) => m.chat_id)).toEqual([1203]);
    expect(fake.sent[0]!.text).toMatch(/App Store|CH Play/u);
  });
});
