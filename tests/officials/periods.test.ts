import { describe, expect, it } from 'vitest';
import { periodOf } from '../../src/officials/periods';

describe('the period a deadline question asks about', () => {
  it.each([
    ['Quý này còn hạn báo cáo nào?', '2026-11-23', { from: '2026-10-01', to: '2026-12-31', label: 'quý IV/2026' }],
    ['Quý sau có hạn nào?', '2026-05-20', { from: '2026-07-01', to: '2026-09-30', label: 'quý III/2026' }],
    ['quý sau có hạn nào', '2026-12-20', { from: '2027-01-01', to: '2027-03-31', label: 'quý I/2027' }],
    ['Quý I năm sau có hạn gì?', '2026-11-23', { from: '2027-01-01', to: '2027-03-31', label: 'quý I/2027' }],
    ['quy I nam sau co han gi', '2026-11-23', { from: '2027-01-01', to: '2027-03-31', label: 'quý I/2027' }],
    ['Tháng 12 có hạn nào?', '2026-11-23', { from: '2026-12-01', to: '2026-12-31', label: 'tháng 12/2026' }],
    ['Tháng sau có hạn nào?', '2026-11-23', { from: '2026-12-01', to: '2026-12-31', label: 'tháng 12/2026' }],
    ['Tháng sau có hạn nào?', '2026-12-20', { from: '2027-01-01', to: '2027-01-31', label: 'tháng 01/2027' }],
    ['Năm 2027 có những hạn nào?', '2026-11-23', { from: '2027-01-01', to: '2027-12-31', label: 'năm 2027' }],
    ['Từ giờ đến cuối năm còn những hạn báo cáo nào?', '2026-11-23', { from: '2026-11-23', to: '2026-12-31', label: 'từ 23/11/2026 đến 31/12/2026' }],
    ['tu gio den cuoi nam con han nao', '2026-11-23', { from: '2026-11-23', to: '2026-12-31', label: 'từ 23/11/2026 đến 31/12/2026' }],
    ['Đến hết tháng 3 năm sau có những hạn nào?', '2026-11-23', { from: '2026-11-23', to: '2027-03-31', label: 'từ 23/11/2026 đến 31/03/2027' }],
    ['30 ngày tới có hạn nào?', '2026-11-23', { from: '2026-11-23', to: '2026-12-23', label: '30 ngày tới (đến 23/12/2026)' }],
    ['30 ngày tới có hạn nào?', '2026-12-20', { from: '2026-12-20', to: '2027-01-19', label: '30 ngày tới (đến 19/01/2027)' }],
  ])('"%s" on %s', (question, today, expected) => {
    expect(periodOf(question, today)).toEqual(expected);
  });

  it('reads "hạn gần nhất" as the next deadline only', () => {
    expect(periodOf('Hạn gần nhất là khi nào?', '2026-11-23')).toEqual({ from: '2026-11-23', to: '2028-12-31', label: 'sắp tới', next: true });
  });

  it('reads "báo cáo quý tới" as the next quarterly report, not as next quarter', () => {
    const next = periodOf('Báo cáo quý tới nộp khi nào?', '2026-11-23');
    expect(next).toEqual({ from: '2026-11-23', to: '2028-12-31', label: 'sắp tới', next: true });
    // …while "quý tới" alone is the quarter after this one.
    expect(periodOf('Quý tới có hạn nào?', '2026-11-23')).toEqual({ from: '2027-01-01', to: '2027-03-31', label: 'quý I/2027' });
  });

  it('takes a month or quarter already past this year as next year’s', () => {
    expect(periodOf('Tháng 3 có hạn nào?', '2026-11-23')).toEqual({ from: '2027-03-01', to: '2027-03-31', label: 'tháng 03/2027' });
    expect(periodOf('Quý II có hạn nào?', '2026-11-23')).toEqual({ from: '2027-04-01', to: '2027-06-30', label: 'quý II/2027' });
    expect(periodOf('Quý IV/2026 có hạn nào?', '2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-12-31', label: 'quý IV/2026' });
  });

  it('names no period when the question names none', () => {
    expect(periodOf('Hạn nộp báo cáo năm là ngày nào?', '2026-11-23')).toBeUndefined();
    expect(periodOf('Báo cáo hằng năm nộp trước ngày nào?', '2026-11-23')).toBeUndefined();
    expect(periodOf('Đơn vị tôi có những hạn nào?', '2026-11-23')).toBeUndefined();
  });
});
