import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashCode, newInviteCode, normaliseCode } from '../../src/officials';
import { MESSAGES as say } from '../../src/officials';
import { createInvite, officialsHarness, type Harness } from './fixtures';

const NOW = new Date('2026-11-23T02:00:00Z');
const HCTC = 'Phòng Hành chính – Tổ chức (Đồng Tháp)';
let h: Harness;
beforeAll(async () => {
  h = await officialsHarness(NOW);
});

describe('invite codes', () => {
  it('look like TLS-ABCD-EFGH-JKMN-PQRS, 16 letters (over 60 bits) without I or O, in groups of four for typing', () => {
    for (let i = 0; i < 50; i++) expect(newInviteCode()).toMatch(/^TLS(-[A-HJ-NP-Z]{4}){4}$/u);
    expect(16 * Math.log2(24)).toBeGreaterThan(60);
    expect(new Set(Array.from({ length: 200 }, () => newInviteCode())).size).toBe(200);
  });

  it('compare in upper case without dashes, the TLS prefix optional', () => {
    expect(normaliseCode('tls-kxmp-qrwt')).toBe('KXMPQRWT');
    expect(normaliseCode('TLSKXMPQRWT')).toBe('KXMPQRWT');
    expect(normaliseCode('KXMP QRWT')).toBe('KXMPQRWT');
    expect(normaliseCode('tls-kxmp-qrwt-hnba-zcef')).toBe('KXMPQRWTHNBAZCEF');
    expect(normaliseCode('TLS KXMP QRWT HNBA ZCEF')).toBe('KXMPQRWTHNBAZCEF');
    expect(hashCode('tls kxmp-qrwt')).toBe(hashCode('TLS-KXMP-QRWT'));
    expect(hashCode('TLS-KXMP-QRWT')).not.toBe(hashCode('TLS-KXMP-QRWX'));
    expect(hashCode('TLS-KXMP-QRWT')).toMatch(/^[0-9a-f]{64}$/u);
  });
});

describe('registering with /dangky', () => {
  it('registers the sender as an official of the invite’s unit', async () => {
    const { code } = await createInvite(h.store, 'dt-vp-hctc', { now: NOW });
    const reply = await h.ask(`/dangky ${code}`, { userId: 'reg-1' });
    expect(reply.intent).toBe('tasks');
    expect(reply.text).toBe(say.registered(HCTC));
    expect(await h.store.getOfficial('telegram', 'reg-1')).toMatchObject({ unitId: 'dt-vp-hctc', chatId: 'chat-reg-1', remindersEnabled: true, registeredAt: NOW });
  });

  it.each([
    ['in lower case', (c: string) => c.toLowerCase()],
    ['without dashes', (c: string) => c.replaceAll('-', '')],
    ['in lower case without dashes or prefix', (c: string) => c.slice(4).replaceAll('-', '').toLowerCase()],
    ['with spaces', (c: string) => c.replaceAll('-', ' ')],
  ])('accepts the code typed %s', async (_, typed) => {
    const user = `reg-typed-${typed('AB-CD')}`;
    const { code } = await createInvite(h.store, 'dt-skhcn', { now: NOW });
    const reply = await h.ask(`/dangky ${typed(code)}`, { userId: user });
    expect(reply.text).toBe(say.registered('Sở Khoa học và Công nghệ (Đồng Tháp)'));
    expect((await h.store.getOfficial('telegram', user))?.unitId).toBe('dt-skhcn');
  });

  it('registers a ward official under the commune group with the ward’s own name', async () => {
    const { code } = await createInvite(h.store, 'dt-xa-phuong', { now: NOW, commune: 'UBND phường Cao Lãnh' });
    const reply = await h.ask(`/dangky ${code}`, { userId: 'reg-ward' });
    expect(reply.text).toBe(say.registered('UBND phường Cao Lãnh (Đồng Tháp)'));
    expect(await h.store.getOfficial('telegram', 'reg-ward')).toMatchObject({ unitId: 'dt-xa-phuong', commune: 'UBND phường Cao Lãnh' });
  });

  it('explains how to register when the code is missing', async () => {
    const reply = await h.ask('/dangky', { userId: 'reg-none' });
    expect(reply.text).toBe(say.registerUsage);
    expect(await h.store.getOfficial('telegram', 'reg-none')).toBeUndefined();
  });
});

describe('codes that register nobody', () => {
  const officials = async () => (await h.store.listOfficials({ includeRevoked: true })).length;

  it('refuses a wrong code', async () => {
    await createInvite(h.store, 'dt-vp-hctc', { now: NOW });
    const before = await officials();
    const reply = await h.ask('/dangky TLS-ZZZZ-ZZZZ', { userId: 'bad-1' });
    expect(reply.text).toBe(say.redeemRefused.unknown);
    expect(await h.store.getOfficial('telegram', 'bad-1')).toBeUndefined();
    expect(await officials()).toBe(before);
  });

  it('refuses a code already used, and leaves its first user registered', async () => {
    const { code } = await createInvite(h.store, 'dt-vp-hctc', { now: NOW });
    expect((await h.ask(`/dangky ${code}`, { userId: 'first' })).text).toBe(say.registered(HCTC));
    const before = await officials();
    const reply = await h.ask(`/dangky ${code.toLowerCase()}`, { userId: 'second' });
    expect(reply.text).toBe(say.redeemRefused.used);
    expect(await h.store.getOfficial('telegram', 'second')).toBeUndefined();
    expect((await h.store.getOfficial('telegram', 'first'))?.unitId).toBe('dt-vp-hctc');
    expect(await officials()).toBe(before);
  });

  it('refuses an expired code, from the moment it expires', async () => {
    const { code } = await createInvite(h.store, 'dt-vp-hctc', { now: NOW, days: 7 });
    const expiry = new Date(NOW.getTime() + 7 * 86_400_000);
    const before = await officials();
    expect((await h.ask(`/dangky ${code}`, { userId: 'late-1', now: new Date(expiry.getTime() + 86_400_000) })).text).toBe(say.redeemRefused.expired);
    expect((await h.ask(`/dangky ${code}`, { userId: 'late-2', now: expiry })).text).toBe(say.redeemRefused.expired);
    expect(await officials()).toBe(before);
    // One second earlier it still works.
    expect((await h.ask(`/dangky ${code}`, { userId: 'late-3', now: new Date(expiry.getTime() - 1000) })).text).toBe(say.registered(HCTC));
  });

  it('refuses a revoked code', async () => {
    const { code, id } = await createInvite(h.store, 'dt-vp-hctc', { now: NOW });
    expect(await h.store.revokeInvite(id, NOW)).toBe(true);
    const before = await officials();
    const reply = await h.ask(`/dangky ${code}`, { userId: 'revoked-1' });
    expect(reply.text).toBe(say.redeemRefused.revoked);
    expect(await h.store.getOfficial('telegram', 'revoked-1')).toBeUndefined();
    expect(await officials()).toBe(before);
  });

  it('cannot revoke a code once it is used', async () => {
    const { code, id } = await createInvite(h.store, 'dt-vp-hctc', { now: NOW });
    await h.ask(`/dangky ${code}`, { userId: 'used-then-revoked' });
    expect(await h.store.revokeInvite(id, NOW)).toBe(false);
    expect((await h.store.getOfficial('telegram', 'used-then-revoked'))?.unitId).toBe('dt-vp-hctc');
  });
});

describe('how codes are kept', () => {
  it('stores only the hash of a code, in the table and in the database files', async () => {
    const { code, id } = await createInvite(h.store, 'dt-vp-hctc', { now: NOW });
    await h.ask(`/dangky ${code}`, { userId: 'hash-check' });
    const forms = [code, normaliseCode(code), code.toLowerCase(), normaliseCode(code).toLowerCase()];

    const db = new Database(h.dbFile, { readonly: true });
    try {
      const rows = db.prepare('SELECT * FROM invites').all() as Record<string, unknown>[];
      const row = rows.find((r) => r.id === id)!;
      expect(row.code_hash).toBe(hashCode(code));
      const dump = JSON.stringify([rows, db.prepare('SELECT * FROM officials').all()]);
      for (const form of forms) expect(dump).not.toContain(form);
    } finally {
      db.close();
    }

    const dir = dirname(h.dbFile);
    for (const name of await readdir(dir)) {
      const bytes = (await readFile(join(dir, name))).toString('latin1');
      for (const form of forms) expect(bytes.includes(form), `${name} contains ${form}`).toBe(false);
    }
  });
});
