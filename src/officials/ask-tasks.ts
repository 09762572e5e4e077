import type { Button, Source } from '../core';
import { planSource, type Answer } from './ask-deadlines';
import type { PlanData } from './data';
import { narrowByQuestion, type Session } from './identity';
import { planLabel } from './labels';
import { distinctive, sectionNamedIn } from './matching';
import { MESSAGES as M } from './messages';
import { publicTaskLine, taskActions, taskDetail, taskLine, taskOverdue } from './render';
import type { RosterUnit, UnitMatch } from './roster';
import { statusUnitKey, tasksForUnit, tasksNamedIn, unitLabel, type UnitTask } from './tasks';
import { LIST_WORDS, PROPOSAL_PHRASES } from './phrases';
import { OFFICIALS_TUNING } from './tuning';
import { officialsForm } from './understand';

export interface TaskQuery {
  filter: 'all' | 'outstanding' | 'overdue';
  role?: 'lead' | 'support';
  listAll: boolean;
  /** Offer "Xong", "Đang làm", "Ghi chú" buttons (the asker can update). */
  actions: boolean;
}

/** Whether a task still needs doing: not done, and not a step taken only when it arises. */
export const outstanding = (t: UnitTask) => t.status !== 'done' && t.task.schedule?.kind !== 'on_request' && t.role !== 'proposal';

/**
 * The unit's tasks as the question asks for them: all, outstanding or overdue; led or partnered; in a named plan or
 * section; or the whole of the few tasks the question names. Lines are numbered for "xong 2", name their document,
 * and come with a row of buttons each when the asker can update them.
 */
export async function answerTasks(session: Session, question: string, query: TaskQuery, matches: UnitMatch[]): Promise<Answer> {
  const { data, today } = session;
  const { plans } = narrowByQuestion(data, matches, question);
  const blocks: string[] = [];
  const actions: Button[][] = [];
  const sources = new Map<string, Source>();
  const groups = plans ? matches.filter((m) => plans.some((p) => p.plan.province === m.unit.province)) : matches;
  for (const match of groups.length > 0 ? groups : matches) {
    const all = tasksForUnit(data, match, session.updates, today, plans);
    const unitName = `${unitLabel(match)} (${match.unit.province})`;
    const heading = plans ? M.inPlans(unitName, plans.map((p) => planLabel(p.plan)).join('; ')) : unitName;
    if (all.length === 0) {
      blocks.push(M.noTasks(heading));
      continue;
    }
    const proposals = all.filter((t) => t.role === 'proposal');
    if (proposals.length > 0 && PROPOSAL_PHRASES.some((p) => ` ${officialsForm(question)} `.includes(` ${p} `))) {
      blocks.push([M.proposalTitle, ...proposals.map((t) => taskDetail(t, [], session.nameOf))].join('\n\n'));
      for (const t of proposals) sources.set(t.plan.path, planSource(t.plan, t.task.section));
      continue;
    }
    const sections = sectionNamedIn(question, [...new Set(all.map((t) => t.task.section))], [...new Set(all.map((t) => t.plan.title))]);
    const inSection = sections ? all.filter((t) => sections.has(t.task.section)) : all;
    // A question naming a part of a plan and asking for several things ("những mô hình, phong trào nào") lists that
    // part; one naming a task ("học trên nền tảng nào") gets that task whole.
    const wantsList = sections && LIST_WORDS.some((w) => ` ${officialsForm(question)} `.includes(` ${w} `));
    // Words that only name the part do not name a task in it.
    const partWords = sections ? distinctive([...sections].join(' ')) : undefined;
    const asked = query.listAll || query.filter !== 'all' || query.role || wantsList ? [] : tasksNamedIn(question, inSection, sections ? 2 : 1, partWords);
    for (const t of inSection) sources.set(t.plan.path, planSource(t.plan));
    if (asked.length > 0 && asked.length <= 3) {
      const details = await Promise.all(asked.map(async (t) => taskDetail(t, await session.store.taskHistory(t.key, t.owner ? t.owner.unit.id : statusUnitKey(match)), session.nameOf)));
      blocks.push(details.join('\n\n'));
      if (query.actions) actions.push(...asked.filter((t) => t.role === 'lead' || t.role === 'support').map(taskActions));
      continue;
    }
    blocks.push(listBlock(session, heading, inSection, query, actions));
  }
  // Zalo and the terminal show no buttons: the footer only says what to type there.
  const buttons = session.message.channel === 'telegram' || session.message.channel === 'web';
  const footer = query.actions && actions.length > 0 ? `\n\n${M.tasksFooter(OFFICIALS_TUNING.undoMinutes, buttons)}` : '';
  return { intent: 'tasks', text: blocks.join('\n\n') + footer, sources: [...sources.values()], ...(actions.length > 0 ? { actions } : {}) };
}

function listBlock(session: Session, heading: string, tasks: UnitTask[], query: TaskQuery, actions: Button[][]): string {
  const { today, nameOf } = session;
  const numbered = tasks.filter((t) => t.number !== undefined);
  let shown = numbered;
  let title = M.tasksTitle(heading, numbered.length, numbered.filter(outstanding).length);
  const notes: string[] = [];
  if (query.filter === 'outstanding') {
    shown = shown.filter(outstanding);
    title = M.tasksOutstandingTitle(heading, shown.length, numbered.length);
  } else if (query.filter === 'overdue') {
    shown = shown.filter((t) => taskOverdue(t, today));
    if (shown.length === 0) return M.noOverdueTasks(heading);
    title = M.tasksOverdueTitle(heading);
  }
  if (query.role === 'lead') {
    const others = shown.filter((t) => t.role === 'support').length;
    shown = shown.filter((t) => t.role === 'lead' || (t.role === 'child' && t.owner?.role === 'lead'));
    if (shown.length === 0) return M.noLeadTasks(heading);
    notes.push(M.onlyLeadNote(others));
  } else if (query.role === 'support') {
    const others = shown.filter((t) => t.role === 'lead').length;
    shown = shown.filter((t) => t.role === 'support' || (t.role === 'child' && t.owner?.role === 'support'));
    if (shown.length === 0) return M.noSupportTasks(heading);
    notes.push(M.onlySupportNote(others));
  }
  // Partnering only as one of a group ("Các phòng, ban, trung tâm" beside nearly every row) is told as a count,
  // unless asked for: the list stays what the unit itself leads or is named to partner.
  const viaGroup = shown.filter((t) => t.role === 'support' && t.via);
  if (!query.role && !query.listAll && viaGroup.length > 0 && viaGroup.length < shown.length) {
    shown = shown.filter((t) => !viaGroup.includes(t));
    notes.push(M.groupPartnerNote(viaGroup.length, [...new Set(viaGroup.map((t) => t.via!))].join(', ')));
  }
  const limit = query.listAll ? Infinity : OFFICIALS_TUNING.maxListed;
  const listed = shown.slice(0, limit);
  const whole = listed.length <= OFFICIALS_TUNING.wholeTextUpTo;
  const lines: string[] = [title];
  for (const [role, label] of [
    ['lead', M.leadTitle],
    ['support', M.supportTitle],
    ['child', M.childTitle],
  ] as const) {
    const these = listed.filter((t) => t.role === role);
    if (these.length === 0) continue;
    lines.push('', label, ...these.map((t) => taskLine(t, today, nameOf, whole)));
  }
  if (shown.length > listed.length) lines.push('', M.more(shown.length - listed.length));
  const proposals = tasks.filter((t) => t.role === 'proposal');
  if (proposals.length > 0 && query.filter === 'all' && !query.role) lines.push('', M.proposalTitle, ...proposals.map((t) => taskLine(t, today, nameOf)));
  lines.push(...notes.filter(Boolean).map((n) => `\n${n}`));
  if (query.actions) actions.push(...listed.filter((t) => t.role === 'lead' || t.role === 'support').map(taskActions));
  return lines.join('\n');
}

/**
 * What the plans give a unit the question names ("Tỉnh đoàn chủ trì những việc gì"): public in the plans, so anyone may
 * ask; what it leads and what it partners, answered apart. Statuses stay with the unit's own officials.
 */
export function answerNamedUnit(session: Session, role: 'lead' | 'support' | undefined, unit: RosterUnit, plans?: PlanData[]): Answer {
  // Work every unit of the province shares ("các cơ quan, đơn vị") says nothing about this one.
  const everyone = new Set(session.data.roster.units.filter((u) => u.all).map((u) => u.name));
  const all = tasksForUnit(session.data, { unit }, () => [], session.today, plans).filter((t) => (t.role === 'lead' || t.role === 'support') && !(t.via && everyone.has(t.via)));
  const sources = new Map<string, Source>();
  for (const t of all) sources.set(t.plan.path, planSource(t.plan));
  const heading = `${unit.name} (${unit.province})`;
  const lines = [M.namedUnitTitle(unit.name, unit.province)];
  const lead = all.filter((t) => t.role === 'lead');
  const support = all.filter((t) => t.role === 'support');
  if (role !== 'support') lines.push('', lead.length > 0 ? M.leadTitle : M.noLeadTasks(heading), ...lead.map(publicTaskLine));
  if (role !== 'lead') lines.push('', support.length > 0 ? M.supportTitle : M.noSupportTasks(heading), ...support.map(publicTaskLine));
  if (role === 'lead' && support.length > 0) lines.push('', M.namedMoreSupport(unit.name, support.length));
  if (role === 'support' && lead.length > 0) lines.push('', M.namedMoreLead(unit.name, lead.length));
  lines.push('', M.namedUnitFooter);
  return { intent: 'tasks', text: lines.join('\n'), sources: [...sources.values()] };
}
