import { addDays, formatDate } from '../time';
import { planSource, submissionsOf, unitConcern, type Answer } from './ask-deadlines';
import { outstanding } from './ask-tasks';
import { findDeadlines } from './deadlines';
import type { Session } from './identity';
import { MESSAGES as M } from './messages';
import { deadlineBlock, taskLine, taskOverdue, when } from './render';
import type { UnitMatch } from './roster';
import { tasksForUnit, unitLabel, type UnitTask } from './tasks';

const SOON_DAYS = 30;

function counts(tasks: readonly UnitTask[], today: string) {
  return {
    done: tasks.filter((t) => t.status === 'done').length,
    inProgress: tasks.filter((t) => t.status === 'in_progress').length,
    notStarted: tasks.filter((t) => outstanding(t) && t.status !== 'in_progress').length,
    overdue: tasks.filter((t) => taskOverdue(t, today)).length,
  };
}

/**
 * What a head of unit reports upward (/tonghop, "tóm tắt tình hình để báo cáo lãnh đạo"): task counts by status with
 * each sub-unit rolled up, what is overdue, the deadlines of the next 30 days, and the latest updates.
 */
export function summarise(session: Session, match: UnitMatch): Answer {
  const { data, today } = session;
  const tasks = tasksForUnit(data, match, session.updates, today).filter((t) => t.number !== undefined);
  const own = tasks.filter((t) => t.role !== 'child');
  const c = counts(own, today);
  const lines = [M.summaryTitle(`${unitLabel(match)} (${match.unit.province})`, formatDate(today)), M.summaryCounts(c.done, c.inProgress, c.notStarted, c.overdue)];
  const children = [...new Set(tasks.filter((t) => t.owner).map((t) => t.owner!.unit))];
  if (children.length > 0) {
    lines.push(M.summaryChildren);
    for (const child of children) {
      const k = counts(tasks.filter((t) => t.owner?.unit === child), today);
      lines.push(M.summaryChild(child.name, k.done, k.inProgress, k.notStarted));
    }
  }
  const plans = data.plans.filter((p) => p.plan.province === match.unit.province);
  const base = { plans, concerns: unitConcern(data.roster, match), question: '', today, submissions: submissionsOf(session, match) };
  const overdueReports = findDeadlines({ ...base, filter: 'overdue' }).items;
  const overdueTasks = tasks.filter((t) => taskOverdue(t, today));
  if (overdueReports.length + overdueTasks.length > 0) {
    lines.push('', M.summaryOverdue, ...overdueReports.map((d) => deadlineBlock(d, session.nameOf)), ...overdueTasks.map((t) => taskLine(t, today, session.nameOf)));
  }
  const soon = findDeadlines({ ...base, filter: 'all', period: { from: today, to: addDays(today, SOON_DAYS), label: '' } }).items;
  lines.push('', M.summaryUpcoming, ...(soon.length > 0 ? soon.map((d) => deadlineBlock(d, session.nameOf)) : [M.summaryNothingUpcoming]));
  const recent = tasks
    .filter((t) => t.live.update || t.live.note)
    .sort((a, b) => (b.live.update ?? b.live.note)!.at.getTime() - (a.live.update ?? a.live.note)!.at.getTime())
    .slice(0, 5);
  if (recent.length > 0) {
    lines.push('', M.summaryRecent);
    for (const t of recent) {
      const u = (t.live.update ?? t.live.note)!;
      lines.push(`• ${when(u.at)} — ${t.number}. ${M.statusLabel[t.status]}${t.live.note?.note ? `, ${M.noteLine(t.live.note.note)}` : ''}${t.owner ? ` (${t.owner.unit.name})` : ''} [${t.task.id}]`);
    }
  }
  lines.push('', M.summaryFooter);
  const sources = new Map(tasks.map((t) => [t.plan.path, planSource(t.plan)]));
  return { intent: 'tasks', text: lines.join('\n'), sources: [...sources.values()] };
}
