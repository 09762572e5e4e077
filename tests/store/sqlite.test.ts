import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations';
import { SqliteStore, type ReminderClaim } from '../../src/store';
import { ROOT, tempDir } from '../helpers';

const run = promisify(execFile);
const WORKER = join(ROOT, 'tests/store/fixtures/store-worker.ts');
const NOW = new Date('2026-11-23T02:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const WHO = { channel: 'telegram' as const, userId: 'u1', chatId: 'c1' };

const open: SqliteStore[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function dbFile(): Promise<string> {
  return join(await tempDir('tls-store-'), 'nested', 'tro-ly-so.db');
}
function store(file: string): SqliteStore {
  const s = new SqliteStore(file);
  open.push(s);
  return s;
}
function invite(s: SqliteStore, hash: string, unitId = 'dt-vp-hctc', expiresAt = later(7 * 24 * 60)) {
  return s.createInvite({ codeHash: hash, unitId, expiresAt, now: NOW });
}

describe('schema', () => {
  it('creates the folder and the schema, and migrates only once', async () => {
    const file = await dbFile();
    const first = store(file);
    invite(first, 'h1');
    first.close();
    const second = store(file);
    expect(second.listInvites().map((i) => i.codeHash)).toEqual(['h1']);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('refuses a database written by a newer version', async () => {
    const file = await dbFile();
    store(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => new SqliteStore(file)).toThrow(/newer version/u);
  });
});

describe('invites and officials', () => {
  it('redeems an invite once, into an official of its unit', async () => {
    const s = store(await dbFile());
    const created = invite(s, 'hash-a', 'dt-xa-phuong');
    expect(created).toMatchObject({ codeHash: 'hash-a', unitId: 'dt-xa-phuong', createdAt: NOW, usedAt: undefined, revokedAt: undefined });
    const outcome = s.redeemInvite('hash-a', WHO, later(1));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.official).toMatchObject({ unitId: 'dt-xa-phuong', userId: 'u1', chatId: 'c1', registeredAt: later(1), remindersEnabled: true });
    expect(s.listInvites()[0]).toMatchObject({ usedAt: later(1), usedBy: outcome.official.id });
    expect(s.redeemInvite('hash-a', { ...WHO, userId: 'u2' }, later(2))).toEqual({ ok: false, reason: 'used' });
  });

  it.each([
    ['unknown', (s: SqliteStore) => s.redeemInvite('nope', WHO, NOW)],
    ['expired', (s: SqliteStore) => (invite(s, 'x', 'dt-skhcn', later(5)), s.redeemInvite('x', WHO, later(5)))],
    ['revoked', (s: SqliteStore) => (s.revokeInvite(invite(s, 'x').id, NOW), s.redeemInvite('x', WHO, later(1)))],
  ] as const)('refuses an %s code and registers nobody', async (reason, attempt) => {
    const s = store(await dbFile());
    expect(attempt(s)).toEqual({ ok: false, reason });
    expect(s.listOfficials({ includeRevoked: true })).toEqual([]);
  });

  it('keeps one active registration per user: a new code replaces the old unit', async () => {
    const s = store(await dbFile());
    invite(s, 'first', 'dt-vp-hctc');
    invite(s, 'second', 'dt-skhcn');
    s.redeemInvite('first', WHO, later(1));
    s.redeemInvite('second', WHO, later(2));
    expect(s.getOfficial('telegram', 'u1')?.unitId).toBe('dt-skhcn');
    expect(s.listOfficials().map((o) => o.unitId)).toEqual(['dt-skhcn']);
    expect(s.listOfficials({ includeRevoked: true }).map((o) => [o.unitId, o.revokedAt])).toEqual([
      ['dt-vp-hctc', later(2)],
      ['dt-skhcn', undefined],
    ]);
  });

  it('revokes, moves and silences officials', async () => {
    const s = store(await dbFile());
    invite(s, 'a');
    const outcome = s.redeemInvite('a', WHO, NOW);
    if (!outcome.ok) throw new Error(outcome.reason);
    const id = outcome.official.id;
    s.setReminders(id, false);
    expect(s.getOfficial('telegram', 'u1')?.remindersEnabled).toBe(false);
    expect(s.moveOfficial(id, 'dt-xa-phuong', 'UBND xã Mỹ An')).toBe(true);
    expect(s.getOfficial('telegram', 'u1')).toMatchObject({ unitId: 'dt-xa-phuong', commune: 'UBND xã Mỹ An' });
    expect(s.revokeOfficial(id, later(1))).toBe(true);
    expect(s.revokeOfficial(id, later(2))).toBe(false);
    expect(s.getOfficial('telegram', 'u1')).toBeUndefined();
    expect(s.moveOfficial(id, 'dt-skhcn')).toBe(false);
  });
});

describe('task updates', () => {
  const update = (note: string | undefined, status: string | undefined, minute: number, unitId = 'dt-vp-hctc', taskKey = 'p.md#1') => ({ taskKey, unitId, status, note, by: 'telegram:u1', at: later(minute) });

  it('keep every update and give the latest status and the latest note of each task', async () => {
    const s = store(await dbFile());
    s.recordTaskUpdate(update('bắt đầu', 'in_progress', 1));
    s.recordTaskUpdate(update(undefined, 'done', 2));
    s.recordTaskUpdate(update('khác', 'in_progress', 3, 'dt-vp-hctc', 'p.md#2'));
    s.recordTaskUpdate(update('đơn vị khác', 'done', 4, 'dt-skhcn'));
    expect(s.taskHistory('p.md#1', 'dt-vp-hctc').map((u) => [u.status, u.note])).toEqual([
      ['in_progress', 'bắt đầu'],
      ['done', undefined],
    ]);
    const latest = s.latestTaskUpdates('dt-vp-hctc');
    expect([...latest.keys()].sort()).toEqual(['p.md#1', 'p.md#2']);
    expect(latest.get('p.md#1')).toEqual({ id: 2, taskKey: 'p.md#1', unitId: 'dt-vp-hctc', status: 'done', note: 'bắt đầu', by: 'telegram:u1', at: later(2) });
    expect(s.latestTaskUpdates('dt-skhcn').get('p.md#1')?.note).toBe('đơn vị khác');
    expect(s.latestTaskUpdates('dt-sgddt').size).toBe(0);
  });

  it('take back an update: left out of the latest and of taskUpdates, kept in the history with when it was undone', async () => {
    const s = store(await dbFile());
    const first = s.recordTaskUpdate(update('bắt đầu', 'in_progress', 1));
    const second = s.recordTaskUpdate(update(undefined, 'done', 2));
    expect(second).toBeGreaterThan(first);
    expect(s.lastTaskUpdateBy('telegram:u1')?.id).toBe(second);
    expect(s.undoTaskUpdate(second, later(3))).toBe(true);
    expect(s.undoTaskUpdate(second, later(4))).toBe(false);
    expect(s.latestTaskUpdates('dt-vp-hctc').get('p.md#1')).toMatchObject({ id: first, status: 'in_progress', note: 'bắt đầu' });
    expect(s.taskUpdates(['dt-vp-hctc']).map((u) => u.id)).toEqual([first]);
    expect(s.taskHistory('p.md#1', 'dt-vp-hctc').map((u) => [u.id, u.undoneAt])).toEqual([
      [first, undefined],
      [second, later(3)],
    ]);
    expect(s.lastTaskUpdateBy('telegram:u1')?.id).toBe(first);
    expect(s.lastTaskUpdateBy('telegram:nobody')).toBeUndefined();
  });

  it('give the updates of several units at once, oldest first', async () => {
    const s = store(await dbFile());
    s.recordTaskUpdate(update('a', 'in_progress', 1));
    s.recordTaskUpdate(update('b', 'done', 2, 'dt-skhcn'));
    s.recordTaskUpdate(update('c', 'done', 3, 'dt-sgddt'));
    expect(s.taskUpdates(['dt-skhcn', 'dt-vp-hctc']).map((u) => u.note)).toEqual(['a', 'b']);
    expect(s.taskUpdates([])).toEqual([]);
  });

  it('lose nothing when two stores on one file write to the same task in turn', async () => {
    const file = await dbFile();
    const a = store(file);
    const b = store(file);
    for (let i = 0; i < 20; i++) (i % 2 ? b : a).recordTaskUpdate(update(`n${i}`, 'in_progress', i));
    expect(a.taskHistory('p.md#1', 'dt-vp-hctc').map((u) => u.note)).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`));
    expect(b.latestTaskUpdates('dt-vp-hctc').get('p.md#1')?.note).toBe('n19');
  });

  it('lose nothing when two processes write to the same task at once', async () => {
    const file = await dbFile();
    const s = store(file);
    const startAt = String(Date.now() + 3000);
    const count = 150;
    const results = await Promise.all(['p1', 'p2'].map((name) => run(process.execPath, ['--import', 'tsx', WORKER, file, 'updates', name, String(count), startAt], { cwd: ROOT })));
    expect(results.map((r) => JSON.parse(r.stdout).name)).toEqual(['p1', 'p2']);
    const history = s.taskHistory('knowledge/plans/p.md#1.1', 'dt-vp-hctc');
    expect(history).toHaveLength(2 * count);
    for (const name of ['p1', 'p2']) {
      expect(history.filter((u) => u.by === `cli:${name}`).map((u) => u.note)).toEqual(Array.from({ length: count }, (_, i) => `${name}-${i}`));
    }
    // The two processes really wrote at the same time (their rows alternate), and the latest write wins.
    const switches = history.filter((u, i) => i > 0 && u.by !== history[i - 1]!.by).length;
    expect(switches).toBeGreaterThan(5);
    expect(s.latestTaskUpdates('dt-vp-hctc').get('knowledge/plans/p.md#1.1')?.note).toBe(history.at(-1)!.note);
  });
});

describe('reminder claims', () => {
  const claim: ReminderClaim = { officialId: 1, itemKey: 'deadline:p.md#2:bao-cao-nam', dueDate: '2026-12-05', offsetDays: 7 };
  async function withOfficial(file?: string): Promise<SqliteStore> {
    const s = store(file ?? (await dbFile()));
    invite(s, 'a');
    s.redeemInvite('a', WHO, NOW);
    return s;
  }

  it('go to the first claimer only, in this store or another on the same file', async () => {
    const file = await dbFile();
    const a = await withOfficial(file);
    const b = store(file);
    expect(a.claimReminder(claim, NOW)).toBe(true);
    expect(a.claimReminder(claim, later(1))).toBe(false);
    expect(b.claimReminder(claim, later(1))).toBe(false);
    expect(b.claimReminder({ ...claim, offsetDays: 1 }, later(1))).toBe(true);
    expect(b.claimReminder({ ...claim, dueDate: '2027-12-05' }, later(1))).toBe(true);
  });

  it('are never claimed again once sent', async () => {
    const s = await withOfficial();
    expect(s.claimReminder(claim, NOW)).toBe(true);
    s.markReminderSent(claim, later(1));
    expect(s.claimReminder(claim, later(60 * 24 * 30))).toBe(false);
    s.releaseReminder(claim);
    expect(s.claimReminder(claim, later(60 * 24 * 30))).toBe(false);
  });

  it('can be claimed again after a release, or when abandoned for more than ten minutes', async () => {
    const s = await withOfficial();
    expect(s.claimReminder(claim, NOW)).toBe(true);
    s.releaseReminder(claim);
    expect(s.claimReminder(claim, later(1))).toBe(true);
    expect(s.claimReminder(claim, later(10))).toBe(false);
    expect(s.claimReminder(claim, later(12))).toBe(true);
  });

  it('go to exactly one of two processes claiming at once', async () => {
    const file = await dbFile();
    await withOfficial(file);
    const startAt = String(Date.now() + 3000);
    const count = 200;
    const results = await Promise.all(['p1', 'p2'].map((name) => run(process.execPath, ['--import', 'tsx', WORKER, file, 'claims', name, String(count), startAt], { cwd: ROOT })));
    const won = results.map((r) => JSON.parse(r.stdout).won as number[]);
    expect([...won[0]!, ...won[1]!].sort((x, y) => x - y)).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(won[0]!.filter((i) => won[1]!.includes(i))).toEqual([]);
  });
});
