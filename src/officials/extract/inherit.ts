import { foldText } from '../../text';
import type { ExtractionContext } from './context';

/**
 * Tasks of a letter that ask for a report ("khẩn trương… xây dựng Báo cáo tổng kết…") take the letter's one dated
 * report deadline, and its recipient, when it binds their units and they state no timing of their own.
 */
export function inheritReportTiming(context: ExtractionContext): void {
  const reports = context.deadlines.filter((d) => d.kind === 'report' && d.schedule.kind === 'date');
  if (reports.length !== 1) return;
  const report = reports[0]!;
  for (const task of context.tasks) {
    if (task.kind !== 'task' || task.schedule || !/\bbao cao\b/u.test(foldText(task.text))) continue;
    if (!task.lead_ids.some((id) => report.unit_ids.includes(id))) continue;
    task.timing = report.timing;
    task.schedule = report.schedule;
    if (report.to_id) Object.assign(task, { to: report.to, to_id: report.to_id });
  }
}
