import { describe, expect, it } from 'vitest';
import { classifyOfficialsQuestion } from '../../src/officials';
import { officialsForm, refAndNote } from '../../src/officials/understand';

const official = { speaksForUnit: true };
const citizen = { speaksForUnit: false };
const kind = (text: string, who = official) => {
  const q = classifyOfficialsQuestion(text, who);
  if (!q) return undefined;
  const detail = 'filter' in q ? `.${q.filter}` : '';
  return `${q.kind}${detail}`;
};

describe('office shorthand', () => {
  it.each([
    ['bc quý khi nào phải nộp', 'bao cao quy khi nao phai nop'],
    ['t12 có bc gì', 'thang 12 co bao cao gi'],
    ['q3 nộp bc chưa', 'quy 3 nop bao cao chua'],
    ['nv của SKHCN', 'nhiem vu cua so khoa hoc va cong nghe'],
  ])('"%s" reads as "%s"', (text, form) => {
    expect(officialsForm(text)).toBe(form);
  });
});

describe('what an official asks', () => {
  it.each([
    ['bc quý khi nào phải nộp', 'deadlines.all'],
    ['tuần này có hạn gì không', 'deadlines.all'],
    ['tuần sau có hạn gì', 'deadlines.all'],
    ['tháng 12 phải nộp gì', 'deadlines.all'],
    ['t12 có bc gì', 'deadlines.all'],
    ['hạn báo cáo sắp tới', 'deadlines.next'],
    // "báo cáo quý tới" is read as the next quarterly report by its period, not by a filter.
    ['báo cáo quý tới nộp khi nào', 'deadlines.all'],
    ['có gì quá hạn không', 'deadlines.overdue'],
    ['có nhiệm vụ nào quá hạn không', 'tasks.overdue'],
    ['đơn vị tôi còn nhiệm vụ nào chưa hoàn thành?', 'tasks.outstanding'],
    ['phòng tôi chủ trì những việc gì', 'tasks.all'],
    ['tỉnh đoàn chủ trì những việc gì', 'tasks.all'],
    ['xong 2', 'update'],
    ['xong nhiệm vụ khen thưởng', 'update'],
    ['đang làm 3', 'update'],
    ['ghi chú 3: đã họp', 'update'],
    ['nhiệm vụ 2 đã xong', 'update'],
    ['đã nộp báo cáo quý II', 'submit'],
    ['hoàn tác', 'undo'],
    ['lịch sử 4', 'history'],
    ['xem 4', 'detail'],
    ['tóm tắt tình hình để báo cáo lãnh đạo', 'summary'],
    ['soạn dự thảo báo cáo tổng kết giúp tôi', 'draft'],
  ])('"%s" is %s', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it('takes the role asked about', () => {
    expect(classifyOfficialsQuestion('đơn vị tôi chủ trì những việc gì', official)).toMatchObject({ kind: 'tasks', role: 'lead' });
    expect(classifyOfficialsQuestion('sở tôi phối hợp việc nào', official)).toMatchObject({ kind: 'tasks', role: 'support' });
  });

  it.each(['cách cài VNeID', 'xong rồi, cảm ơn', 'ok', 'khi nào VNeID mức 2 được duyệt', 'hoàn thành hồ sơ thế nào'])('"%s" is no officials question', (text) => {
    expect(kind(text)).toBeUndefined();
  });
});

describe('what a citizen asks', () => {
  it.each([
    ['Ngày hội toàn dân học tập số là ngày nào', 'deadlines.all'],
    ['Báo cáo tổng kết 01 năm ở Đồng Nai phải gửi trước ngày nào?', 'deadlines.all'],
    ['tỉnh đoàn chủ trì những việc gì', 'tasks.all'],
    ['Đơn vị tôi còn nhiệm vụ nào chưa hoàn thành?', 'tasks.outstanding'],
  ])('"%s" with report or task words is an officials question: %s', (text, expected) => {
    expect(kind(text, citizen)).toBe(expected);
  });

  it.each([
    'thời hạn của thẻ căn cước là bao lâu',
    'căn cước hết hạn khi nào phải đổi',
    'phường tôi có tổ công nghệ số không',
    'bạn tôi bị lừa thì báo cáo ở đâu',
    'Số liệu trong báo cáo tổng kết 01 năm ở Đồng Nai được tính từ thời điểm nào?',
    'ai chịu trách nhiệm vận hành nền tảng MOOCs',
    'Tổ công nghệ số cộng đồng có nhiệm vụ gì',
    'hạn nộp hồ sơ làm căn cước là khi nào',
    'có cuộc gọi xưng đại sứ quán yêu cầu tôi phối hợp giải quyết, có đúng không',
    // "ngày. Mấy" across two sentences is no "ngày mấy".
    'Em làm nhiệm vụ mua đơn hàng nhận hoa hồng mỗi ngày. Mấy đơn đầu em nhận tiền thật rồi, có nên làm tiếp không?',
    // Office shorthand means something else to a citizen: "cv" is a résumé, not a "công văn".
    'viết cv xin việc bán hàng thế nào, nộp online mà không thấy ai gọi',
    // A campaign the commune runs for its people ("chiến dịch"), with papers to hand in, is no report deadline.
    'xã đang có chiến dịch thu thập giấy tờ đất, tôi đi làm xa thì nộp kiểu gì',
    // "chúng tôi" in a couple's story, beside their "công việc", speaks for no unit.
    'Chúng tôi sắp cưới nhưng vì công việc ở xa không về quê được, nhờ bố mẹ đăng ký kết hôn thay được không?',
    // A family's "kế hoạch" is a plan, not an office's: asked with "hạn" it is still a citizen question.
    'Nhà tôi có kế hoạch đi chơi Thái Lan dịp Tết, hộ chiếu của con còn hạn 3 tháng thì làm lại khi nào?',
    // A task scam's "hỗ trợ" is a job's name, not a supporting role.
    'Họ mời tôi làm hỗ trợ vận chuyển hàng, xác nhận đơn. Mấy nhiệm vụ đầu tôi đều được hoàn tiền',
  ])('"%s" stays a citizen question', (text) => {
    expect(kind(text, citizen)).toBeUndefined();
  });
});

describe('how a task is pointed at', () => {
  it.each([
    ['2', { ref: { by: 'number', number: 2 } }],
    ['nhiệm vụ số 2 đã gửi danh sách', { ref: { by: 'number', number: 2 }, note: 'đã gửi danh sách' }],
    ['PL-I.II.3: đã họp xét', { ref: { by: 'code', code: 'PL-I.II.3' }, note: 'đã họp xét' }],
    ['[3.1]', { ref: { by: 'code', code: '3.1' } }],
    ['III.4.a', { ref: { by: 'code', code: 'III.4.A' } }],
    ['#3fa2c1', { ref: { by: 'hash', hash: '3fa2c1' } }],
    ['khen thưởng', { ref: { by: 'words', words: 'khen thưởng' } }],
    ['khen thưởng: đã họp', { ref: { by: 'words', words: 'khen thưởng' }, note: 'đã họp' }],
  ])('"%s"', (args, expected) => {
    expect(refAndNote(args, true)).toEqual({ note: undefined, ...expected });
  });

  it('keeps no note after a task named in words without a colon ("/xong khen thưởng")', () => {
    expect(refAndNote('khen thưởng', false)).toEqual({ ref: { by: 'words', words: 'khen thưởng' }, note: undefined });
  });
});
