import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant';
import { MESSAGES as say, OfficialsService } from '../../src/officials';
import { SqliteStore } from '../../src/store';
import { officialsHarness, PLANS, registerOfficial, vn, type Harness } from './fixtures';
import { type Message, type Reply } from '../../src/core';

const NOW = vn('2026-11-23 09:00');
const key = (id: string) => `${PLANS.vpBaoCao.replace('knowledge/', '')}#${id}`;
const OUTSTANDING = 'Đơn vị tôi còn nhiệm vụ nào chưa hoàn thành?';
/** The numbers and plan codes of a task list: "4 PL-I.II.3". */
const listed = (reply: Reply) => {
  const lines = reply.text.split('\n');
  return lines.flatMap((l, i) => {
    const n = /^(\d+)\. /u.exec(l);
    const code = / mục ([^\s·]+)/u.exec(lines[i + 2] ?? '');
    return n && code ? [`${n[1]} ${code[1]}`] : [];
  });
};
const buttonsOf = (reply: Reply, n: number) => reply.actions?.find((row) => row[0]!.label.endsWith(` ${n}`));

let h: Harness;
beforeAll(async () => {
  h = await officialsHarness(NOW);
  await registerOfficial(h.store, 'dt-vp-hctc', { userId: 'a', now: NOW });
  await registerOfficial(h.store, 'dt-vp-hctc', { userId: 'b', now: NOW });
  await registerOfficial(h.store, 'dt-vp-ttthcb', { userId: 'tt', now: NOW });
  await registerOfficial(h.store, 'dt-vp-ubnd', { userId: 'head', now: NOW });
});

describe('a numbered task list with buttons', () => {
  it('numbers all the unit’s tasks, led ones first, and names each one’s document and code', async () => {
    const reply = await h.ask('/nhiemvu tatca', { userId: 'a' });
    expect(listed(reply)).toEqual(['1 IV.2', '2 PL-I.II.1', '3 PL-I.II.2', '4 PL-I.II.3', '5 PL-I.I.1', '6 PL-I.I.2', '7 PL-I.I.3', '8 PL-I.III.1', '9 PL-I.III.2', '10 PL-I.III.3']);
    expect(reply.text).toContain('4. ⏳ Khen thưởng tập thể, cá nhân có nhiều đóng góp, cống hiến, đạt được thành tích xuất sắc trong thực hiện phong trào Bình dân học vụ số.');
    expect(reply.text).toContain('   📄 CV báo cáo kết quả năm 2025 (Văn phòng UBND tỉnh Đồng Tháp), mục PL-I.II.3');
    expect(reply.text).toContain(say.tasksFooter(10, true));
    const zalo = await registerOfficial(h.store, 'dt-vp-hctc', { userId: 'z', channel: 'zalo', now: NOW });
    expect((await h.ask('/nhiemvu', { userId: zalo.userId, channel: 'zalo' })).text).toContain('Cập nhật: gõ «xong 2»');
  });

  it('lists what the unit leads, and counts what it partners only as one of a group', async () => {
    const reply = await h.ask('/nhiemvu', { userId: 'a' });
    expect(listed(reply)).toEqual(['1 IV.2', '2 PL-I.II.1', '3 PL-I.II.2', '4 PL-I.II.3']);
    expect(reply.text).toContain(say.groupPartnerNote(6, 'Các phòng, ban, trung tâm (Văn phòng UBND tỉnh)'));
  });

  it('cuts a long text in a long list at a word, with the way to read it whole', async () => {
    const reply = await h.ask('/nhiemvu tatca', { userId: 'head' });
    const line = reply.text.split('\n').find((l) => /^\d+\. [^ ]+ Truyền thông sâu rộng/u.test(l))!;
    expect(line).toMatch(/ và phong trào “Bình dân học vụ số” đến từng hộ gia đình…$/u);
    const n = /^(\d+)\./u.exec(line)![1];
    expect(reply.text).toContain(`mục PL-I.I.1 · gõ «xem ${n}» để đọc đủ`);
  });

  it('offers "Xong", "Đang làm", "Ghi chú" under each task, carrying the task and not its place in the list', async () => {
    const reply = await h.ask('/nhiemvu tatca', { userId: 'a' });
    expect(reply.actions).toHaveLength(10);
    const row = buttonsOf(reply, 4)!;
    expect(row.map((b) => b.label)).toEqual(['✅ Xong 4', '⏳ Đang làm 4', '📝 Ghi chú 4']);
    expect(row.map((b) => b.data)).toEqual([expect.stringMatching(/^\/xong #[0-9a-f]{6}$/u), expect.stringMatching(/^\/danglam #[0-9a-f]{6}$/u), expect.stringMatching(/^\/ghichu #[0-9a-f]{6}$/u)]);
    for (const b of row) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
  });

  it('shows the whole text of a task cut in the list with «xem 4»', async () => {
    const reply = await h.ask('xem 4', { userId: 'a' });
    expect(reply.text.split('\n')[0]).toBe('4. Khen thưởng tập thể, cá nhân có nhiều đóng góp, cống hiến, đạt được thành tích xuất sắc trong thực hiện phong trào Bình dân học vụ số.');
    expect(reply.actions).toHaveLength(1);
  });
});

describe('updating without a manual', () => {
  it('marks task 4 done with "/xong 4" and takes it off the outstanding list, for every official of the unit', async () => {
    expect(listed(await h.ask(OUTSTANDING, { userId: 'a' }))).toContain('4 PL-I.II.3');
    const done = await h.ask('/xong 4', { userId: 'a', now: vn('2026-11-23 09:05') });
    expect(done.text.split('\n')[0]).toBe(
      'Đã ghi nhận: 4. Khen thưởng tập thể, cá nhân có nhiều đóng góp, cống hiến, đạt được thành tích xuất sắc… [PL-I.II.3] — đã hoàn thành (Phòng Hành chính – Tổ chức, 23/11/2026 09:05).',
    );
    const after = await h.ask(OUTSTANDING, { userId: 'b' });
    expect(listed(after)).toEqual(['3 PL-I.II.2']);
    expect(after.text).toContain(say.groupPartnerNote(4, 'Các phòng, ban, trung tâm (Văn phòng UBND tỉnh)'));
  });

  it('takes the task named in words: "xong nhiệm vụ khen thưởng", "đang làm 3", "ghi chú 3: …"', async () => {
    const own = await officialsHarness(NOW);
    await registerOfficial(own.store, 'dt-vp-hctc', { userId: 'w', now: NOW });
    expect((await own.ask('xong nhiệm vụ khen thưởng', { userId: 'w' })).text).toMatch(/\[PL-I\.II\.3\] — đã hoàn thành/u);
    expect((await own.ask('đang làm 3', { userId: 'w' })).text).toMatch(/\[PL-I\.II\.2\] — đang thực hiện/u);
    expect((await own.ask('ghi chú 3: đã gửi danh sách 30 người học', { userId: 'w' })).text).toMatch(/\[PL-I\.II\.2\] — ghi chú «đã gửi danh sách 30 người học»/u);
    expect((await own.store.taskHistory(key('PL-I.II.2'), 'dt-vp-hctc')).map((u) => [u.status ?? null, u.note ?? null])).toEqual([
      ['in_progress', null],
      [null, 'đã gửi danh sách 30 người học'],
    ]);
  });

  it('reads "/xong khen thưởng" as the task named "khen thưởng", with no note', async () => {
    const own = await officialsHarness(NOW);
    await registerOfficial(own.store, 'dt-vp-hctc', { userId: 'w', now: NOW });
    await own.ask('/xong khen thưởng', { userId: 'w' });
    expect((await own.store.taskHistory(key('PL-I.II.3'), 'dt-vp-hctc')).map((u) => [u.status, u.note])).toEqual([['done', undefined]]);
  });

  it('takes a button press: "Xong" by the task it carries, "Ghi chú" by the next message', async () => {
    const own = await officialsHarness(NOW);
    await registerOfficial(own.store, 'dt-vp-hctc', { userId: 'w', now: NOW });
    const list = await own.ask('/nhiemvu', { userId: 'w' });
    const [xong, , ghichu] = buttonsOf(list, 3)!;
    expect((await own.ask(xong!.data, { userId: 'w' })).text).toMatch(/^Đã ghi nhận: 3\. .*\[PL-I\.II\.2\] — đã hoàn thành/u);
    expect((await own.ask(ghichu!.data, { userId: 'w' })).text).toBe(say.noteNeedsText('3'));
    expect((await own.ask('đã gửi 30 hồ sơ dự thi', { userId: 'w' })).text).toMatch(/\[PL-I\.II\.2\] — ghi chú «đã gửi 30 hồ sơ dự thi»/u);
    const latest = (await own.store.latestTaskUpdates('dt-vp-hctc')).get(key('PL-I.II.2'));
    expect(latest).toMatchObject({ status: 'done', note: 'đã gửi 30 hồ sơ dự thi' });
  });

  it('keeps the codes of the plan working ("/xong PL-I.III.3", "/capnhat PL-I.I.1: đã đăng 12 bài")', async () => {
    const own = await officialsHarness(NOW);
    await registerOfficial(own.store, 'dt-vp-chi-doan', { userId: 'cd', now: NOW });
    expect((await own.ask('xong PL-I.III.3', { userId: 'cd' })).text).toMatch(/\[PL-I\.III\.3\] — đã hoàn thành/u);
    expect((await own.ask('/capnhat PL-I.III.1: đã thành lập tổ', { userId: 'cd' })).text).toMatch(/\[PL-I\.III\.1\] — đang thực hiện, ghi chú «đã thành lập tổ»/u);
  });
});

describe('partners and parents', () => {
  it('records a partner’s "xong" as its own part only: the lead’s status is unchanged', async () => {
    const reply = await h.ask('xong 5', { userId: 'b' });
    expect(reply.text).toMatch(/\[PL-I\.I\.1\] — đã hoàn thành/u);
    expect(reply.text).toContain(say.recordedPartner('Trung tâm Tin học và Công báo'));
    expect((await h.store.taskHistory(key('PL-I.I.1'), 'dt-vp-hctc')).map((u) => u.status)).toEqual(['done']);
    expect(await h.store.taskHistory(key('PL-I.I.1'), 'dt-vp-ttthcb')).toEqual([]);
    const lead = await h.ask('/nhiemvu', { userId: 'tt' });
    expect(lead.text).toMatch(/\d+\. ⏳ Truyền thông sâu rộng/u);
  });

  it('shows the head of Văn phòng its sub-units’ statuses as they record them, without letting it change them', async () => {
    const reply = await h.ask('/nhiemvu tatca', { userId: 'head' });
    expect(reply.text).toContain(say.childTitle);
    const block = reply.text.split('\n\n').find((b) => b.includes(say.childTitle))!;
    expect(block).toMatch(/\d+\. ✅ Khen thưởng tập thể[^\n]*\n {3}Phòng Hành chính – Tổ chức chủ trì · đã hoàn thành · cập nhật 23\/11\/2026 09:05/u);
    const number = /(\d+)\. ✅ Khen thưởng/u.exec(block)![1];
    expect((await h.ask(`xong ${number}`, { userId: 'head' })).text).toBe(say.childUnitUpdates('Phòng Hành chính – Tổ chức'));
    expect(reply.actions!.length).toBeLessThan(listed(reply).length);
  });

  it('rolls the sub-units up in /tonghop', async () => {
    const reply = await h.ask('/tonghop', { userId: 'head' });
    expect(reply.text.split('\n')[0]).toBe('Tóm tắt tình hình của Văn phòng UBND tỉnh Đồng Tháp (Đồng Tháp) (đến 23/11/2026):');
    expect(reply.text).toContain(say.summaryChildren);
    expect(reply.text).toContain(say.summaryChild('Phòng Hành chính – Tổ chức', 2, 1, 0));
    expect(reply.text).toContain(say.summaryChild('Trung tâm Tin học và Công báo', 2, 1, 1));
    expect((await h.ask('tóm tắt tình hình để báo cáo lãnh đạo', { userId: 'head' })).text).toBe(reply.text);
  });

  it('starts a yearly event afresh each year: 2025’s "Đã thực hiện" does not make 2027’s done', async () => {
    const reply = await h.ask('/nhiemvu', { userId: 'tt' });
    expect(reply.text).toMatch(/\d+\. ▫️ Tổ chức các hoạt động hưởng ứng “Ngày hội toàn dân học tập số”[^\n]*\n[^\n]*chưa có cập nhật · thời gian: vào ngày 10\/10 hằng năm · lượt năm 2027/u);
    const detail = await h.ask('xem nhiệm vụ ngày hội toàn dân học tập số', { userId: 'tt' });
    expect(detail.text).toContain('• Kết quả theo văn bản: Đã thực hiện tuyên tuyển, đặt banner (năm 2025)');
  });
});

describe('a report marked submitted', () => {
  it('is the occurrence the words name: "quý II" said in November is the one just passed', async () => {
    const own = await officialsHarness(NOW);
    await registerOfficial(own.store, 'dt-vp-hctc', { userId: 's', now: NOW });
    const reply = await own.ask('đã nộp báo cáo quý II', { userId: 's', now: NOW });
    expect(reply.intent).toBe('deadlines');
    expect(reply.text.split('\n')[0]).toBe('Đã ghi nhận: Báo cáo quý (Quý II/2026) — đã nộp (Phòng Hành chính – Tổ chức, 23/11/2026 09:00). Trợ lý số sẽ không nhắc hạn này nữa.');
    const report = `report:${PLANS.vpBaoCao.replace('knowledge/', '')}#2:truoc-ngay-15-cua-thang-cuoi-quy`;
    expect((await own.store.taskHistory(`${report}@2026-06-15`, 'dt-vp-hctc')).map((u) => u.status)).toEqual(['submitted']);
    await own.ask('đã gửi bc quý 3', { userId: 's', now: NOW });
    expect((await own.store.taskHistory(`${report}@2026-09-15`, 'dt-vp-hctc')).map((u) => u.status)).toEqual(['submitted']);
    const overdue = await own.ask('có gì quá hạn không', { userId: 's', now: NOW });
    expect(overdue.text).not.toContain('Quý III/2026');
  });
});

describe('undo and history', () => {
  it('takes back the latest update within 10 minutes, and keeps it in the history marked as undone', async () => {
    const own = await officialsHarness(NOW);
    await registerOfficial(own.store, 'dt-vp-hctc', { userId: 'u', now: NOW });
    await own.ask('xong 4', { userId: 'u', now: vn('2026-11-23 10:00') });
    const undone = await own.ask('hoàn tác', { userId: 'u', now: vn('2026-11-23 10:04') });
    expect(undone.text).toMatch(/^Đã hoàn tác: đã hoàn thành — Khen thưởng tập thể/u);
    expect((await own.store.latestTaskUpdates('dt-vp-hctc')).get(key('PL-I.II.3'))).toBeUndefined();
    expect(listed(await own.ask(OUTSTANDING, { userId: 'u' }))).toContain('4 PL-I.II.3');
    const history = await own.ask('lịch sử 4', { userId: 'u' });
    expect(history.text.split('\n').slice(1)).toEqual([`• 23/11/2026 10:00 — đã hoàn thành (cán bộ telegram #${(await own.store.getOfficial('telegram', 'u'))!.id}) (đã hoàn tác)`]);
  });

  it('refuses to undo an update older than 10 minutes', async () => {
    const own = await officialsHarness(NOW);
    await registerOfficial(own.store, 'dt-vp-hctc', { userId: 'u', now: NOW });
    await own.ask('xong 4', { userId: 'u', now: vn('2026-11-23 10:00') });
    expect((await own.ask('/hoantac', { userId: 'u', now: vn('2026-11-23 10:11') })).text).toBe(say.undoTooLate(10, '23/11/2026 10:00'));
    expect((await own.store.latestTaskUpdates('dt-vp-hctc')).get(key('PL-I.II.3'))).toMatchObject({ status: 'done' });
  });

  it('says the free-text answer about a task from the live status, not the document’s', async () => {
    const reply = await h.ask('Nhiệm vụ khen thưởng của đơn vị tôi thế nào rồi?', { userId: 'b' });
    expect(reply.text).toContain('• Tình trạng: đã hoàn thành');
    expect(reply.text).toContain('• Kết quả theo văn bản: Đang thực hiện');
    expect(reply.text).toMatch(/• Cập nhật gần nhất: 23\/11\/2026 09:05 bởi cán bộ telegram #\d+ \(1 lần cập nhật\)/u);
  });
});

describe('a free-text question naming one of the unit’s tasks', () => {
  it('gets the task with its live status, not the document’s, while a how-to question stays a citizen’s', async () => {
    const own = await officialsHarness(NOW);
    await registerOfficial(own.store, 'dt-vp-ttthcb', { userId: 't', now: NOW });
    await own.ask('đang làm PL-I.III.2', { userId: 't' });
    const reply = await own.ask('việc cán bộ cài đặt ứng dụng VNeID đến đâu rồi', { userId: 't' });
    expect(reply.intent).toBe('tasks');
    expect(reply.text).toMatch(/^\d+\. Bảo đảm 100% cán bộ, công chức, viên chức và người lao động tại Văn phòng UBND tỉnh cài đặt và sử dụng ứng dụng VNeID/u);
    expect(reply.text).toContain('• Tình trạng: đang thực hiện');
    expect(reply.text).toContain('• Kết quả theo văn bản: Đã thực hiện');
    expect((await own.ask('cách cài đặt ứng dụng VNeID', { userId: 't' })).intent).toBe('knowledge');
  });
});

describe('statuses of a task given to every commune', () => {
  it('are kept per commune: one ward’s "xong" does not finish another’s task', async () => {
    await registerOfficial(h.store, 'dt-xa-phuong', { userId: 'cao-lanh', commune: 'UBND phường Cao Lãnh', now: NOW });
    await registerOfficial(h.store, 'dt-xa-phuong', { userId: 'cao-lanh-2', commune: 'ubnd phuong cao lanh', now: NOW });
    await registerOfficial(h.store, 'dt-xa-phuong', { userId: 'my-an', commune: 'UBND xã Mỹ An', now: NOW });
    const gd = `${PLANS.sangKien.replace('knowledge/', '')}#III.4.a`;
    expect((await h.ask('xong III.4.a', { userId: 'cao-lanh' })).text).toMatch(/— đã hoàn thành \(UBND phường Cao Lãnh, /u);
    expect((await h.store.taskHistory(gd, 'dt-xa-phuong:phuong cao lanh')).map((u) => u.by)).toEqual(['telegram:cao-lanh']);
    expect(await h.store.taskHistory(gd, 'dt-xa-phuong')).toEqual([]);
    expect(listed(await h.ask(OUTSTANDING, { userId: 'cao-lanh-2' })).some((l) => l.endsWith(' III.4.a'))).toBe(false);
    expect(listed(await h.ask(OUTSTANDING, { userId: 'my-an' })).some((l) => l.endsWith(' III.4.a'))).toBe(true);
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
      const history = await storeA.taskHistory(key('PL-I.III.3'), 'dt-vp-hctc');
      expect(history).toHaveLength(2 * rounds);
      expect(history.filter((u) => u.by === 'telegram:a').map((u) => u.note)).toEqual(Array.from({ length: rounds }, (_, i) => `A${i}`));
      expect(history.filter((u) => u.by === 'telegram:b').map((u) => u.note)).toEqual(Array.from({ length: rounds }, (_, i) => `B${i}`));
      const last = history.at(-1)!;
      expect((await storeB.latestTaskUpdates('dt-vp-hctc')).get(key('PL-I.III.3'))).toMatchObject({ note: last.note, by: last.by });
      expect((await storeA.latestTaskUpdates('dt-vp-hctc')).get(key('PL-I.III.3'))).toMatchObject({ note: last.note, by: last.by });
    } finally {
      await storeA.close();
      await storeB.close();
    }
  });
});
