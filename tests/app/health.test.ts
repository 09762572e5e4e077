import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram';
import { startFakeZalo, type FakeZalo } from '../fakes/zalo';
import { eventually, startTestApp } from '../channels/harness';

const TG = '7000000021:AAFakeTokenForHealthTests_abcdefgh';
const ZL = '4234567890:zalo-health-secret';
const SECRET = 'health-webhook-secret-0123456789abcd';

let telegram: FakeTelegram | undefined;
let zalo: FakeZalo | undefined;
const apps: Awaited<ReturnType<typeof startTestApp>>[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.app.stop();
  await telegram?.close();
  await zalo?.close();
  telegram = zalo = undefined;
});

interface Health {
  status: string;
  channels: Record<string, { status: string; since: string; error?: string }>;
  delivery?: { inboxPending: number; outboxPending: number };
}
const health = async (url: string) => {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as Health };
};
const chat = (url: string, text: string) =>
  fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: 'health-session-1', text }) });

describe('start-up and health', () => {
  it('keeps retrying a platform that fails at start-up while the web chat serves, and says so on /healthz', async () => {
    telegram = await startFakeTelegram({ token: TG, pollWaitMs: 100 });
    zalo = await startFakeZalo({ token: ZL, pollWaitMs: 100 });
    telegram.failNext('getMe', { status: 500 });
    telegram.failNext('setMyCommands', { status: 500 });
    telegram.failNext('setMyCommands', { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } });
    for (let i = 0; i < 3; i++) zalo.failNext('getMe', { hang: true });
    const running = await startTestApp({ TELEGRAM_BOT_TOKEN: TG, TELEGRAM_API_ROOT: telegram.apiRoot, ZALO_BOT_TOKEN: ZL, ZALO_API_ROOT: zalo.apiRoot, PLATFORM_TIMEOUT: '500ms' });
    apps.push(running);
    const { app, parsed } = running;

    const early = await health(app.url);
    expect(early.status).toBe(503);
    expect(early.body.status).toBe('unavailable');
    expect(['starting', 'retrying']).toContain(early.body.channels.telegram!.status);
    expect((await chat(app.url, 'tải vneid ở đâu')).status).toBe(200);

    const retrying = await eventually(async () => {
      const h = await health(app.url);
      return h.body.channels.zalo!.status === 'retrying' ? h : undefined;
    }, 5000, 'zalo to be retrying');
    expect(retrying.status).toBe(503);
    expect(retrying.body.channels.zalo!.error).toMatch(/timed out/u);

    const up = await eventually(async () => {
      const h = await health(app.url);
      return h.status === 200 ? h : undefined;
    }, 15_000, 'both bots to start');
    expect(up.body.channels).toMatchObject({ telegram: { status: 'ok' }, zalo: { status: 'ok' } });
    expect(parsed().filter((l) => l.msg === 'telegram start-up failed; retrying while the web chat serves').map((l) => l.wait_ms)).toEqual([100, 200, 1000]);
    expect(telegram.commands).toHaveLength(1);

    telegram.queueUpdate(telegram.textUpdate({ chatId: 1, text: 'xin chào' }));
    zalo.queueUpdate(zalo.textUpdate({ chatId: 'z1', text: 'xin chào' }));
    await telegram.waitForSent(1, 5000);
    await zalo.waitForSent(1, 5000);
  });

  it('reports a platform failing mid-run with 503, and ok again once it answers', async () => {
    telegram = await startFakeTelegram({ token: TG, pollWaitMs: 100 });
    const running = await startTestApp({ TELEGRAM_BOT_TOKEN: TG, TELEGRAM_API_ROOT: telegram.apiRoot, PUBLIC_BASE_URL: 'https://bot.example.vn', WEBHOOK_SECRET: SECRET });
    apps.push(running);
    const { app } = running;
    await eventually(async () => ((await health(app.url)).status === 200 ? true : undefined), 5000, 'the bot to start');
    telegram.outage({ status: 500 }, 1500);
    for (let i = 0; i < 5; i++) expect((await telegram.postWebhook(`${app.url}/webhook/telegram`, telegram.textUpdate({ chatId: 10 + i, text: 'xin chào' }), { secret: SECRET })).status).toBe(200);
    const failing = await eventually(async () => {
      const h = await health(app.url);
      return h.body.channels.telegram!.status === 'failing' ? h : undefined;
    }, 5000, 'the failure to show');
    expect(failing.status).toBe(503);
    expect(failing.body.delivery!.outboxPending).toBeGreaterThan(0);
    await telegram.waitForSent(5, 10_000);
    // The record of the last send is committed just after the platform answers: both settle within moments.
    const recovered = await eventually(async () => {
      const h = await health(app.url);
      return h.status === 200 && h.body.delivery?.outboxPending === 0 ? h : undefined;
    }, 5000, 'recovery');
    expect(recovered.body.channels.telegram!.status).toBe('ok');
    expect(recovered.body.delivery).toMatchObject({ inboxPending: 0, outboxPending: 0 });
  });
});

describe('graceful stop', () => {
  it('refuses new webhook calls while stopping, finishes what it has, and leaves the rest for the next start: each update answered once', async () => {
    telegram = await startFakeTelegram({ token: TG, pollWaitMs: 100 });
    const env = { TELEGRAM_BOT_TOKEN: TG, TELEGRAM_API_ROOT: telegram.apiRoot, PUBLIC_BASE_URL: 'https://bot.example.vn', WEBHOOK_SECRET: SECRET };
    const first = await startTestApp(env);
    await eventually(() => telegram!.webhook, 5000, 'setWebhook');
    const url = `${first.app.url}/webhook/telegram`;
    const updates = Array.from({ length: 40 }, (_, i) => telegram!.textUpdate({ chatId: 100 + (i % 8), text: i % 2 ? 'xin chào' : 'tai vneid o dau', updateId: 50_000 + i }));
    // Telegram resends whatever was not acknowledged with a 200, until it is.
    const unacknowledged = new Set(updates);
    const post = async (u: (typeof updates)[number], to: string) => {
      const { status } = await telegram!.postWebhook(to, u, { secret: SECRET });
      if (status === 200) unacknowledged.delete(u);
      return status;
    };
    // Telegram posts one update after another; the stop comes in the middle of the stream.
    const statuses: number[] = [];
    let stopped: Promise<void> | undefined;
    for (const u of updates) {
      statuses.push(await post(u, url).catch(() => 0));
      if (statuses.length === 15) stopped = first.app.stop();
    }
    await stopped;
    expect(statuses.slice(0, 15).every((s) => s === 200)).toBe(true);
    // Refused (503) or not connected at all once the stop began: never acknowledged without being stored.
    expect(statuses.filter((s) => s !== 200).length).toBeGreaterThan(10);
    expect(unacknowledged.size).toBe(statuses.filter((s) => s !== 200).length);

    const second = await startTestApp({ ...env, DATA_DIR: first.dataDir });
    apps.push(second);
    for (const u of [...unacknowledged]) expect(await post(u, `${second.app.url}/webhook/telegram`)).toBe(200);
    await telegram.waitForSent(40, 15_000);
    await new Promise((r) => setTimeout(r, 500));
    const perUpdate = new Map<number, number>();
    for (const m of telegram.sent) perUpdate.set(Number(m.chat_id), (perUpdate.get(Number(m.chat_id)) ?? 0) + 1);
    expect(telegram.sent).toHaveLength(40);
    expect([...perUpdate.values()]).toEqual(Array(8).fill(5));
    expect(second.parsed().filter((l) => l.msg?.startsWith('outbox give-up'))).toEqual([]);
  });
});
