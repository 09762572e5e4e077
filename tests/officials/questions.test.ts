import { beforeAll, describe, expect, it } from 'vitest';
import * as say from '../../src/officials/replies';
import { officialsHarness, PLANS, registerOfficial, vn, type Harness } from './fixtures';
import { type Reply } from '../../src/core';

const VP = 'Văn phòng UBND tỉnh Đồng Tháp';
const QUARTERLY = 'Báo cáo quý';
const bullets = (reply: Reply) => reply.text.split('\n').filter((l) => l.startsWith('• '));
const blocks = (reply: Reply) => reply.text.split('\n\n');

let h: Harness;
beforeAll(async () => {
  h = await officialsHarness();
});

describe('deadline questions of a unit, on a given day', () => {
  it('lists the deadlines from now to the end of the year with the days left', async () => {
    const reply = await h.ask('Từ giờ đến cuối năm còn những hạn báo cáo nào?', { unit: VP, now: vn('2026-11-23 09:00') });
    expect(reply.intent).toBe('deadlines');
    expect(reply.text.split('\n')[0]).toBe(`Các hạn của ${VP} (Đồng Tháp) trong từ 23/11/2026 đến 31/12/2026:`);
    expect(bullets(reply)).toEqual([
      '• 05/12/2026 (còn 12 ngày): Báo cáo năm (năm 2026) — trước ngày 05/12 hằng năm',
      `• 15/12/2026 (còn 22 ngày): ${QUARTERLY} (Quý IV/2026) — trước ngày 15 của tháng cuối quý`,
    ]);
    expect(reply.sources.map((s) => s.path)).toEqual([PLANS.vpBaoCao]);
  });

  it('counts the days from the date in Vietnam, not in UTC', async () => {
    // 23:30 UTC on 4 December is already 5 December in Vietnam: the yearly report is due today.
    const reply = await h.ask('Từ giờ đến cuối năm còn những hạn báo cáo nào?', { unit: VP, now: new Date('2026-12-04T23:30:00Z') });
    expect(bullets(reply)[0]).toBe('• 05/12/2026 (hôm nay): Báo cáo năm (năm 2026) — trước ngày 05/12 hằng năm');
  });

  it('reads "quý sau" in December as the first quarter of next year', async () => {
    const reply = await h.ask('quý sau có hạn nào', { unit: VP, now: vn('2026-12-20 09:00') });
    expect(reply.text.split('\n')[0]).toBe(`Các hạn của ${VP} (Đồng Tháp) trong quý I/2027:`);
    expect(bullets(reply)).toEqual([`• 15/03/2027 (còn 85 ngày): ${QUARTERLY} (Quý I/2027) — trước ngày 15 của tháng cuối quý`]);
  });

  it('says when the next deadline is when the month asked about has none', async () => {
    const reply = await h.ask('Tháng sau có hạn nào?', { unit: VP, now: vn('2026-12-20 09:00') });
    expect(reply.text).toMatch(
      new RegExp(`^Không có hạn nào của ${VP} \\(Đồng Tháp\\) trong tháng 01/2027\\. Hạn kế tiếp: 15/03/2027 \\(còn 85 ngày\\): ${QUARTERLY} \\(Quý I/2027\\)`, 'u'),
    );
  });

  it('reads "báo cáo quý tới" as the next quarterly report, "quý tới" as next quarter', async () => {
    const next = await h.ask('Báo cáo quý tới nộp khi nào?', { unit: VP, now: vn('2026-11-23 09:00') });
    expect(bullets(next)).toEqual([`• 15/12/2026 (còn 22 ngày): ${QUARTERLY} (Quý IV/2026) — trước ngày 15 của tháng cuối quý`]);
    const quarter = await h.ask('Quý tới có hạn nào?', { unit: VP, now: vn('2026-11-23 09:00') });
    expect(bullets(quarter)).toEqual([`• 15/03/2027 (còn 112 ngày): ${QUARTERLY} (Quý I/2027) — trước ngày 15 của tháng cuối quý`]);
  });

  it('narrows to the kind of report asked about', async () => {
    const reply = await h.ask('Hạn nộp báo cáo năm là ngày nào?', { unit: VP, now: vn('2026-11-23 09:00') });
    expect(bullets(reply)).toEqual(['• 05/12/2026 (còn 12 ngày): Báo cáo năm (năm 2026) — trước ngày 05/12 hằng năm']);
  });

  it('answers "Hạn gần nhất là khi nào?" with the next deadline only', async () => {
    const reply = await h.ask('Hạn gần nhất là khi nào?', { unit: VP, now: vn('2026-12-06 09:00') });
    expect(reply.intent).toBe('deadlines');
    expect(bullets(reply)).toEqual([`• 15/12/2026 (còn 9 ngày): ${QUARTERLY} (Quý IV/2026) — trước ngày 15 của tháng cuối quý`]);
  });

  it('groups by province a unit name used in several provinces, leaving out provinces with nothing', async () => {
    const reply = await h.ask('Từ giờ đến cuối tháng 6 có những hạn nào?', { unit: 'Sở Khoa học và Công nghệ', now: vn('2026-05-20 09:00') });
    const [dongThap, dongNai, ...rest] = blocks(reply);
    expect(rest).toEqual([]);
    expect(dongThap!.split('\n')[0]).toBe('Các hạn của Sở Khoa học và Công nghệ (Đồng Tháp) trong từ 20/05/2026 đến 30/06/2026:');
    expect(dongThap).toContain(`• 15/06/2026 (còn 26 ngày): ${QUARTERLY} (Quý II/2026)`);
    expect(dongThap).not.toContain('15/6/2026');
    expect(dongNai!.split('\n')[0]).toBe('Các hạn của Sở Khoa học và Công nghệ (Đồng Nai) trong từ 20/05/2026 đến 30/06/2026:');
    expect(dongNai!.split('\n').filter((l) => l.startsWith('• '))).toEqual([
      '• 15/06/2026 (còn 26 ngày): Báo cáo của các đơn vị, địa phương gửi về Sở Khoa học và Công nghệ — trước ngày 15/6/2026, gửi Sở Khoa học và Công nghệ',
      '• 30/06/2026 (còn 41 ngày): Tổ chức tổng kết 01 năm triển khai phong trào “Bình dân học vụ số” (Quý II/2026) — Quý II năm 2026',
    ]);
    expect(reply.text).not.toContain('Tỉnh chưa nêu tên');
  });

  it('keeps to one province when the unit names it', async () => {
    const reply = await h.ask('Từ giờ đến cuối tháng 6 có những hạn nào?', { unit: 'Sở KH&CN Đồng Nai', now: vn('2026-05-20 09:00') });
    expect(blocks(reply)).toHaveLength(1);
    expect(reply.text).toMatch(/^Các hạn của Sở Khoa học và Công nghệ \(Đồng Nai\)/u);
    expect(reply.text).not.toContain(QUARTERLY);
  });

  it('gives the deadlines of the whole province to one of its offices', async () => {
    const reply = await h.ask('30 ngày tới có hạn nào?', { unit: 'Phòng Hành chính - Tổ chức', now: vn('2026-11-23 09:00') });
    expect(reply.text.split('\n')[0]).toBe('Các hạn của Phòng Hành chính – Tổ chức (Đồng Tháp) trong 30 ngày tới (đến 23/12/2026):');
    expect(bullets(reply).map((b) => b.slice(0, 30))).toEqual(['• 05/12/2026 (còn 12 ngày): Bá', '• 15/12/2026 (còn 22 ngày): Bá']);
  });

  it('names an unknown unit instead of guessing', async () => {
    const reply = await h.ask('/hanbaocao', { unit: 'Sở Ngoại vụ', now: vn('2026-11-23 09:00') });
    expect(reply.text).toBe(say.UNKNOWN_UNIT('Sở Ngoại vụ'));
  });
});

describe('task questions of a ward', () => {
  it('shows a registered ward official the tasks of "UBND các xã, phường" of their province', async () => {
    registerOfficial(h.store, 'dt-xa-phuong', { userId: 'ward', commune: 'UBND phường Cao Lãnh', now: vn('2026-11-23 09:00') });
    const reply = await h.ask('/nhiemvu tatca', { userId: 'ward' });
    expect(reply.text.split('\n')[0]).toBe('Nhiệm vụ của UBND phường Cao Lãnh (Đồng Tháp): 10 nhiệm vụ, 10 chưa hoàn thành:');
    expect(reply.text).toMatch(/\[III\.4\.a\] a\) Phong trào “Gia đình số”/u);
    expect(reply.text).toContain('[III.4.b] b) Mô hình “Chợ số - Nông thôn số”');
    expect(reply.text).not.toContain('Đồng Nai');
    expect(reply.text).not.toContain('[PL-');
  });

  it('shows one detail when the question names the task', async () => {
    const reply = await h.ask('Nhiệm vụ Gia đình số của đơn vị tôi', { userId: 'ward' });
    expect(reply.text).toMatch(/^\[III\.4\.a\] a\) Phong trào “Gia đình số”/u);
    expect(reply.text).toContain('• Đơn vị chủ trì: Ủy ban nhân dân xã, phường');
    expect(reply.text).toContain('• Thời gian: Từ tháng 6/2026');
  });

  it('shows a ward named without its province one block per province', async () => {
    const reply = await h.ask('Cho tôi xem nhiệm vụ của đơn vị tôi', { unit: 'UBND xã Mỹ An', now: vn('2026-11-23 09:00') });
    const headings = reply.text.split('\n').filter((l) => l.startsWith('Nhiệm vụ của '));
    expect(headings.map((l) => l.replace(/:.*$/u, ''))).toEqual([
      'Nhiệm vụ của UBND xã Mỹ An (Đồng Tháp)',
      'Nhiệm vụ của UBND xã Mỹ An (Đồng Nai)',
      'Nhiệm vụ của UBND xã Mỹ An (Tỉnh chưa nêu tên)',
    ]);
    expect(blocks(reply)[0]).toContain('Gia đình số');
  });

  it('gives a ward the report deadlines of every unit of its province', async () => {
    const reply = await h.ask('/hanbaocao', { userId: 'ward', now: vn('2026-11-23 09:00') });
    expect(reply.text.split('\n')[0]).toBe('Các hạn của UBND phường Cao Lãnh (Đồng Tháp) theo kế hoạch (hôm nay 23/11/2026):');
    expect(bullets(reply).slice(0, 2)).toEqual([
      '• 05/12/2026 (còn 12 ngày): Báo cáo năm (năm 2026) — trước ngày 05/12 hằng năm',
      `• 15/12/2026 (còn 22 ngày): ${QUARTERLY} (Quý IV/2026) — trước ngày 15 của tháng cuối quý`,
    ]);
  });
});
