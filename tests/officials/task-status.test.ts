import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant';
import { OfficialsService } from '../../src/officials';
import { SqliteStore } from '../../src/store';
import { officialsHarness, PLANS, registerOfficial, type Harness } from './fixtures';
import { type Message } from '../../src/core';

const NOW = new Date('2026-11-23T02:00:00Z');
const key = (id: string) => `${PLANS.vpBaoCao.replace('knowledge/', '')}#${id}`;
const OUTSTANDING = 'Đơn vị tôi còn nhiệm vụ nào chưa hoàn thành?';
const listed = (text: string) => [...text.matchAll(/^\S+ \[([^\]]+)\]/gmu)].map((m) => m[1]!);

let h: Harness;
beforeAll(async () => {
  h = await officialsHarness(NOW);
  registerOfficial(h.store, 'dt-vp-hctc', { userId: 'a', now: NOW });
  registerOfficial(h.store, 'dt-vp-hctc', { userId: 'b', now: NOW });
});

describe('marking a task done with /xong', () => {
  it('shows it as done and takes it off the outstanding list', async () => {
    const before = await h.ask(OUTSTANDING, { userId: 'a' });
    expect(before.text).toContain('10 nhiệm vụ, 6 chưa hoàn thành');
    expect(listed(before.text)).toContain('PL-I.II.3');

    const done = await h.ask('/xong PL-I.II.3', { userId: 'a' });
    expect(done.text).toContain('— đã hoàn thành (Phòng Hành chính – Tổ chức, 23/11/2026).');

    const after = await h.ask(OUTSTANDING, { userId: 'a' });
    expect(after.text).toContain('10 nhiệm vụ, 5 chưa hoàn thành');
    expect(listed(after.text)).not.toContain('PL-I.II.3');
    expect(listed(after.text)).toEqual(['PL-I.II.2', 'PL-I.I.1', 'PL-I.III.1', 'PL-I.III.3', 'IV.2']);

    const detail = await h.ask('Nhiệm vụ khen thưởng của đơn vị tôi', { userId: 'a' });
    expect(detail.text).toContain('[PL-I.II.3] Khen thưởng tập thể');
    expect(detail.text).toContain('• Tình trạng: đã hoàn thành');
    expect(detail.text).toContain('• Cập nhật gần nhất: 23/11/2026 (1 lần cập nhật)');
  });

  it('is seen by the other official of the same unit', async () => {
    const list = await h.ask('/nhiemvu', { userId: 'b' });
    expect(list.text).toMatch(/✅ \[PL-I\.II\.3\][^\n]*\n[^\n]*đã hoàn thành/u);
  });
});

describe('adding a note with /capnhat', () => {
  it('keeps the note, shows it with the task and records it', async () => {
    const at = new Date('2026-11-25T08:00:00Z');
    const reply = await h.ask('/capnhat PL-I.II.2 đã gửi danh sách 30 người học', { userId: 'b', now: at });
    expect(reply.text).toContain('— đang thực hiện, ghi chú: «đã gửi danh sách 30 người học» (Phòng Hành chính – Tổ chức, 25/11/2026).');
    const list = await h.ask('/nhiemvu', { userId: 'a' });
    expect(list.text).toMatch(/\[PL-I\.II\.2\][^\n]*\n[^\n]*đang thực hiện; ghi chú: đã gửi danh sách 30 người học/u);
    expect(h.store.taskHistory(key('PL-I.II.2'), 'dt-vp-hctc')).toEqual([
      { taskKey: key('PL-I.II.2'), unitId: 'dt-vp-hctc', status: 'in_progress', note: 'đã gửi danh sách 30 người học', by: 'telegram:b', at },
    ]);
  });

  it('accepts "mã - ghi chú" and keeps the latest note after a later /xong', async () => {
    await h.ask('/capnhat PL-I.III.1 - đã thành lập tổ', { userId: 'a' });
    await h.ask('/xong PL-I.III.1', { userId: 'b' });
    const latest = h.store.latestTaskUpdates('dt-vp-hctc').get(key('PL-I.III.1'));
    expect(latest).toMatchObject({ status: 'done', note: 'đã thành lập tổ', by: 'telegram:b' });
    expect(h.store.taskHistory(key('PL-I.III.1'), 'dt-vp-hctc').map((u) => [u.status, u.note ?? null, u.by])).toEqual([
      ['in_progress', 'đã thành lập tổ', 'telegram:a'],
      ['done', null, 'telegram:b'],
    ]);
  });
});

describe('statuses of a task given to every commune', () => {
  it('are kept per commune: one ward’s /xong does not finish another’s task', async () => {
    registerOfficial(h.store, 'dt-xa-phuong', { userId: 'cao-lanh', commune: 'UBND phường Cao Lãnh', now: NOW });
    registerOfficial(h.store, 'dt-xa-phuong', { userId: 'cao-lanh-2', commune: 'ubnd phuong cao lanh', now: NOW });
    registerOfficial(h.store, 'dt-xa-phuong', { userId: 'my-an', commune: 'UBND xã Mỹ An', now: NOW });
    const gd = `${PLANS.sangKien.replace('knowledge/', '')}#III.4.a`;
    expect((await h.ask('/xong III.4.a', { userId: 'cao-lanh' })).text).toContain('— đã hoàn thành (UBND phường Cao Lãnh, 23/11/2026).');
    expect(h.store.taskHistory(gd, 'dt-xa-phuong:phuong cao lanh').map((u) => u.by)).toEqual(['telegram:cao-lanh']);
    expect(h.store.taskHistory(gd, 'dt-xa-phuong')).toEqual([]);

    const same = await h.ask(OUTSTANDING, { userId: 'cao-lanh-2' });
    expect(listed(same.text)).not.toContain('III.4.a');
    const other = await h.ask(OUTSTANDING, { userId: 'my-an' });
    expect(listed(other.text)).toContain('III.4.a');
  });
});

describe('a colon written right after the code', () => {
  it('is read as the separator before the note', async () => {
    const reply = await h.ask('/capnhat PL-I.I.1: đã đăng 12 bài', { userId: 'a' });
    expect(reply.text).toContain('ghi chú: «đã đăng 12 bài»');
    expect(h.store.taskHistory(key('PL-I.I.1'), 'dt-vp-hctc').map((u) => u.note)).toEqual(['đã đăng 12 bài']);
  });
});

describe('two processes on one database', () => {
  it('lose no update when two stores record updates to the same task interleaved', async () => {
    const storeA = new SqliteStore(h.dbFile);
    const storeB = new SqliteStore(h.dbFile);
    try {
      const officials = (store: SqliteStore) => new OfficialsService({ data: () => h.data, store });
      const a = createAssistant({ knowledge: () => h.index, officials: officials(storeA) });
      const b = createAssistant({ knowledge: () => h.index, officials: officials(storeB) });
      const msg = (userId: string, text: string, minute: number): Message => ({ channel: 'telegram', userId, chatId: userId, text, now: new Date(NOW.getTime() + minute * 60_000) });
      const rounds = 10;
      for (let i = 0; i < rounds; i++) {
        await Promise.all([a.handle(msg('a', `/capnhat PL-I.III.3 A${i}`, 2 * i)), b.handle(msg('b', `/capnhat PL-I.III.3 B${i}`, 2 * i + 1))]);
      }
      const history = storeA.taskHistory(key('PL-I.III.3'), 'dt-vp-hctc');
      expect(history).toHaveLength(2 * rounds);
      expect(history.filter((u) => u.by === 'telegram:a').map((u) => u.note)).toEqual(Array.from({ length: rounds }, (_, i) => `A${i}`));
      expect(history.filter((u) => u.by === 'telegram:b').map((u) => u.note)).toEqual(Array.from({ length: rounds }, (_, i) => `B${i}`));
      // The latest write wins, and both stores agree on it.
      const last = history.at(-1)!;
      expect(storeB.latestTaskUpdates('dt-vp-hctc').get(key('PL-I.III.3'))).toMatchObject({ note: last.note, by: last.by });
      expect(storeA.latestTaskUpdates('dt-vp-hctc').get(key('PL-I.III.3'))).toMatchObject({ note: last.note, by: last.by });
      const list = await h.ask('/nhiemvu', { userId: 'a' });
      expect(list.text).toContain(`ghi chú: ${last.note}`);
    } finally {
      storeA.close();
      storeB.close();
    }
  });
});
