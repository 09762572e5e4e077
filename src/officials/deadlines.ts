import { foldText } from '../text';
import type { PlanData } from './data';
import { overlap } from './matching';
import type { Period } from './periods';
import type { DeadlineRecord, PlanRef } from './records';
import { addDays, lastOccurrence, makeDate, nextOccurrence, occurrences, parts, type CivilDate, type Occurrence } from '../time';

export interface Due {
  plan: PlanRef;
  deadline: DeadlineRecord;
  occurrence: Occurrence;
}

/** What a deadline question is about, beyond its period: "báo cáo quý", "tổng kết", "ngày hội"… */
function subjectFilter(question: string): ((d: DeadlineRecord) => boolean) | undefined {
  const q = foldText(question);
  if (/\b(bao cao (quy|hang quy|moi quy|dinh ky quy)|hang quy|moi quy)\b/u.test(q)) return (d) => d.schedule.kind === 'quarterly';
  if (/\b(bao cao (nam|hang nam|cuoi nam|thuong nien))\b/u.test(q)) return (d) => d.schedule.kind === 'yearly' && d.kind === 'report';
  if (/\b(bao cao (thang|hang thang))\b/u.test(q)) return (d) => d.schedule.kind === 'monthly';
  if (/\btong ket\b/u.test(q)) return (d) => /\btong ket\b/u.test(foldText(`${d.title} ${d.text}`));
  if (/\bngay hoi\b/u.test(q)) return (d) => /\bngay hoi\b/u.test(foldText(`${d.title} ${d.text}`));
  if (/\b(cao diem|chien dich|phat dong)\b/u.test(q)) return (d) => d.kind === 'campaign';
  return undefined;
}

export interface DeadlineQuery {
  /** Deadlines that concern the asker (all of them for a citizen or an unregistered official). */
  plans: readonly PlanData[];
  concerns: (d: DeadlineRecord, plan: PlanRef) => boolean;
  question: string;
  today: CivilDate;
  period?: Period;
}

export interface DeadlineAnswer {
  dues: Due[];
  /** True when the question named a kind of deadline and only those are listed. */
  narrowed: boolean;
  /** The next deadline after the period, when the period holds none. */
  after?: Due;
}

/**
 * The deadlines a question asks for: in its period (recurring rules expanded across year ends), or else the next
 * occurrence of each matching rule; one-off deadlines already past are listed only when the question names them.
 */
export function findDeadlines(query: DeadlineQuery): DeadlineAnswer {
  const { today, period } = query;
  const candidates = query.plans.flatMap((p) => p.deadlines.filter((d) => query.concerns(d, p.plan)).map((d) => ({ plan: p.plan, deadline: d })));
  const bySubject = subjectFilter(query.question);
  let pool = bySubject ? candidates.filter((c) => bySubject(c.deadline)) : [];
  const narrowed = pool.length > 0;
  if (!narrowed) {
    const named = candidates.filter((c) => overlap(query.question, `${c.deadline.title} ${c.deadline.text}`) >= 2);
    pool = named.length > 0 ? named : candidates;
  }
  const specific = narrowed || pool.length < candidates.length;
  const reports = /\b(han bao cao|bao cao)\b/u.test(foldText(query.question)) && !specific;
  if (reports && pool.some((c) => c.deadline.kind === 'report')) pool = pool.filter((c) => c.deadline.kind === 'report');

  let dues: Due[];
  let after: Due | undefined;
  if (period) {
    dues = pool.flatMap((c) => occurrences(c.deadline.schedule, period.from, period.to).map((o) => ({ ...c, occurrence: o })));
    dues.sort((a, b) => a.occurrence.date.localeCompare(b.occurrence.date));
    if (period.next) dues = dues.filter((d) => d.occurrence.date === dues[0]?.occurrence.date);
    if (dues.length === 0) {
      const later = pool
        .map((c) => ({ ...c, occurrence: nextOccurrence(c.deadline.schedule, addDays(period.to, 1)) }))
        .filter((d): d is Due => !!d.occurrence)
        .sort((a, b) => a.occurrence.date.localeCompare(b.occurrence.date));
      after = later[0];
    }
  } else {
    const horizon = makeDate(parts(today).year + 1, 12, 31);
    dues = pool.flatMap((c) => {
      const next = nextOccurrence(c.deadline.schedule, today);
      if (next && (specific || next.date <= horizon)) return [{ ...c, occurrence: next }];
      const last = specific ? lastOccurrence(c.deadline.schedule, today) : undefined;
      return last ? [{ ...c, occurrence: last }] : [];
    });
    if (dues.length === 0) {
      // Everything asked about has passed: say when it was rather than nothing.
      dues = pool.flatMap((c) => {
        const last = lastOccurrence(c.deadline.schedule, today);
        return last ? [{ ...c, occurrence: last }] : [];
      });
    }
    dues.sort((a, b) => Number(a.occurrence.date < today) - Number(b.occurrence.date < today) || a.occurrence.date.localeCompare(b.occurrence.date));
  }
  return { dues, narrowed: specific, after };
}
