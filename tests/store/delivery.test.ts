import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore, type InboxInput, type OutboxInput, type Store } from '../../src/store';
import { tempDir } from '../helpers';

const T0 = new Date('2026-11-23T02:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function store(file?: string): Promise<Store> {
  const s = new SqliteStore(file ?? join(await tempDir('tls-delivery-'), 'tro-ly-so.db'));
  open.push(s);
  return s;
}

const update = (key: string, chatId: string, channel: InboxInput['channel'] = 'telegram'): InboxInput => ({ channel, updateKey: key, chatId, payload: { key, text: `secret ${key}` } });
const reply = (key: string, chatId = 'c1', channel: OutboxInput['channel'] = 'telegram'): OutboxInput => ({ channel, chatId, kind: 'reply', key, method: 'sendMessage', params: { chat_id: chatId, text: key } });
const claim = (s: Store, limit = 10, now = T0, holder = 'h1') => s.claimInbox({ holder, limit, now, leaseMs: 60_000 });

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
    const [retried] = await s.dueOutbox('telegram', at(3000), 1);
    expect([retried!.key, retried!.attempts]).toEqual(['a1', 1]);
    await s.beginSend(retried!.id, 't3');
    await s.markSent(retried!.id, 't3', at(3100));
    expect((await s.dueOutbox('telegram', at(3100), 10)).map((o) => o.key)).toEqual(['a2', 'b1']);
  });

  it('gives up on a call for good, and closes calls left in flight by a dead sender as uncertain without making them again', async () => {
    const s = await store();
    await s.enqueueOutbox([reply('a1', 'a'), reply('a2', 'a'), reply('b1', 'b')], T0);
    const [a1, b1] = await s.dueOutbox('telegram', T0, 10);
    await s.beginSend(a1!.id, 't');
    await s.failSend(a1!.id, 't', 'blocked', T0);
    await s.beginSend(b1!.id, 'gone');
    expect(await s.settleInterruptedSends('telegram', T0)).toEqual([b1!.id]);
    expect((await s.dueOutbox('telegram', T0, 10)).map((o) => o.key)).toEqual(['a2']);
    expect(await s.deliveryCounts()).toMatchObject({ outboxPending: 1, outboxFailed: 1 });
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

  it('counts rate hits per key and window, shared by two stores on one database, and purges what expired', async () => {
    const file = join(await tempDir('tls-rate-'), 'tro-ly-so.db');
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
