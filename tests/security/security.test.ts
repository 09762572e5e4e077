import Database from 'better-sqlite3';
import { createHash, createHmac } from 'node:crypto';
import { request } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ID_SECRET_FILE } from '../../src/app/id-secret';
import { DATABASE_FILE } from '../../src/app/runtime';
import { anonymise } from '../../src/channels/pipeline';
import { RegistrationGuard } from '../../src/channels/registration-guard';
import { CHANNEL_REPLIES } from '../../src/channels/replies';
import { hashCode, newInviteCode } from '../../src/officials';
import { MESSAGES } from '../../src/officials';
import { SqliteStore } from '../../src/store';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram';
import { memoryLogger, eventually, startTestApp } from '../channels/harness';
import { tempDir } from '../helpers';

/** Every case of the issue's security list, refused and logged. */
const TG = '7000000041:AAFakeTokenForSecurityTests_abcdef';
const SECRET = 'security-webhook-secret-0123456789ab';
let telegram: FakeTelegram | undefined;
const apps: Awaited<ReturnType<typeof startTestApp>>[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.app.stop();
  await telegram?.close();
  telegram = undefined;
});
async function start(env: Record<string, string> = {}) {
  const running = await startTestApp(env);
  apps.push(running);
  return running;
}
async function withTelegram(env: Record<string, string> = {}) {
  telegram = await startFakeTelegram({ token: TG, pollWaitMs: 100 });
  const running = await start({ TELEGRAM_BOT_TOKEN: TG, TELEGRAM_API_ROOT: telegram.apiRoot, ...env });
  if (env.PUBLIC_BASE_URL) await eventually(() => telegram!.webhook, 5000, 'setWebhook');
  else await eventually(() => telegram!.calls.some((c) => c.method === 'getUpdates'), 5000, 'polling');
  return { ...running, fake: telegram };
}
const chat = (url: string, body: unknown) =>
  fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('registration of officials', () => {
  it('is refused in the web chat, even with a valid code, and logged', async () => {
    const { app, parsed } = await start();
    const code = newInviteCode();
    const now = new Date();
    await app.runtime.store.createInvite({ codeHash: hashCode(code), unitId: 'dt-skhcn', expiresAt: new Date(now.getTime() + 86_400_000), now });
    const response = await chat(app.url, { session: 'web-registrant-1', text: `/dangky ${code}` });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { text: string }).text).toBe(CHANNEL_REPLIES.register_elsewhere);
    expect(await app.runtime.store.listOfficials({ includeRevoked: true })).toEqual([]);
    expect((await app.runtime.store.listInvites())[0]!.usedAt).toBeUndefined();
    expect(parsed().filter((l) => l.msg === 'registration attempted outside Telegram and Zalo')).toHaveLength(1);
  });

  it('locks a sender out after 5 wrong codes, even for a right one, logging each refusal and the lockout', async () => {
    const { app, fake, parsed, lines } = await withTelegram();
    const code = newInviteCode();
    const now = new Date();
    await app.runtime.store.createInvite({ codeHash: hashCode(code), unitId: 'dt-skhcn', expiresAt: new Date(now.getTime() + 86_400_000), now });
    for (let i = 0; i < 5; i++) fake.queueUpdate(fake.textUpdate({ chatId: 501, text: `/dangky ${newInviteCode()}` }));
    fake.queueUpdate(fake.textUpdate({ chatId: 501, text: `/dangky ${code}` }));
    fake.queueUpdate(fake.textUpdate({ chatId: 502, text: `/dangky ${code}` }));
    await fake.waitForSent(7, 10_000);
    const to = (chat: number) => fake.sent.filter((m) => m.chat_id === chat).map((m) => m.text);
    expect(to(501)).toEqual([...Array(5).fill(MESSAGES.redeemRefused.unknown), CHANNEL_REPLIES.register_locked]);
    expect(to(502)[0]).toMatch(/^Đăng ký thành công/u);
    expect(parsed().filter((l) => l.msg === 'invite code refused')).toHaveLength(5);
    expect(parsed().filter((l) => l.outcome === 'locked' && l.scope === 'user')).toHaveLength(2);
    // Neither the codes nor the user's id reach the log.
    const all = lines.join('\n');
    expect(all).not.toContain(code);
    expect(all).not.toContain(code.replaceAll('-', ''));
    expect(all).not.toMatch(/"user":"501"/u);
  });

  it('counts wrong codes per chat and over everyone, and locks registration when they add up', async () => {
    const store = new SqliteStore(join(await tempDir('tls-guard-'), 'db.sqlite'));
    const { log, parsed } = memoryLogger();
    const limits = { user: { failures: 3, windowMs: 60_000, lockoutMs: 60_000 }, chat: { failures: 4, windowMs: 60_000, lockoutMs: 60_000 }, global: { failures: 6, windowMs: 60_000, lockoutMs: 30_000 } };
    const guard = new RegistrationGuard({ store, log, hashId: anonymise, limits });
    const now = new Date('2026-11-23T02:00:00Z');
    const group = (user: string) => ({ channel: 'telegram' as const, userId: user, chatId: '-100' });
    // Five accounts in one group, one guess each: the chat is locked after four, though no account is.
    for (const user of ['a', 'b', 'c', 'd', 'e']) await guard.failed(group(user), 'unknown', now);
    expect(await guard.locked(group('f'), now)).toBe('chat');
    expect(await guard.locked({ channel: 'telegram', userId: 'f', chatId: 'f' }, now)).toBeUndefined();
    // Two more guesses elsewhere pass the global limit: registration is locked for everyone.
    for (const user of ['g', 'h']) await guard.failed({ channel: 'zalo', userId: user, chatId: user }, 'unknown', now);
    expect(await guard.locked({ channel: 'zalo', userId: 'new', chatId: 'new' }, now)).toBe('global');
    expect(await guard.locked({ channel: 'zalo', userId: 'new', chatId: 'new' }, new Date(now.getTime() + 31_000))).toBeUndefined();
    expect(parsed().filter((l) => l.outcome === 'locked').map((l) => l.scope)).toEqual(['chat', 'global']);
    await store.close();
  });
});

describe('the web API', () => {
  it('limits requests per network address, whatever sessions it rotates through, and stores nothing for refused ones', async () => {
    const { app, dataDir, parsed } = await start({ WEB_ADDRESS_LIMIT: '30/60' });
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await chat(app.url, { session: `rotating-session-${i}`, text: 'tai vneid o dau' })).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    const limited = await chat(app.url, { session: 'rotating-session-x', text: 'xin chào' });
    expect(await limited.json()).toEqual({ error: CHANNEL_REPLIES.address_limited });
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM questions').get() as { n: number }).n).toBe(30);
    db.close();
    expect(parsed().filter((l) => l.outcome === 'address_limited')).toHaveLength(1);
  });

  it('serves the page with a Content-Security-Policy allowing only its own script and style, and no framing', async () => {
    const { app } = await start();
    const response = await fetch(`${app.url}/`);
    const html = await response.text();
    const csp = response.headers.get('content-security-policy')!;
    const hash = (tag: string) => `'sha256-${createHash('sha256').update(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'u').exec(html)![1]!).digest('base64')}'`;
    expect(csp).toBe(
      `default-src 'none'; script-src ${hash('script')}; style-src ${hash('style')}; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

/** POSTs `bytes` of body through node:http; resolves with the status, whether the connection was reset, and how long it took. */
function postLarge(url: string, bytes: number, headers: Record<string, string> = {}): Promise<{ status?: number; reset: boolean; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    let status: number | undefined;
    let reset = false;
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(bytes), ...headers } }, (res) => {
      status = res.statusCode;
      res.resume();
      res.on('end', () => resolve({ status, reset, ms: Date.now() - started }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      reset = error.code === 'ECONNRESET' || error.code === 'EPIPE';
      resolve({ status, reset, ms: Date.now() - started });
    });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk.subarray(0, Math.min(chunk.length, bytes - sent + chunk.length)))) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

describe('request bodies', () => {
  it('are refused over 64 KB on every route, the Telegram webhook included, with a clean close and little memory', async () => {
    const { app, fake, parsed } = await withTelegram({ PUBLIC_BASE_URL: 'https://bot.example.vn', WEBHOOK_SECRET: SECRET });
    const rss = process.memoryUsage().rss;
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => postLarge(`${app.url}/webhook/telegram`, 10 * 1024 * 1024, { 'x-telegram-bot-api-secret-token': SECRET })),
      postLarge(`${app.url}/api/chat`, 1024 * 1024),
      postLarge(`${app.url}/api/feedback`, 200 * 1024),
    ]);
    for (const r of results) {
      expect(r.status).toBe(413);
      expect(r.reset).toBe(false);
      expect(r.ms).toBeLessThan(3000);
    }
    expect(process.memoryUsage().rss - rss).toBeLessThan(40 * 1024 * 1024);
    expect(parsed().filter((l) => l.outcome === 'too_large')).toHaveLength(12);
    // A body just under the limit is still read, and the server goes on answering.
    const update = fake.textUpdate({ chatId: 601, text: 'xin chào' });
    expect((await fake.postWebhook(`${app.url}/webhook/telegram`, update, { secret: SECRET })).status).toBe(200);
    await fake.waitForSent(1, 5000);
  });
});

describe('stored identities and questions', () => {
  it('hash chat and user ids with the server secret kept in DATA_DIR, the same after a restart', async () => {
    const first = await start();
    const session = 'hmac-session-0001';
    const answer = (await (await chat(first.app.url, { session, text: 'Tải VNeID ở đâu?' })).json()) as { id: string };
    await fetch(`${first.app.url}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: answer.id, rating: 1 }) });
    const secretFile = join(first.dataDir, ID_SECRET_FILE);
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    const secret = readFileSync(secretFile, 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(40);
    const hmac = createHmac('sha256', secret).update(`web:${session}`).digest('hex').slice(0, 32);
    await first.app.stop();
    apps.splice(0);
    const second = await start({ DATA_DIR: first.dataDir });
    await chat(second.app.url, { session, text: 'Mã OTP là gì?' });
    const db = new Database(join(first.dataDir, DATABASE_FILE), { readonly: true });
    const hashes = (db.prepare('SELECT chat_hash FROM questions').all() as { chat_hash: string }[]).map((r) => r.chat_hash);
    const feedback = db.prepare('SELECT chat_id, user_id FROM feedback').get() as { chat_id: string; user_id: string };
    db.close();
    expect(hashes).toEqual([hmac, hmac]);
    expect(feedback).toEqual({ chat_id: hmac, user_id: hmac });
    expect(hashes).not.toContain(anonymise('web', session));
    expect(readFileSync(secretFile, 'utf8').trim()).toBe(secret);
  });

  it('deletes questions and ratings older than the retention, and keeps the newer ones', async () => {
    const dataDir = await tempDir('tls-retention-');
    const store = new SqliteStore(join(dataDir, DATABASE_FILE));
    const day = 86_400_000;
    const now = Date.now();
    const question = (ageDays: number, text: string) =>
      store.recordAnswer([], { at: new Date(now - ageDays * day), channel: 'web', intent: 'knowledge', covered: false, question: text, sources: [], chatHash: 'h' });
    await question(200, 'cũ quá hạn');
    await question(181, 'vừa quá hạn');
    await question(179, 'còn trong hạn');
    const old = await store.recordFeedback({ channel: 'web', chatId: 'h', userId: 'h', question: 'q', answer: 'a', intent: 'knowledge', sources: [], rating: -1, at: new Date(now - 190 * day) });
    await store.recordAnswer([], { at: new Date(now - 100 * day), channel: 'web', intent: 'knowledge', question: 'sau 👎', sources: [], chatHash: 'h', followUpOf: old });
    await store.close();
    // The app purges at start (and hourly).
    const { app } = await start({ DATA_DIR: dataDir, QUESTION_RETENTION: '180d' });
    await eventually(async () => ((await app.runtime.store.questionsBetween(new Date(0), new Date(now + day))).length === 2 ? true : undefined), 5000, 'the purge');
    const kept = await app.runtime.store.questionsBetween(new Date(0), new Date(now + day));
    expect(kept.map((q) => [q.question, q.followUpOf])).toEqual([
      ['còn trong hạn', undefined],
      ['sau 👎', undefined],
    ]);
    expect(await app.runtime.store.feedbackBetween(new Date(0), new Date(now + day))).toEqual([]);
  });

  it('keep no raw text of a flagged message in the logs or the database', async () => {
    const { app, fake, lines, dataDir } = await withTelegram();
    fake.queueUpdate(fake.textUpdate({ chatId: 701, text: 'Mã OTP của tôi là 482913, mật khẩu là Abc@12345' }));
    // A poison update carrying a secret too: it fails, is retried and set aside, and still leaves no trace of it.
    fake.queueUpdate({ update_id: 991_001, message: { message_id: 1, date: 1, chat: { id: 702, type: 'private', first_name: 'X' }, from: { id: 702, is_bot: false, first_name: 'X' }, text: { otp: '482913' } } } as never);
    await fake.waitForSent(2, 10_000);
    await eventually(async () => ((await app.runtime.store.deliveryCounts()).inboxPending === 0 ? true : undefined), 5000, 'the inbox to drain');
    const all = lines.join('\n');
    expect(all).not.toContain('482913');
    expect(all).not.toContain('Abc@12345');
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const dump = JSON.stringify([db.prepare('SELECT * FROM inbox').all(), db.prepare('SELECT * FROM questions').all(), db.prepare('SELECT * FROM outbox').all()]);
    db.close();
    expect(dump).not.toContain('482913');
    expect(dump).not.toContain('Abc@12345');
  });
});
