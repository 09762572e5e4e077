import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram';
import { startFakeZalo, type FakeZalo } from '../fakes/zalo';
import { eventually, startTestApp } from '../channels/harness';
import { freshDatabase, postgresServer } from '../pg';

/** Several app instances on one PostgreSQL database, as several `npm start` behind a load balancer would run. */
const TG = '7000000031:AAFakeTokenForSharedDatabase_abcde';
const ZL = '5234567890:zalo-shared-secret';
const SECRET = 'shared-webhook-secret-0123456789abcd';
const server = await postgresServer();
if ('why' in server) process.stderr.write(`PostgreSQL app tests skipped: ${server.why}\n`);
const databases: { drop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const d of databases) await d.drop().catch(() => {});
  if (!('why' in server)) await server.stop();
});

let telegram: FakeTelegram | undefined;
let zalo: FakeZalo | undefined;
const apps: Awaited<ReturnType<typeof startTestApp>>[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.app.stop()));
  await telegram?.close();
  await zalo?.close();
  telegram = zalo = undefined;
});

async function database(): Promise<string> {
  if ('why' in server) throw new Error(server.why);
  const db = await freshDatabase(server);
  databases.push(db);
  return db.url;
}

async function instances(count: number, env: Record<string, string>) {
  const url = await database();
  const started = [];
  for (let i = 0; i < count; i++) {
    const running = await startTestApp({ ...env, DATABASE_URL: url });
    apps.push(running);
    started.push(running);
  }
  return started;
}

describe.skipIf('why' in server)('several instances on one PostgreSQL database', () => {
  it('answer each webhook update once, whichever instance receives it and however often it is delivered', async () => {
    telegram = await startFakeTelegram({ token: TG, pollWaitMs: 100 });
    zalo = await startFakeZalo({ token: ZL, pollWaitMs: 100 });
    const env = { TELEGRAM_BOT_TOKEN: TG, TELEGRAM_API_ROOT: telegram.apiRoot, ZALO_BOT_TOKEN: ZL, ZALO_API_ROOT: zalo.apiRoot, PUBLIC_BASE_URL: 'https://bot.example.vn', WEBHOOK_SECRET: SECRET };
    const nodes = await instances(3, env);
    await eventually(() => telegram!.webhook && zalo!.webhook, 5000, 'the webhooks');
    const posts: Promise<unknown>[] = [];
    for (let i = 0; i < 60; i++) {
      const tg = telegram.textUpdate({ chatId: 100 + (i % 10), text: i % 2 ? 'xin chào' : 'tai vneid o dau', updateId: 70_000 + i });
      const zl = zalo.textUpdate({ chatId: `zchat${i % 10}`, text: i % 2 ? 'xin chào' : 'tai vneid o dau', messageId: `m${i}` });
      // Each update reaches two different instances (a redelivery after a timeout, a retry through the balancer).
      for (const n of [nodes[i % 3]!, nodes[(i + 1) % 3]!]) {
        posts.push(telegram.postWebhook(`${n.app.url}/webhook/telegram`, tg, { secret: SECRET }));
        posts.push(zalo.postWebhook(`${n.app.url}/webhook/zalo`, zl, { secret: SECRET }));
      }
    }
    const statuses = (await Promise.all(posts)) as { status: number }[];
    expect(statuses.every((s) => s.status === 200)).toBe(true);
    await telegram.waitForSent(60, 20_000);
    await zalo.waitForSent(60, 20_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(telegram.sent).toHaveLength(60);
    expect(zalo.sent).toHaveLength(60);
    // One sender per platform, whichever instance it is.
    const leaders = nodes.filter((n) => n.app.senders.telegram?.isLeader).length;
    expect(leaders).toBe(1);
  });

  it('poll each bot from one instance only, and take over when it stops', async () => {
    telegram = await startFakeTelegram({ token: TG, pollWaitMs: 100 });
    const nodes = await instances(2, { TELEGRAM_BOT_TOKEN: TG, TELEGRAM_API_ROOT: telegram.apiRoot, LEASE_TTL: '1s' });
    await eventually(() => telegram!.calls.some((c) => c.method === 'getUpdates'), 5000, 'polling');
    for (let i = 0; i < 20; i++) telegram.queueUpdate(telegram.textUpdate({ chatId: 300 + (i % 4), text: 'xin chào' }));
    await telegram.waitForSent(20, 10_000);
    const conflicts = nodes.flatMap((n) => n.parsed().filter((l) => /409|Conflict/u.test(String(l.err))));
    expect(conflicts).toEqual([]);
    const poller = nodes.find((n) => n.parsed().some((l) => l.msg === 'lease taken' && l.lease === `poll:telegram:7000000031`))!;
    await poller.app.stop();
    apps.splice(apps.indexOf(poller), 1);
    for (let i = 0; i < 10; i++) telegram.queueUpdate(telegram.textUpdate({ chatId: 400 + i, text: 'xin chào' }));
    await telegram.waitForSent(30, 15_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(telegram.sent).toHaveLength(30);
  });

  it('send a safety alert once per subscriber and share rate limits when every instance runs the schedule', async () => {
    telegram = await startFakeTelegram({ token: TG, pollWaitMs: 100 });
    const nodes = await instances(3, { TELEGRAM_BOT_TOKEN: TG, TELEGRAM_API_ROOT: telegram.apiRoot, RATE_LIMIT: '4/60' });
    await eventually(() => telegram!.calls.some((c) => c.method === 'getUpdates'), 5000, 'polling');
    const store = nodes[0]!.app.runtime.store;
    for (let chat = 1; chat <= 30; chat++) await store.setSubscription('telegram', String(chat), true, new Date());
    // The three instances push the same alert at once.
    const pushed = await Promise.all(
      nodes.flatMap((n) => Array.from({ length: 30 }, (_, i) => n.app.push('telegram', String(i + 1), '🚨 CẢNH BÁO KHẨN: thử nghiệm', `alert:test:telegram:${i + 1}`, 'alert'))),
    );
    expect(pushed.filter(Boolean)).toHaveLength(30);
    await telegram.waitForSent(30, 15_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(telegram.sent.map((m) => m.chat_id).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));

    const chat = (n: (typeof nodes)[number]) =>
      fetch(`${n.app.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: 'pg-shared-session', text: 'xin chào' }) }).then((r) => r.status);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push(await chat(nodes[i % 3]!));
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });
});
