import { afterEach, describe, expect, it } from 'vitest';
import type { InboxInput, OutboxInput, ReminderClaim, Store } from '../../src/store';
import { storeEngines } from './engines';

/** The Store contract, run against every engine: SQLite (embedded default) and PostgreSQL (several processes). */
const NOW = new Date('2026-11-23T02:00:00Z');
const T0 = NOW;
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const at = (ms: number) => new Date(T0.getTime() + ms);
const WHO = { channel: 'telegram' as const, userId: 'u1', chatId: 'c1' };

const update = (key: string, chatId: string, channel: InboxInput['channel'] = 'telegram'): InboxInput => ({ channel, updateKey: key, chatId, payload: { key, text: `secret ${key}` } });
const reply = (key: string, chatId = 'c1', channel: OutboxInput['channel'] = 'telegram'): OutboxInput => ({ channel, chatId, kind: 'reply', key, method: 'sendMessage', params: { chat_id: chatId, text: key } });
const claim = (s: Store, limit = 10, now = T0, holder = 'h1') => s.claimInbox({ holder, limit, now, leaseMs: 60_000 });

const engines = await storeEngines();

describe.each(engines)('the $name store', (engine) => {
  if (engine.skip) it.skip(`needs PostgreSQL: ${engine.skip}`, () => {});
  const open: Store[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });
  const dbFile = () => engine.fresh();
  async function store(location?: string): Promise<Store> {
    const s = await engine.open(location ?? (await engine.fresh()));
    open.push(s);
    return s;
  }
  const invite = (s: Store, hash: string, unitId = 'dt-vp-hctc', expiresAt = later(7 * 24 * 60)) => s.createInvite({ codeHash: hash, unitId, expiresAt, now: NOW });

  describe('invites and officials', () => {
    it('redeems an invite once, into an official of its unit', async () => {
      const s = await store(await dbFile());
      const created = await invite(s, 'hash-a', 'dt-xa-phuong');
      expect(created).toMatchObject({ codeHash: 'hash-a', unitId: 'dt-xa-phuong', createdAt: NOW, usedAt: undefined, revokedAt: undefined });
      const outcome = await s.redeemInvite('hash-a', WHO, later(1));
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.official).toMatchObject({ unitId: 'dt-xa-phuong', userId: 'u1', chatId: 'c1', registeredAt: later(1), remindersEnabled: true });
      expect((await s.listInvites())[0]).toMatchObject({ usedAt: later(1), usedBy: outcome.official.id });
      expect(await s.redeemInvite('hash-a', { ...WHO, userId: 'u2' }, later(2))).toEqual({ ok: false, reason: 'used' });
    });

    it.each([
      ['unknown', (s: Store) => s.redeemInvite('nope', WHO, NOW)],
      ['expired', async (s: Store) => (await invite(s, 'x', 'dt-skhcn', later(5)), s.redeemInvite('x', WHO, later(5)))],
      ['revoked', async (s: Store) => (await s.revokeInvite((await invite(s, 'x')).id, NOW), s.redeemInvite('x', WHO, later(1)))],
    ] as const)('refuses an %s code and registers nobody', async (reason, attempt) => {
      const s = await store(await dbFile());
      expect(await attempt(s)).toEqual({ ok: false, reason });
      expect(await s.listOfficials({ includeRevoked: true })).toEqual([]);
    });

    it('keeps one active registration per user: a new code replaces the old unit', async () => {
      const s = await store(await dbFile());
      await invite(s, 'first', 'dt-vp-hctc');
      await invite(s, 'second', 'dt-skhcn');
      await s.redeemInvite('first', WHO, later(1));
      await s.redeemInvite('second', WHO, later(2));
      expect((await s.getOfficial('telegram', 'u1'))?.unitId).toBe('dt-skhcn');
      expect((await s.listOfficials()).map((o) => o.unitId)).toEqual(['dt-skhcn']);
      expect((await s.listOfficials({ includeRevoked: true })).map((o) => [o.unitId, o.revokedAt])).toEqual([
        ['dt-vp-hctc', later(2)],
        ['dt-skhcn', undefined],
      ]);
    });

    it('revokes, moves and silences officials', async () => {
      const s = await store(await dbFile());
      await invite(s, 'a');
      const outcome = await s.redeemInvite('a', WHO, NOW);
      if (!outcome.ok) throw new Error(outcome.reason);
      const id = outcome.official.id;
      await s.setReminders(id, false);
      expect((await s.getOfficial('telegram', 'u1'))?.remindersEnabled).toBe(false);
      expect(await s.moveOfficial(id, 'dt-xa-phuong', 'UBND xã Mỹ An')).toBe(true);
      expect(await s.getOfficial('telegram', 'u1')).toMatchObject({ unitId: 'dt-xa-phuong', commune: 'UBND xã Mỹ An' });
      expect(await s.revokeOfficial(id, later(1))).toBe(true);
      expect(await s.revokeOfficial(id, later(2))).toBe(false);
      expect(await s.getOfficial('telegram', 'u1')).toBeUndefined();
      expect(await s.moveOfficial(id, 'dt-skhcn')).toBe(false);
    });
  });

  describe('task updates', () => {
    const update = (note: string | undefined, status: string | undefined, minute: number, unitId = 'dt-vp-hctc', taskKey = 'p.md#1') => ({ taskKey, unitId, status, note, by: 'telegram:u1', at: later(minute) });

    it('keep every update and give the latest status and the latest note of each task', async () => {
      const s = await store(await dbFile());
      await s.recordTaskUpdate(update('bắt đầu', 'in_progress', 1));
      await s.recordTaskUpdate(update(undefined, 'done', 2));
      await s.recordTaskUpdate(update('khác', 'in_progress', 3, 'dt-vp-hctc', 'p.md#2'));
      await s.recordTaskUpdate(update('đơn vị khác', 'done', 4, 'dt-skhcn'));
      expect((await s.taskHistory('p.md#1', 'dt-vp-hctc')).map((u) => [u.status, u.note])).toEqual([
        ['in_progress', 'bắt đầu'],
        ['done', undefined],
      ]);
      const latest = await s.latestTaskUpdates('dt-vp-hctc');
      expect([...latest.keys()].sort()).toEqual(['p.md#1', 'p.md#2']);
      expect(latest.get('p.md#1')).toEqual({ id: 2, taskKey: 'p.md#1', unitId: 'dt-vp-hctc', status: 'done', note: 'bắt đầu', by: 'telegram:u1', at: later(2) });
      expect((await s.latestTaskUpdates('dt-skhcn')).get('p.md#1')?.note).toBe('đơn vị khác');
      expect((await s.latestTaskUpdates('dt-sgddt')).size).toBe(0);
    });

    it('take back an update: left out of the latest and of taskUpdates, kept in the history with when it was undone', async () => {
      const s = await store(await dbFile());
      const first = await s.recordTaskUpdate(update('bắt đầu', 'in_progress', 1));
      const second = await s.recordTaskUpdate(update(undefined, 'done', 2));
      expect(second).toBeGreaterThan(first);
      expect((await s.lastTaskUpdateBy('telegram:u1'))?.id).toBe(second);
      expect(await s.undoTaskUpdate(second, later(3))).toBe(true);
      expect(await s.undoTaskUpdate(second, later(4))).toBe(false);
      expect(await s.undoTaskUpdate(second + 100, later(4))).toBe(false);
      expect((await s.latestTaskUpdates('dt-vp-hctc')).get('p.md#1')).toMatchObject({ id: first, status: 'in_progress', note: 'bắt đầu' });
      expect((await s.taskUpdates(['dt-vp-hctc'])).map((u) => u.id)).toEqual([first]);
      expect((await s.taskHistory('p.md#1', 'dt-vp-hctc')).map((u) => [u.id, u.undoneAt])).toEqual([
        [first, undefined],
        [second, later(3)],
      ]);
      expect((await s.lastTaskUpdateBy('telegram:u1'))?.id).toBe(first);
      expect(await s.lastTaskUpdateBy('telegram:nobody')).toBeUndefined();
    });

    it('give the updates of several units at once, oldest first', async () => {
      const s = await store(await dbFile());
      await s.recordTaskUpdate(update('a', 'in_progress', 1));
      await s.recordTaskUpdate(update('b', 'done', 2, 'dt-skhcn'));
      await s.recordTaskUpdate(update('c', 'done', 3, 'dt-sgddt'));
      expect((await s.taskUpdates(['dt-skhcn', 'dt-vp-hctc'])).map((u) => u.note)).toEqual(['a', 'b']);
      expect((await s.taskUpdates(['dt-skhcn', 'dt-vp-hctc'])).map((u) => u.unitId)).toEqual(['dt-vp-hctc', 'dt-skhcn']);
      expect(await s.taskUpdates([])).toEqual([]);
    });

    it('lose nothing when two stores on one file write to the same task in turn', async () => {
      const file = await dbFile();
      const a = await store(file);
      const b = await store(file);
      for (let i = 0; i < 20; i++) await (i % 2 ? b : a).recordTaskUpdate(update(`n${i}`, 'in_progress', i));
      expect((await a.taskHistory('p.md#1', 'dt-vp-hctc')).map((u) => u.note)).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`));
      expect((await b.latestTaskUpdates('dt-vp-hctc')).get('p.md#1')?.note).toBe('n19');
    });

  });

  describe('reminder claims', () => {
    const claim: ReminderClaim = { officialId: 1, itemKey: 'deadline:p.md#2:bao-cao-nam', dueDate: '2026-12-05', offsetDays: 7 };
    async function withOfficial(file?: string): Promise<Store> {
      const s = await store(file ?? (await dbFile()));
      await invite(s, 'a');
      await s.redeemInvite('a', WHO, NOW);
      return s;
    }

    it('go to the first claimer only, in this store or another on the same file', async () => {
      const file = await dbFile();
      const a = await withOfficial(file);
      const b = await store(file);
      expect(await a.claimReminder(claim, NOW)).toBe(true);
      expect(await a.claimReminder(claim, later(1))).toBe(false);
      expect(await b.claimReminder(claim, later(1))).toBe(false);
      expect(await b.claimReminder({ ...claim, offsetDays: 1 }, later(1))).toBe(true);
      expect(await b.claimReminder({ ...claim, dueDate: '2027-12-05' }, later(1))).toBe(true);
    });

    it('are never claimed again once sent', async () => {
      const s = await withOfficial();
      expect(await s.claimReminder(claim, NOW)).toBe(true);
      await s.markReminderSent(claim, later(1));
      expect(await s.claimReminder(claim, later(60 * 24 * 30))).toBe(false);
      await s.releaseReminder(claim);
      expect(await s.claimReminder(claim, later(60 * 24 * 30))).toBe(false);
    });

    it('can be claimed again after a release, or when abandoned for more than ten minutes', async () => {
      const s = await withOfficial();
      expect(await s.claimReminder(claim, NOW)).toBe(true);
      await s.releaseReminder(claim);
      expect(await s.claimReminder(claim, later(1))).toBe(true);
      expect(await s.claimReminder(claim, later(10))).toBe(false);
      expect(await s.claimReminder(claim, later(12))).toBe(true);
    });

  });

  describe('inbox', () => {
    it('stores an update once per channel and key', async () => {
      const s = await store();
      expect(await s.enqueueInbox([update('1', 'a'), update('2', 'a'), update('1', 'a')], T0)).toBe(2);
      expect(await s.enqueueInbox([update('1', 'a'), update('1', 'a', 'zalo')], T0)).toBe(1);
      expect((await claim(s)).map((i) => [i.channel, i.updateKey])).toEqual([
        ['telegram', '1'],
        ['zalo', '1'],
      ]);
    });

    it('hands out only the oldest open update of each chat, so a chat is handled in order and one at a time', async () => {
      const s = await store();
      await s.enqueueInbox([update('1', 'a'), update('2', 'a'), update('3', 'b'), update('4', 'a'), update('5', 'c')], T0);
      const first = await claim(s);
      expect(first.map((i) => i.updateKey)).toEqual(['1', '3', '5']);
      expect(first.every((i) => i.attempts === 1)).toBe(true);
      expect(await claim(s)).toEqual([]);
      expect(await s.completeInbox(first[0]!, [reply('r1', 'a')], T0)).toBe(true);
      expect((await claim(s)).map((i) => i.updateKey)).toEqual(['2']);
    });

    it('stores the replies with the completion, once, and refuses a completion whose claim was lost', async () => {
      const s = await store();
      await s.enqueueInbox([update('1', 'a')], T0);
      const [item] = await claim(s);
      // The claim lapses and another worker takes the update over.
      const [again] = await claim(s, 10, at(61_000), 'h2');
      expect(again!.attempts).toBe(2);
      expect(await s.completeInbox(item!, [reply('old', 'a')], at(62_000))).toBe(false);
      expect(await s.completeInbox(again!, [reply('new:0', 'a'), reply('new:1', 'a')], at(62_000))).toBe(true);
      expect(await s.completeInbox(again!, [reply('new:2', 'a')], at(62_000))).toBe(false);
      expect((await s.dueOutbox('telegram', at(62_000), 10)).map((o) => o.key)).toEqual(['new:0']);
      expect(await s.deliveryCounts()).toMatchObject({ inboxPending: 0, outboxPending: 2 });
    });

    it('writes what an answer leaves behind with its completion, and nothing for a completion whose claim was lost', async () => {
      const s = await store();
      await s.enqueueInbox([update('1', 'a')], T0);
      const [item] = await claim(s);
      const [again] = await claim(s, 10, at(61_000), 'h2');
      const record = (question: string) => ({
        states: [{ key: 'chat:telegram:a', value: { lastAnswerId: question }, expiresAt: at(3_600_000) }],
        question: { at: at(62_000), channel: 'telegram' as const, intent: 'knowledge', covered: true, question, sources: [{ path: 'lessons/vneid.md', section: 'Cài đặt' }], chatHash: 'h' },
      });
      expect(await s.completeInbox(item!, [reply('old', 'a')], at(62_000), record('old'))).toBe(false);
      expect(await s.completeInbox(again!, [reply('new', 'a')], at(62_000), record('new'))).toBe(true);
      expect((await s.questionsBetween(T0, at(63_000))).map((q) => [q.question, q.sources])).toEqual([['new', [{ path: 'lessons/vneid.md', section: 'Cài đặt' }]]]);
      expect(await s.getChatState('chat:telegram:a', at(62_000))).toEqual({ lastAnswerId: 'new' });
    });

    it('retries with a delay, refunds an attempt given back at shutdown, and sets a poison update aside with its apology', async () => {
      const s = await store();
      await s.enqueueInbox([update('1', 'a'), update('2', 'a')], T0);
      const [item] = await claim(s);
      await s.retryInbox(item!, { nextAt: at(5000), error: 'boom' });
      expect(await claim(s, 10, at(4999))).toEqual([]);
      const [second] = await claim(s, 10, at(5000));
      expect(second!.attempts).toBe(2);
      await s.retryInbox(second!, { nextAt: at(5000), refund: true });
      const [third] = await claim(s, 10, at(5000));
      expect(third!.attempts).toBe(2);
      await s.failInbox(third!, 'TypeError: text.trim is not a function', [reply('sorry', 'a')], at(6000));
      expect((await claim(s, 10, at(6000))).map((i) => i.updateKey)).toEqual(['2']);
      expect(await s.deliveryCounts()).toMatchObject({ inboxFailed: 1, outboxPending: 1 });
    });

    it('gives the updates of a stopped holder back at once', async () => {
      const s = await store();
      await s.enqueueInbox([update('1', 'a'), update('2', 'b')], T0);
      await claim(s, 1, T0, 'dead');
      await claim(s, 1, T0, 'alive');
      expect((await s.inboxClaimHolders()).sort()).toEqual(['alive', 'dead']);
      expect(await s.requeueInbox('dead')).toBe(1);
      const [back] = await claim(s, 10, T0, 'h3');
      expect([back!.updateKey, back!.attempts]).toEqual(['1', 1]);
    });
  });

  describe('outbox', () => {
    it('keeps a chat in order: its next call waits while an earlier one waits or is in flight', async () => {
      const s = await store();
      expect(await s.enqueueOutbox([reply('a1', 'a'), reply('a2', 'a'), reply('b1', 'b'), reply('a1', 'a'), reply('z1', 'a', 'zalo')], T0)).toBe(4);
      const due = await s.dueOutbox('telegram', T0, 10);
      expect(due.map((o) => o.key)).toEqual(['a1', 'b1']);
      expect(due[0]).toMatchObject({ channel: 'telegram', chatId: 'a', kind: 'reply', method: 'sendMessage', params: { chat_id: 'a', text: 'a1' }, attempts: 0, createdAt: T0 });
      expect(await s.beginSend(due[0]!.id, 't1')).toBe(true);
      expect(await s.beginSend(due[0]!.id, 't2')).toBe(false);
      expect((await s.dueOutbox('telegram', T0, 10)).map((o) => o.key)).toEqual(['b1']);
      await s.retrySend(due[0]!.id, 't1', at(3000), '500: Internal Server Error');
      expect((await s.dueOutbox('telegram', at(2999), 10)).map((o) => o.key)).toEqual(['b1']);
      expect((await s.nextOutboxAt('telegram'))?.getTime()).toBe(T0.getTime());
      // In the order they fall due: the retried call comes after the one that has waited since the start.
      const due3 = await s.dueOutbox('telegram', at(3000), 10);
      expect(due3.map((o) => o.key)).toEqual(['b1', 'a1']);
      const retried = due3[1];
      expect([retried!.key, retried!.attempts]).toEqual(['a1', 1]);
      await s.beginSend(retried!.id, 't3');
      await s.markSent(retried!.id, 't3', at(3100));
      expect((await s.dueOutbox('telegram', at(3100), 10)).map((o) => o.key)).toEqual(['a2', 'b1']);
    });

    it('gives up on a call for good; of the calls a dead sender left, closes the written ones as uncertain and makes the others again', async () => {
      const s = await store();
      await s.enqueueOutbox([reply('a1', 'a'), reply('a2', 'a'), reply('b1', 'b'), reply('c1', 'c')], T0);
      const [a1, b1, c1] = await s.dueOutbox('telegram', T0, 10);
      await s.beginSend(a1!.id, 't');
      await s.failSend(a1!.id, 't', 'blocked', T0);
      // b1's request was written before the sender died; c1 was taken but never written.
      await s.beginSend(b1!.id, 'gone');
      await s.markWritten(b1!.id, 'gone');
      await s.beginSend(c1!.id, 'gone');
      expect((await s.dueOutbox('telegram', T0, 10)).map((o) => o.key)).toEqual(['a2']);
      expect(await s.settleInterruptedSends('telegram', T0)).toEqual({ uncertain: [b1!.id], requeued: 1 });
      expect((await s.dueOutbox('telegram', T0, 10)).map((o) => o.key)).toEqual(['a2', 'c1']);
      expect(await s.deliveryCounts()).toMatchObject({ outboxPending: 2, outboxFailed: 1 });
    });

    it('unsubscribes a chat that blocked the bot from alerts and turns its official reminders off', async () => {
      const s = await store();
      await s.setSubscription('telegram', 'c9', true, T0);
      await s.createInvite({ codeHash: 'h', unitId: 'dt-skhcn', expiresAt: at(86_400_000), now: T0 });
      await s.redeemInvite('h', { channel: 'telegram', userId: 'u9', chatId: 'c9' }, T0);
      await s.unsubscribeChat('telegram', 'c9', at(1000));
      expect(await s.isSubscribed('telegram', 'c9')).toBe(false);
      expect((await s.getOfficial('telegram', 'u9'))?.remindersEnabled).toBe(false);
    });
  });

  describe('leases', () => {
    it('go to one holder at a time, are renewed by it, and change hands only from the holder seen', async () => {
      const s = await store();
      expect(await s.readLease('poll:telegram:1')).toBeUndefined();
      expect(await s.swapLease('poll:telegram:1', undefined, 'p1', at(15_000))).toBe(true);
      expect(await s.swapLease('poll:telegram:1', undefined, 'p2', at(15_000))).toBe(false);
      expect(await s.swapLease('poll:telegram:1', 'p1', 'p1', at(30_000))).toBe(true);
      expect(await s.readLease('poll:telegram:1')).toEqual({ holder: 'p1', expiresAt: at(30_000) });
      expect(await s.swapLease('poll:telegram:1', 'p3', 'p2', at(45_000))).toBe(false);
      expect(await s.swapLease('poll:telegram:1', 'p1', 'p2', at(45_000))).toBe(true);
      await s.releaseLease('poll:telegram:1', 'p1');
      expect((await s.readLease('poll:telegram:1'))?.holder).toBe('p2');
      await s.releaseLease('poll:telegram:1', 'p2');
      expect(await s.readLease('poll:telegram:1')).toBeUndefined();
    });
  });

  describe('chat state', () => {
    it('keeps a value until it expires, replaces it, and deletes it when set to undefined', async () => {
      const s = await store();
      await s.setChatState('chat:telegram:1', { menuShown: true }, at(1000));
      expect(await s.getChatState('chat:telegram:1', at(999))).toEqual({ menuShown: true });
      expect(await s.getChatState('chat:telegram:1', at(1000))).toBeUndefined();
      await s.setChatState('chat:telegram:1', { lastAnswerId: 'x' }, at(5000));
      expect(await s.getChatState('chat:telegram:1', at(1000))).toEqual({ lastAnswerId: 'x' });
      await s.setChatState('chat:telegram:1', undefined, at(5000));
      expect(await s.getChatState('chat:telegram:1', T0)).toBeUndefined();
    });

    it('records an answer at once: its pieces of chat state (set or deleted) and the question', async () => {
      const s = await store();
      await s.setChatState('answer:old', { x: 1 }, at(5000));
      await s.recordAnswer(
        [
          { key: 'answer:new', value: { question: 'q' }, expiresAt: at(5000) },
          { key: 'chat:telegram:1', value: { lastAnswerId: 'new' }, expiresAt: at(5000) },
          { key: 'answer:old', value: undefined, expiresAt: at(5000) },
        ],
        { at: T0, channel: 'telegram', intent: 'knowledge', covered: true, question: 'cách cài VNeID', sources: [{ path: 'a.md', section: 'S' }], chatHash: 'h1' },
      );
      expect(await s.getChatState('answer:new', T0)).toEqual({ question: 'q' });
      expect(await s.getChatState('chat:telegram:1', T0)).toEqual({ lastAnswerId: 'new' });
      expect(await s.getChatState('answer:old', T0)).toBeUndefined();
      const questions = await s.questionsBetween(at(-1), at(1));
      expect(questions.map((q) => [q.question, q.covered, q.sources])).toEqual([['cách cài VNeID', true, [{ path: 'a.md', section: 'S' }]]]);
    });

    it('counts rate hits per key and window, shared by two stores on one database, and purges what expired', async () => {
      const file = await engine.fresh();
      const a = await store(file);
      const b = await store(file);
      const window = 30_000;
      const base = Math.ceil(T0.getTime() / window) * window;
      expect(await a.hitRate('user:telegram:1', window, new Date(base + 1))).toEqual({ current: 1, previous: 0 });
      expect(await b.hitRate('user:telegram:1', window, new Date(base + 2))).toEqual({ current: 2, previous: 0 });
      expect(await a.hitRate('user:telegram:2', window, new Date(base + 3))).toEqual({ current: 1, previous: 0 });
      expect(await b.hitRate('user:telegram:1', window, new Date(base + window + 5))).toEqual({ current: 1, previous: 2 });
      await a.setChatState('warned:telegram:1', true, new Date(base + 10));
      const removed = await a.purgeExpired({ now: new Date(base + 3 * window), deliveredBefore: T0 });
      expect(removed).toBe(4);
      expect(await b.hitRate('user:telegram:1', window, new Date(base + 3 * window))).toEqual({ current: 1, previous: 0 });
    });
  });
});
