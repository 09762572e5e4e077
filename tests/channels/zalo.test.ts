import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/app/runtime';
import { TOPIC_MENU } from '../../src/assistant/replies';
import { FEEDBACK_THANKS, UNSUPPORTED_REPLY } from '../../src/channels/pipeline';
import { MEDIA_ERROR_TEXT } from '../../src/media';
import { hashCode, newInviteCode } from '../../src/officials';
import { startFakeZalo, type FakeZalo } from '../fakes/zalo';
import { eventually, startTestApp } from './harness';
import { plainText } from '../../src/core';

const TOKEN = '1234567890:zalo-secret-part';
const SECRET = 'zalo-webhook-secret-for-tests-0123456789';
const RATING_LINE = '(Câu trả lời có giúp ích không? Gõ 👍 hoặc 1 nếu hữu ích, 👎 hoặc 0 nếu chưa đúng.)';
const QUOTA = { ok: false, error_code: 429, description: 'quota exceeded', parameters: { retry_after: 1 } };

let fake: FakeZalo;
let running: Awaited<ReturnType<typeof startTestApp>> | undefined;

beforeEach(async () => {
  fake = await startFakeZalo({ token: TOKEN, pollWaitMs: 100 });
});
afterEach(async () => {
  await running?.app.stop();
  running = undefined;
  await fake.close();
});

async function polling(env: Record<string, string> = {}, zalo: FakeZalo = fake) {
  running = await startTestApp({ ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: zalo.apiRoot, ...env });
  await eventually(() => zalo.calls.some((c) => c.method === 'getUpdates'), 5000, 'the Zalo bot to poll');
  return running;
}

async function webhookMode() {
  running = await startTestApp({ ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: fake.apiRoot, PUBLIC_BASE_URL: 'https://bot.example.vn', WEBHOOK_SECRET: SECRET });
  await eventually(() => fake.webhook, 5000, 'setWebhook');
  return { ...running, hook: `${running.app.url}/webhook/zalo` };
}

const textsTo = (chatId: string) => fake.sent.filter((m) => m.chat_id === chatId).map((m) => m.text);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends one message from a chat and waits for the reply to it (the n-th message the fake received in all). */
async function say(chatId: string, text: string, userId?: string) {
  const before = fake.sent.length;
  fake.queueUpdate(fake.textUpdate({ chatId, userId, text }));
  const sent = await fake.waitForSent(before + 1, 6000);
  return sent[before]!;
}

describe('Zalo bot over long polling', () => {
  it('deletes the webhook before polling and answers with and without diacritics, with the rating line and typing', async () => {
    await polling();
    const methods = fake.calls.map((c) => c.method);
    expect(methods).toContain('deleteWebhook');
    expect(methods.indexOf('deleteWebhook')).toBeLessThan(methods.indexOf('getUpdates'));
    expect(fake.calls.find((c) => c.method === 'getUpdates')!.body).toEqual({ timeout: '30' });

    fake.queueUpdate(fake.textUpdate({ chatId: 'a1b2c3d4e5f600000001', text: 'Tải VNeID ở đâu?' }));
    fake.queueUpdate(fake.textUpdate({ chatId: 'a1b2c3d4e5f600000002', text: 'tai vneid o dau' }));
    await fake.waitForSent(2, 6000);
    for (const chat of ['a1b2c3d4e5f600000001', 'a1b2c3d4e5f600000002']) {
      const [reply, ...more] = textsTo(chat);
      expect(more).toEqual([]);
      expect(reply).toMatch(/App Store|CH Play/u);
      expect(reply).toMatch(/📄 Nguồn:/u);
      expect(reply!.endsWith(`\n\n${RATING_LINE}`)).toBe(true);
      expect(fake.actions).toContainEqual({ chat_id: chat, action: 'typing' });
    }
    // In each chat the typing action goes out before the answer.
    for (const chat of ['a1b2c3d4e5f600000001', 'a1b2c3d4e5f600000002']) {
      const at = (method: string) => fake.calls.findIndex((c) => c.method === method && (c.body as { chat_id?: string }).chat_id === chat);
      expect(at('sendChatAction')).toBeGreaterThanOrEqual(0);
      expect(at('sendChatAction')).toBeLessThan(at('sendMessage'));
    }
  });

  it('shows numbered topics on /start, answers a number, and stores a 👍 given as "1" without the user id', async () => {
    const { dataDir } = await polling();
    const chat = 'b0b0b0b0b0b0b0b00001';
    const user = 'f00dfeed00000000beef';
    const greeting = await say(chat, '/start', user);
    expect(greeting.text).toMatch(/^Xin chào! Tôi là Trợ lý số/u);
    const menu = TOPIC_MENU.map((t, i) => `${i + 1}. ${t.label}`).join('\n');
    expect(greeting.text.endsWith(`\n\nGõ số để chọn chủ đề:\n${menu}`)).toBe(true);
    expect(menu).toContain('1. VNeID\n2. Dịch vụ công\n3. An toàn số\n4. Thanh toán số\n5. Dành cho cán bộ');
    expect(greeting.text).not.toContain(RATING_LINE);

    const answer = await say(chat, '3', user);
    expect(answer.text).toMatch(/lừa đảo/iu);
    expect(answer.text).toContain(RATING_LINE);

    const thanks = await say(chat, '1', user);
    expect(thanks.text).toBe(FEEDBACK_THANKS);

    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const rows = db.prepare('SELECT * FROM feedback').all() as Record<string, unknown>[];
    db.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'zalo', rating: 1, intent: 'knowledge', question: 'Làm sao nhận biết và phòng tránh lừa đảo trên mạng?' });
    expect(rows[0]!.answer).toMatch(/lừa đảo/iu);
    expect(rows[0]!.user_id).toMatch(/^[0-9a-f]{32}$/u);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(user);
    expect(stored).not.toContain(chat);
  });

  it('answers stickers and images it cannot fetch politely, and a 20,000-character message from its first part, then keeps serving', async () => {
    await polling();
    fake.queueUpdate(fake.stickerUpdate({ chatId: 'c0000000000000000001' }));
    fake.queueUpdate(fake.imageUpdate({ chatId: 'c0000000000000000002', caption: 'ảnh màn hình lỗi' }));
    fake.queueUpdate(fake.textUpdate({ chatId: 'c0000000000000000003', text: `Quên mật khẩu VNeID phải làm sao? ${'x'.repeat(20_000)}` }));
    await fake.waitForSent(3, 8000);
    expect(textsTo('c0000000000000000001')).toEqual([UNSUPPORTED_REPLY]);
    expect(textsTo('c0000000000000000002')).toEqual([MEDIA_ERROR_TEXT.fetch_failed]);
    const [long] = textsTo('c0000000000000000003');
    expect(long).toMatch(/chỉ đọc 1000 ký tự đầu/u);
    expect(long!.length).toBeLessThanOrEqual(2000);

    const after = await say('c0000000000000000004', 'xin chào');
    expect(after.text).toMatch(/^Xin chào/u);
  });

  it('processes a repeated message_id once', async () => {
    const { parsed } = await polling();
    const chat = 'd0000000000000000001';
    const update = fake.textUpdate({ chatId: chat, text: 'xin chào', messageId: '16f6366b3f02645a3d15' });
    fake.queueUpdate(update);
    fake.queueUpdate(structuredClone(update));
    fake.queueUpdate(fake.textUpdate({ chatId: chat, text: 'cảm ơn' }));
    await fake.waitForSent(2, 6000);
    await sleep(400);
    expect(textsTo(chat).map((t) => t.slice(0, 8))).toEqual(['Xin chào', 'Dạ, khôn']);
    expect(parsed().filter((l) => l.channel === 'zalo' && l.outcome === 'duplicate')).toHaveLength(1);
  });

  it('splits a reply longer than 2000 characters into parts cut at line or sentence ends', async () => {
    const { app } = await polling();
    const chat = 'e0000000000000000001';
    const code = newInviteCode();
    const now = new Date();
    await app.runtime.store.createInvite({ codeHash: hashCode(code), unitId: 'dt-skhcn', expiresAt: new Date(now.getTime() + 86_400_000), now });
    const registered = await say(chat, `/dangky ${code}`);
    expect(registered.text).toMatch(/^Đăng ký thành công/u);

    // The same question asked of the assistant directly (it only reads): the text the parts must be cut from.
    const whole = plainText(await app.runtime.assistant.handle({ channel: 'zalo', userId: chat, chatId: chat, text: '/nhiemvu tatca', now: new Date() }));
    expect(whole.length).toBeGreaterThan(2000);
    fake.queueUpdate(fake.textUpdate({ chatId: chat, text: '/nhiemvu tatca' }));
    // The sender paces a chat after a short burst (about one message a second): wait for every part.
    await fake.waitForSent(1 + Math.ceil(whole.length / 1900), 10_000);
    await sleep(400);
    const parts = textsTo(chat).slice(1);
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(whole.length / 1900));
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(1900);

    let at = 0;
    parts.forEach((part, i) => {
      const start = whole.indexOf(part, at);
      expect(start, `part ${i + 1} is a piece of the reply`).toBeGreaterThanOrEqual(at);
      expect(whole.slice(at, start).trim(), `nothing is lost before part ${i + 1}`).toBe('');
      at = start + part.length;
      if (i < parts.length - 1) {
        const next = whole[at];
        expect(next === '\n' || (/\s/u.test(next ?? '') && /[.!?…:;]$/u.test(part)), `part ${i + 1} ends at a line or sentence end`).toBe(true);
      }
    });
    expect(whole.slice(at).trim()).toBe('');
    for (const code of ['mục III.2 ', 'mục III.3.a ', 'mục V.1.4 ', 'mục 3.1']) expect(parts.join('\n')).toContain(code);
  });

  it('waits for retry_after on a 429 and retries a 500 before delivering', async () => {
    const { parsed } = await polling();
    fake.failNext('sendMessage', { status: 429, body: QUOTA });
    const started = Date.now();
    fake.queueUpdate(fake.textUpdate({ chatId: 'f0000000000000000001', text: 'xin chào' }));
    await fake.waitForSent(1, 8000);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(3000);
    expect(textsTo('f0000000000000000001')).toHaveLength(1);

    fake.failNext('sendMessage', { status: 500 });
    fake.queueUpdate(fake.textUpdate({ chatId: 'f0000000000000000002', text: 'xin chào' }));
    await fake.waitForSent(2, 8000);
    expect(textsTo('f0000000000000000002')[0]).toMatch(/^Xin chào/u);
    expect(fake.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(4);
    expect(parsed().filter((l) => l.msg === 'zalo call failed; retrying')).toHaveLength(2);
  });

  it('keeps polling after getUpdates fails with 500 twice, backing off, and answers a later message', async () => {
    fake.failNext('getUpdates', { status: 500 });
    fake.failNext('getUpdates', { status: 500 });
    const { parsed } = await polling();
    await eventually(() => parsed().filter((l) => l.msg === 'zalo polling failed; backing off').length >= 2 || undefined, 5000, 'two poll failures');
    const waits = parsed()
      .filter((l) => l.msg === 'zalo polling failed; backing off')
      .map((l) => l.wait_ms);
    expect(waits).toEqual([100, 200]);
    const reply = await say('a0000000000000000009', 'tai vneid o dau');
    expect(reply.text).toMatch(/App Store|CH Play/u);
    expect(fake.calls.filter((c) => c.method === 'getUpdates').length).toBeGreaterThanOrEqual(3);
  });

  it('stops promptly while a long poll is pending', async () => {
    const slow = await startFakeZalo({ token: TOKEN, pollWaitMs: 30_000 });
    try {
      const { app } = await polling({}, slow);
      await sleep(200);
      const calls = slow.calls.filter((c) => c.method === 'getUpdates').length;
      const started = Date.now();
      await app.stop();
      expect(Date.now() - started).toBeLessThan(2000);
      await sleep(300);
      expect(slow.calls.filter((c) => c.method === 'getUpdates').length).toBe(calls);
      // The pending poll was really ended (not left to swallow the next update): a new instance receives it.
      slow.queueUpdate(slow.textUpdate({ chatId: 'ad00000000000000001', text: 'xin chào' }));
      await polling({}, slow);
      const [reply] = await slow.waitForSent(1, 5000);
      expect(reply).toMatchObject({ chat_id: 'ad00000000000000001', text: expect.stringMatching(/^Xin chào/u) });
    } finally {
      await running?.app.stop();
      running = undefined;
      await slow.close();
    }
  });
});

describe('Zalo bot over a webhook', () => {
  it('registers the webhook with its secret, never polls, and refuses calls with a wrong or missing secret', async () => {
    const { hook } = await webhookMode();
    expect(fake.webhook).toEqual({ url: 'https://bot.example.vn/webhook/zalo', secretToken: SECRET });
    const forged = await fake.postWebhook(hook, fake.textUpdate({ chatId: 'aa00000000000000001', text: 'xin chào' }), { secret: 'wrong-secret-value-0000000000000000000' });
    const missing = await fake.postWebhook(hook, fake.textUpdate({ chatId: 'aa00000000000000002', text: 'xin chào' }));
    expect([forged.status, missing.status]).toEqual([401, 401]);
    await sleep(400);
    expect(fake.sent).toEqual([]);
    expect(fake.calls.some((c) => c.method === 'getUpdates')).toBe(false);
  });

  it('answers wrapped and bare bodies, a repeated message_id once, and acknowledges malformed bodies without answering them', async () => {
    const { hook, parsed } = await webhookMode();
    const wrapped = await fake.postWebhook(hook, fake.textUpdate({ chatId: 'ab00000000000000001', text: 'Tải VNeID ở đâu?' }), { secret: SECRET });
    const bare = await fake.postWebhook(hook, fake.textUpdate({ chatId: 'ab00000000000000002', text: 'tai vneid o dau' }), { secret: SECRET, wrapped: false });
    expect([wrapped.status, bare.status]).toEqual([200, 200]);
    await fake.waitForSent(2, 6000);
    for (const chat of ['ab00000000000000001', 'ab00000000000000002']) expect(textsTo(chat)[0]).toMatch(/App Store|CH Play/u);

    const repeated = fake.textUpdate({ chatId: 'ab00000000000000003', text: 'xin chào', messageId: '0123456789abcdef0123' });
    expect((await fake.postWebhook(hook, repeated, { secret: SECRET })).status).toBe(200);
    expect((await fake.postWebhook(hook, repeated, { secret: SECRET, wrapped: false })).status).toBe(200);
    await fake.waitForSent(3, 6000);
    await sleep(400);
    expect(textsTo('ab00000000000000003')).toHaveLength(1);

    const raw = (body: string) =>
      fetch(hook, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Bot-Api-Secret-Token': SECRET }, body }).then((r) => r.status);
    // A verified body that is not an update is acknowledged (Zalo would otherwise send it again and again) and logged.
    expect(await raw('{not json')).toBe(200);
    expect(await raw(JSON.stringify({ ok: true, result: { event_name: 'message.text.received' } }))).toBe(200);
    expect(await raw(JSON.stringify({ message: { text: 'không có người gửi' } }))).toBe(200);
    await sleep(300);
    expect(fake.sent).toHaveLength(3);
    expect(parsed().filter((l) => l.outcome === 'poison' && l.channel === 'zalo')).toHaveLength(3);
  });
});

describe('Zalo logs', () => {
  it('logs one line per handled message with channel, intent, outcome and latency, without the token or an OTP', async () => {
    const { lines, parsed } = await polling();
    // An API that echoes the request path in its error must not bring the token into the logs.
    fake.failNext('sendMessage', { status: 500, body: { ok: false, error_code: 500, description: `internal error at /bot${TOKEN}/sendMessage` } });
    await say('ac00000000000000001', 'Mã OTP của tôi là 482913, có đúng không?');
    await say('ac00000000000000002', 'tai vneid o dau');
    fake.queueUpdate(fake.stickerUpdate({ chatId: 'ac00000000000000003' }));
    await fake.waitForSent(3, 6000);
    await eventually(() => parsed().filter((l) => l.msg === 'message' && l.channel === 'zalo').length >= 3 || undefined, 5000, 'three message lines');
    await sleep(200);
    const messages = parsed().filter((l) => l.msg === 'message' && l.channel === 'zalo');
    expect(messages.map((l) => [l.intent, l.outcome])).toEqual([
      ['safety', 'answered'],
      ['knowledge', 'answered'],
      ['non_text', 'answered'],
    ]);
    // Every reply names the rule that routed it.
    expect(messages.slice(0, 2).map((l) => l.rule)).toEqual(['safety.secrets', 'knowledge.variant']);
    for (const line of messages) {
      expect(typeof line.latency_ms).toBe('number');
      expect(line.latency_ms).toBeGreaterThanOrEqual(0);
    }
    expect(parsed().some((l) => l.msg === 'zalo call failed; retrying')).toBe(true);
    const all = lines.join('\n');
    expect(all).not.toContain('482913');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('zalo-secret-part');
  });
});
