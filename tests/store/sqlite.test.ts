import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, UNDO_MIGRATION, UNDO_RAN_AS } from '../../src/store/migrations';
import { SqliteStore } from '../../src/store';
import { ROOT, tempDir } from '../helpers';

/** What only SQLite has: its file, pragmas and schema version, and processes sharing the file. The contract is in store.test.ts. */
const run = promisify(execFile);
const WORKER = join(ROOT, 'tests/store/fixtures/store-worker.ts');
const OPEN_AT = join(ROOT, 'tests/store/fixtures/open-at.ts');
const NOW = new Date('2026-11-23T02:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const open: SqliteStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function dbFile(): Promise<string> {
  return join(await tempDir('tls-store-'), 'nested', 'tro-ly-so.db');
}
function store(file: string): SqliteStore {
  const s = new SqliteStore(file);
  open.push(s);
  return s;
}

describe('schema', () => {
  it('creates the folder and the schema, and migrates only once', async () => {
    const file = await dbFile();
    const first = store(file);
    await first.createInvite({ codeHash: 'h1', unitId: 'dt-vp-hctc', expiresAt: later(60), now: NOW });
    await first.close();
    const second = store(file);
    expect((await second.listInvites()).map((i) => i.codeHash)).toEqual(['h1']);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('lets several processes create the same new database at once (each migrates or sees it migrated)', async () => {
    const file = await dbFile();
    const startAt = String(Date.now() + 3000);
    const outputs = await Promise.all(
      [1, 2, 3, 4].map(() => run(process.execPath, ['--import', 'tsx', OPEN_AT, file, startAt], { cwd: ROOT })),
    );
    expect(outputs.map((o) => o.stdout.trim())).toEqual(['ok', 'ok', 'ok', 'ok']);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    raw.close();
  });

  it('refuses a database written by a newer version', async () => {
    const file = await dbFile();
    await store(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => new SqliteStore(file)).toThrow(/newer version/u);
  });

  it('brings up a database the officials’ line wrote before the merge (its undo migration ran 3rd), keeping undone updates', async () => {
    const file = await dbFile();
    await mkdir(dirname(file), { recursive: true });
    // As that line left it: the migrations before the delivery ones, then the undo migration as the 3rd.
    const raw = new Database(file);
    for (const migration of [...MIGRATIONS.slice(0, UNDO_RAN_AS - 1), MIGRATIONS[UNDO_MIGRATION]!]) raw.exec(migration);
    raw.pragma(`user_version = ${UNDO_RAN_AS}`);
    raw.prepare("INSERT INTO task_updates (task_key, unit_id, status, updated_by, updated_at, undone_at) VALUES ('p.md#1', 'u', 'done', 'telegram:1', ?, ?)").run(NOW.toISOString(), later(1).toISOString());
    raw.close();

    const s = store(file);
    expect((await s.taskHistory('p.md#1', 'u')).map((u) => u.undoneAt)).toEqual([later(1)]);
    expect(await s.enqueueInbox([{ channel: 'telegram', updateKey: '1', chatId: 'c', payload: {} }], NOW)).toBe(1);
    await s.setChatState('k', 1, later(5));
    expect(await s.getChatState('k', NOW)).toBe(1);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    check.close();
  });

  it('settles a call an older version left half-made (state "sending") as uncertain after the upgrade', async () => {
    const file = await dbFile();
    await mkdir(dirname(file), { recursive: true });
    const raw = new Database(file);
    for (const migration of MIGRATIONS.slice(0, -1)) raw.exec(migration);
    raw.pragma(`user_version = ${MIGRATIONS.length - 1}`);
    const insert = raw.prepare("INSERT INTO outbox (channel, chat_id, kind, dedupe_key, method, params, next_at, created_at, state, send_token) VALUES ('telegram', ?, 'reply', ?, 'sendMessage', '{}', ?, ?, ?, 't')");
    insert.run('a', 'a1', NOW.toISOString(), NOW.toISOString(), 'sending');
    insert.run('b', 'b1', NOW.toISOString(), NOW.toISOString(), 'claimed');
    raw.close();

    const s = store(file);
    const settled = await s.settleInterruptedSends('telegram', NOW);
    expect([settled.uncertain.length, settled.requeued]).toEqual([1, 1]);
    expect((await s.dueOutbox('telegram', NOW, 10)).map((o) => o.key)).toEqual(['b1']);
  });

  it('marks a call written without moving it out of the claimed state the indexes hold', async () => {
    const s = store(await dbFile());
    await s.enqueueOutbox([{ channel: 'telegram', chatId: 'a', kind: 'reply', key: 'a1', method: 'sendMessage', params: {} }], NOW);
    const [item] = await s.dueOutbox('telegram', NOW, 10);
    await s.beginSend(item!.id, 't');
    await s.markWritten(item!.id, 't');
    const raw = new Database((s as unknown as { db: Database.Database }).db.name, { readonly: true });
    expect(raw.prepare('SELECT state, written FROM outbox WHERE id = ?').get(item!.id)).toEqual({ state: 'claimed', written: 1 });
    raw.close();
    expect(await s.settleInterruptedSends('telegram', NOW)).toEqual({ uncertain: [item!.id], requeued: 0 });
  });

  it('keeps no raw message text once an update is handled', async () => {
    const file = await dbFile();
    const s = store(file);
    await s.enqueueInbox([{ channel: 'telegram', updateKey: '1', chatId: 'c', payload: { text: 'Mã OTP của tôi là 482913' } }], NOW);
    const [item] = await s.claimInbox({ holder: 'h', limit: 1, now: NOW, leaseMs: 1000 });
    await s.completeInbox(item!, [], NOW);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT payload FROM inbox').all()).toEqual([{ payload: null }]);
    raw.close();
  });
});

describe('writes asked for together', () => {
  it('share a commit: each call is whole or undone alone, and each is on disk once its promise settles', async () => {
    const file = await dbFile();
    const s = store(file);
    const update = (key: string, payload: unknown) => ({ channel: 'telegram' as const, updateKey: key, chatId: `c${key}`, payload });
    // Asked in one turn: the second call's second row cannot be written (a BigInt has no JSON form) after its first was.
    const calls = [
      s.enqueueInbox([update('1', { text: 'a' })], NOW),
      s.enqueueInbox([update('2', { text: 'b' }), update('3', { n: 1n })], NOW),
      s.enqueueInbox([update('4', { text: 'c' })], NOW),
    ];
    const outcomes = await Promise.allSettled(calls);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT update_key FROM inbox ORDER BY update_key').all()).toEqual([{ update_key: '1' }, { update_key: '4' }]);
    raw.close();
  });

  it('are written before the store closes', async () => {
    const file = await dbFile();
    const s = new SqliteStore(file);
    const pending = s.enqueueInbox([{ channel: 'zalo', updateKey: '9', chatId: 'c', payload: { text: 'x' } }], NOW);
    await s.close();
    await expect(pending).resolves.toBe(1);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM inbox').get()).toEqual({ n: 1 });
    raw.close();
  });
});

describe('two processes on one file', () => {
  it('lose no task update when they write to the same task at once', async () => {
    const file = await dbFile();
    const s = store(file);
    const startAt = String(Date.now() + 3000);
    const count = 150;
    const results = await Promise.all(['p1', 'p2'].map((name) => run(process.execPath, ['--import', 'tsx', WORKER, file, 'updates', name, String(count), startAt], { cwd: ROOT })));
    expect(results.map((r) => JSON.parse(r.stdout).name)).toEqual(['p1', 'p2']);
    const history = await s.taskHistory('knowledge/plans/p.md#1.1', 'dt-vp-hctc');
    expect(history).toHaveLength(2 * count);
    for (const name of ['p1', 'p2']) {
      expect(history.filter((u) => u.by === `cli:${name}`).map((u) => u.note)).toEqual(Array.from({ length: count }, (_, i) => `${name}-${i}`));
    }
    // The two processes really wrote at the same time (their rows alternate), and the latest write wins.
    const switches = history.filter((u, i) => i > 0 && u.by !== history[i - 1]!.by).length;
    expect(switches).toBeGreaterThan(5);
    expect((await s.latestTaskUpdates('dt-vp-hctc')).get('knowledge/plans/p.md#1.1')?.note).toBe(history.at(-1)!.note);
  });

  it('give each reminder to exactly one of them when they claim at once', async () => {
    const file = await dbFile();
    const s = store(file);
    await s.createInvite({ codeHash: 'a', unitId: 'dt-vp-hctc', expiresAt: later(60), now: NOW });
    await s.redeemInvite('a', { channel: 'telegram', userId: 'u1', chatId: 'c1' }, NOW);
    const startAt = String(Date.now() + 3000);
    const count = 200;
    const results = await Promise.all(['p1', 'p2'].map((name) => run(process.execPath, ['--import', 'tsx', WORKER, file, 'claims', name, String(count), startAt], { cwd: ROOT })));
    const won = results.map((r) => JSON.parse(r.stdout).won as number[]);
    expect([...won[0]!, ...won[1]!].sort((x, y) => x - y)).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(won[0]!.filter((i) => won[1]!.includes(i))).toEqual([]);
  });
});
