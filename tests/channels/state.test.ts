import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/app/runtime';
import { replies, StoredConversations } from '../../src/assistant';
import { FEEDBACK_THANKS, RATE_LIMITED_REPLY } from '../../src/channels/pipeline';
import { loadConfig } from '../../src/config';
import { SqliteStore } from '../../src/store';
import { startFakeZalo, type FakeZalo } from '../fakes/zalo';
import { tempDir } from '../helpers';
import { eventually, startTestApp } from './harness';

/** State that used to live in process memory (ratings, menus, follow-up context, rate limits) now lives in the store. */
const TOKEN = '3234567890:zalo-state-secret';
let zalo: FakeZalo | undefined;
const apps: Awaited<ReturnType<typeof startTestApp>>[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.app.stop();
  await zalo?.close();
  zalo = undefined;
});

async function start(env: Record<string, string> = {}, options: Parameters<typeof startTestApp>[1] = {}) {
  const running = await startTestApp(env, options);
  apps.push(running);
  return running;
}

describe('state kept in the store', () => {
  it('remembers the topic menu and an answer awaiting its rating across restarts', async () => {
    zalo = await startFakeZalo({ token: TOKEN, pollWaitMs: 100 });
    const env = { ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: zalo.apiRoot };
    const chat = 'f1000000000000000001';
    const say = async (text: string, dataDir?: string) => {
      const running = await start(dataDir ? { ...env, DATA_DIR: dataDir } : env);
      await eventually(() => zalo!.calls.some((c) => c.method === 'getUpdates'), 5000, 'polling');
      const before = zalo!.sent.length;
      zalo!.queueUpdate(zalo!.textUpdate({ chatId: chat, text }));
      const [reply] = (await zalo!.waitForSent(before + 1, 6000)).slice(before);
      await running.app.stop();
      apps.splice(apps.indexOf(running), 1);
      return { reply: reply!.text, dataDir: running.dataDir };
    };
    const first = await say('/start');
    expect(first.reply).toMatch(/Gõ số để chọn chủ đề/u);
    // A new process: the menu shown by the previous one is still known, so "3" picks a topic.
    const topic = await say('3', first.dataDir);
    expect(topic.reply).toMatch(/lừa đảo/iu);
    expect(topic.reply).toContain('Gõ 👍 hoặc 1 nếu hữu ích');
    // And another: the answer can still be rated.
    const thanks = await say('1', first.dataDir);
    expect(thanks.reply).toBe(FEEDBACK_THANKS);
    const db = new Database(join(first.dataDir, DATABASE_FILE), { readonly: true });
    const rows = db.prepare('SELECT rating, question FROM feedback').all();
    db.close();
    expect(rows).toEqual([{ rating: 1, question: replies.TOPIC_MENU[2].question }]);
  });

  it('keeps the follow-up context of a chat in the store, for the next process', async () => {
    const file = join(await tempDir('tls-followup-'), 'tro-ly-so.db');
    const a = new SqliteStore(file);
    const b = new SqliteStore(file);
    try {
      const now = new Date('2026-11-23T02:00:00Z');
      // What to remember leaves with the reply and is written with the answer's record, as the pipeline does.
      const state = new StoredConversations(a, () => now).remember('zalo:c1', 'làm vneid mức 2 ở đâu');
      expect(await new StoredConversations(b, () => now).recall('zalo:c1')).toBeUndefined();
      await a.recordAnswer([state], { at: now, channel: 'zalo', intent: 'knowledge', covered: true, question: 'làm vneid mức 2 ở đâu', sources: [], chatHash: 'c1' });
      expect(await new StoredConversations(b, () => now).recall('zalo:c1')).toBe('làm vneid mức 2 ở đâu');
      expect(await new StoredConversations(b, () => now).recall('zalo:c2')).toBeUndefined();
      // Kept for the follow-up window only (30 minutes).
      expect(await new StoredConversations(b, () => new Date(now.getTime() + 31 * 60_000)).recall('zalo:c1')).toBeUndefined();
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('rate limits', () => {
  it('let a person send 20 messages in 30 s by default, then warn once and drop the flood until it slows down', async () => {
    expect(loadConfig({}).rateLimit).toEqual({ points: 20, seconds: 30 });
    const clock = { now: new Date('2026-11-23T02:00:10Z') };
    const { app } = await start({ RATE_LIMIT: '20/30' }, { clock: () => clock.now });
    const chat = (text: string) =>
      fetch(`${app.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: 'flood-session-1', text }) });
    for (let i = 0; i < 20; i++) expect((await chat('xin chào')).status, `message ${i + 1}`).toBe(200);
    const warned = await chat('xin chào');
    expect(warned.status).toBe(429);
    expect(((await warned.json()) as { error: string }).error).toBe(RATE_LIMITED_REPLY);
    for (let i = 0; i < 5; i++) expect((await chat('xin chào')).status).toBe(429);
    clock.now = new Date(clock.now.getTime() + 61_000);
    expect((await chat('xin chào')).status).toBe(200);
  });

  it('are shared by two processes on one database', async () => {
    const first = await start({ RATE_LIMIT: '3/60' });
    const second = await start({ RATE_LIMIT: '3/60', DATA_DIR: first.dataDir });
    const chat = (url: string) =>
      fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: 'shared-session-1', text: 'xin chào' }) }).then((r) => r.status);
    expect([await chat(first.app.url), await chat(second.app.url), await chat(first.app.url)]).toEqual([200, 200, 200]);
    expect(await chat(second.app.url)).toBe(429);
    expect(await chat(first.app.url)).toBe(429);
  });
});
