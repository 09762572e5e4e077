import { foldKeepingPositions } from '../text';
import { isValidDate, makeDate } from './civil';
import type { Bound, Schedule } from './schedule';

export interface TimeExpression {
  /** The expression as written in the document. */
  text: string;
  index: number;
  schedule: Schedule;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const EVERY_YEAR = String.raw`(?:hang nam|hàng năm|moi nam|hang nam)`;

interface Rule {
  pattern: RegExp;
  build: (m: RegExpExecArray) => Schedule | undefined;
}

const bound = (word: string | undefined): Bound => (!word ? 'on' : /truoc/u.test(word) ? 'before' : /cham nhat|han chot|trong ngay|den ngay/u.test(word) ? 'by' : 'on');
const num = (s: string | undefined) => Number(s);

/**
 * Rules over folded text (lower case, no diacritics), most specific first.
 * Each is one way the plans write time: "trước ngày 05/12 hằng năm", "Quý I/2026", "Thường xuyên"…
 */
const RULES: Rule[] = [
  {
    // trước ngày 15 của tháng cuối quý / ngày 10 tháng đầu quý
    pattern: /(truoc ngay|cham nhat (?:la )?ngay|han chot (?:la )?ngay|trong ngay|vao ngay|ngay)\s+(\d{1,2})\s+(?:cua\s+)?thang\s+(cuoi|dau|giua|thu (?:hai|2|ba|3)|thu nhat)\s+(?:cua\s+)?(?:moi\s+)?quy/gu,
    build: (m) => ({ kind: 'quarterly', day: num(m[2]), monthOfQuarter: /cuoi|ba|3/u.test(m[3]!) ? 3 : /giua|hai|2/u.test(m[3]!) ? 2 : 1, bound: bound(m[1]) }),
  },
  {
    // trước ngày 05/12 hằng năm / vào ngày 10/10 hằng năm
    pattern: new RegExp(String.raw`(truoc ngay|cham nhat (?:la )?ngay|han chot (?:la )?ngay|trong ngay|vao ngay|ngay)\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s+${EVERY_YEAR}`, 'gu'),
    build: (m) => (isValidDate(2024, num(m[3]), num(m[2])) ? { kind: 'yearly', month: num(m[3]), day: num(m[2]), bound: bound(m[1]) } : undefined),
  },
  {
    // trước ngày 20 hằng tháng
    pattern: /(truoc ngay|cham nhat (?:la )?ngay|han chot (?:la )?ngay|trong ngay|vao ngay|ngay)\s+(\d{1,2})\s+(?:hang|moi|cua moi)\s+thang/gu,
    build: (m) => ({ kind: 'monthly', day: num(m[2]), bound: bound(m[1]) }),
  },
  {
    // trước ngày 15/6/2026, ngày 09/6/2026
    pattern: /(truoc ngay|cham nhat (?:la )?ngay|han chot (?:la )?ngay|trong ngay|vao ngay|den ngay|ngay)\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/gu,
    build: (m) => (isValidDate(num(m[4]), num(m[3]), num(m[2])) ? { kind: 'date', date: makeDate(num(m[4]), num(m[3]), num(m[2])), bound: bound(m[1]) } : undefined),
  },
  {
    // từ tháng 05/2025 đến hết tháng 05/2026
    pattern: /(?:tu\s+)?thang\s+(\d{1,2})\s*[/.-]\s*(\d{4})\s+den\s+(?:het\s+)?(?:thang\s+)?(\d{1,2})\s*[/.-]\s*(\d{4})/gu,
    build: (m) => ({ kind: 'range', from: `${m[2]}-${m[1]!.padStart(2, '0')}`, to: `${m[4]}-${m[3]!.padStart(2, '0')}` }),
  },
  {
    // Quý I/2026, Quý II năm 2026, quý 3/2026
    pattern: /quy\s+(iv|iii|ii|i|[1-4])\s*(?:\/|-|nam)\s*(\d{4})/gu,
    build: (m) => ({ kind: 'quarter', year: num(m[2]), quarter: ROMAN[m[1]!]! }),
  },
  {
    // Từ tháng 6/2026, tháng 6 năm 2026
    pattern: /(tu\s+)?thang\s+(\d{1,2})\s*(?:\/|-|nam)\s*(\d{4})/gu,
    build: (m) => (num(m[2]) >= 1 && num(m[2]) <= 12 ? { kind: 'month', year: num(m[3]), month: num(m[2]), from: !!m[1] } : undefined),
  },
  {
    // tối thiểu 01 lần/tháng, 2 lần mỗi tháng
    pattern: /(?:toi thieu|it nhat)?\s*(\d{1,2})\s*lan\s*(?:\/|moi|trong|mot)\s*thang/gu,
    build: (m) => ({ kind: 'monthly', timesPerMonth: num(m[1]) }),
  },
  { pattern: /\bthuong xuyen\b/gu, build: () => ({ kind: 'ongoing' }) },
  { pattern: /\b(dot xuat theo yeu cau|theo yeu cau)\b/gu, build: () => ({ kind: 'on_request' }) },
  {
    pattern: /\b(?:dinh ky|theo)\s+((?:thang|quy|nam)(?:\s*,\s*(?:thang|quy|nam))*)(?=\s*(?:[;,.)]|$|va\b))/gu,
    build: (m) => ({ kind: 'periodic', every: m[1]!.split(/\s*,\s*/u).map((w) => (w === 'thang' ? 'month' : w === 'quy' ? 'quarter' : 'year')) }),
  },
  { pattern: /\bdinh ky\b/gu, build: () => ({ kind: 'periodic' }) },
  {
    pattern: /\b(?:trong |nam )(\d{4})\b/gu,
    build: (m) => ({ kind: 'year', year: num(m[1]) }),
  },
];

/**
 * Every time expression in a sentence, in order, without overlaps.
 * Folding keeps one character per character for Vietnamese text, so indexes match the original.
 */
export function findTimeExpressions(sentence: string): TimeExpression[] {
  const original = sentence.normalize('NFC');
  const folded = foldKeepingPositions(original);
  const found: TimeExpression[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(folded); m; m = rule.pattern.exec(folded)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.index + f.text.length && end > f.index)) continue;
      const schedule = rule.build(m);
      if (schedule) found.push({ text: original.slice(start, end), index: start, schedule });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The schedule of a timing field ("Thời gian thực hiện: Từ tháng 6/2026"): its first expression. */
export function parseTiming(text: string): Schedule | undefined {
  return findTimeExpressions(text)[0]?.schedule;
}
