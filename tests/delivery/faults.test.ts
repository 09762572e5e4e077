import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_REPLIES } from '../../src/channels/replies';
import { hashCode, newInviteCode } from '../../src/officials';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram';
import { startFakeZalo, type FakeZalo } from '../fakes/zalo';
import { eventually, startTestApp } from '../channels/harness';

/**
 * The inbox and outbox against fake platforms that fail the way real ones do, over real HTTP: 429 with retry_after,
 * server errors, refused connections, calls that never answer, users who blocked the bot, poison updates.
 */
const TG = '7000000011:AAFakeTokenForFaultTests_abcdefghijk';
const ZL = '2234567890:zalo-fault-secret';
const SECRET = 'fault-webhook-secret-0123456789abcdef';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let telegram: FakeTelegram | undefined;
let zalo: FakeZalo | undefined;
const apps: Awaited<ReturnType<typeof startTestApp>>[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.app.stop();
  await telegram?.close();
  await zalo?.close();
  telegram = zalo = undefined;
});

async function withTelegram(env: Record<string, string> = {}) {
  telegram = await startFakeTelegram({ token: TG, pollWaitMs: 100 });
  const running = await startTestApp({ TELEGRAM_BOT_TOKEN: TG, TELEGRAM_API_ROOT: telegram.apiRoot, ...env });
  apps.push(running);
  if (!env.PUBLIC_BASE_URL) await eventually(() => telegram!.calls.some((c) => c.method === 'getUpdates'), 5000, 'the bot to poll');
  else await eventually(() => telegram!.webhook, 5000, 'setWebhook');
  return { ...running, fake: telegram };
}

const textsTo = (fake: FakeTelegram, chat: number) => fake.sent.filter((m) => m.chat_id === chat).map((m) => m.text);
const path = (r: { path: string }) => r.path.split('/').at(-1);

describe('outbox', () => {
  it('honours a 429 retry_after for every chat, shows no "typing" meanwhile, and answers each message once', async () => {
    const { fake, parsed } = await withTelegram();
    fake.failNext('sendMessage', { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 2', parameters: { retry_after: 2 } } });
    fake.queueUpdate(fake.textUpdate({ chatId: 101, text: 'xin chào' }));
    const refused = await eventually(() => fake.requests.find((r) => path(r) === 'sendMessage'), 5000, 'the refused send');
    fake.queueUpdate(fake.textUpdate({ chatId: 102, text: 'xin chào' }));
    await fake.waitForSent(2, 8000);
    const times = fake.requests.filter((r) => path(r) === 'sendMessage').map((r) => r.at - refused.at);
    // Nothing was sent to either chat before retry_after ran out.
    expect(times.slice(1).every((t) => t >= 1950)).toBe(true);
    const typingDuringPause = fake.requests.filter((r) => path(r) === 'sendChatAction' && r.at > refused.at && r.at < refused.at + 2000);
    expect(typingDuringPause).toEqual([]);
    await sleep(300);
    expect([textsTo(fake, 101).length, textsTo(fake, 102).length]).toEqual([1, 1]);
    expect(parsed().filter((l) => l.msg === 'telegram call failed; retrying')).toHaveLength(1);
  });

  it('abandons a call that never answers after the platform timeout and retries it, while other chats are answered', async () => {
    const { fake } = await withTelegram({ PLATFORM_TIMEOUT: '700ms' });
    fake.failNext('sendMessage', { hang: true, when: (b) => b.chat_id === 200 });
    const started = Date.now();
    for (let chat = 200; chat < 215; chat++) fake.queueUpdate(fake.textUpdate({ chatId: chat, text: 'tai vneid o dau' }));
    await fake.waitForSent(15, 10_000);
    // A hung call holds its own chat for the timeout, not the queue for minutes.
    expect(Date.now() - started).toBeLessThan(5000);
    await sleep(300);
    for (let chat = 200; chat < 215; chat++) expect(textsTo(fake, chat), `chat ${chat}`).toHaveLength(1);
  });

  it('retries server errors and refused connections with backoff, keeping the parts of each reply in order', async () => {
    const { app, fake } = await withTelegram();
    const code = newInviteCode();
    const now = new Date();
    await app.runtime.store.createInvite({ codeHash: hashCode(code), unitId: 'dt-skhcn', expiresAt: new Date(now.getTime() + 86_400_000), now });
    fake.queueUpdate(fake.textUpdate({ chatId: 301, text: `/dangky ${code}` }));
    await fake.waitForSent(1, 5000);
    fake.failNext('sendMessage', { status: 502, body: '<html>Bad Gateway</html>' });
    fake.failNext('sendMessage', { status: 500 });
    const before = fake.requests.filter((r) => path(r) === 'sendMessage').length;
    fake.queueUpdate(fake.textUpdate({ chatId: 301, text: '/nhiemvu tatca' }));
    await eventually(() => fake.requests.filter((r) => path(r) === 'sendMessage').length > before || undefined, 5000, 'a send');
    await fake.refuse(600);
    await eventually(() => fake.sent.length >= 3 || undefined, 10_000, 'the long reply');
    await sleep(1500);
    const parts = textsTo(fake, 301).slice(1);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const whole = parts.join('\n');
    expect(new Set(parts).size).toBe(parts.length);
    // The list's codes appear in the order the assistant wrote them.
    const codes = [...whole.matchAll(/mục ([IVX\d]+(?:\.[\da-z]+)+)/gu)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(5);
    const direct = await app.runtime.assistant.handle({ channel: 'telegram', userId: '301', chatId: '301', text: '/nhiemvu tatca', now: new Date() });
    expect(codes).toEqual([...direct.text.matchAll(/mục ([IVX\d]+(?:\.[\da-z]+)+)/gu)].map((m) => m[1]));
  });

  it('gives up on a chat that blocked the bot, once, and stops its alerts and reminders', async () => {
    const { app, fake, parsed } = await withTelegram();
    const store = app.runtime.store;
    const now = new Date();
    const code = newInviteCode();
    await store.createInvite({ codeHash: hashCode(code), unitId: 'dt-skhcn', expiresAt: new Date(now.getTime() + 86_400_000), now });
    fake.queueUpdate(fake.textUpdate({ chatId: 401, text: `/dangky ${code}` }));
    fake.queueUpdate(fake.textUpdate({ chatId: 401, text: '/canhbao bat' }));
    await fake.waitForSent(2, 5000);
    expect(await store.isSubscribed('telegram', '401')).toBe(true);
    expect((await store.getOfficial('telegram', '401'))?.remindersEnabled).toBe(true);

    fake.failNext('sendMessage', { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } });
    fake.queueUpdate(fake.textUpdate({ chatId: 401, text: 'xin chào' }));
    await eventually(() => parsed().some((l) => l.msg?.startsWith('outbox give-up: the chat blocked the bot')) || undefined, 5000, 'the give-up');
    await sleep(500);
    expect(textsTo(fake, 401)).toHaveLength(2);
    expect(fake.requests.filter((r) => path(r) === 'sendMessage')).toHaveLength(3);
    expect(await store.isSubscribed('telegram', '401')).toBe(false);
    expect((await store.getOfficial('telegram', '401'))?.remindersEnabled).toBe(false);
    expect(parsed().filter((l) => l.msg?.startsWith('outbox give-up'))).toHaveLength(1);
  });

  it('gives up, with one log line, on a message still failing at the end of the retry window', async () => {
    const { fake, parsed } = await withTelegram({ DELIVERY_RETRY_WINDOW: '1500ms' });
    for (let i = 0; i < 40; i++) fake.failNext('sendMessage', { status: 500, when: (b) => b.chat_id === 501 });
    fake.queueUpdate(fake.textUpdate({ chatId: 501, text: 'xin chào' }));
    await eventually(() => parsed().find((l) => l.msg === 'outbox give-up: still failing at the end of the retry window'), 8000, 'the give-up');
    await sleep(1500);
    expect(textsTo(fake, 501)).toEqual([]);
    expect(parsed().filter((l) => l.msg?.startsWith('outbox give-up'))).toHaveLength(1);
  });
});

describe('inbox', () => {
  it('sets a poison update aside after its attempts, tells its sender once, and keeps answering everyone', async () => {
    const { app, fake, parsed } = await withTelegram();
    // A text that is not a string: the handler throws on it every time.
    const poison = { update_id: 900_001, message: { message_id: 1, date: 1, chat: { id: 601, type: 'private', first_name: 'X' }, from: { id: 601, is_bot: false, first_name: 'X' }, text: 12345 } };
    fake.queueUpdate(poison as never);
    fake.queueUpdate(fake.textUpdate({ chatId: 601, text: 'xin chào' }));
    fake.queueUpdate(fake.textUpdate({ chatId: 602, text: 'xin chào' }));
    await fake.waitForSent(3, 10_000);
    await sleep(500);
    expect(textsTo(fake, 601)).toEqual([CHANNEL_REPLIES.poison, expect.stringMatching(/^Xin chào/u)]);
    expect(textsTo(fake, 602)).toHaveLength(1);
    expect(parsed().filter((l) => l.msg === 'update not handled; retrying')).toHaveLength(2);
    expect(parsed().filter((l) => l.msg === 'poison update set aside; its sender was told once')).toHaveLength(1);
    const health = (await (await fetch(`${app.url}/healthz`)).json()) as { delivery: { inboxFailed: number; inboxPending: number } };
    expect(health.delivery).toMatchObject({ inboxFailed: 1, inboxPending: 0 });
  });

  it('answers the messages of one chat in the order they were sent', async () => {
    const { fake } = await withTelegram();
    const texts = Array.from({ length: 8 }, (_, i) => (i % 3 === 0 ? 'xin chào' : i % 3 === 1 ? 'cảm ơn' : '/canhbao bat'));
    for (const text of texts) fake.queueUpdate(fake.textUpdate({ chatId: 701, text }));
    for (let chat = 702; chat < 708; chat++) fake.queueUpdate(fake.textUpdate({ chatId: chat, text: 'tai vneid o dau' }));
    await fake.waitForSent(14, 10_000);
    const starts = textsTo(fake, 701).map((t) => (t.startsWith('Xin chào') ? 'xin chào' : t.startsWith('Dạ, không') ? 'cảm ơn' : t.startsWith('Đã bật') ? '/canhbao bat' : t));
    expect(starts).toEqual(texts);
  });

  it('answers 503 to a webhook call it cannot store, so the platform sends it again', async () => {
    const { app, fake } = await withTelegram({ PUBLIC_BASE_URL: 'https://bot.example.vn', WEBHOOK_SECRET: SECRET });
    const url = `${app.url}/webhook/telegram`;
    const update = fake.textUpdate({ chatId: 801, text: 'xin chào' });
    await app.runtime.store.close();
    expect((await fake.postWebhook(url, update, { secret: SECRET })).status).toBe(503);
  });
});

describe('groups', () => {
  it('answers in a Telegram group only when mentioned, named in a command or replied to', async () => {
    const { fake } = await withTelegram();
    const group = -100_123;
    const mention = (text: string) => {
      const update = fake.textUpdate({ chatId: group, userId: 9001, text });
      const offset = text.indexOf('@TroLySoBot');
      if (offset >= 0 && !text.startsWith('/')) (update.message as { entities?: unknown[] }).entities = [{ type: 'mention', offset, length: 11 }];
      return update;
    };
    fake.queueUpdate(mention('tải vneid ở đâu vậy mọi người'));
    fake.queueUpdate(mention('/start'));
    fake.queueUpdate(fake.stickerUpdate({ chatId: group, userId: 9001 }));
    fake.queueUpdate(mention('@TroLySoBot tải vneid ở đâu'));
    await fake.waitForSent(1, 5000);
    fake.queueUpdate(mention('/start@TroLySoBot'));
    await fake.waitForSent(2, 5000);
    const reply = fake.textUpdate({ chatId: group, userId: 9002, text: 'cảm ơn' });
    (reply.message as { reply_to_message?: unknown }).reply_to_message = { message_id: fake.sent[0]!.message_id, date: 1, chat: { id: group, type: 'group', title: 'Nhóm' }, from: { id: fake.botInfo.id, is_bot: true, first_name: 'Trợ lý số' }, text: 'x' };
    fake.queueUpdate(reply);
    await fake.waitForSent(3, 5000);
    await sleep(400);
    const texts = textsTo(fake, group);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/App Store|CH Play/u);
    expect(texts[1]).toMatch(/^Xin chào/u);
    expect(texts[2]).toMatch(/^Dạ, không/u);
  });

  it('answers in a Zalo group only when mentioned or replied to', async () => {
    zalo = await startFakeZalo({ token: ZL, pollWaitMs: 100 });
    const running = await startTestApp({ ZALO_BOT_TOKEN: ZL, ZALO_API_ROOT: zalo.apiRoot });
    apps.push(running);
    await eventually(() => zalo!.calls.some((c) => c.method === 'getUpdates'), 5000, 'the Zalo bot to poll');
    const group = { chatId: 'g0000000000000000001', chatType: 'GROUP' as const, userId: 'u0000000000000000001' };
    zalo.queueUpdate(zalo.textUpdate({ ...group, text: 'tải vneid ở đâu' }));
    zalo.queueUpdate(zalo.stickerUpdate(group));
    zalo.queueUpdate(zalo.textUpdate({ ...group, text: '@bot.TroLySo tải vneid ở đâu' }));
    await zalo.waitForSent(1, 5000);
    const quoted = zalo.textUpdate({ ...group, text: 'cảm ơn' });
    (quoted.message as unknown as { quote: unknown }).quote = { from: { id: ZL.split(':')[0] } };
    zalo.queueUpdate(quoted);
    await zalo.waitForSent(2, 5000);
    await sleep(400);
    expect(zalo.sent).toHaveLength(2);
    expect(zalo.sent[0]!.text).toMatch(/App Store|CH Play/u);
    expect(zalo.sent[1]!.text).toMatch(/^Dạ, không/u);
  });
});
