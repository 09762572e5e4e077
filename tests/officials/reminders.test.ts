import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant';
import { inQuietHours, OfficialsService, ReminderService, type OfficialsData, type ReminderOptions } from '../../src/officials';
import { MESSAGES as say } from '../../src/officials';
import { SqliteStore } from '../../src/store';
import { ROOT, tempDir } from '../helpers';
import { officialsHarness, PLANS, realOfficialsData, RecordingNotifier, registerOfficial, vn } from './fixtures';

const run = promisify(execFile);
const WORKER = join(ROOT, 'tests/officials/fixtures/remind-worker.ts');
const VP = 'dt-vp-ubnd';
/** "Trước ngày 05/12" ends on Friday 04/12: reminders count down to that last day. */
const YEARLY_7 = [
  '⏰ Nhắc hạn (Văn phòng UBND tỉnh Đồng Tháp): Báo cáo năm (năm 2026)',
  'hạn chót thứ Sáu 04/12/2026; văn bản: trước ngày 05/12/2026; còn 7 ngày',
];

let data: OfficialsData;
let knowledgeRoot: string;
beforeAll(async () => {
  const loaded = await realOfficialsData();
  data = loaded.data;
  knowledgeRoot = loaded.root;
});

interface Setup {
  store: SqliteStore;
  file: string;
  notifier: RecordingNotifier;
  clock: { now: Date };
  service: ReminderService;
}

async function setup(options: Partial<ReminderOptions> = {}, file?: string): Promise<Setup> {
  const db = file ?? join(await tempDir('tls-remind-'), 'tro-ly-so.db');
  const store = new SqliteStore(db);
  const notifier = new RecordingNotifier();
  const clock = { now: vn('2026-11-01 09:00') };
  const service = new ReminderService({ data: () => data, store, notifier, clock: () => clock.now, options });
  return { store, file: db, notifier, clock, service };
}

async function runAt(s: Setup, local: string) {
  s.clock.now = vn(local);
  return s.service.runOnce();
}

describe('reminders of a deadline', () => {
  it('reminds 7 days and 1 day before the last day 04/12/2026 of "trước ngày 05/12", each once however often the pass runs', async () => {
    const s = await setup();
    await registerOfficial(s.store, VP, { userId: 'vp', now: vn('2026-11-01 09:00') });
    const runs: Record<string, { sent: number; failed: number }> = {};
    for (const t of ['2026-11-26 09:00', '2026-11-27 09:00', '2026-11-27 09:15', '2026-11-27 16:00', '2026-11-29 09:00', '2026-12-03 09:00', '2026-12-03 09:15', '2026-12-03 08:00']) {
      runs[t] = await runAt(s, t);
    }
    expect(runs['2026-11-26 09:00']).toEqual({ sent: 0, failed: 0 });
    expect(runs['2026-11-27 09:00']).toEqual({ sent: 1, failed: 0 });
    expect(runs['2026-12-03 09:00']).toEqual({ sent: 1, failed: 0 });
    const yearly = s.notifier.sent.filter((m) => m.text.includes('Báo cáo năm'));
    expect(yearly).toHaveLength(2);
    expect(yearly[0]!.text.split('\n').slice(0, 2)).toEqual(YEARLY_7);
    expect(yearly[0]!.text).toContain('gõ /nhacnho tat để tắt nhắc hạn.');
    expect(yearly[0]!.text).toContain('gõ «đã nộp báo cáo năm (năm 2026)» để thôi nhắc');
    expect(yearly[1]!.text.split('\n')[1]).toBe('hạn chót thứ Sáu 04/12/2026; văn bản: trước ngày 05/12/2026; còn 1 ngày (ngày mai là hạn chót)');
    expect(s.notifier.sent).toHaveLength(2);
    await s.store.close();
  });

  it('reminds the quarterly report of the same unit on its own dates', async () => {
    const s = await setup();
    await registerOfficial(s.store, VP, { userId: 'vp', now: vn('2026-11-01 09:00') });
    await runAt(s, '2026-12-07 09:00');
    await runAt(s, '2026-12-13 09:00');
    expect(s.notifier.sent.map((m) => m.text.split('\n').slice(0, 2))).toEqual([
      ['⏰ Nhắc hạn (Văn phòng UBND tỉnh Đồng Tháp): Báo cáo quý (Quý IV/2026)', 'hạn chót thứ Hai 14/12/2026; văn bản: trước ngày 15/12/2026; còn 7 ngày'],
      ['⏰ Nhắc hạn (Văn phòng UBND tỉnh Đồng Tháp): Báo cáo quý (Quý IV/2026)', 'hạn chót thứ Hai 14/12/2026; văn bản: trước ngày 15/12/2026; còn 1 ngày (ngày mai là hạn chót)'],
    ]);
    await s.store.close();
  });

  it('sends nothing again after a restart on the same database', async () => {
    const first = await setup();
    await registerOfficial(first.store, VP, { userId: 'vp', now: vn('2026-11-01 09:00') });
    expect(await runAt(first, '2026-11-27 09:00')).toEqual({ sent: 1, failed: 0 });
    await first.store.close();

    const restarted = await setup({}, first.file);
    expect(await runAt(restarted, '2026-11-27 09:30')).toEqual({ sent: 0, failed: 0 });
    expect(await runAt(restarted, '2026-11-28 09:00')).toEqual({ sent: 0, failed: 0 });
    expect(restarted.notifier.sent).toEqual([]);
    await restarted.store.close();
  });

  it('sends it later when the channel refused it', async () => {
    const s = await setup();
    await registerOfficial(s.store, VP, { userId: 'vp', now: vn('2026-11-01 09:00') });
    s.notifier.failuresLeft = 1;
    expect(await runAt(s, '2026-11-27 09:00')).toEqual({ sent: 0, failed: 1 });
    expect(s.notifier.sent).toEqual([]);
    expect(await runAt(s, '2026-11-27 09:15')).toEqual({ sent: 1, failed: 0 });
    expect(s.notifier.sent.map((m) => m.text.split('\n').slice(0, 2))).toEqual([YEARLY_7]);
    expect(await runAt(s, '2026-11-27 09:30')).toEqual({ sent: 0, failed: 0 });
    await s.store.close();
  });
});

describe('a report marked submitted', () => {
  it('gets no more reminders for that occurrence, and the next occurrence is reminded as usual', async () => {
    const h = await officialsHarness(vn('2026-11-27 09:00'));
    await registerOfficial(h.store, VP, { userId: 'vp', now: vn('2026-11-01 09:00') });
    const notifier = new RecordingNotifier();
    const clock = { now: vn('2026-11-27 09:00') };
    const service = new ReminderService({ data: () => h.data, store: h.store, notifier, clock: () => clock.now });
    expect(await service.runOnce()).toEqual({ sent: 1, failed: 0 });
    const reply = await h.ask('đã nộp báo cáo năm', { userId: 'vp', now: vn('2026-11-27 10:00') });
    expect(reply.text.split('\n')[0]).toBe('Đã ghi nhận: Báo cáo năm (năm 2026) — đã nộp (Văn phòng UBND tỉnh Đồng Tháp, 27/11/2026 10:00). Trợ lý số sẽ không nhắc hạn này nữa.');
    clock.now = vn('2026-12-03 09:00');
    expect(await service.runOnce()).toEqual({ sent: 0, failed: 0 });
    clock.now = vn('2026-12-07 09:00');
    expect(await service.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(notifier.sent.map((m) => m.text.split('\n')[0])).toEqual([
      '⏰ Nhắc hạn (Văn phòng UBND tỉnh Đồng Tháp): Báo cáo năm (năm 2026)',
      '⏰ Nhắc hạn (Văn phòng UBND tỉnh Đồng Tháp): Báo cáo quý (Quý IV/2026)',
    ]);
  });
});

describe('quiet hours', () => {
  it.each([
    ['2026-11-27 22:00', true],
    ['2026-11-27 21:00', true],
    ['2026-11-28 06:59', true],
    ['2026-11-28 07:00', false],
    ['2026-11-27 20:59', false],
    ['2026-11-27 12:00', false],
  ])('%s in Vietnam is quiet: %s', (local, quiet) => {
    expect(inQuietHours(vn(local), { start: 21, end: 7 })).toBe(quiet);
  });

  it('sends nothing at 22:00 Vietnam time and sends it in the morning', async () => {
    const s = await setup({ quietHours: { start: 21, end: 7 } });
    await registerOfficial(s.store, VP, { userId: 'vp', now: vn('2026-11-01 09:00') });
    expect(await runAt(s, '2026-11-27 22:00')).toEqual({ sent: 0, failed: 0 });
    expect(await runAt(s, '2026-11-28 06:30')).toEqual({ sent: 0, failed: 0 });
    expect(s.notifier.sent).toEqual([]);
    expect(await runAt(s, '2026-11-28 07:00')).toEqual({ sent: 1, failed: 0 });
    expect(s.notifier.sent[0]!.text.split('\n')[1]).toBe('hạn chót thứ Sáu 04/12/2026; văn bản: trước ngày 05/12/2026; còn 6 ngày');
    await s.store.close();
  });
});

describe('who gets reminders', () => {
  it('skips revoked officials, officials who turned reminders off and officials the channel cannot reach', async () => {
    const s = await setup();
    const at = vn('2026-11-01 09:00');
    const active = await registerOfficial(s.store, VP, { userId: 'active', now: at });
    const revoked = await registerOfficial(s.store, VP, { userId: 'revoked', now: at });
    const silent = await registerOfficial(s.store, VP, { userId: 'silent', now: at });
    await registerOfficial(s.store, VP, { userId: 'browser', channel: 'web', now: at });
    await s.store.revokeOfficial(revoked.id, at);
    await s.store.setReminders(silent.id, false);
    expect(await runAt(s, '2026-11-27 09:00')).toEqual({ sent: 1, failed: 0 });
    expect(s.notifier.sent.map((m) => m.officialId)).toEqual([active.id]);
    await s.store.close();
  });

  it('follows /nhacnho tat and /nhacnho bat sent to the officials service', async () => {
    const s = await setup();
    await registerOfficial(s.store, VP, { userId: 'vp', now: vn('2026-11-01 09:00') });
    const officials = new OfficialsService({ data: () => data, store: s.store });
    const command = (text: string) => officials.handle({ route: { intent: 'deadlines', rule: 'test' }, message: { channel: 'telegram', userId: 'vp', chatId: 'chat-vp', text }, text, now: s.clock.now });
    expect((await command('/nhacnho tat'))?.text).toBe(say.remindersOff);
    expect(await runAt(s, '2026-11-27 09:00')).toEqual({ sent: 0, failed: 0 });
    expect((await command('/nhacnho bat'))?.text).toBe(say.remindersOn);
    expect(await runAt(s, '2026-11-27 09:15')).toEqual({ sent: 1, failed: 0 });
    await s.store.close();
  });

  it('turns reminders off when an official sends /nhacnho tat to the assistant', async () => {
    const h = await officialsHarness(vn('2026-11-20 09:00'));
    await registerOfficial(h.store, VP, { userId: 'vp', now: vn('2026-11-20 09:00') });
    const reply = await h.ask('/nhacnho tat', { userId: 'vp' });
    expect(reply.text).toBe(say.remindersOff);
    expect((await h.store.getOfficial('telegram', 'vp'))?.remindersEnabled).toBe(false);
    const notifier = new RecordingNotifier();
    const service = new ReminderService({ data: () => h.data, store: h.store, notifier, clock: () => vn('2026-11-27 09:00') });
    expect(await service.runOnce()).toEqual({ sent: 0, failed: 0 });
  });
});

describe('reminders of a task', () => {
  it('tells a unit when its tasks start, and not once the task is marked done', async () => {
    const s = await setup();
    await registerOfficial(s.store, 'dt-skhcn', { userId: 'skhcn', now: vn('2026-05-01 09:00') });
    await runAt(s, '2026-05-25 09:00');
    const iii2 = s.notifier.sent.filter((m) => m.text.includes('[III.2]'));
    expect(iii2).toHaveLength(1);
    expect(iii2[0]!.text).toMatch(/^⏰ Nhắc nhiệm vụ \(Sở Khoa học và Công nghệ\): 2\. Triển khai các nền tảng số.*\[III\.2\]$/mu);
    expect(iii2[0]!.text.split('\n')[1]).toBe('Bắt đầu: 01/06/2026 (còn 7 ngày) — Từ tháng 6/2026');

    // Another official of a unit that already finished III.3.a is not reminded of it.
    const other = await setup();
    await registerOfficial(other.store, 'dt-skhcn', { userId: 'skhcn-2', now: vn('2026-05-01 09:00') });
    await other.store.recordTaskUpdate({ taskKey: `${PLANS.sangKien.replace('knowledge/', '')}#III.3.a`, unitId: 'dt-skhcn', status: 'done', by: 'telegram:skhcn-2', at: vn('2026-05-20 09:00') });
    await runAt(other, '2026-05-25 09:00');
    expect(other.notifier.sent.some((m) => m.text.includes('[III.3.a]'))).toBe(false);
    expect(other.notifier.sent.some((m) => m.text.includes('[III.2]'))).toBe(true);
    expect(s.notifier.sent.some((m) => m.text.includes('[III.3.a]'))).toBe(true);
    await s.store.close();
    await other.store.close();
  });
});

describe('several reminder passes at once', () => {
  const UNITS = ['dt-vp-ubnd', 'dt-skhcn', 'dt-vp-hctc', 'dt-sgddt', 'dt-xa-phuong'];

  it('send each reminder once when two services share the database file', async () => {
    const a = await setup();
    const b = await setup({}, a.file);
    const officials = await Promise.all(UNITS.map((unit, i) => registerOfficial(a.store, unit, { userId: `o${i}`, now: vn('2026-11-01 09:00') })));
    a.notifier.delayMs = 5;
    b.notifier.delayMs = 3;
    a.clock.now = b.clock.now = vn('2026-11-27 09:00');
    const [ra, rb] = await Promise.all([a.service.runOnce(), b.service.runOnce()]);
    expect(ra.sent + rb.sent).toBe(UNITS.length);
    const all = [...a.notifier.sent, ...b.notifier.sent];
    expect(all.map((m) => m.officialId).sort()).toEqual(officials.map((o) => o.id).sort());
    expect(all.every((m) => m.text.includes('Báo cáo năm (năm 2026)'))).toBe(true);
    await a.store.close();
    await b.store.close();
  });

  it('send each reminder once when two processes run the pass at the same moment', async () => {
    const s = await setup();
    const officials = await Promise.all(UNITS.map((unit, i) => registerOfficial(s.store, unit, { userId: `o${i}`, now: vn('2026-11-01 09:00') })));
    await s.store.close();
    const startAt = String(Date.now() + 4000);
    const outputs = await Promise.all(
      [1, 2].map(() => run(process.execPath, ['--import', 'tsx', WORKER, knowledgeRoot, s.file, vn('2026-11-27 09:00').toISOString(), startAt], { cwd: ROOT })),
    );
    const results = outputs.map((o) => JSON.parse(o.stdout) as { result: { sent: number; failed: number }; sent: { officialId: number; text: string }[] });
    expect(results.reduce((n, r) => n + r.result.sent, 0)).toBe(UNITS.length);
    const all = results.flatMap((r) => r.sent);
    expect(all.map((m) => m.officialId).sort()).toEqual(officials.map((o) => o.id).sort());
    expect(all.every((m) => m.text.split('\n')[1] === YEARLY_7[1])).toBe(true);
  });
});
