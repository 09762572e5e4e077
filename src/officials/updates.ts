import type { Button } from '../core';
import type { TaskUpdate } from '../store';
import { addDays, formatDate, makeDate, parts, type Occurrence } from '../time';
import { planSource, submissionsOf, unitConcern, type Answer } from './ask-deadlines';
import { byLastDay, effectiveSchedule } from './deadlines';
import { submissionKey } from './due';
import type { Session } from './identity';
import { MESSAGES as M } from './messages';
import { periodOf } from './periods';
import { SUBJECTS } from './phrases';
import type { DeadlineRecord, PlanRef } from './records';
import { shortText, taskActions, taskDetail, when } from './render';
import type { UnitMatch } from './roster';
import { statusUnitKey, taskByCode, tasksForUnit, tasksNamedIn, unitLabel, type UnitTask } from './tasks';
import { OFFICIALS_TUNING } from './tuning';
import type { TaskRef } from './understand';

const fixed = (text: string, intent: 'deadlines' | 'tasks' = 'tasks'): Answer => ({ intent, text, sources: [] });
/** How far ahead a report can be marked submitted (an early submission of the next one). */
const SUBMIT_AHEAD_DAYS = 120;

/** The official's id in update records. */
export const authorOf = (session: Session) => `${session.message.channel}:${session.message.userId}`;

/** Finds the task a reference points at among the unit's tasks, or says why it cannot. */
export function resolveTask(session: Session, match: UnitMatch, ref: TaskRef): { task: UnitTask } | { reply: Answer } {
  const tasks = tasksForUnit(session.data, match, session.updates, session.today);
  let found: UnitTask[];
  let label: string;
  switch (ref.by) {
    case 'number':
      found = tasks.filter((t) => t.number === ref.number);
      label = String(ref.number);
      break;
    case 'hash':
      found = tasks.filter((t) => t.hash === ref.hash);
      label = `#${ref.hash}`;
      break;
    case 'code':
      found = taskByCode(ref.code, tasks);
      label = ref.code;
      if (found.length === 0 && session.data.plans.some((p) => p.tasks.some((t) => t.id.toUpperCase() === ref.code))) return { reply: fixed(M.onlyOwnUnit) };
      break;
    case 'words':
      found = tasksNamedIn(ref.words, tasks.filter((t) => t.number !== undefined));
      label = ref.words;
      break;
  }
  if (found.length === 1) return { task: found[0]! };
  if (found.length > 1) return { reply: fixed(M.taskAmbiguous(label, found.map((t) => `${t.number ?? ''} (${shortText(t.task.text, 50).text})`).join('; '))) };
  return { reply: fixed(M.taskNotFound(label)) };
}

/** Whose status an update of this task changes, or why the asker cannot change it. */
function ownership(t: UnitTask): { ok: true } | { ok: false; text: string } {
  if (t.role === 'child') return { ok: false, text: M.childUnitUpdates(t.owner!.unit.name) };
  if (t.role === 'proposal') return { ok: false, text: M.proposalNoStatus };
  return { ok: true };
}

/** Records a status and/or note for one of the unit's tasks: a partner's update is its own part only. */
export async function updateTask(session: Session, match: UnitMatch, ref: TaskRef, status: 'done' | 'in_progress' | undefined, note: string | undefined): Promise<Answer> {
  const found = resolveTask(session, match, ref);
  if ('reply' in found) return found.reply;
  const t = found.task;
  const owned = ownership(t);
  if (!owned.ok) return fixed(owned.text);
  if (!status && !note) return fixed(M.noteNeedsText(String(t.number ?? t.task.id)));
  await session.store.recordTaskUpdate({ taskKey: t.key, unitId: statusUnitKey(match), status, note, by: authorOf(session), at: session.now });
  const what = [status === 'done' ? M.whatDone : status === 'in_progress' ? M.whatInProgress : undefined, note ? M.whatNote(note) : undefined].filter(Boolean).join(', ');
  const lines = [M.recorded(what, taskName(t), unitLabel(match), when(session.now))];
  if (t.role === 'support') lines.push(M.recordedPartner(t.task.lead.join('; ')));
  lines.push(M.undoHint(OFFICIALS_TUNING.undoMinutes));
  return { intent: 'tasks', text: lines.join('\n'), sources: [planSource(t.plan, t.task.section)] };
}

/** "2. Khen thưởng tập thể… [PL-I.II.3]": a task as named in acknowledgements. */
export function taskName(t: UnitTask): string {
  return `${t.number !== undefined ? `${t.number}. ` : ''}${shortText(t.task.text, 90).text} [${t.task.id}]`;
}

/** Takes back the official's latest update if it is recent enough. */
export async function undoLast(session: Session): Promise<Answer> {
  const last = await session.store.lastTaskUpdateBy(authorOf(session));
  if (!last) return fixed(M.nothingToUndo);
  const age = session.now.getTime() - last.at.getTime();
  if (age > OFFICIALS_TUNING.undoMinutes * 60_000) return fixed(M.undoTooLate(OFFICIALS_TUNING.undoMinutes, when(last.at)));
  await session.store.undoTaskUpdate(last.id!, session.now);
  return fixed(M.undone(describeUpdate(session, last)));
}

function describeUpdate(session: Session, u: TaskUpdate): string {
  if (u.taskKey.startsWith('report:')) return `${M.whatSubmitted} ${reportName(session, u.taskKey) ?? u.taskKey}`;
  const [file, id] = u.taskKey.split('#');
  const task = session.data.plans.find((p) => p.plan.file === file)?.tasks.find((t) => t.id === id);
  const what = [u.status === 'done' ? M.whatDone : u.status === 'in_progress' ? M.whatInProgress : undefined, u.note ? M.whatNote(u.note) : undefined].filter(Boolean).join(', ');
  return `${what} — ${task ? `${shortText(task.text, 90).text} [${id}]` : u.taskKey}`;
}

function reportName(session: Session, key: string): string | undefined {
  const m = /^report:(.+)#(.+)@(\d{4}-\d{2}-\d{2})$/u.exec(key);
  if (!m) return undefined;
  const d = session.data.plans.find((p) => p.plan.file === m[1])?.deadlines.find((x) => x.id === m[2]);
  return d ? `${d.title} (${formatDate(m[3]!)})` : undefined;
}

/** Every update of one task, undone ones marked, with its author. */
export async function history(session: Session, match: UnitMatch, ref: TaskRef): Promise<Answer> {
  const found = resolveTask(session, match, ref);
  if ('reply' in found) return found.reply;
  const t = found.task;
  const key = t.owner ? t.owner.unit.id : statusUnitKey(match);
  const updates = await session.store.taskHistory(t.key, key);
  if (updates.length === 0) return { intent: 'tasks', text: M.historyEmpty(taskName(t)), sources: [planSource(t.plan, t.task.section)] };
  const lines = updates.map((u) => {
    const what = [u.status ? M.statusLabel[u.status as keyof typeof M.statusLabel] ?? u.status : undefined, u.note ? M.whatNote(u.note) : undefined].filter(Boolean).join(', ');
    return `• ${when(u.at)} — ${what} (${session.nameOf(u.by)})${u.undoneAt ? M.historyUndone : ''}`;
  });
  return { intent: 'tasks', text: [M.historyTitle(taskName(t)), ...lines].join('\n'), sources: [planSource(t.plan, t.task.section)] };
}

/** The whole of one task, with its buttons when the asker can update it. */
export async function detail(session: Session, match: UnitMatch, ref: TaskRef, canUpdate: boolean): Promise<Answer> {
  const found = resolveTask(session, match, ref);
  if ('reply' in found) return found.reply;
  const t = found.task;
  const key = t.owner ? t.owner.unit.id : statusUnitKey(match);
  const actions: Button[][] = canUpdate && (t.role === 'lead' || t.role === 'support') ? [taskActions(t)] : [];
  return { intent: 'tasks', text: taskDetail(t, await session.store.taskHistory(t.key, key), session.nameOf), sources: [planSource(t.plan, t.task.section)], ...(actions.length ? { actions } : {}) };
}

/**
 * Marks a report submitted ("đã nộp báo cáo quý II"): the deadline the words name, in the period they name (the
 * nearest one otherwise, preferring one passed without a submission), for the unit; its reminders stop.
 */
export async function submitReport(session: Session, match: UnitMatch, what: string): Promise<Answer> {
  const { data, today } = session;
  const concern = unitConcern(data.roster, match);
  const candidates: { plan: PlanRef; deadline: DeadlineRecord }[] = data.plans
    .filter((p) => p.plan.province === match.unit.province)
    .flatMap((p) => p.deadlines.filter((d) => d.kind === 'report' && d.schedule.kind !== 'on_request' && concern(d, p.plan)?.role === 'lead').map((deadline) => ({ plan: p.plan, deadline })));
  const words = ` ${what} `;
  const kind = (Object.keys(SUBJECTS) as (keyof typeof SUBJECTS)[]).find((k) => SUBJECTS[k].some((p) => words.includes(` ${p} `) || words.includes(` ${p.replace(/^bao cao /u, '')} `)));
  const pool = candidates.filter(({ deadline: d }) =>
    kind === 'quarterly' ? d.schedule.kind === 'quarterly' : kind === 'yearly' ? d.schedule.kind === 'yearly' : kind === 'summing_up' ? /tong ket/u.test(words) && /tổng kết|tong ket/iu.test(`${d.title} ${d.text}`) : true,
  );
  if (pool.length === 0) return fixed(M.submitNone, 'deadlines');
  if (pool.length > 1 && !kind) return fixed(M.submitWhich(pool.map((c) => `«${c.deadline.title}»`).join(', ')), 'deadlines');
  const chosen = pool[0]!;
  const occurrence = occurrenceNamed(session, chosen, what, match);
  if (!occurrence) return fixed(M.submitNone, 'deadlines');
  const key = submissionKey(chosen.plan.file, chosen.deadline.id, occurrence.date);
  await session.store.recordTaskUpdate({ taskKey: key, unitId: statusUnitKey(match), status: 'submitted', by: authorOf(session), at: session.now });
  const name = `${chosen.deadline.title}${occurrence.period && chosen.deadline.schedule.kind !== 'date' ? ` (${occurrence.period})` : ''}`;
  return {
    intent: 'deadlines',
    text: `${M.submitted(name, unitLabel(match), when(session.now))}\n${M.undoHint(OFFICIALS_TUNING.undoMinutes)}`,
    sources: [planSource(chosen.plan, chosen.deadline.section)],
  };

  function occurrenceNamed(s: Session, c: { plan: PlanRef; deadline: DeadlineRecord }, text: string, m: UnitMatch): Occurrence | undefined {
    // A report is marked submitted when it is done: one passed, or due within a few months at most.
    const all = byLastDay(effectiveSchedule(c.deadline), addDays(today, -400), addDays(today, SUBMIT_AHEAD_DAYS));
    const period = periodOf(text, today);
    if (period) {
      const within = (from: string, to: string) => all.filter((o) => o.date >= from && o.date <= addDays(to, 1)).at(-1);
      const yearEarlier = (d: string) => makeDate(parts(d).year - 1, parts(d).month, parts(d).day);
      // "quý II" said in November is read as next year's quarter; the report just done is the same quarter a year before.
      return within(period.from, period.to) ?? within(yearEarlier(period.from), yearEarlier(period.to));
    }
    const submitted = submissionsOf(s, m);
    const open = all.filter((o) => !submitted.has(submissionKey(c.plan.file, c.deadline.id, o.date)));
    const passed = open.filter((o) => o.date <= today && o.date >= addDays(today, -OFFICIALS_TUNING.overdueLookbackDays));
    return passed[0] ?? open.find((o) => o.date > today);
  }
}
