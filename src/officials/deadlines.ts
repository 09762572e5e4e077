import type { TaskUpdate } from '../store';
import { addDays, lastDay, makeDate, nextOccurrence, occurrences, parts, type Bound, type CivilDate, type Occurrence, type Schedule } from '../time';
import type { PlanData } from './data';
import { dueOf, submissionKey, type Due } from './due';
import { overlap } from './matching';
import type { Period } from './periods';
import { SUBJECTS } from './phrases';
import type { DeadlineRecord, PlanRef } from './records';
import { OFFICIALS_TUNING } from './tuning';
import { officialsForm } from './understand';

/** One deadline occurrence as it concerns the asker. */
export interface DueItem {
  plan: PlanRef;
  deadline: DeadlineRecord;
  occurrence?: Occurrence;
  due: Due;
  /** How the deadline binds the asker's unit: as one responsible, as a partner, or through a sub-unit. */
  role: 'lead' | 'support' | 'child';
  /** The sub-unit whose deadline it is, for a parent. */
  child?: string;
}

/** Which deadlines concern the asker, and in what role; undefined when one does not. */
export type Concern = (d: DeadlineRecord, plan: PlanRef) => { role: DueItem['role']; child?: string } | undefined;

export interface DeadlineQuery {
  plans: readonly PlanData[];
  concerns: Concern;
  question: string;
  today: CivilDate;
  period?: Period;
  filter: 'all' | 'overdue' | 'next';
  /** The unit's "đã nộp" records by submission key; undefined for someone who speaks for no unit. */
  submissions?: ReadonlyMap<string, TaskUpdate>;
}

export interface DeadlineAnswer {
  items: DueItem[];
  /** Passed deadlines not marked submitted, mentioned beside upcoming ones. */
  recent: DueItem[];
  /** Dates being checked (a likely typo not yet confirmed by an editor). */
  checking: DueItem[];
  /** Deadlines without a date ("báo cáo đột xuất theo yêu cầu"). */
  open: DueItem[];
  /** The next deadline after a period that holds none. */
  after?: DueItem;
  /** The question named a kind of deadline (or a deadline's words) and only those are listed. */
  narrowed: boolean;
}

type Candidate = { plan: PlanRef; deadline: DeadlineRecord; role: DueItem['role']; child?: string };

/** The kind of deadline a question names ("báo cáo quý", "tổng kết", "ngày hội"…), as a filter. */
function subjectFilter(folded: string): ((d: DeadlineRecord) => boolean) | undefined {
  const named = (kind: keyof typeof SUBJECTS) => SUBJECTS[kind].some((p) => ` ${folded} `.includes(` ${p} `));
  const words = (d: DeadlineRecord) => officialsForm(`${d.title} ${d.text}`);
  if (named('on_request')) return (d) => d.schedule.kind === 'on_request';
  if (named('quarterly')) return (d) => d.schedule.kind === 'quarterly';
  if (named('yearly')) return (d) => d.schedule.kind === 'yearly' && d.kind === 'report';
  if (named('monthly')) return (d) => d.schedule.kind === 'monthly';
  if (named('summing_up')) return (d) => /\btong ket\b/u.test(words(d));
  if (named('event')) return (d) => /\bngay hoi\b/u.test(words(d));
  if (named('campaign')) return (d) => d.kind === 'campaign';
  return undefined;
}

/** The schedule in force: a confirmed correction replaces the document's date. */
function effective(d: DeadlineRecord): Schedule {
  if (d.correction?.confirmed && d.schedule.kind === 'date') return { ...d.schedule, date: d.correction.date };
  return d.schedule;
}

const boundOf = (s: Schedule): Bound => ('bound' in s && s.bound ? s.bound : 'by');

/** Occurrences whose last day falls between `from` and `to`. */
function byLastDay(schedule: Schedule, from: CivilDate, to: CivilDate): Occurrence[] {
  return occurrences(schedule, addDays(from, -1), addDays(to, 1)).filter((o) => {
    const last = lastDay(o.date, boundOf(schedule));
    return last >= from && last <= to && o.type === 'due';
  });
}

/**
 * The deadlines a question asks for, each with where it stands today: in its period (recurring rules expanded across
 * year ends), the next ones, or the overdue ones; with the recently passed, the dates being checked and the undated.
 */
export function findDeadlines(query: DeadlineQuery): DeadlineAnswer {
  const { today, period, submissions } = query;
  const folded = officialsForm(query.question);
  const candidates: Candidate[] = query.plans.flatMap((p) =>
    p.deadlines.flatMap((d) => {
      const concern = query.concerns(d, p.plan);
      return concern ? [{ plan: p.plan, deadline: d, ...concern }] : [];
    }),
  );
  const bySubject = subjectFilter(folded);
  let pool = bySubject ? candidates.filter((c) => bySubject(c.deadline)) : [];
  let narrowed = pool.length > 0;
  if (!narrowed) {
    const named = candidates.filter((c) => overlap(query.question, `${c.deadline.title} ${c.deadline.text}`) >= 2);
    narrowed = named.length > 0 && named.length < candidates.length;
    pool = named.length > 0 ? named : candidates;
    if (!narrowed && /\bbao cao\b/u.test(folded) && pool.some((c) => c.deadline.kind === 'report')) pool = pool.filter((c) => c.deadline.kind === 'report');
  }

  const item = (c: Candidate, occurrence: Occurrence | undefined): DueItem => {
    const submission = occurrence ? submissions?.get(submissionKey(c.plan.file, c.deadline.id, occurrence.date)) : undefined;
    return { ...c, occurrence, due: dueOf(c.deadline, occurrence, today, submission, !!submissions) };
  };
  const open = pool.filter((c) => c.deadline.schedule.kind === 'on_request').map((c) => item(c, undefined));
  const checking = pool.filter((c) => c.deadline.correction && !c.deadline.correction.confirmed).map((c) => item(c, { date: (c.deadline.schedule as { date: CivilDate }).date, type: 'due' }));
  const dated = pool.filter((c) => c.deadline.schedule.kind !== 'on_request' && !checking.some((k) => k.deadline === c.deadline));
  const sort = (items: DueItem[]) => items.sort((a, b) => (a.due.last ?? '').localeCompare(b.due.last ?? ''));
  const recentFrom = addDays(today, -OFFICIALS_TUNING.recentDays);
  const passedUnsubmitted = (from: CivilDate) =>
    sort(dated.flatMap((c) => byLastDay(effective(c.deadline), from, addDays(today, -1)).map((o) => item(c, o))).filter((i) => i.due.state === 'overdue'));

  if (query.filter === 'overdue') {
    return { items: passedUnsubmitted(addDays(today, -OFFICIALS_TUNING.overdueLookbackDays)), recent: [], checking, open: [], narrowed };
  }

  let items: DueItem[];
  let after: DueItem | undefined;
  if (period) {
    items = sort(dated.flatMap((c) => byLastDay(effective(c.deadline), period.from, period.to).map((o) => item(c, o))));
    if (period.next || query.filter === 'next') items = items.filter((i) => i.due.last! >= today).filter((i, _, all) => i.due.last === all[0]?.due.last);
    if (items.length === 0) {
      const later = sort(dated.flatMap((c) => byLastDay(effective(c.deadline), addDays(period.to, 1), makeDate(parts(period.to).year + 3, 12, 31)).slice(0, 1).map((o) => item(c, o))));
      after = later[0];
    }
  } else {
    const horizon = makeDate(parts(today).year + 1, 12, 31);
    items = sort(
      dated.flatMap((c) => {
        const next = byLastDay(effective(c.deadline), today, makeDate(parts(today).year + 3, 12, 31))[0];
        if (next && (narrowed || next.date <= horizon)) return [item(c, next)];
        if (!narrowed) return [];
        // A deadline asked for by name that has passed: say when it was.
        const passed = byLastDay(effective(c.deadline), makeDate(parts(today).year - 3, 1, 1), addDays(today, -1)).at(-1);
        return passed ? [item(c, passed)] : [];
      }),
    );
    if (query.filter === 'next') items = items.filter((i) => i.due.last! >= today).filter((i, _, all) => i.due.last === all[0]?.due.last);
  }
  const listed = new Set(items.map((i) => `${i.deadline.id}@${i.occurrence?.date}`));
  const startsToday = !period || period.from <= today;
  const recent = startsToday ? passedUnsubmitted(recentFrom).filter((i) => !listed.has(`${i.deadline.id}@${i.occurrence?.date}`)) : [];
  const inPeriod = (d: DueItem) => !period || [d.deadline.schedule, effective(d.deadline)].some((s) => s.kind === 'date' && s.date >= addDays(period.from, -1) && s.date <= addDays(period.to, 1));
  return { items, recent, checking: checking.filter(inPeriod), open: period ? [] : open, after, narrowed };
}

/** The next occurrence of a deadline on or after a day, for reminders and summaries. */
export function nextDue(deadline: DeadlineRecord, from: CivilDate): Occurrence | undefined {
  return nextOccurrence(effective(deadline), from);
}

export { effective as effectiveSchedule, byLastDay };
