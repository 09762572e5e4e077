import { foldText } from '../text';
import { MESSAGES as M } from './messages';
import { addDays, daysInMonth, makeDate, parts, quarterEnd, quarterOf, quarterStart, ROMAN_QUARTERS, type CivilDate } from '../time';

export interface Period {
  from: CivilDate;
  to: CivilDate;
  /** How the period is named in replies ("quý IV/2026", "từ 23/11/2026 đến 31/12/2026"). */
  label: string;
  /** "next": only the first upcoming deadline is wanted ("hạn gần nhất"). */
  next?: boolean;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * The period a deadline question asks about, relative to `today` (in Vietnam): a quarter, a month, a year,
 * a week, "từ giờ đến cuối năm", "đến hết tháng 3/2027", "N ngày tới", or the next one due. Undefined when none is named.
 */
export function periodOf(question: string, today: CivilDate): Period | undefined {
  const q = foldText(question);
  const { year, month } = parts(today);
  const quarter = quarterOf(month);
  const yearIn = (text: string | undefined, base = year) => {
    if (!text) return base;
    if (/nam (nay|hien tai)/u.test(text)) return year;
    if (/nam (sau|toi)/u.test(text)) return year + 1;
    if (/nam (truoc|ngoai)/u.test(text)) return year - 1;
    const y = /(\d{4})/u.exec(text);
    return y ? Number(y[1]) : base;
  };
  const range = (from: CivilDate, to: CivilDate, label: string): Period => ({ from, to, label });

  const until = /\b(?:tu (?:gio|nay|bay gio|hom nay) )?den (?:het |cuoi )?(nam|quy|thang)( (?:nay|sau|toi|[ivx]+|\d{1,2}))?(?:\s*(?:\/|nam)\s*(\d{4}|nay|sau))?/u.exec(q);
  if (until && /\b(tu (gio|nay|bay gio|hom nay)|den (het|cuoi))\b/u.test(q)) {
    const unit = until[1];
    const which = until[2]?.trim();
    let end: CivilDate;
    if (unit === 'nam') end = makeDate(which === 'sau' || which === 'toi' ? year + 1 : yearIn(until[3] ? `nam ${until[3]}` : undefined), 12, 31);
    else if (unit === 'quy') {
      const qn = which && ROMAN[which] ? ROMAN[which]! : which === 'sau' || which === 'toi' ? quarter + 1 : quarter;
      const y = yearIn(until[3] ? `nam ${until[3]}` : undefined) + (qn > 4 ? 1 : 0);
      end = quarterEnd(y, ((qn - 1) % 4) + 1);
    } else {
      const mn = which && /^\d+$/u.test(which) ? Number(which) : which === 'sau' || which === 'toi' ? month + 1 : month;
      let y = yearIn(until[3] ? (/^\d{4}$/u.test(until[3]) ? until[3] : `nam ${until[3]}`) : undefined);
      let m = mn;
      if (m > 12) (m -= 12), (y += 1);
      if (!until[3] && m < month) y += 1;
      end = makeDate(y, m, daysInMonth(y, m));
    }
    if (end >= today) return range(today, end, M.period.range(display(today), display(end)));
  }

  const byDate = /\bden (?:ngay )?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/u.exec(q);
  if (byDate) {
    const y = byDate[3] ? Number(byDate[3]) : year;
    const end = makeDate(y, Number(byDate[2]), Number(byDate[1]));
    if (end >= today) return range(today, end, M.period.range(display(today), display(end)));
  }

  const days = /\b(\d{1,3}) ngay (toi|sap toi|nua|ke tiep)\b/u.exec(q);
  if (days) {
    const end = addDays(today, Number(days[1]));
    return range(today, end, M.period.days(Number(days[1]), display(end)));
  }
  if (/\btuan (nay|sau|toi)\b/u.test(q)) {
    const next = /\btuan (sau|toi)\b/u.test(q);
    const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
    const monday = addDays(today, -weekday + (next ? 7 : 0));
    const from = next ? monday : today;
    return range(from, addDays(monday, 6), next ? M.period.nextWeek : M.period.thisWeek);
  }

  // "báo cáo quý tới" is the next quarterly report, not the reports of next quarter.
  if (/\bbao cao quy (toi|sap toi|ke tiep|tiep theo)\b/u.test(q)) return { from: today, to: makeDate(year + 2, 12, 31), label: M.period.upcoming, next: true };
  const q1 = /\bquy (iv|iii|ii|i|[1-4])\b(?:\s*(?:\/|nam)\s*(\d{4}|nay|sau|toi))?/u.exec(q);
  if (q1 || /\bquy (nay|sau|toi|hien tai)\b/u.test(q)) {
    let qn = quarter;
    let y = year;
    if (q1) {
      qn = ROMAN[q1[1]!]!;
      y = q1[2] ? yearIn(/^\d{4}$/u.test(q1[2]) ? q1[2] : `nam ${q1[2]}`) : qn < quarter ? year + 1 : year;
    } else if (/\bquy (sau|toi)\b/u.test(q)) {
      qn = quarter === 4 ? 1 : quarter + 1;
      y = quarter === 4 ? year + 1 : year;
    }
    return range(quarterStart(y, qn), quarterEnd(y, qn), M.period.quarter(ROMAN_QUARTERS[qn - 1]!, y));
  }

  const m1 = /\bthang (\d{1,2})\b(?:\s*(?:\/|nam)\s*(\d{4}|nay|sau|toi))?/u.exec(q);
  if (m1 || /\bthang (nay|sau|toi|hien tai)\b/u.test(q)) {
    let m = month;
    let y = year;
    if (m1) {
      m = Number(m1[1]);
      y = m1[2] ? yearIn(/^\d{4}$/u.test(m1[2]) ? m1[2] : `nam ${m1[2]}`) : m < month ? year + 1 : year;
    } else if (/\bthang (sau|toi)\b/u.test(q)) {
      m = month === 12 ? 1 : month + 1;
      y = month === 12 ? year + 1 : year;
    }
    if (m >= 1 && m <= 12) return range(makeDate(y, m, 1), makeDate(y, m, daysInMonth(y, m)), M.period.month(m, y));
  }

  const y1 = /\bnam (\d{4}|nay|sau|toi|hien tai)\b/u.exec(q);
  if (y1 && !/\bhang nam\b/u.test(q)) {
    const y = yearIn(`nam ${y1[1]}`);
    return range(makeDate(y, 1, 1), makeDate(y, 12, 31), M.period.year(y));
  }

  if (/\b(sap toi|gan nhat|tiep theo|ke tiep|sap den|sap het han|truoc mat)\b/u.test(q)) {
    return { from: today, to: makeDate(year + 2, 12, 31), label: M.period.upcoming, next: true };
  }
  return undefined;
}

function display(date: CivilDate): string {
  const { year, month, day } = parts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
