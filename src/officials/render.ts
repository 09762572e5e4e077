import type { Button } from '../core';
import type { TaskUpdate } from '../store';
import { civilDate, daysBetween, daysInMonth, formatDate, isoWeekday, lastDay, makeDate, quarterEnd, type CivilDate } from '../time';
import type { DueItem } from './deadlines';
import { planLabel } from './labels';
import { MESSAGES as M } from './messages';
import type { UnitTask } from './tasks';
import { OFFICIALS_TUNING } from './tuning';

const day = (date: CivilDate) => `${M.weekday(isoWeekday(date))}`;
const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "23/11/2026 09:15" in Vietnam time. */
export function when(at: Date): string {
  return `${formatDate(civilDate(at))} ${timeFormat.format(at)}`;
}

/** How an update's author is named: the official's display name, else their channel. */
export type NameOf = (by: string) => string;

/** The first line of a deadline: its name and period, then when it is due and where it stands. */
export function deadlineLine(item: DueItem, nameOf: NameOf): string {
  const { deadline: d, due, occurrence } = item;
  const period = occurrence?.period && d.schedule.kind !== 'date' ? ` (${occurrence.period})` : '';
  const parts: string[] = [];
  if (due.state === 'open') parts.push(M.due.open);
  else if (due.state === 'checking' && due.correction) {
    const after = item.plan.issued_after ? formatDate(item.plan.issued_after) : '?';
    parts.push(M.due.checking(d.timing, after, formatDate(due.correction.corrected)));
  } else if (due.last && due.written) {
    const event = due.bound === 'on';
    parts.push(event ? M.due.eventDay(day(due.last), formatDate(due.last)) : M.due.lastDay(day(due.last), formatDate(due.last)));
    if (due.correction?.confirmed) parts.push(M.due.corrected(formatDate(due.correction.written), formatDate(due.correction.corrected)));
    else parts.push(due.bound === 'before' ? M.due.writtenBefore(formatDate(due.written)) : M.due.written(d.timing));
    parts.push(stateText(item, nameOf));
    if (!event && due.workingDay && (due.state === 'upcoming' || due.state === 'today')) parts.push(M.due.weekend(day(due.workingDay), formatDate(due.workingDay)));
  }
  return `• ${d.title}${period}: ${parts.join('; ')}`;
}

function stateText(item: DueItem, nameOf: NameOf): string {
  const { due } = item;
  const event = due.bound === 'on';
  switch (due.state) {
    case 'upcoming':
      return event ? M.due.eventLeft(due.days) : M.due.left(due.days);
    case 'today':
      return event ? M.due.eventToday : M.due.today;
    case 'overdue':
      return M.due.overdue(due.days);
    case 'passed':
      return M.due.passed(due.days);
    case 'submitted':
      return M.due.submitted(nameOf(due.submitted!.by), when(due.submitted!.at));
    default:
      return '';
  }
}

/** The second line of a deadline: the document it comes from, whom the report goes to, the asker's part in it. */
export function deadlineSource(item: DueItem): string {
  const d = item.deadline;
  const extra = [
    ...(d.support?.length ? [M.due.leadAndPartners(d.units.join('; '), d.support.join('; '))] : []),
    ...(d.to ? [M.due.sentTo(d.to)] : []),
    ...(item.role === 'support' ? [M.due.asPartner] : []),
    ...(item.child ? [M.due.ofChild(item.child)] : []),
  ];
  return `   📄 ${planLabel(item.plan)}${extra.length > 0 ? ` · ${extra.join(' · ')}` : ''}`;
}

export function deadlineBlock(item: DueItem, nameOf: NameOf): string {
  return `${deadlineLine(item, nameOf)}\n${deadlineSource(item)}`;
}

/** A task's text for a list: whole, or cut at a word with "…" (its number says how to read it whole). */
export function shortText(text: string, max: number = OFFICIALS_TUNING.lineChars): { text: string; cut: boolean } {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return { text: clean, cut: false };
  return { text: `${clean.slice(0, max).replace(/[\s,;:–-]+\S*$/u, '')}…`, cut: true };
}

export function roleText(t: UnitTask): string {
  if (t.role === 'child' && t.owner) return M.roleOf(t.owner.unit.name, t.owner.role === 'lead' ? M.roleLead : M.roleSupport);
  const role = t.role === 'lead' ? M.roleLead : M.roleSupport;
  return t.via ? `${role} (${M.roleVia(t.via)})` : role;
}

/** When a dated task was due, when it has passed without being done. */
export function taskOverdue(t: UnitTask, today: CivilDate): { days: number; date: CivilDate } | undefined {
  const s = t.task.schedule;
  if (!s || t.status === 'done') return undefined;
  let due: CivilDate | undefined;
  if (s.kind === 'date') due = lastDay(s.date, s.bound);
  else if (s.kind === 'quarter') due = quarterEnd(s.year, s.quarter);
  else if (s.kind === 'month' && !s.from) due = makeDate(s.year, s.month, daysInMonth(s.year, s.month));
  if (!due || due >= today) return undefined;
  return { days: daysBetween(due, today), date: due };
}

/** One numbered line of a task list: status, text, role and state, then its document and code. */
export function taskLine(t: UnitTask, today: CivilDate, nameOf: NameOf, whole = false): string {
  const { text, cut } = whole ? { text: t.task.text.replace(/\s+/gu, ' ').trim(), cut: false } : shortText(t.task.text);
  const late = taskOverdue(t, today);
  const facts = [
    roleText(t),
    M.statusLabel[t.status],
    ...(late ? [M.overdueTask(late.days, formatDate(late.date))] : []),
    ...(t.task.timing ? [t.task.schedule?.kind === 'on_request' ? M.conditional : M.timing(t.task.timing)] : []),
    ...(t.live.round && t.task.schedule?.kind !== 'ongoing' ? [M.round(t.live.round)] : []),
    ...(t.live.update ? [M.lastUpdate(when(t.live.update.at), nameOf(t.live.update.by))] : []),
    ...(t.live.note?.note ? [M.noteLine(t.live.note.note)] : []),
  ];
  const number = t.number !== undefined ? `${t.number}. ` : '• ';
  const source = [M.documentAt(planLabel(t.plan), t.task.id), ...(cut && t.number !== undefined ? [M.seeWhole(t.number)] : [])];
  return `${number}${M.statusIcon[t.status]} ${text}\n   ${facts.join(' · ')}\n   ${source.join(' · ')}`;
}

/** A task as the plans give it to a unit, for anyone: its whole text, the unit's role, timing and document. */
export function publicTaskLine(t: UnitTask): string {
  const facts = [roleText(t), ...(t.task.timing ? [t.task.schedule?.kind === 'on_request' ? M.conditional : M.timing(t.task.timing)] : [])];
  return `• ${t.task.text.replace(/\s+/gu, ' ').trim()}\n   ${facts.join(' · ')}\n   ${M.documentAt(planLabel(t.plan), t.task.id)}`;
}

/** The whole of one task: every field, its status and its latest update. */
export function taskDetail(t: UnitTask, history: readonly TaskUpdate[], nameOf: NameOf): string {
  const none = M.detail.none;
  const lines = [
    `${t.number !== undefined ? `${t.number}. ` : ''}${t.task.text}`,
    ...t.task.details.map((d) => `   ${d}`),
    t.task.kind === 'proposal' ? M.detail.addressed((t.task.addressed ?? []).join('; ') || none) : M.detail.lead(t.task.lead.join('; ') || none),
    ...(t.task.support.length > 0 ? [M.detail.support(t.task.support.join('; '))] : []),
    ...(t.role !== 'proposal' ? [M.detail.yourRole(roleText(t))] : []),
    M.detail.timing(t.task.timing ?? none),
  ];
  if (t.role !== 'proposal') {
    lines.push(M.detail.status(`${M.statusLabel[t.status]}${t.live.round && t.task.schedule?.kind !== 'ongoing' ? ` (${M.round(t.live.round)})` : ''}`));
    if (t.task.result) lines.push(M.detail.documentResult(t.task.result_year ? M.resultOfYear(t.task.result, t.task.result_year) : t.task.result));
    const last = history.at(-1);
    if (last) lines.push(M.detail.lastUpdate(when(last.at), nameOf(last.by), history.length));
    if (t.live.note?.note) lines.push(M.detail.note(t.live.note.note));
  }
  lines.push(M.documentAt(planLabel(t.plan), t.task.id));
  return lines.join('\n');
}

/** A row of buttons for one task: "Xong", "Đang làm", "Ghi chú", carrying the task's stable hash. */
export function taskActions(t: UnitTask): Button[] {
  const n = t.number ?? '';
  return [
    { label: `${M.buttons.done} ${n}`.trim(), data: `/xong #${t.hash}` },
    { label: `${M.buttons.inProgress} ${n}`.trim(), data: `/danglam #${t.hash}` },
    { label: `${M.buttons.note} ${n}`.trim(), data: `/ghichu #${t.hash}` },
  ];
}
