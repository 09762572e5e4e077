import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, SqliteStore } from '../../src/store';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram';
import { startFakeZalo, type FakeZalo } from '../fakes/zalo';
import { KNOWLEDGE_DIR, tempDir } from '../helpers';
import { makeBurst, postUntilAcknowledged, received, tally, type Burst } from './burst';
import { freePort, killAll, startServer, until, type ServerProcess } from './process-harness';

/**
 * The figures of the issue, checked on real processes: kill -9 and SIGTERM in the middle of a burst on both
 * platforms, in polling and in webhook mode; then a restart on the same data. 0 lost, 0 answered twice, each chat in order.
 */
const TG = '7000000051:AAFakeTokenForCrashTests_abcdefghij';
const ZL = '6234567890:zalo-crash-secret';
const SECRET = 'crash-webhook-secret-0123456789abcdef';
const CHATS = 8;
const PER_CHAT = 10;

let telegram: FakeTelegram;
let zalo: FakeZalo;
afterEach(async () => {
  await killAll();
  await telegram?.close();
  await zalo?.close();
});

const total = () => telegram.sent.length + zalo.sent.length;
async function fakes() {
  telegram = await startFakeTelegram({ token: TG, pollWaitMs: 100 });
  zalo = await startFakeZalo({ token: ZL, pollWaitMs: 100 });
  return { TELEGRAM_BOT_TOKEN: TG, TELEGRAM_API_ROOT: telegram.apiRoot, ZALO_BOT_TOKEN: ZL, ZALO_API_ROOT: zalo.apiRoot };
}

/** Stops the server with `signal` once half the burst is answered, starts another on the same data, and counts. */
async function interrupt(signal: 'SIGKILL' | 'SIGTERM', env: Record<string, string>, feed: (server: () => ServerProcess, burst: Burst) => Promise<void>, port = 0) {
  const burst = makeBurst(telegram, zalo, CHATS, PER_CHAT);
  const expected = CHATS * PER_CHAT * 2;
  let server = await startServer(env, port);
  const feeding = feed(() => server, burst);
  await until(() => total() >= expected / 2, 60_000, 'half the burst', total, [server]);
  process.kill(signal === 'SIGKILL' ? -server.pid : server.pid, signal);
  const stopped = await server.exited;
  const first = server;
  server = await startServer(env, port);
  await feeding;
  await until(() => total() >= expected, 90_000, 'the whole burst', total, [server]).catch((error: Error) => {
    const figures = tally(burst, received(telegram, zalo));
    throw new Error(`${error.message}\nfigures: ${JSON.stringify(figures)}\nfirst server:\n${first.stderr().slice(-4000)}`);
  });
  // Anything sent twice would arrive now.
  await new Promise((r) => setTimeout(r, 1500));
  return { stopped, first, second: server, figures: tally(burst, received(telegram, zalo)) };
}

describe('a crash or a stop in the middle of a burst', () => {
  it('kill -9 while polling both platforms: every message answered once, in order', async () => {
    const env = { ...(await fakes()), DATA_DIR: await tempDir('tls-crash-') };
    const result = await interrupt('SIGKILL', env, async (_, burst) => {
      for (const u of burst.telegram) telegram.queueUpdate(u);
      for (const u of burst.zalo) zalo.queueUpdate(u);
    });
    expect(result.stopped.signal).toBe('SIGKILL');
    expect(result.figures).toEqual({ expected: 160, received: 160, lost: 0, twice: 0, outOfOrder: [] });
  }, 180_000);

  it('SIGTERM while polling both platforms: a clean exit, and every message answered once, in order', async () => {
    const env = { ...(await fakes()), DATA_DIR: await tempDir('tls-term-') };
    const result = await interrupt('SIGTERM', env, async (_, burst) => {
      for (const u of burst.telegram) telegram.queueUpdate(u);
      for (const u of burst.zalo) zalo.queueUpdate(u);
    });
    expect(result.stopped).toEqual({ code: 0, signal: null });
    expect(result.first.stdout()).toContain('Trợ lý số đã dừng.');
    expect(result.figures).toEqual({ expected: 160, received: 160, lost: 0, twice: 0, outOfOrder: [] });
  }, 180_000);

  for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
    it(`${signal === 'SIGKILL' ? 'kill -9' : 'SIGTERM'} behind webhooks of both platforms, which send again what was not acknowledged: every message answered once, in order`, async () => {
      const port = await freePort();
      const env = { ...(await fakes()), DATA_DIR: await tempDir('tls-hook-'), PUBLIC_BASE_URL: 'https://bot.example.vn', WEBHOOK_SECRET: SECRET };
      const result = await interrupt(
        signal,
        env,
        async (server, burst) => {
          await until(() => !!telegram.webhook && !!zalo.webhook, 10_000, 'the webhooks', total, [server()]);
          const updates = [
            ...burst.telegram.map((u) => ({ chat: `t${u.message!.chat.id}`, post: (url: string) => telegram.postWebhook(`${url}/webhook/telegram`, u, { secret: SECRET }) })),
            ...burst.zalo.map((u) => ({ chat: `z${u.message.chat.id}`, post: (url: string) => zalo.postWebhook(`${url}/webhook/zalo`, u, { secret: SECRET }) })),
          ];
          await postUntilAcknowledged(updates, () => [`http://127.0.0.1:${port}`]);
        },
        port,
      );
      if (signal === 'SIGTERM') expect(result.stopped).toEqual({ code: 0, signal: null });
      expect(result.figures).toEqual({ expected: 160, received: 160, lost: 0, twice: 0, outOfOrder: [] });
    }, 180_000);
  }
});

describe('safety alerts across a crash', () => {
  it('kill -9 while an alert goes out to 150 subscribers: each gets it exactly once', async () => {
    const env = await fakes();
    const dataDir = await tempDir('tls-alert-crash-');
    const knowledge = await tempDir('tls-alert-knowledge-');
    await cp(KNOWLEDGE_DIR, knowledge, { recursive: true });
    await mkdir(join(knowledge, 'alerts'), { recursive: true });
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    await writeFile(
      join(knowledge, 'alerts', 'gia-danh-ngan-hang.md'),
      `---\ntitle: "Giả danh ngân hàng đòi mã OTP"\nkind: alert\nseverity: critical\npublished: "${from}"\nexpires: "${to}"\n---\n\n# Giả danh ngân hàng\n\nKẻ gian gọi điện xưng là nhân viên ngân hàng, đòi mã OTP để "hoàn tiền". Ngân hàng không bao giờ hỏi mã OTP.\n`,
    );
    const store = new SqliteStore(join(dataDir, DATABASE_FILE));
    for (let chat = 1; chat <= 150; chat++) await store.setSubscription('telegram', String(20_000 + chat), true, new Date());
    await store.close();
    const alerts = () => telegram.sent.filter((m) => m.text.includes('Giả danh ngân hàng đòi mã OTP'));
    const processEnv = { ...env, DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledge };
    const first = await startServer(processEnv);
    await until(() => alerts().length >= 75, 60_000, 'half the alerts', total, [first]);
    process.kill(-first.pid, 'SIGKILL');
    await first.exited;
    const second = await startServer(processEnv);
    await until(() => alerts().length >= 150, 60_000, 'every alert', total, [second]);
    await new Promise((r) => setTimeout(r, 1500));
    const perChat = new Map<string, number>();
    for (const m of alerts()) perChat.set(String(m.chat_id), (perChat.get(String(m.chat_id)) ?? 0) + 1);
    expect(perChat.size).toBe(150);
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
  }, 150_000);
});
