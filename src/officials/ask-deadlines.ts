import type { Reply, Source } from '../core';
import type { TaskUpdate } from '../store';
import { foldText } from '../text';
import { formatDate } from '../time';
import type { PlanData } from './data';
import { findDeadlines, type Concern, type DueItem } from './deadlines';
import { narrowByQuestion, type Session } from './identity';
import { withoutPlanYears } from './matching';
import { MESSAGES as M } from './messages';
import { periodOf } from './periods';
import { officialsForm } from './understand';
import type { PlanRef } from './records';
import { deadlineBlock } from './render';
import type { Roster, UnitMatch } from './roster';
import { statusUnitKey, unitLabel, unitScope } from './tasks';

export type Answer = Omit<Reply, 'meta'>;

export function planSource(plan: PlanRef, section = ''): Source {
  return { path: plan.path, title: plan.title, section };
}

/** Which deadlines concern a unit: its own, its groups' and its province's, as partner too, and its sub-units'. */
export function unitConcern(roster: Roster, match: UnitMatch): Concern {
  const unit = match.unit;
  const scope = unitScope(roster, unit);
  const children = roster.childrenOf(unit.id);
  return (d) => {
    if (d.to_id === unit.id) return undefined;
    const viaGroup = (ids: readonly string[]) => ids.some((id) => id !== unit.id && scope.has(id));
    if (d.unit_ids.includes(unit.id) || viaGroup(d.unit_ids)) return { role: 'lead' };
    if (d.support_ids?.includes(unit.id) || viaGroup(d.support_ids ?? [])) return { role: 'support' };
    const child = children.find((c) => d.unit_ids.includes(c.id));
    return child ? { role: 'child', child: child.name } : undefined;
  };
}

/** The unit's "đã nộp" records, by submission key. */
export function submissionsOf(session: Session, match: UnitMatch): Map<string, TaskUpdate> {
  const out = new Map<string, TaskUpdate>();
  for (const u of session.updates(statusUnitKey(match))) if (u.taskKey.startsWith('report:') && u.status === 'submitted') out.set(u.taskKey, u);
  return out;
}

/**
 * Answers a deadline question: for each unit the asker speaks for (or for anyone, every plan), the deadlines in the
 * period asked, the next ones or the overdue ones, each with its last day, what the document wrote and where it stands.
 * Undefined for a free-text question of someone who speaks for no unit when nothing matches (knowledge answers it).
 */
export function answerDeadlines(session: Session, question: string, filter: 'all' | 'overdue' | 'next', fromCommand: boolean, matches: UnitMatch[]): Answer | undefined {
  const { data, today } = session;
  const { plans: named } = narrowByQuestion(data, matches, question);
  const folded = foldText(question);
  const provinces = data.roster.provinces.map((p) => p.name).filter((p) => folded.includes(foldText(p)));
  let plans: readonly PlanData[] = named ?? data.plans;
  if (provinces.length > 0) plans = plans.filter((p) => p.plan.province && provinces.includes(p.plan.province));
  const period = periodOf(officialsForm(withoutPlanYears(question, named ?? [])), today);
  const blocks: string[] = [];
  const sources = new Map<string, Source>();
  const groups = matches.length > 0 ? matches : [undefined];
  let found = 0;
  for (const match of groups) {
    const who = match ? M.deadlineFor(`${unitLabel(match)} (${match.unit.province})`) : '';
    const result = findDeadlines({
      plans: match ? plans.filter((p) => p.plan.province === match.unit.province) : plans,
      concerns: match ? unitConcern(data.roster, match) : () => ({ role: 'lead' }),
      question,
      today,
      period,
      filter,
      submissions: match ? submissionsOf(session, match) : undefined,
    });
    const all = [...result.items, ...result.recent, ...result.checking, ...result.open];
    found += all.length;
    for (const d of all) sources.set(d.plan.path, planSource(d.plan, d.deadline.section));
    const lines = (items: DueItem[]) => byProvince(items, !match);
    const block: string[] = [];
    if (filter === 'overdue') {
      if (result.items.length === 0) block.push(M.noOverdue(who));
      else block.push(M.deadlinesOverdue(who, formatDate(today)), ...lines(result.items), M.submitHint);
    } else if (result.items.length > 0) {
      const title = period && !period.next ? M.deadlinesIn(who, period.label) : filter === 'next' || period?.next ? M.deadlinesNext(who, formatDate(today)) : M.deadlinesAll(who, formatDate(today));
      block.push(title, ...lines(result.items));
    } else if (period && !period.next && result.after) {
      block.push(M.noneInPeriod(who, period.label), M.nextAfter, ...lines([result.after]));
    } else if (period && !period.next) {
      block.push(M.noneInPeriod(who, period.label));
    } else if (match && (result.recent.length > 0 || filter === 'next')) {
      block.push(M.noneUpcoming(who));
    } else if (match && all.length === 0) {
      block.push(M.noUnitDeadlines(who));
    }
    if (filter !== 'overdue' && result.recent.length > 0) block.push(M.recentlyPassed, ...lines(result.recent), M.submitHint);
    if (result.checking.length > 0) block.push(M.checkingTitle, ...lines(result.checking));
    if (result.open.length > 0 && filter === 'all') block.push(M.openTitle, ...lines(result.open));
    if (block.length > 0) blocks.push(block.join('\n'));
  }
  if (found === 0 && matches.length === 0 && !fromCommand) return undefined;
  if (blocks.length === 0) blocks.push(M.noDeadlines);
  return { intent: 'deadlines', text: blocks.join('\n\n'), sources: [...sources.values()] };

  function byProvince(items: DueItem[], label: boolean): string[] {
    const render = (d: DueItem) => deadlineBlock(d, session.nameOf);
    const provinces = [...new Set(items.map((d) => d.plan.province ?? ''))];
    if (!label || provinces.length === 1) return items.map(render);
    return provinces.flatMap((p) => [`${p}:`, ...items.filter((d) => (d.plan.province ?? '') === p).map(render)]);
  }
}
