import { describe, expect, it } from 'vitest';
import { findTimeExpressions, parseTiming, type Schedule } from '../../src/time';
import { foldText } from '../../src/text';
import { planText, PLANS } from './fixtures';

type Found = { text: string; schedule: Schedule };

/** Every kind of time expression the four plans use, quoted exactly as the plan's markdown writes it. */
const FROM_PLANS: { plan: string; excerpt: string; expected: Found[] }[] = [
  {
    plan: PLANS.vpBaoCao,
    excerpt: 'phải gửi báo cáo quý (trước ngày 15 của tháng cuối quý), báo cáo năm (trước ngày 05/12 hằng năm) và báo cáo đột xuất theo yêu cầu.',
    expected: [
      { text: 'trước ngày 15 của tháng cuối quý', schedule: { kind: 'quarterly', day: 15, monthOfQuarter: 3, bound: 'before' } },
      { text: 'trước ngày 05/12 hằng năm', schedule: { kind: 'yearly', month: 12, day: 5, bound: 'before' } },
      { text: 'đột xuất theo yêu cầu', schedule: { kind: 'on_request' } },
    ],
  },
  {
    plan: PLANS.vpBaoCao,
    excerpt: 'Tổ chức các hoạt động hưởng ứng “Ngày hội toàn dân học tập số” vào ngày 10/10 hằng năm (ngày chuyển đổi số Quốc gia',
    expected: [{ text: 'vào ngày 10/10 hằng năm', schedule: { kind: 'yearly', month: 10, day: 10, bound: 'on' } }],
  },
  {
    plan: PLANS.dongNai,
    excerpt: 'gửi về Sở Khoa học và Công nghệ **trước ngày 15/6/2026** để tổng hợp',
    expected: [{ text: 'trước ngày 15/6/2026', schedule: { kind: 'date', date: '2026-06-15', bound: 'before' } }],
  },
  {
    plan: PLANS.dongNai,
    excerpt: 'số liệu đánh giá tính từ thời điểm triển khai: tháng 05/2025 đến hết tháng 05/2026*.',
    expected: [{ text: 'tháng 05/2025 đến hết tháng 05/2026', schedule: { kind: 'range', from: '2025-05', to: '2026-05' } }],
  },
  {
    plan: PLANS.phuongHuong,
    excerpt: 'tham mưu tổ chức phát động Đợt cao điểm “Bình dân học vụ số” trong Quý I/2026; báo cáo UBND tỉnh trước ngày 20/01/2025.',
    expected: [
      { text: 'Quý I/2026', schedule: { kind: 'quarter', year: 2026, quarter: 1 } },
      { text: 'trước ngày 20/01/2025', schedule: { kind: 'date', date: '2025-01-20', bound: 'before' } },
    ],
  },
  {
    plan: PLANS.dongNai,
    excerpt: 'giao nhiệm vụ tổ chức tổng kết 01 năm triển khai phong trào “Bình dân học vụ số”, hoàn thành trong Quý II năm 2026;',
    expected: [{ text: 'Quý II năm 2026', schedule: { kind: 'quarter', year: 2026, quarter: 2 } }],
  },
  {
    plan: PLANS.sangKien,
    excerpt: '- Thời gian thực hiện: Từ tháng 6/2026.',
    expected: [{ text: 'Từ tháng 6/2026', schedule: { kind: 'month', year: 2026, month: 6, from: true } }],
  },
  {
    plan: PLANS.sangKien,
    excerpt: '- Thời gian thực hiện: Thường xuyên.',
    expected: [{ text: 'Thường xuyên', schedule: { kind: 'ongoing' } }],
  },
  {
    plan: PLANS.sangKien,
    excerpt: '- Thời gian thực hiện: tối thiểu 01 lần/tháng, trực tiếp tại khu dân cư, vùng sâu, vùng xa, các khu công nghiệp trên địa bàn tỉnh.',
    expected: [{ text: 'tối thiểu 01 lần/tháng', schedule: { kind: 'monthly', timesPerMonth: 1 } }],
  },
  {
    plan: PLANS.sangKien,
    excerpt: 'Xây dựng các chuyên mục, chuyên trang về chuyển đổi số phát sóng định kỳ trên Báo và Phát thanh, Truyền hình Đồng Tháp',
    expected: [{ text: 'định kỳ', schedule: { kind: 'periodic' } }],
  },
  {
    plan: PLANS.phuongHuong,
    excerpt: 'Tổ chức kiểm tra định kỳ và đột xuất; đánh giá tiến độ theo tháng, quý; kịp thời biểu dương các mô hình hay',
    expected: [
      { text: 'định kỳ', schedule: { kind: 'periodic' } },
      { text: 'theo tháng, quý', schedule: { kind: 'periodic', every: ['month', 'quarter'] } },
    ],
  },
  {
    plan: PLANS.sangKien,
    excerpt:
      'Thường xuyên theo dõi, đôn đốc, kiểm tra, tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số tỉnh định kỳ (hoặc đột xuất theo yêu cầu) về tiến độ',
    expected: [
      { text: 'Thường xuyên', schedule: { kind: 'ongoing' } },
      { text: 'định kỳ', schedule: { kind: 'periodic' } },
      { text: 'đột xuất theo yêu cầu', schedule: { kind: 'on_request' } },
    ],
  },
  {
    plan: PLANS.vpBaoCao,
    excerpt: 'tổng hợp và đánh giá tình hình thực hiện trong năm 2025 như sau:',
    expected: [{ text: 'năm 2025', schedule: { kind: 'year', year: 2025 } }],
  },
];

const found = (text: string) => findTimeExpressions(text).map(({ text: t, schedule }) => ({ text: t, schedule }));

describe('time expressions of the four plans', () => {
  it.each(FROM_PLANS.map((c) => [c.excerpt.slice(0, 70), c] as const))('parses "%s…" exactly', async (_, c) => {
    expect(await planText(c.plan)).toContain(c.excerpt);
    expect(found(c.excerpt)).toEqual(c.expected);
  });

  it('reports where each expression starts in the original (accented) sentence', () => {
    for (const c of FROM_PLANS) {
      for (const e of findTimeExpressions(c.excerpt)) expect(c.excerpt.slice(e.index, e.index + e.text.length)).toBe(e.text);
    }
    const sentence = FROM_PLANS[0]!.excerpt;
    expect(findTimeExpressions(sentence).map((e) => e.index)).toEqual([
      sentence.indexOf('trước ngày 15'),
      sentence.indexOf('trước ngày 05/12'),
      sentence.indexOf('đột xuất theo yêu cầu'),
    ]);
  });

  it.each(FROM_PLANS.map((c) => [foldText(c.excerpt).slice(0, 70), c] as const))('parses the same schedules without diacritics: "%s…"', (_, c) => {
    const folded = foldText(c.excerpt);
    expect(found(folded)).toEqual(c.expected.map((e) => ({ text: foldText(e.text), schedule: e.schedule })));
  });

  it.each([
    ['truoc ngay 15 cua thang cuoi quy', { kind: 'quarterly', day: 15, monthOfQuarter: 3, bound: 'before' }],
    ['TRƯỚC NGÀY 15 CỦA THÁNG CUỐI QUÝ', { kind: 'quarterly', day: 15, monthOfQuarter: 3, bound: 'before' }],
    ['truoc ngay 05/12 hang nam', { kind: 'yearly', month: 12, day: 5, bound: 'before' }],
    ['vao ngay 10/10 hang nam', { kind: 'yearly', month: 10, day: 10, bound: 'on' }],
    ['truoc ngay 15/6/2026', { kind: 'date', date: '2026-06-15', bound: 'before' }],
    ['thang 05/2025 den het thang 05/2026', { kind: 'range', from: '2025-05', to: '2026-05' }],
    ['quy I/2026', { kind: 'quarter', year: 2026, quarter: 1 }],
    ['quy II nam 2026', { kind: 'quarter', year: 2026, quarter: 2 }],
    ['truoc ngay 20/01/2025', { kind: 'date', date: '2025-01-20', bound: 'before' }],
    ['tu thang 6/2026', { kind: 'month', year: 2026, month: 6, from: true }],
    ['thuong xuyen', { kind: 'ongoing' }],
    ['toi thieu 01 lan/thang', { kind: 'monthly', timesPerMonth: 1 }],
    ['dinh ky', { kind: 'periodic' }],
    ['theo thang, quy', { kind: 'periodic', every: ['month', 'quarter'] }],
    ['dot xuat theo yeu cau', { kind: 'on_request' }],
    // "trước ngày X" ends the day before X; "chậm nhất", "hạn chót", "trong ngày" X include X itself.
    ['cham nhat ngay 15/6/2026', { kind: 'date', date: '2026-06-15', bound: 'by' }],
    ['chậm nhất là ngày 15/6/2026', { kind: 'date', date: '2026-06-15', bound: 'by' }],
    ['han chot ngay 05/12 hang nam', { kind: 'yearly', month: 12, day: 5, bound: 'by' }],
    ['trong ngày 10 của tháng cuối quý', { kind: 'quarterly', day: 10, monthOfQuarter: 3, bound: 'by' }],
  ] as [string, Schedule][])('parses "%s" as typed in a chat', (text, schedule) => {
    expect(found(text)).toEqual([{ text, schedule }]);
  });
});

describe('timing fields of the extracted tasks', () => {
  it.each([
    ['Thường xuyên', { kind: 'ongoing' }],
    ['Từ tháng 6/2026', { kind: 'month', year: 2026, month: 6, from: true }],
    ['tối thiểu 01 lần/tháng, trực tiếp tại khu dân cư, vùng sâu, vùng xa, các khu công nghiệp trên địa bàn tỉnh', { kind: 'monthly', timesPerMonth: 1 }],
    ['vào ngày 10/10 hằng năm', { kind: 'yearly', month: 10, day: 10, bound: 'on' }],
    ['Quý I/2026', { kind: 'quarter', year: 2026, quarter: 1 }],
  ] as [string, Schedule][])('parseTiming("%s") is its first expression', (timing, schedule) => {
    expect(parseTiming(timing)).toEqual(schedule);
  });

  it('gives no schedule for a timing that states none', () => {
    expect(parseTiming('không ghi')).toBeUndefined();
    expect(parseTiming('')).toBeUndefined();
  });
});

describe('what is not a time expression', () => {
  it.each([
    [PLANS.sangKien, 'lồng ghép, đưa nội dung chuyển đổi số, phát triển kỹ năng số vào các chương trình bồi dưỡng nghiệp vụ quản lý nhà nước theo quy định'],
    [PLANS.sangKien, 'Tham mưu bố trí kinh phí triển khai thực hiện Kế hoạch theo quy định của pháp luật.'],
    [PLANS.vpBaoCao, 'Chế độ báo cáo theo kế hoạch quy định các cơ quan, đơn vị phải gửi báo cáo quý'],
    [PLANS.phuongHuong, 'xây dựng xã hội số trong giai đoạn 2026 - 2030'],
  ])('finds nothing in "%s"', async (plan, excerpt) => {
    expect(await planText(plan)).toContain(excerpt);
    expect(findTimeExpressions(excerpt)).toEqual([]);
    expect(findTimeExpressions(foldText(excerpt))).toEqual([]);
  });

  it('does not read "quy định" after "định kỳ" as a quarter', async () => {
    const excerpt = 'Các mốc báo cáo định kỳ và đột xuất được quy định khá sát nhau';
    expect(await planText(PLANS.vpBaoCao)).toContain(excerpt);
    expect(found(excerpt)).toEqual([{ text: 'định kỳ', schedule: { kind: 'periodic' } }]);
  });

  it('reads the date of a cited document as a plain date, never as a deadline ("trước ngày")', async () => {
    const excerpt = 'Căn cứ Kế hoạch số 252/KH-UBND ngày 17/9/2025 của UBND tỉnh Đồng Tháp';
    expect(await planText(PLANS.vpBaoCao)).toContain(excerpt);
    expect(found(excerpt)).toEqual([{ text: 'ngày 17/9/2025', schedule: { kind: 'date', date: '2025-09-17', bound: 'on' } }]);
  });

  it('finds only the year in a date line whose day and month were left blank', async () => {
    const excerpt = 'Đồng Tháp, ngày tháng năm 2026';
    expect(await planText(PLANS.sangKien)).toContain(excerpt);
    expect(found(excerpt)).toEqual([{ text: 'năm 2026', schedule: { kind: 'year', year: 2026 } }]);
  });

  it('rejects dates that do not exist', () => {
    expect(findTimeExpressions('trước ngày 31/02/2026')).toEqual([]);
    expect(findTimeExpressions('trước ngày 30/02 hằng năm')).toEqual([]);
    expect(findTimeExpressions('Từ tháng 13/2026')).toEqual([]);
  });
});
