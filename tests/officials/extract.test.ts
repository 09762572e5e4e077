import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listKnowledgeFiles, parseKnowledgeFiles } from '../../src/knowledge';
import { loadRoster, type DeadlineRecord, type TaskRecord } from '../../src/officials';
import { extractPlan, recordChecksum, statusOf, type Extraction } from '../../src/officials/extract';
import { FIXTURES, KNOWLEDGE_DIR } from '../helpers';
import { PLANS } from './fixtures';

const extractions = new Map<string, Extraction>();
beforeAll(async () => {
  const roster = await loadRoster(join(KNOWLEDGE_DIR, 'units.yaml'));
  const { docs, problems } = parseKnowledgeFiles(await listKnowledgeFiles(KNOWLEDGE_DIR, FIXTURES));
  expect(problems).toEqual([]);
  for (const doc of docs) if (doc.meta.kind === 'plan' || doc.meta.kind === 'letter') extractions.set(doc.path, extractPlan(doc, roster, doc.path.replace(/^knowledge\//u, '')));
});

const plan = (path: string) => extractions.get(path)!;
const task = (path: string, id: string): TaskRecord => {
  const found = plan(path).tasks.find((t) => t.id === id);
  if (!found) throw new Error(`no task ${id} in ${path}`);
  return found;
};
const deadline = (path: string, id: string): DeadlineRecord => {
  const found = plan(path).deadlines.find((d) => d.id === id);
  if (!found) throw new Error(`no deadline ${id} in ${path}`);
  return found;
};

describe('the report of Văn phòng UBND tỉnh Đồng Tháp (letter with an appendix table)', () => {
  it('reads the Phụ lục row "Khen thưởng…" as led by Phòng Hành chính – Tổ chức, in progress', () => {
    expect(task(PLANS.vpBaoCao, 'PL-I.II.3')).toMatchObject({
      text: 'Khen thưởng tập thể, cá nhân có nhiều đóng góp, cống hiến, đạt được thành tích xuất sắc trong thực hiện phong trào Bình dân học vụ số.',
      lead: ['Phòng Hành chính - Tổ chức'],
      lead_ids: ['dt-vp-hctc'],
      support_ids: ['dt-vp-phong-ban'],
      result: 'Đang thực hiện',
      status: 'in_progress',
      section: 'Phụ lục I: MỘT SỐ NỘI DUNG THỰC HIỆN VÀ PHÂN CÔNG CỤ THỂ › II. PHỔ CẬP TRI THỨC VỀ CHUYỂN ĐỔI SỐ, KỸ NĂNG SỐ',
      line: 66,
    });
  });

  it('gives every appendix row its lead unit and a status from its reported result', () => {
    const rows = plan(PLANS.vpBaoCao)
      .tasks.filter((t) => t.id.startsWith('PL-'))
      .map((t) => [t.id, t.lead_ids, t.status]);
    expect(rows).toEqual([
      ['PL-I.I.1', ['dt-vp-ttthcb'], 'in_progress'],
      ['PL-I.I.2', ['dt-vp-ttthcb'], 'done'],
      ['PL-I.I.3', ['dt-vp-ttthcb'], 'done'],
      ['PL-I.II.1', ['dt-vp-hctc'], 'done'],
      ['PL-I.II.2', ['dt-vp-hctc'], 'in_progress'],
      ['PL-I.II.3', ['dt-vp-hctc'], 'in_progress'],
      ['PL-I.III.1', ['dt-vp-chi-doan'], 'in_progress'],
      ['PL-I.III.2', ['dt-vp-ttthcb'], 'done'],
      ['PL-I.III.3', ['dt-vp-chi-doan'], 'in_progress'],
    ]);
  });

  it('reads "Đề nghị Sở Khoa học và Công nghệ:" as handing its list to dt-skhcn', () => {
    const asked = plan(PLANS.vpBaoCao).tasks.filter((t) => t.id.startsWith('3.'));
    expect(asked.map((t) => [t.id, t.lead_ids])).toEqual([
      ['3.1', ['dt-skhcn']],
      ['3.2', ['dt-skhcn']],
      ['3.3', ['dt-skhcn']],
    ]);
  });

  it('finds the quarterly and yearly reports of every unit of the province, and the yearly event', () => {
    expect(plan(PLANS.vpBaoCao).deadlines.map((d) => [d.id, d.kind, d.title, d.timing, d.unit_ids])).toEqual([
      ['2:truoc-ngay-15-cua-thang-cuoi-quy', 'report', 'Báo cáo quý', 'trước ngày 15 của tháng cuối quý', ['dt-tat-ca']],
      ['2:truoc-ngay-05-12-hang-nam', 'report', 'Báo cáo năm', 'trước ngày 05/12 hằng năm', ['dt-tat-ca']],
      ['PL-I.I:vao-ngay-10-10-hang-nam', 'event', 'Ngày hội toàn dân học tập số', 'vào ngày 10/10 hằng năm', ['dt-vp-ttthcb']],
    ]);
    expect(deadline(PLANS.vpBaoCao, '2:truoc-ngay-15-cua-thang-cuoi-quy').schedule).toEqual({ kind: 'quarterly', day: 15, monthOfQuarter: 3, bound: 'before' });
    expect(deadline(PLANS.vpBaoCao, '2:truoc-ngay-05-12-hang-nam').schedule).toEqual({ kind: 'yearly', month: 12, day: 5, bound: 'before' });
  });
});

describe('the Đồng Tháp plan (tasks with field lists)', () => {
  it('reads III.2 as led by Sở Khoa học và Công nghệ from June 2026, with its supporting units', () => {
    expect(task(PLANS.sangKien, 'III.2')).toMatchObject({
      lead: ['Sở Khoa học và Công nghệ'],
      lead_ids: ['dt-skhcn'],
      support_ids: ['dt-sgddt', 'dt-snv', 'dt-stc', 'dt-ca-tinh', 'dt-tinh-doan', 'dt-lmhtx', 'dt-hlhpn', 'dt-doanh-nghiep-cns'],
      timing: 'Từ tháng 6/2026',
      schedule: { kind: 'month', year: 2026, month: 6, from: true },
      status: 'unknown',
      line: 75,
    });
    // A section with only an intro paragraph and fields: its heading and intro make the task's text.
    expect(task(PLANS.sangKien, 'III.2').text).toMatch(/^Triển khai các nền tảng số phục vụ các hoạt động Phong trào “Bình dân học vụ số”: Triển khai nền tảng đào tạo trực tuyến của tỉnh/u);
  });

  it('gives the ward and commune tasks to the commune group', () => {
    const gd = task(PLANS.sangKien, 'III.4.a');
    expect(gd.text).toContain('Gia đình số');
    expect(gd).toMatchObject({ lead_ids: ['dt-xa-phuong'], support_ids: ['dt-skhcn', 'dt-sgddt', 'dt-hlhpn'], timing: 'Từ tháng 6/2026' });
    expect(task(PLANS.sangKien, 'III.4.c')).toMatchObject({ lead_ids: ['dt-xa-phuong'], schedule: { kind: 'monthly', timesPerMonth: 1 } });
    expect(task(PLANS.sangKien, 'III.3.c').details).toHaveLength(7);
  });

  it('reads the "Tổ chức thực hiện" headings as the lead of their items, skipping the generic reminder', () => {
    const v = plan(PLANS.sangKien).tasks.filter((t) => t.id.startsWith('V.'));
    expect(v.map((t) => t.id)).toEqual(['V.1.1', 'V.1.2', 'V.1.3', 'V.1.4', 'V.2.1', 'V.3.1', 'V.3.2', 'V.3.3', 'V.4.1', 'V.5.1', 'V.5.2', 'V.6.1', 'V.7.1', 'V.7.2', 'V.8.1']);
    expect(v.some((t) => /^Thực hiện các nhiệm vụ được giao tại Kế hoạch/u.test(t.text))).toBe(false);
    expect(task(PLANS.sangKien, 'V.7.1').lead_ids).toEqual(['dt-so-ban-nganh', 'dt-xa-phuong']);
    expect(task(PLANS.sangKien, 'V.5.1').text).toMatch(/^Tham mưu đưa kết quả phổ cập/u);
    expect(task(PLANS.sangKien, 'V.5.2').text).toMatch(/^Hướng dẫn khen thưởng/u);
  });

  it('finds no deadline in a plan that sets none', () => {
    expect(plan(PLANS.sangKien).deadlines).toEqual([]);
  });
});

describe('the Đồng Nai letter (addressees, no task table)', () => {
  const addressees = ['dn-vp-ubnd', 'dn-so-ban-nganh', 'dn-ca', 'dn-thanh-doan', 'dn-hlhpn', 'dn-hnd', 'dn-xa-phuong'];

  it('gives its 15/6/2026 deadline to every addressee, sent to Sở Khoa học và Công nghệ', () => {
    expect(deadline(PLANS.dongNai, '2:truoc-ngay-15-6-2026')).toMatchObject({
      kind: 'report',
      timing: 'trước ngày 15/6/2026',
      schedule: { kind: 'date', date: '2026-06-15', bound: 'before' },
      unit_ids: addressees,
      to: 'Sở Khoa học và Công nghệ',
      section: '2. Thời hạn gửi báo cáo',
    });
  });

  it('reads the summing-up due in Quý II năm 2026 as a milestone of the same units', () => {
    expect(deadline(PLANS.dongNai, 'chung:quy-ii-nam-2026')).toMatchObject({ kind: 'milestone', schedule: { kind: 'quarter', year: 2026, quarter: 2 }, unit_ids: addressees });
    expect(plan(PLANS.dongNai).deadlines).toHaveLength(2);
  });

  it('hands the "Nội dung đề nghị báo cáo" paragraphs to all addressees', () => {
    expect(plan(PLANS.dongNai).tasks.map((t) => [t.id, t.lead_ids])).toEqual([
      ['1.1', addressees],
      ['1.2', addressees],
      ['1.3', addressees],
    ]);
  });
});

describe('the letter without a province', () => {
  it('belongs to the roster’s "Tỉnh chưa nêu tên" and flags a deadline dated before the letter', () => {
    expect(plan(PLANS.phuongHuong).plan.province).toBe('Tỉnh chưa nêu tên');
    expect(plan(PLANS.phuongHuong).deadlines.map((d) => [d.id, d.kind, d.unit_ids])).toEqual([
      ['2:quy-i-2026', 'campaign', ['x-skhcn']],
      ['2:truoc-ngay-20-01-2025', 'report', ['x-skhcn']],
    ]);
    expect(deadline(PLANS.phuongHuong, '2:truoc-ngay-20-01-2025').note).toMatch(/có thể nhầm/u);
    expect(plan(PLANS.phuongHuong).tasks.filter((t) => t.id.startsWith('1.')).every((t) => t.lead_ids.join() === 'x-so-ban-nganh,x-xa-phuong')).toBe(true);
  });
});

describe('what never becomes a task or a deadline', () => {
  const CLOSING_WORDS = [
    'Nơi nhận',
    'Như trên',
    'Lưu: VT',
    'CHỦ TỊCH',
    'CHÁNH VĂN PHÒNG',
    'Huỳnh Minh Tuấn',
    'Nguyễn Công Minh',
    'Nguyễn Minh Quang',
    'Hồ Thị Nguyên Thảo',
    'Trên đây',
    'Thường trực Tỉnh ủy',
    'Doanh nghiệp CNTT',
    'Ban Giám đốc Sở',
  ];
  const everything = () =>
    [...extractions.values()].flatMap((e) => [
      ...e.tasks.flatMap((t) => [t.text, ...t.details, ...t.lead, ...t.support]),
      ...e.deadlines.flatMap((d) => [d.text, d.title]),
    ]);

  it.each(CLOSING_WORDS)('no record holds the letters’ closing "%s"', (words) => {
    expect(everything().filter((text) => text.includes(words))).toEqual([]);
  });

  it('does not attach the closing sentence "Nhận được Công văn này…" to the last task', () => {
    expect(task(PLANS.phuongHuong, '2.d').details).toEqual([]);
    expect(everything().filter((text) => text.includes('Nhận được Công văn này'))).toEqual([]);
  });

  it('takes no deadline from the dates of cited documents', () => {
    const timings = [...extractions.values()].flatMap((e) => e.deadlines.map((d) => d.timing)).sort();
    expect(timings).toEqual(
      ['Quý I/2026', 'Quý II năm 2026', 'trước ngày 05/12 hằng năm', 'trước ngày 15 của tháng cuối quý', 'trước ngày 15/6/2026', 'trước ngày 20/01/2025', 'vào ngày 10/10 hằng năm'].sort(),
    );
  });

  it('knows every unit the plans name', () => {
    expect([...extractions.values()].flatMap((e) => e.unknownUnits)).toEqual([]);
  });
});

describe('records', () => {
  it('carry the checksum of their own fields', () => {
    for (const e of extractions.values()) {
      for (const r of [...e.tasks, ...e.deadlines]) expect(r.checksum).toBe(recordChecksum(r));
    }
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
