import { formatDate } from '../../time';
import { taskOverdue } from '../render';
import type { Session } from '../identity';
import { planLabel } from '../labels';
import { MESSAGES as M } from '../messages';
import type { PlanData } from '../data';
import { dueOf } from '../due';
import type { UnitMatch } from '../roster';
import { roleText, when } from '../render';
import { tasksForUnit, unitLabel, type UnitTask } from '../tasks';
import type { Criterion } from './outline';

/** A paragraph of the draft: text, or a blank the unit fills in ("[cần bổ sung: …]"). */
export interface DraftParagraph {
  text: string;
  blank?: boolean;
  guidance?: boolean;
}

export interface DraftSection {
  level: number;
  heading: string;
  paragraphs: DraftParagraph[];
  /** The criteria table goes under this section. */
  criteria?: (Criterion & { value: string })[];
}

export interface AppendixRow {
  stt: number;
  task: string;
  lead: string;
  support: string;
  result: string;
  document: string;
}

/** Everything a draft report says, before it is laid out as DOCX and XLSX. */
export interface DraftContent {
  unit: string;
  province: string;
  recipient?: string;
  title: string[];
  intro: DraftParagraph[];
  sections: DraftSection[];
  signature: string[];
  appendix: AppendixRow[];
}

/** How a task stands, as the appendix and section 2.1 write it: status, note, latest update, or a blank. */
function resultOf(t: UnitTask, session: Session): { text: string; blank: boolean } {
  const parts: string[] = [];
  if (t.status !== 'unknown') parts.push(M.statusLabel[t.status]);
  if (t.live.fromDocument && t.task.result) parts.push(M.documentResult(t.task.result, t.task.result_year));
  if (t.live.note?.note) parts.push(M.noteLine(t.live.note.note));
  if (t.live.update) parts.push(M.lastUpdate(when(t.live.update.at), session.nameOf(t.live.update.by)));
  const late = taskOverdue(t, session.today);
  if (late) parts.push(M.overdueTask(late.days, formatDate(late.date)));
  return parts.length > 0 ? { text: parts.join('; '), blank: false } : { text: M.draft.blank(M.draft.blankResult), blank: true };
}

/**
 * The draft of a unit's report following a plan's outline: the outline's sections with its guidance, section 2.1 filled
 * with the unit's tasks and their live statuses and notes, the criteria with their targets and a blank for each figure,
 * the data period and the deadline; and the appendix table of tasks.
 */
export function draftContent(session: Session, match: UnitMatch, plan: PlanData): DraftContent {
  const outline = plan.outline!;
  const tasks = tasksForUnit(session.data, match, session.updates, session.today).filter((t) => t.role === 'lead' || t.role === 'support' || t.role === 'child');
  const report = plan.deadlines.find((d) => d.kind === 'report' && d.schedule.kind === 'date');
  const intro: DraftParagraph[] = [];
  if (outline.attachedTo) intro.push({ text: M.draft.basis(outline.attachedTo) });
  if (outline.dataPeriod) intro.push({ text: M.draft.period(outline.dataPeriod.text) });
  if (report && report.schedule.kind === 'date') {
    const due = dueOf(report, { date: report.schedule.date, type: 'due' }, session.today);
    if (due.last) intro.push({ text: M.draft.deadline(formatDate(due.last), report.timing) });
  }
  intro.push({ text: M.draft.draftNote(formatDate(session.today)), guidance: true });

  const sections = outline.sections.map((s): DraftSection => {
    const paragraphs: DraftParagraph[] = s.guidance.map((g) => ({ text: M.draft.guidance(g), guidance: true }));
    const heading = s.heading;
    if (/phân công/iu.test(heading)) {
      if (tasks.length === 0) paragraphs.push({ text: M.draft.noTasks, blank: true });
      for (const [i, t] of tasks.entries()) {
        const result = resultOf(t, session);
        paragraphs.push({ text: M.draft.taskLine(i + 1, t.task.text.replace(/\s+/gu, ' '), roleText(t), `${planLabel(t.plan)}, mục ${t.task.id}`, result.text), blank: result.blank });
      }
      return { level: s.level, heading, paragraphs };
    }
    const criteria = outline.criteria.length > 0 && /lượng hóa|kết quả đạt được/iu.test(heading) ? outline.criteria.map((c) => ({ ...c, value: M.draft.blankFigure(c.measure) })) : undefined;
    if (!criteria && s.guidance.length > 0) paragraphs.push({ text: M.draft.blank(M.draft.blankSection), blank: true });
    return { level: s.level, heading, paragraphs, ...(criteria ? { criteria } : {}) };
  });

  const appendix = tasks.map((t, i) => ({
    stt: i + 1,
    task: t.task.text.replace(/\s+/gu, ' '),
    lead: t.task.lead.join('; '),
    support: t.task.support.join('; '),
    result: resultOf(t, session).text,
    document: `${planLabel(t.plan)}, mục ${t.task.id}`,
  }));
  return {
    unit: unitLabel(match),
    province: match.unit.province,
    recipient: report?.to,
    title: outline.title,
    intro,
    sections,
    signature: outline.signature,
    appendix,
  };
}
