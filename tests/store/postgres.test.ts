import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseError, PostgresStore } from '../../src/store';
import { PG_MIGRATIONS } from '../../src/store/postgres-migrations';
import { ROOT } from '../helpers';
import { storeEngines } from './engines';

/** What only PostgreSQL has: its schema version, its connection errors, and several processes claiming at once. */
const run = promisify(execFile);
const WORKER = join(ROOT, 'tests/store/fixtures/store-worker.ts');
const NOW = new Date('2026-11-23T02:00:00Z');
const engine = (await storeEngines()).find((e) => e.name === 'postgres')!;

const open: PostgresStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
async function store(url: string): Promise<PostgresStore> {
  const s = await PostgresStore.connect(url, { max: 4 });
  open.push(s);
  return s;
}

async function pgRows(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!!engine.skip)('PostgreSQL store', () => {
  it('migrates once, even when two processes open a new database at the same moment', async () => {
    const url = await engine.fresh();
    await Promise.all([store(url), store(url), store(url)]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
    await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [PG_MIGRATIONS.length + 1]);
    await client.end();
    expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
    const newer = `newer version (schema ${PG_MIGRATIONS.length + 1}, this one knows ${PG_MIGRATIONS.length}); update the program`;
    await expect(PostgresStore.connect(url)).rejects.toThrow(newer);
  });

  it('names the server and what to check when it cannot connect, without the password', async () => {
    const error = await PostgresStore.connect('postgres://bot:s3cret-pass@127.0.0.1:9/troly').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as Error).message).toMatch(/^could not open the PostgreSQL database at 127\.0\.0\.1:9\/troly \(DATABASE_URL\): .*check that the server runs and accepts this user$/u);
    expect((error as Error).message).not.toContain('s3cret-pass');
  });

  it('gives each reminder to exactly one of two processes claiming at once', async () => {
    const url = await engine.fresh();
    const s = await store(url);
    await s.createInvite({ codeHash: 'a', unitId: 'dt-vp-hctc', expiresAt: new Date(NOW.getTime() + 3_600_000), now: NOW });
    await s.redeemInvite('a', { channel: 'telegram', userId: 'u1', chatId: 'c1' }, NOW);
    const startAt = String(Date.now() + 3000);
    const results = await Promise.all(['p1', 'p2'].map((name) => run(process.execPath, ['--import', 'tsx', WORKER, url, 'claims', name, '200', startAt], { cwd: ROOT })));
    const won = results.map((r) => JSON.parse(r.stdout).won as number[]);
    expect([...won[0]!, ...won[1]!].sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(won[0]!.filter((i) => won[1]!.includes(i))).toEqual([]);
  });

  it('has a call recorded as written once markWritten returns, even when the process is killed right after', async () => {
    const url = await engine.fresh();
    const s = await store(url);
    // One chat each, so all twenty calls are due at once.
    await s.enqueueOutbox(
      Array.from({ length: 20 }, (_, i) => ({ channel: 'telegram' as const, chatId: String(i), kind: 'reply' as const, key: `w${i}`, method: 'sendMessage', params: { i } })),
      NOW,
    );
    const killed = await run(process.execPath, ['--import', 'tsx', WORKER, url, 'written', 'p1', '20', '0'], { cwd: ROOT }).catch((error: { signal?: string }) => error);
    expect((killed as { signal?: string }).signal).toBe('SIGKILL');
    // PostgreSQL still runs the statements it received from the dead process; give it a moment to finish them.
    const states = () => pgRows(url, 'SELECT state, count(*)::int AS n FROM outbox GROUP BY state');
    let rows = await states();
    for (let i = 0; i < 50 && rows.some((r) => r.state !== 'sending'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      rows = await states();
    }
    expect(rows).toEqual([{ state: 'sending', n: 20 }]);
  });

  it('hands each inbox item to one of three processes, one chat at a time and in order', async () => {
    const url = await engine.fresh();
    const s = await store(url);
    const chats = 12;
    const perChat = 15;
    const items = Array.from({ length: chats * perChat }, (_, i) => ({ channel: 'zalo' as const, updateKey: String(i), chatId: `c${i % chats}`, payload: { i } }));
    await s.enqueueInbox(items, NOW);
    const startAt = String(Date.now() + 3000);
    const results = await Promise.all(['p1', 'p2', 'p3'].map((name) => run(process.execPath, ['--import', 'tsx', WORKER, url, 'inbox', name, '40', startAt], { cwd: ROOT })));
    const handled = results.flatMap((r) => (JSON.parse(r.stdout) as { handled: { key: string; chat: string; at: number }[] }).handled.map((h) => ({ ...h, by: JSON.parse(r.stdout).name as string })));
    expect(handled.map((h) => Number(h.key)).sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
    // Every process took part, and each chat's items were handled in the order they arrived.
    expect(new Set(handled.map((h) => h.by)).size).toBe(3);
    for (let c = 0; c < chats; c++) {
      const order = handled.filter((h) => h.chat === `c${c}`).sort((a, b) => a.at - b.at).map((h) => Number(h.key));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(await s.deliveryCounts()).toMatchObject({ inboxPending: 0, outboxPending: chats * perChat });
  });
});
