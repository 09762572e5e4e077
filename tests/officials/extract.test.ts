import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listKnowledgeFiles, parseKnowledgeFile, parseKnowledgeFiles } from '../../src/knowledge';
import { loadRoster, type Roster } from '../../src/officials';
import { extractPlan, recordChecksum, statusOf, type Extraction } from '../../src/officials/extract/index';
import { FIXTURES, KNOWLEDGE_DIR } from '../helpers';
import { PLANS, planText } from './fixtures';

let roster: Roster;
const extractions = new Map<string, Extraction>();
beforeAll(async () => {
  roster = await loadRoster(join(KNOWLEDGE_DIR, 'units.yaml'));
  const { docs, problems } = parseKnowledgeFiles(await listKnowledgeFiles(KNOWLEDGE_DIR, FIXTURES));
  expect(problems).toEqual([]);
  for (const doc of docs) if (doc.meta.kind === 'plan' || doc.meta.kind === 'letter') extractions.set(doc.path, extractPlan(doc, roster, doc.path.replace(/^knowledge\//u, '')));
});

const plan = (path: string) => extractions.get(path)!;

/** One row of a hand-made table: what a careful reader of the document finds. */
type TaskRow = [id: string, lead: string[], partners: string[], timing: string | null, kind?: 'proposal'];
type DeadlineRow = [id: string, kind: string, units: string[], partners: string[], timing: string, to: string | null];

const taskRows = (path: string): TaskRow[] =>
  plan(path).tasks.map((t): TaskRow => {
    const row: TaskRow = [t.id, t.kind === 'proposal' ? (t.addressed_ids ?? []) : t.lead_ids, t.support_ids, t.timing ?? null];
    if (t.kind === 'proposal') row.push('proposal');
    return row;
  });
const deadlineRows = (path: string): DeadlineRow[] =>
  plan(path).deadlines.map((d) => [d.id, d.kind, d.unit_ids, d.support_ids ?? [], d.timing, d.to_id ?? null]);
const counts = (rows: TaskRow[]) => ({
  tasks: rows.filter((r) => r[4] !== 'proposal').length,
  proposals: rows.filter((r) => r[4] === 'proposal').length,
  leads: rows.reduce((n, r) => n + (r[4] === 'proposal' ? 0 : r[1].length), 0),
  partners: rows.reduce((n, r) => n + r[2].length, 0),
  timed: rows.filter((r) => r[3] !== null).length,
});

const VP_ROW = ['dt-vp-phong-ban'];

describe('seed 000: the report of Văn phòng UBND tỉnh Đồng Tháp', () => {
  const expected: TaskRow[] = [
    ['3.1', ['dt-skhcn'], [], null, 'proposal'],
    ['3.2', ['dt-skhcn'], [], null, 'proposal'],
    ['3.3', ['dt-skhcn'], [], null, 'proposal'],
    ['PL-I.I.1', ['dt-vp-ttthcb'], VP_ROW, null],
    ['PL-I.I.2', ['dt-vp-ttthcb'], VP_ROW, null],
    ['PL-I.I.3', ['dt-vp-ttthcb'], VP_ROW, 'vào ngày 10/10 hằng năm'],
    ['PL-I.II.1', ['dt-vp-hctc'], ['dt-vp-ttthcb'], null],
    ['PL-I.II.2', ['dt-vp-hctc'], VP_ROW, null],
    ['PL-I.II.3', ['dt-vp-hctc'], VP_ROW, null],
    ['PL-I.III.1', ['dt-vp-chi-doan'], VP_ROW, null],
    ['PL-I.III.2', ['dt-vp-ttthcb'], VP_ROW, null],
    ['PL-I.III.3', ['dt-vp-chi-doan'], VP_ROW, null],
  ];

  it('finds the table’s nine tasks, and the three requests to Sở KH&CN only as proposals', () => {
    expect(taskRows(PLANS.vpBaoCao)).toEqual(expected);
    expect(counts(taskRows(PLANS.vpBaoCao))).toEqual({ tasks: 9, proposals: 3, leads: 9, partners: 9, timed: 1 });
    for (const id of ['3.1', '3.2', '3.3']) expect(plan(PLANS.vpBaoCao).tasks.find((t) => t.id === id)).toMatchObject({ lead: [], lead_ids: [], addressed: ['Sở Khoa học và Công nghệ'] });
  });

  it('ties the yearly event’s reported result to 2025, the year the report covers', () => {
    const event = plan(PLANS.vpBaoCao).tasks.find((t) => t.id === 'PL-I.I.3')!;
    expect(event).toMatchObject({ status: 'done', result_year: 2025, schedule: { kind: 'yearly', month: 10, day: 10, bound: 'on' } });
    expect(plan(PLANS.vpBaoCao).tasks.filter((t) => t.result_year !== undefined).map((t) => t.id)).toEqual(['PL-I.I.3']);
  });

  it('finds the quarterly, yearly and on-request reports of every unit, and the event with its lead and partners', () => {
    expect(deadlineRows(PLANS.vpBaoCao)).toEqual([
      ['2:truoc-ngay-15-cua-thang-cuoi-quy', 'report', ['dt-tat-ca'], [], 'trước ngày 15 của tháng cuối quý', null],
      ['2:truoc-ngay-05-12-hang-nam', 'report', ['dt-tat-ca'], [], 'trước ngày 05/12 hằng năm', null],
      ['2:dot-xuat-theo-yeu-cau', 'report', ['dt-tat-ca'], [], 'đột xuất theo yêu cầu', null],
      ['PL-I.I:vao-ngay-10-10-hang-nam', 'event', ['dt-vp-ttthcb'], VP_ROW, 'vào ngày 10/10 hằng năm', null],
    ]);
    const byId = new Map(plan(PLANS.vpBaoCao).deadlines.map((d) => [d.id, d]));
    expect(byId.get('2:truoc-ngay-15-cua-thang-cuoi-quy')!.schedule).toEqual({ kind: 'quarterly', day: 15, monthOfQuarter: 3, bound: 'before' });
    expect(byId.get('2:truoc-ngay-05-12-hang-nam')!.schedule).toEqual({ kind: 'yearly', month: 12, day: 5, bound: 'before' });
    expect(byId.get('2:dot-xuat-theo-yeu-cau')).toMatchObject({ title: 'Báo cáo đột xuất theo yêu cầu', schedule: { kind: 'on_request' } });
  });

  it('knows who wrote it and that it was written after the request of 23/02/2026 it answers', () => {
    expect(plan(PLANS.vpBaoCao).plan).toMatchObject({ issuer_id: 'dt-vp-ubnd', issued_after: '2026-02-23' });
  });
});

describe('seed 001: the Đồng Nai request for the one-year summing-up', () => {
  const addressees = ['dn-vp-ubnd', 'dn-so-ban-nganh', 'dn-ca', 'dn-thanh-doan', 'dn-hlhpn', 'dn-hnd', 'dn-xa-phuong'];
  const expected: TaskRow[] = [
    ['1.1', addressees, [], 'trước ngày 15/6/2026'],
    ['1.2', addressees, [], 'trước ngày 15/6/2026'],
    ['1.3', ['dn-xa-phuong'], [], 'trước ngày 15/6/2026'],
    ['chung.cq', ['dn-skhcn'], [], 'Quý II năm 2026'],
    ['2.cq', ['dn-skhcn'], [], 'Quý II năm 2026'],
  ];

  it('gives the report to the addressees, the paragraph on communes to the communes only, and Sở KH&CN its own work', () => {
    expect(taskRows(PLANS.dongNai)).toEqual(expected);
    expect(counts(taskRows(PLANS.dongNai))).toEqual({ tasks: 5, proposals: 0, leads: 17, partners: 0, timed: 5 });
  });

  it('words Sở KH&CN’s own work as the letter does', () => {
    const own = plan(PLANS.dongNai).tasks.filter((t) => t.lead_ids.join() === 'dn-skhcn');
    expect(own.map((t) => t.text)).toEqual([
      'Tổng hợp tham mưu UBND thành phố tổ chức tổng kết 01 năm triển khai phong trào “Bình dân học vụ số”.',
      'Tổng hợp, xây dựng dự thảo Báo cáo tổng kết hoàn chỉnh của thành phố.',
    ]);
    expect(own.every((t) => t.schedule?.kind === 'quarter')).toBe(true);
  });

  it('dates the addressees’ report 15/6/2026, sent to Sở KH&CN, and the summing-up in Quý II as Sở KH&CN’s milestone', () => {
    expect(deadlineRows(PLANS.dongNai)).toEqual([
      ['chung:quy-ii-nam-2026', 'milestone', ['dn-skhcn'], [], 'Quý II năm 2026', null],
      ['2:truoc-ngay-15-6-2026', 'report', addressees, [], 'trước ngày 15/6/2026', 'dn-skhcn'],
    ]);
    expect(plan(PLANS.dongNai).deadlines[1]!.schedule).toEqual({ kind: 'date', date: '2026-06-15', bound: 'before' });
    expect(plan(PLANS.dongNai).plan.issuer_id).toBe('dn-skhcn');
  });
});

describe('seed 002: the Đồng Tháp plan of breakthrough initiatives (field lists, Tổ chức thực hiện)', () => {
  const BAO_CHI = ['dt-svhttdl', 'dt-bao-ptth', 'dt-co-quan-bao-chi'];
  const FROM_JUNE = 'Từ tháng 6/2026';
  const expected: TaskRow[] = [
    ['III.1.a', ['dt-truc-thuoc-ubnd'], ['dt-svhttdl'], 'Thường xuyên'],
    ['III.1.b', BAO_CHI, ['dt-truc-thuoc-ubnd'], 'Thường xuyên'],
    ['III.1.c', ['dt-bao-ptth', 'dt-cong-ttdt', 'dt-nganh-dia-phuong'], ['dt-skhcn', 'dt-svhttdl', 'dt-vp-ubnd'], 'Thường xuyên'],
    ['III.2', ['dt-skhcn'], ['dt-sgddt', 'dt-snv', 'dt-stc', 'dt-ca-tinh', 'dt-tinh-doan', 'dt-lmhtx', 'dt-hlhpn', 'dt-doanh-nghiep-cns'], FROM_JUNE],
    ['III.3.a', ['dt-skhcn'], ['dt-sgddt', 'dt-snv', 'dt-ca-tinh'], FROM_JUNE],
    ['III.3.b', ['dt-sct', 'dt-snnmt'], ['dt-skhcn', 'dt-ca-tinh', 'dt-lmhtx', 'dt-hhdn', 'dt-xa-phuong'], FROM_JUNE],
    ['III.3.c', ['dt-xa-phuong'], ['dt-skhcn', 'dt-nhnn-kv13', 'dt-doanh-nghiep-cns'], 'Thường xuyên'],
    ['III.4.a', ['dt-xa-phuong'], ['dt-skhcn', 'dt-sgddt', 'dt-hlhpn'], FROM_JUNE],
    ['III.4.b', ['dt-xa-phuong'], ['dt-sct', 'dt-snnmt'], FROM_JUNE],
    ['III.4.c', ['dt-xa-phuong'], ['dt-skhcn', 'dt-sgddt', 'dt-tinh-doan', 'dt-truong-dh-cd', 'dt-hoi-tin-hoc', 'dt-doanh-nghiep-cns'], 'tối thiểu 01 lần/tháng, trực tiếp tại khu dân cư, vùng sâu, vùng xa, các khu công nghiệp trên địa bàn tỉnh'],
    ['III.4.d', ['dt-xa-phuong'], ['dt-tinh-doan'], FROM_JUNE],
    ['IV.2', ['dt-tat-ca'], ['dt-skhcn', 'dt-stc'], 'Trường hợp bổ sung kinh phí thực hiện'],
    ['V.1.1', ['dt-skhcn'], [], null],
    ['V.1.2', ['dt-skhcn'], [], null],
    ['V.1.3', ['dt-skhcn'], [], null],
    ['V.1.4', ['dt-skhcn'], [], 'Thường xuyên'],
    ['V.2.1', ['dt-svhttdl'], ['dt-skhcn'], 'thường xuyên'],
    ['V.3.1', ['dt-ca-tinh'], [], null],
    ['V.3.2', ['dt-ca-tinh'], [], null],
    ['V.3.3', ['dt-ca-tinh'], [], null],
    ['V.4.1', ['dt-sgddt'], [], null],
    ['V.5.1', ['dt-snv'], [], null],
    ['V.5.2', ['dt-snv'], [], null],
    ['V.6.1', ['dt-stc'], [], null],
    ['V.7.1', ['dt-so-ban-nganh', 'dt-xa-phuong'], [], null],
    ['V.7.2', ['dt-so-ban-nganh', 'dt-xa-phuong'], [], null],
    ['V.8.1', ['dt-tinh-doan'], [], null],
  ];

  it('finds 27 tasks with their leads, partners and timings, the budget step and V.2.1’s partner included', () => {
    expect(taskRows(PLANS.sangKien)).toEqual(expected);
    expect(counts(taskRows(PLANS.sangKien))).toEqual({ tasks: 27, proposals: 0, leads: 34, partners: 39, timed: 14 });
  });

  it('reads the budget step as prepared by every unit, compiled by Sở KH&CN and passed to Sở Tài chính, when it arises', () => {
    expect(plan(PLANS.sangKien).tasks.find((t) => t.id === 'IV.2')).toMatchObject({
      text: expect.stringMatching(/^Trường hợp, bổ sung kinh phí thực hiện các cơ quan, đơn vị lập dự toán gửi về Sở Khoa học và Công nghệ tổng hợp/u),
      schedule: { kind: 'on_request' },
      section: 'IV. KINH PHÍ THỰC HIỆN',
    });
  });

  it('keeps the section’s heading and intro as the text of a task given only by fields, and its sub-items as details', () => {
    expect(plan(PLANS.sangKien).tasks.find((t) => t.id === 'III.2')!.text).toMatch(/^Triển khai các nền tảng số phục vụ các hoạt động Phong trào “Bình dân học vụ số”: Triển khai nền tảng đào tạo trực tuyến của tỉnh/u);
    expect(plan(PLANS.sangKien).tasks.find((t) => t.id === 'III.3.c')!.details).toHaveLength(7);
    expect(plan(PLANS.sangKien).tasks.find((t) => t.id === 'III.4.c')!.schedule).toEqual({ kind: 'monthly', timesPerMonth: 1 });
  });

  it('sets no deadline', () => {
    expect(plan(PLANS.sangKien).deadlines).toEqual([]);
  });
});

describe('seed 003: the directions letter without a province', () => {
  const GIVEN = ['x-so-ban-nganh', 'x-xa-phuong'];
  const expected: TaskRow[] = [
    ['1.a', GIVEN, [], null],
    ['1.b', GIVEN, [], 'thường xuyên'],
    ['1.c', GIVEN, [], null],
    ['1.d', GIVEN, [], null],
    ['1.e', GIVEN, [], null],
    ['1.g', GIVEN, [], 'theo tháng, quý'],
    ['2.a', ['x-skhcn'], [], 'Quý I/2026'],
    ['2.b', ['x-skhcn'], ['x-ca-tinh'], null],
    ['2.c', ['x-skhcn'], [], null],
    ['2.d', ['x-skhcn'], [], 'theo tháng, quý'],
  ];

  it('finds ten tasks, 2.b with its named partner Công an tỉnh and the reviews with their monthly and quarterly rhythm', () => {
    expect(taskRows(PLANS.phuongHuong)).toEqual(expected);
    expect(counts(taskRows(PLANS.phuongHuong))).toEqual({ tasks: 10, proposals: 0, leads: 16, partners: 1, timed: 4 });
    expect(plan(PLANS.phuongHuong).tasks.find((t) => t.id === '2.d')!.schedule).toEqual({ kind: 'periodic', every: ['month', 'quarter'] });
  });

  it('keeps "trước ngày 20/01/2025" as written, proposing 20/01/2026 for an editor to confirm: the letter answers one of 23/12/2025', () => {
    expect(plan(PLANS.phuongHuong).plan).toMatchObject({ province: 'Tỉnh chưa nêu tên', issued_after: '2025-12-23' });
    expect(deadlineRows(PLANS.phuongHuong)).toEqual([
      ['2:quy-i-2026', 'campaign', ['x-skhcn'], [], 'Quý I/2026', null],
      ['2:truoc-ngay-20-01-2025', 'report', ['x-skhcn'], [], 'trước ngày 20/01/2025', null],
    ]);
    expect(plan(PLANS.phuongHuong).deadlines[1]).toMatchObject({
      schedule: { kind: 'date', date: '2025-01-20', bound: 'before' },
      correction: { date: '2026-01-20', confirmed: false, reason: expect.stringContaining('23/12/2025') },
    });
  });

  it('compares with the plan’s own date, not a fixed year: the same deadline in a letter citing only 2024 is no typo', async () => {
    const source = (await planText(PLANS.phuongHuong)).replaceAll('/2025', '/2024').replace('trước ngày 20/01/2024', 'trước ngày 20/01/2025');
    const older = extractPlan(parseKnowledgeFile(PLANS.phuongHuong, source), roster, 'plans/x.md');
    expect(older.plan.issued_after).toBe('2024-12-23');
    expect(older.deadlines.find((d) => d.id === '2:truoc-ngay-20-01-2025')!.correction).toBeUndefined();
  });
});

describe('what never becomes a task or a deadline', () => {
  const CLOSING_WORDS = ['Nơi nhận', 'Như trên', 'Lưu: VT', 'CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Huỳnh Minh Tuấn', 'Nguyễn Công Minh', 'Nguyễn Minh Quang', 'Hồ Thị Nguyên Thảo', 'Trên đây', 'Thường trực Tỉnh ủy', 'Doanh nghiệp CNTT', 'Ban Giám đốc Sở'];
  const everything = () =>
    [...extractions.values()].flatMap((e) => [...e.tasks.flatMap((t) => [t.text, ...t.details, ...t.lead, ...t.support]), ...e.deadlines.flatMap((d) => [d.text, d.title])]);

  it.each(CLOSING_WORDS)('no record holds the letters’ closing "%s"', (words) => {
    expect(everything().filter((text) => text.includes(words))).toEqual([]);
  });

  it('does not attach the closing sentence "Nhận được Công văn này…" to the last task', () => {
    expect(plan(PLANS.phuongHuong).tasks.find((t) => t.id === '2.d')!.details).toEqual([]);
    expect(everything().filter((text) => text.includes('Nhận được Công văn này'))).toEqual([]);
  });

  it('takes no deadline from the dates of cited documents', () => {
    const timings = [...extractions.values()].flatMap((e) => e.deadlines.map((d) => d.timing)).sort();
    expect(timings).toEqual(
      ['Quý I/2026', 'Quý II năm 2026', 'trước ngày 05/12 hằng năm', 'trước ngày 15 của tháng cuối quý', 'trước ngày 15/6/2026', 'trước ngày 20/01/2025', 'vào ngày 10/10 hằng năm', 'đột xuất theo yêu cầu'].sort(),
    );
  });

  it('knows every unit the plans name', () => {
    expect([...extractions.values()].flatMap((e) => e.unknownUnits)).toEqual([]);
  });
});

describe('records', () => {
  it('carry the checksum of their own fields', () => {
    for (const e of extractions.values()) for (const r of [...e.tasks, ...e.deadlines]) expect(r.checksum).toBe(recordChecksum(r));
  });

  it.each([
    ['Đã thực hiện đặt banner', 'done'],
    ['Đã và đang thực hiện đăng tải các bài viết', 'in_progress'],
    ['Đang thực hiện', 'in_progress'],
    ['Chưa thực hiện', 'not_started'],
    [undefined, 'unknown'],
  ] as const)('status of the result "%s" is %s', (result, status) => {
    expect(statusOf(result)).toBe(status);
  });
});
