import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/app/runtime';
import { TOPIC_MENU } from '../../src/assistant/replies';
import { RATE_LIMITED_REPLY } from '../../src/channels/pipeline';
import { WEB_ERRORS } from '../../src/channels/web/api';
import { startTestApp } from './harness';

type Running = Awaited<ReturnType<typeof startTestApp>>;

interface ChatAnswer {
  id?: string;
  intent: string;
  text: string;
  sources: { path: string; title: string; section?: string }[];
  buttons?: { label: string; data: string }[];
  error?: string;
}

let shared: Running;
/** Apps started by a single test, stopped after it. */
let own: Running | undefined;

beforeAll(async () => {
  shared = await startTestApp();
});
afterAll(async () => {
  await shared?.app.stop();
});
afterEach(async () => {
  await own?.app.stop();
  own = undefined;
});

const session = () => `web-test-${randomUUID()}`;

async function post(url: string, body: unknown, raw = false): Promise<{ status: number; type: string; body: ChatAnswer }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ? (body as string) : JSON.stringify(body),
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as ChatAnswer };
}

const chat = (body: unknown, app = shared) => post(`${app.app.url}/api/chat`, body);
const feedback = (body: unknown, app = shared) => post(`${app.app.url}/api/feedback`, body);

function feedbackRows(dataDir: string) {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT channel, chat_id, user_id, question, intent, rating FROM feedback ORDER BY id').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

describe('web chat page and health', () => {
  it('serves the Vietnamese chat page with its test hooks at /', async () => {
    const response = await fetch(`${shared.app.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/iu);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<title>Trợ lý số</title>');
    expect(html).toContain('không bao giờ hỏi mã OTP');
    for (const hook of ['message-input', 'send-button', 'error']) expect(html).toContain(`data-testid="${hook}"`);
    // Hooks on elements the script creates.
    for (const hook of ['message-user', 'message-bot', 'sources', 'topic-button', 'feedback-up', 'feedback-down', 'feedback-thanks', 'typing']) {
      expect(html).toContain(`'${hook}'`);
    }
    expect((await fetch(`${shared.app.url}/index.html`)).status).toBe(200);
  });

  it('reports health: 200 with passages and the database, 503 once the database is gone', async () => {
    const healthy = await fetch(`${shared.app.url}/healthz`);
    expect(healthy.status).toBe(200);
    const body = (await healthy.json()) as { status: string; index: { passages: number; files: number }; database: string };
    expect(body.status).toBe('ok');
    expect(body.index.passages).toBeGreaterThan(0);
    expect(body.index.files).toBeGreaterThan(0);
    expect(body.database).toBe('ok');

    own = await startTestApp();
    await own.app.runtime.store.close();
    const broken = await fetch(`${own.app.url}/healthz`);
    expect(broken.status).toBe(503);
    expect(await broken.json()).toMatchObject({ status: 'unavailable', database: 'unreachable' });
    // Stopping closes the store a second time: that must not throw.
    const app = own.app;
    own = undefined;
    await expect(app.stop()).resolves.toBeUndefined();
  });

  it('answers unknown routes and methods with 404', async () => {
    for (const [method, path] of [
      ['GET', '/khong-co'],
      ['GET', '/api/chat'],
      ['POST', '/'],
      ['POST', '/webhook/zalo'],
      ['POST', '/webhook/telegram'],
      ['DELETE', '/healthz'],
    ] as const) {
      const response = await fetch(`${shared.app.url}${path}`, { method, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await response.json()).toEqual({ error: 'not found' });
    }
  });
});

describe('POST /api/chat', () => {
  it('greets /start with topic buttons and no answer id', async () => {
    const { status, type, body } = await chat({ session: session(), text: '/start' });
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/json/u);
    expect(body.intent).toBe('greeting');
    expect(body.text).toMatch(/^Xin chào! Tôi là Trợ lý số/u);
    expect(body).not.toHaveProperty('id');
    expect(body.buttons).toEqual(TOPIC_MENU.map(({ label, data }) => ({ label, data })));
    expect(body.buttons!.map((b) => b.data)).toEqual(expect.arrayContaining(['topic:vneid', 'topic:dich-vu-cong', 'topic:an-toan-so', 'topic:thanh-toan-so', 'topic:can-bo']));
  });

  it('answers a knowledge question, with or without diacritics, with an id, sources and intent knowledge', async () => {
    for (const text of ['Tải VNeID ở đâu?', 'tai vneid o dau']) {
      const { status, body } = await chat({ session: session(), text });
      expect(status).toBe(200);
      expect(body.intent).toBe('knowledge');
      expect(body.id).toMatch(/^[A-Za-z0-9_-]{6,}$/u);
      expect(body.text).toMatch(/App Store|CH Play/u);
      expect(body.sources[0]).toMatchObject({ path: 'tests/fixtures/knowledge/lessons/vneid-cai-dat.md', title: 'Cài đặt ứng dụng VNeID đúng cách' });
      expect(body).not.toHaveProperty('buttons');
    }
  });

  it('answers a topic button about VNeID', async () => {
    const { status, body } = await chat({ session: session(), button: 'topic:vneid' });
    expect(status).toBe(200);
    expect(body.intent).toBe('knowledge');
    expect(body.text).toMatch(/VNeID/u);
    expect(body.id).toBeTypeOf('string');
    expect(body.sources.length).toBeGreaterThan(0);
    expect(body.sources.every((s) => /vneid/u.test(s.path))).toBe(true);
  });

  it('understands a follow-up in the same session: "còn mức 1 thì sao?" after a question about level 2', async () => {
    const id = session();
    const first = await chat({ session: id, text: 'Làm sao để có tài khoản định danh điện tử mức 2?' });
    expect(first.body.text).toMatch(/mức 2/u);
    const followUp = await chat({ session: id, text: 'còn mức 1 thì sao?' });
    expect(followUp.status).toBe(200);
    expect(followUp.body.intent).toBe('knowledge');
    expect(followUp.body.text).toMatch(/mức 1/u);
    expect(followUp.body.sources.some((s) => s.path === 'tests/fixtures/knowledge/lessons/vneid-muc-1-muc-2.md')).toBe(true);
  });

  it('refuses invalid bodies with 400 and a Vietnamese message', async () => {
    const id = session();
    const bad: [string, unknown, boolean?][] = [
      ['not JSON', '{"session": ', true],
      ['empty body', '', true],
      ['an array', [id, 'xin chào']],
      ['no session', { text: 'xin chào' }],
      ['a short session', { session: 'abc', text: 'xin chào' }],
      ['no text nor button', { session: id }],
      ['blank text', { session: id, text: '   ' }],
      ['a number as text', { session: id, text: 42 }],
      ['text over 50,000 characters', { session: id, text: 'a'.repeat(50_001) }],
    ];
    for (const [what, body, raw] of bad) {
      const response = await post(`${shared.app.url}/api/chat`, body, raw);
      expect(response.status, what).toBe(400);
      expect(response.body.error, what).toBe(WEB_ERRORS.badRequest);
    }
    expect(WEB_ERRORS.badRequest).toMatch(/Yêu cầu không hợp lệ/u);
  });

  it('refuses a body over 64 KB with 413', async () => {
    const response = await chat({ session: session(), text: 'á'.repeat(40_000) });
    expect(response.status).toBe(413);
    expect(response.body.error).toBe(WEB_ERRORS.tooLarge);
    // The server keeps answering afterwards.
    expect((await chat({ session: session(), text: 'xin chào' })).status).toBe(200);
  });

  it('answers 429 with the polite text once a session exceeds the rate limit, other sessions unaffected', async () => {
    own = await startTestApp({ RATE_LIMIT: '3/60' });
    const id = session();
    for (let i = 0; i < 3; i++) expect((await chat({ session: id, text: 'xin chào' }, own)).status).toBe(200);
    const limited = await chat({ session: id, text: 'xin chào' }, own);
    expect(limited.status).toBe(429);
    expect(limited.body.error).toBe(RATE_LIMITED_REPLY);
    const again = await chat({ session: id, text: 'xin chào' }, own);
    expect(again.status).toBe(429);
    expect(again.body.error).toMatch(/đợi/u);
    expect((await chat({ session: session(), text: 'xin chào' }, own)).status).toBe(200);
  });
});

describe('POST /api/feedback', () => {
  it('stores a rating for a real answer id, anonymised', async () => {
    const id = session();
    const answer = await chat({ session: id, text: 'Tải VNeID ở đâu?' });
    const response = await feedback({ id: answer.body.id, rating: -1 });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true });
    const rows = feedbackRows(shared.dataDir).filter((r) => r.question === 'Tải VNeID ở đâu?');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'web', intent: 'knowledge', rating: -1 });
    expect(rows[0]!.user_id).not.toBe(id);
    expect(JSON.stringify(rows)).not.toContain(id);
  });

  it('answers 404 for an unknown id and 400 for a bad rating or body', async () => {
    const unknown = await feedback({ id: 'khong-co-id', rating: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe(WEB_ERRORS.unknownAnswer);

    const answer = await chat({ session: session(), text: 'tai vneid o dau' });
    for (const body of [
      { id: answer.body.id, rating: 2 },
      { id: answer.body.id, rating: 0 },
      { id: answer.body.id, rating: '1' },
      { id: answer.body.id },
      { rating: 1 },
    ]) {
      const response = await feedback(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error).toBe(WEB_ERRORS.badRequest);
    }
    const raw = await post(`${shared.app.url}/api/feedback`, 'not json', true);
    expect(raw.status).toBe(400);
    expect(feedbackRows(shared.dataDir).filter((r) => r.question === 'tai vneid o dau')).toHaveLength(0);
  });
});
