import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES as say } from '../../src/officials';
import { officialsHarness, PLANS, registerOfficial, vn, type Harness } from './fixtures';
import { type Reply } from '../../src/core';

const VP = 'Văn phòng UBND tỉnh Đồng Tháp';
const SOURCE_VP = '   📄 CV báo cáo kết quả năm 2025 (Văn phòng UBND tỉnh Đồng Tháp)';
const YEARLY_2026 = '• Báo cáo năm (năm 2026): hạn chót thứ Sáu 04/12/2026; văn bản: trước ngày 05/12/2026';
const QUARTER_IV = '• Báo cáo quý (Quý IV/2026): hạn chót thứ Hai 14/12/2026; văn bản: trước ngày 15/12/2026';
const bullets = (reply: Reply) => reply.text.split('\n').filter((l) => l.startsWith('• '));
const blocks = (reply: Reply) => reply.text.split('\n\n');

let h: Harness;
beforeAll(async () => {
  h = await officialsHarness();
});

describe('"trước ngày X": the last day is X−1', () => {
  it('lists the deadlines to the end of the year by their last day, with the document’s date beside it', async () => {
    const reply = await h.ask('Từ giờ đến cuối năm còn những hạn báo cáo nào?', { unit: VP, now: vn('2026-11-23 09:00') });
    expect(reply.intent).toBe('deadlines');
    expect(reply.text.split('\n')).toEqual([
      `Các hạn của ${VP} (Đồng Tháp) trong từ 23/11/2026 đến 31/12/2026:`,
      `${YEARLY_2026}; còn 11 ngày`,
      SOURCE_VP,
      `${QUARTER_IV}; còn 21 ngày`,
      SOURCE_VP,
    ]);
    expect(reply.sources.map((s) => s.path)).toEqual([PLANS.vpBaoCao]);
  });

  it('says on 14/06 that today is the last day of the report due "trước ngày 15/06", and that it falls on a Sunday', async () => {
    const reply = await h.ask('bc quý khi nào phải nộp', { unit: VP, now: vn('2026-06-14 09:00') });
    expect(bullets(reply)).toEqual([
      '• Báo cáo quý (Quý II/2026): hạn chót Chủ nhật 14/06/2026; văn bản: trước ngày 15/06/2026; hôm nay là hạn chót; rơi vào cuối tuần, nên gửi xong trong thứ Sáu 12/06/2026',
    ]);
  });

  it('says on 15/06 that the report is one day late, and gives the next one', async () => {
    const reply = await h.ask('bc quý khi nào phải nộp', { unit: VP, now: vn('2026-06-15 09:00') });
    expect(bullets(reply)).toEqual([
      '• Báo cáo quý (Quý III/2026): hạn chót thứ Hai 14/09/2026; văn bản: trước ngày 15/09/2026; còn 91 ngày',
      '• Báo cáo quý (Quý II/2026): hạn chót Chủ nhật 14/06/2026; văn bản: trước ngày 15/06/2026; quá hạn 1 ngày, chưa ghi nhận đã nộp',
    ]);
    expect(reply.text).toContain(say.recentlyPassed);
  });

  it('counts the days from the date in Vietnam, not in UTC', async () => {
    // 23:30 UTC on 3 December is already 4 December in Vietnam: the last day of the yearly report.
    const reply = await h.ask('Từ giờ đến cuối năm còn những hạn báo cáo nào?', { unit: VP, now: new Date('2026-12-03T23:30:00Z') });
    expect(bullets(reply)[0]).toBe(`${YEARLY_2026}; hôm nay là hạn chót`);
  });

});

describe('periods officials ask about', () => {
  it.each([
    ['tuần này có hạn gì không', '2026-12-01 09:00', 'trong tuần này:', [`${YEARLY_2026}; còn 3 ngày`]],
    ['tháng 12 phải nộp gì', '2026-11-23 09:00', 'trong tháng 12/2026:', [`${YEARLY_2026}; còn 11 ngày`, `${QUARTER_IV}; còn 21 ngày`]],
    ['t12 có bc gì', '2026-11-23 09:00', 'trong tháng 12/2026:', [`${YEARLY_2026}; còn 11 ngày`, `${QUARTER_IV}; còn 21 ngày`]],
    ['quý 3 phải nộp báo cáo gì', '2026-08-01 09:00', 'trong quý III/2026:', ['• Báo cáo quý (Quý III/2026): hạn chót thứ Hai 14/09/2026; văn bản: trước ngày 15/09/2026; còn 44 ngày']],
  ])('"%s" on %s', async (question, now, title, expected) => {
    const reply = await h.ask(question, { unit: VP, now: vn(now) });
    expect(reply.intent).toBe('deadlines');
    expect(reply.text.split('\n')[0]).toBe(`Các hạn của ${VP} (Đồng Tháp) ${title}`);
    expect(bullets(reply)).toEqual(expected);
  });

  it('says a week holds nothing, and gives the next deadline after it', async () => {
    const reply = await h.ask('tuần sau có hạn gì', { unit: VP, now: vn('2026-12-01 09:00') });
    expect(reply.text.split('\n').slice(0, 3)).toEqual([`Không có hạn nào của ${VP} (Đồng Tháp) trong tuần sau.`, say.nextAfter, `${QUARTER_IV}; còn 13 ngày`]);
  });

  it('reads "quý sau" in December as the first quarter of next year', async () => {
    const reply = await h.ask('quý sau có hạn nào', { unit: VP, now: vn('2026-12-20 09:00') });
    expect(reply.text.split('\n')[0]).toBe(`Các hạn của ${VP} (Đồng Tháp) trong quý I/2027:`);
    expect(bullets(reply)).toEqual(['• Báo cáo quý (Quý I/2027): hạn chót Chủ nhật 14/03/2027; văn bản: trước ngày 15/03/2027; còn 84 ngày; rơi vào cuối tuần, nên gửi xong trong thứ Sáu 12/03/2027']);
  });

  it('reads "báo cáo quý tới" on 15/06 as the next quarterly report, Quý III, the Quý II one being late', async () => {
    const reply = await h.ask('Báo cáo quý tới nộp khi nào?', { unit: VP, now: vn('2026-06-15 09:00') });
    expect(reply.text.split('\n')[0]).toBe(`Hạn sắp tới của ${VP} (Đồng Tháp) (hôm nay 15/06/2026):`);
    expect(bullets(reply)[0]).toBe('• Báo cáo quý (Quý III/2026): hạn chót thứ Hai 14/09/2026; văn bản: trước ngày 15/09/2026; còn 91 ngày');
  });

  it('narrows to the kind of report asked about', async () => {
    const reply = await h.ask('Hạn nộp báo cáo năm là ngày nào?', { unit: VP, now: vn('2026-11-23 09:00') });
    expect(bullets(reply)).toEqual([`${YEARLY_2026}; còn 11 ngày`]);
  });
});

describe('overdue and upcoming', () => {
  it('answers "có nhiệm vụ nào quá hạn không" with what is overdue, not with what is coming', async () => {
    const reply = await h.ask('có nhiệm vụ nào quá hạn không', { unit: 'Sở KH&CN Đồng Tháp', now: vn('2026-11-23 09:00') });
    expect(reply.intent).toBe('tasks');
    expect(reply.text).toContain('Không có nhiệm vụ nào của Sở Khoa học và Công nghệ (Đồng Tháp) bị quá hạn');
    expect(bullets(reply)).toEqual(['• Báo cáo quý (Quý III/2026): hạn chót thứ Hai 14/09/2026; văn bản: trước ngày 15/09/2026; quá hạn 70 ngày, chưa ghi nhận đã nộp']);
    expect(reply.text).not.toContain('còn ');
  });

  it('gives a dated task not done as overdue, with its days late', async () => {
    const reply = await h.ask('nhiệm vụ nào quá hạn', { unit: 'Sở Khoa học và Công nghệ (Tỉnh chưa nêu tên)', now: vn('2026-11-23 09:00') });
    expect(reply.text).toMatch(/^Nhiệm vụ quá hạn của Sở Khoa học và Công nghệ \(Tỉnh chưa nêu tên\):/u);
    expect(reply.text).toContain('quá hạn 237 ngày (hạn 31/03/2026)');
    expect(reply.text).toContain('mục 2.a');
  });

  it('tells a ward on 16/06, with nothing upcoming, that the 15/06 report has just passed', async () => {
    const reply = await h.ask('hạn báo cáo sắp tới', { unit: 'UBND phường Biên Hòa', now: vn('2026-06-16 09:00') });
    expect(reply.text.split('\n').slice(0, 3)).toEqual([
      'Không còn hạn nào của UBND phường Biên Hòa (Đồng Nai) sắp tới trong các kế hoạch hiện có.',
      say.recentlyPassed,
      '• Báo cáo của các đơn vị, địa phương gửi về Sở Khoa học và Công nghệ: hạn chót Chủ nhật 14/06/2026; văn bản: trước ngày 15/06/2026; quá hạn 2 ngày, chưa ghi nhận đã nộp',
    ]);
  });

  it('answers "Hạn gần nhất là khi nào?" with the next deadline only', async () => {
    const reply = await h.ask('Hạn gần nhất là khi nào?', { unit: VP, now: vn('2026-12-06 09:00') });
    expect(reply.intent).toBe('deadlines');
    expect(bullets(reply)).toEqual([`${QUARTER_IV}; còn 8 ngày`, `${YEARLY_2026}; quá hạn 2 ngày, chưa ghi nhận đã nộp`]);
    expect(reply.text.split('\n')[3]).toBe(say.recentlyPassed);
  });
});

describe('the yearly event and dates being checked', () => {
  it('gives anyone the next "Ngày hội toàn dân học tập số", 10/10, and its weekday', async () => {
    for (const question of ['ngày hội toàn dân học tập số là ngày nào', 'Ngày hội toàn dân học tập số tổ chức vào ngày nào hằng năm?']) {
      const reply = await h.ask(question, { userId: 'citizen', now: vn('2026-11-23 09:00') });
      expect(reply.intent).toBe('deadlines');
      expect(bullets(reply)).toEqual(['• Ngày hội toàn dân học tập số (năm 2027): ngày Chủ nhật 10/10/2027; văn bản: vào ngày 10/10 hằng năm; còn 321 ngày']);
    }
  });

  it('shows "trước ngày 20/01/2025" as written and being checked while no editor confirmed the correction', async () => {
    const reply = await h.ask('Theo công văn phương hướng năm 2026, sở tôi phải báo cáo UBND tỉnh trước ngày nào?', { unit: 'Sở Khoa học và Công nghệ', now: vn('2026-01-10 09:00') });
    expect(reply.text).toContain(say.checkingTitle);
    expect(bullets(reply)).toContain(
      '• Báo cáo UBND tỉnh: văn bản ghi «trước ngày 20/01/2025»; ngày này đang được kiểm tra lại (văn bản viết sau 23/12/2025, nhiều khả năng là 20/01/2026)',
    );
    expect(reply.text).not.toContain('hạn chót thứ Hai 19/01/2026');
  });

  it('uses the corrected date once an editor confirms it in the reviewed record', async () => {
    const confirmed = await officialsHarness(vn('2026-01-10 09:00'), async (dir) => {
      const file = join(dir, 'plans/ubnd-tinh-cong-van-phuong-huong-2026.extracted.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('confirmed: false', 'confirmed: true'));
    });
    const reply = await confirmed.ask('sở tôi phải báo cáo UBND tỉnh trước ngày nào', { unit: 'Sở Khoa học và Công nghệ (Tỉnh chưa nêu tên)', now: vn('2026-01-10 09:00') });
    expect(bullets(reply)).toContain('• Báo cáo UBND tỉnh: hạn chót thứ Hai 19/01/2026; văn bản ghi 20/01/2025, đã được đính chính thành 20/01/2026; còn 9 ngày');
    expect(reply.text).not.toContain(say.checkingTitle);
  });
});

describe('a report marked submitted', () => {
  it('shows as such, by whom and when', async () => {
    const own = await officialsHarness();
    const official = await registerOfficial(own.store, 'dt-vp-ubnd', { userId: 'vp-submit', now: vn('2026-11-01 09:00') });
    await own.ask('đã nộp báo cáo năm', { userId: 'vp-submit', now: vn('2026-12-02 15:30') });
    const reply = await own.ask('tháng 12 phải nộp gì', { userId: 'vp-submit', now: vn('2026-12-03 09:00') });
    expect(bullets(reply)[0]).toBe(`${YEARLY_2026}; ✅ đã nộp (cán bộ telegram #${official.id}, 02/12/2026 15:30)`);
    expect(bullets(reply)[1]).toBe(`${QUARTER_IV}; còn 11 ngày`);
  });
});

describe('units', () => {
  it('asks which province a unit name used in several provinces means, with a button each', async () => {
    const reply = await h.ask('hạn báo cáo', { unit: 'UBND xã Mỹ An', now: vn('2026-11-23 09:00') });
    expect(reply.text).toBe(say.whichProvince('UBND xã Mỹ An', ['Đồng Tháp', 'Đồng Nai', 'Tỉnh chưa nêu tên']));
    expect(reply.buttons).toEqual([
      { label: 'Đồng Tháp', data: '/tinh Đồng Tháp' },
      { label: 'Đồng Nai', data: '/tinh Đồng Nai' },
      { label: 'Tỉnh chưa nêu tên', data: '/tinh Tỉnh chưa nêu tên' },
    ]);
    expect(reply.text).not.toContain('hạn chót');
  });

  it('does not ask when what the question names is in one province’s plans only', async () => {
    const reply = await h.ask('Xã tôi phải triển khai những mô hình, phong trào nào?', { unit: 'UBND xã Mỹ An', now: vn('2026-11-23 09:00') });
    expect(reply.text.split('\n')[0]).toMatch(/^Nhiệm vụ của UBND xã Mỹ An \(Đồng Tháp\):/u);
    for (const model of ['Gia đình số', 'Chợ số - Nông thôn số', 'Bình dân học vụ số lưu động', 'Thanh niên chung tay']) expect(reply.text).toContain(model);
  });

  it('answers for the province chosen with the button', async () => {
    await h.ask('hạn báo cáo của tỉnh đoàn là khi nào', { userId: 'picker', now: vn('2026-11-23 09:00') });
    await h.ask('Sở KH&CN chủ trì những việc gì', { userId: 'picker', now: vn('2026-11-23 09:00') });
    const reply = await h.ask('/tinh Đồng Nai', { userId: 'picker', now: vn('2026-11-23 09:00') });
    expect(reply.text.split('\n')[0]).toBe('Theo các kế hoạch, Sở Khoa học và Công nghệ (Đồng Nai):');
    expect(reply.text).toContain('Tổng hợp, xây dựng dự thảo Báo cáo tổng kết hoàn chỉnh của thành phố.');
  });

  it('places "UBND phường Cao Lãnh" in Đồng Tháp without asking', async () => {
    const reply = await h.ask('Cho tôi xem nhiệm vụ của đơn vị tôi', { unit: 'UBND phường Cao Lãnh', now: vn('2026-11-23 09:00') });
    expect(reply.text.split('\n')[0]).toMatch(/^Nhiệm vụ của UBND phường Cao Lãnh \(Đồng Tháp\):/u);
    expect(reply.text).not.toContain('Đồng Nai');
  });

  it('keeps to one province when the unit names it, and never sends Sở KH&CN its own request', async () => {
    const reply = await h.ask('Từ giờ đến cuối tháng 6 có những hạn nào?', { unit: 'Sở KH&CN Đồng Nai', now: vn('2026-05-20 09:00') });
    expect(blocks(reply)).toHaveLength(1);
    expect(bullets(reply)).toEqual(['• Tổ chức tổng kết 01 năm triển khai phong trào “Bình dân học vụ số” (Quý II/2026): hạn chót thứ Ba 30/06/2026; văn bản: Quý II năm 2026; còn 41 ngày']);
  });

  it('gives a ward the deadlines of every unit of its province', async () => {
    await registerOfficial(h.store, 'dt-xa-phuong', { userId: 'ward', commune: 'UBND phường Cao Lãnh', now: vn('2026-11-23 09:00') });
    const reply = await h.ask('/hanbaocao', { userId: 'ward', now: vn('2026-11-23 09:00') });
    expect(reply.text.split('\n')[0]).toBe('Các hạn của UBND phường Cao Lãnh (Đồng Tháp) theo kế hoạch (hôm nay 23/11/2026):');
    expect(bullets(reply).slice(0, 2)).toEqual([`${YEARLY_2026}; còn 11 ngày`, `${QUARTER_IV}; còn 21 ngày`]);
    expect(reply.text).toContain('• Báo cáo đột xuất theo yêu cầu: khi có yêu cầu');
  });

  it('names an unknown unit instead of guessing', async () => {
    const reply = await h.ask('/hanbaocao', { unit: 'Sở Ngoại vụ', now: vn('2026-11-23 09:00') });
    expect(reply.text).toBe(say.unknownUnit('Sở Ngoại vụ'));
  });
});

describe('proposals', () => {
  it('gives a unit what another unit’s report proposes to it, marked as not a task it was given', async () => {
    const reply = await h.ask('Văn phòng UBND tỉnh đề nghị sở tôi những gì?', { unit: 'Sở KH&CN Đồng Tháp', now: vn('2026-11-23 09:00') });
    expect(reply.text.split('\n')[0]).toBe(say.proposalTitle);
    expect(reply.text).toContain('Chủ trì tích hợp và triển khai chế độ báo cáo các nhiệm vụ của Kế hoạch lên Hệ thống thông tin báo cáo của tỉnh');
    expect(reply.text).toContain('• Gửi đến: Sở Khoa học và Công nghệ (đề xuất, không phải nhiệm vụ được giao)');
  });
});

describe('lead and partner, answered apart', () => {
  it('tells anyone what the plans give a named unit to lead, and how many it partners', async () => {
    const reply = await h.ask('tỉnh đoàn chủ trì những việc gì', { userId: 'citizen', now: vn('2026-11-23 09:00') });
    expect(reply.intent).toBe('tasks');
    expect(reply.text.split('\n').slice(0, 3)).toEqual(['Theo các kế hoạch, Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh (Đồng Tháp):', '', say.leadTitle]);
    expect(reply.text).toContain('Phát động cuộc thi “Đại sứ số Đồng Tháp”');
    expect(reply.text).toContain('📄 KH sáng kiến đột phá năm 2026 (UBND tỉnh Đồng Tháp), mục V.8.1');
    expect(reply.text).toContain(say.namedMoreSupport('Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh', 3));
    expect(reply.text).not.toContain(say.supportTitle);
  });

  it('keeps a citizen\'s story that names a unit and asks "phải làm sao" a citizen question', async () => {
    const story = 'Có người tự xưng là công an thành phố gọi nói tôi dính líu vụ ma túy, bắt chuyển khoản để xác minh. Tôi chưa chuyển. Bây giờ phải làm sao?';
    const reply = await h.ask(story, { userId: 'citizen', now: vn('2026-11-23 09:00') });
    expect(['knowledge', 'safety']).toContain(reply.intent);
    // Task words about a named unit, asked as what the unit must do, stay an officials' question for anyone.
    expect((await h.ask('Công an tỉnh phải làm gì trong kế hoạch sáng kiến đột phá?', { userId: 'citizen', now: vn('2026-11-23 09:00') })).intent).toBe('tasks');
  });

  it('lists what a unit partners without what it leads', async () => {
    const reply = await h.ask('Sở tôi phối hợp những việc gì?', { unit: 'Sở KH&CN Đồng Tháp', now: vn('2026-11-23 09:00') });
    expect(reply.text).toContain(say.supportTitle);
    expect(reply.text).not.toContain(say.leadTitle);
    expect(reply.text).toContain('mục V.2.1');
    expect(reply.text).not.toContain('mục III.2 ');
    expect(reply.text).toContain(say.onlySupportNote(9));
  });

  it('shows a partner named in a task its lead group also holds as a partner, not a lead', async () => {
    const reply = await h.ask('Sở tôi phối hợp những việc gì?', { unit: 'Sở KH&CN Đồng Tháp', now: vn('2026-11-23 09:00') });
    const line = reply.text.split('\n\n').find((b) => b.includes('mục III.1.c'));
    expect(line).toMatch(/\n {3}phối hợp · /u);
  });
});
