import type { TaskUpdate } from '../store';
import type { OfficialsData, PlanData } from './data';
import type { PlanInfo, PlanRef, TaskRecord, TaskStatus } from './records';
import type { Roster, RosterUnit } from './roster';
import { distinctive } from './matching';

export interface UnitTask {
  plan: PlanRef;
  task: TaskRecord;
  /** Stable key of the task across re-extraction: plan path and record id. */
  key: string;
  role: 'lead' | 'support';
  /** The group or sub-unit through which the task concerns the unit, when it is not named directly. */
  via?: string;
  status: TaskStatus;
  update?: TaskUpdate;
}

export const taskKey = (plan: PlanInfo, task: TaskRecord) => `${plan.file}#${task.id}`;

/** Ids whose tasks concern a unit: itself, its groups, its sub-units and the groups made only of them. */
export function unitScope(roster: Roster, unit: RosterUnit): Map<string, string | undefined> {
  const scope = new Map<string, string | undefined>();
  for (const id of roster.scopeOf(unit.id)) scope.set(id, id === unit.id ? undefined : roster.get(id)?.name);
  const children = roster.childrenOf(unit.id);
  for (const child of children) scope.set(child.id, child.name);
  const childIds = new Set(children.map((c) => c.id));
  for (const group of roster.units.filter((u) => u.group)) {
    const members = roster.units.filter((u) => u.in.includes(group.id));
    if (members.length > 0 && members.every((m) => childIds.has(m.id))) scope.set(group.id, group.name);
  }
  return scope;
}

const ORDER: Record<TaskStatus, number> = { not_started: 0, in_progress: 0, unknown: 1, done: 2 };

/** The unit's tasks in its province's plans, outstanding first, lead before support, direct before via a group. */
export function tasksForUnit(data: OfficialsData, unit: RosterUnit, updates: ReadonlyMap<string, TaskUpdate>, plans?: readonly PlanData[]): UnitTask[] {
  const scope = unitScope(data.roster, unit);
  const out: UnitTask[] = [];
  for (const p of plans ?? data.plans) {
    if (p.plan.province !== unit.province) continue;
    for (const task of p.tasks) {
      const leadId = task.lead_ids.find((id) => scope.has(id));
      const supportId = leadId ? undefined : task.support_ids.find((id) => scope.has(id));
      const id = leadId ?? supportId;
      if (!id) continue;
      const key = taskKey(p.plan, task);
      const update = updates.get(key);
      out.push({
        plan: p.plan,
        task,
        key,
        role: leadId ? 'lead' : 'support',
        via: scope.get(id),
        status: (update?.status as TaskStatus | undefined) ?? task.status,
        update,
      });
    }
  }
  return out.sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      Number(a.role === 'support') - Number(b.role === 'support') ||
      Number(!!a.via) - Number(!!b.via),
  );
}

/** Tasks the question names by their words ("nhiệm vụ khen thưởng"), best first; empty when it names none clearly. */
export function tasksNamedIn(question: string, tasks: readonly UnitTask[]): UnitTask[] {
  const asked = distinctive(question.replace(/nhiệm vụ|đơn vị|của tôi|chúng tôi/giu, ' '));
  if (asked.size === 0) return [];
  const scored = tasks.map((t) => {
    const words = distinctive(`${t.task.text} ${t.task.details.join(' ')}`);
    const hits = [...asked].filter((w) => words.has(w)).length;
    return { t, score: hits / asked.size, hits };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best < 0.6) return [];
  return scored.filter((s) => s.score === best && s.hits >= 1).map((s) => s.t);
}

/** A task by its code ("III.2", "PL-I.II.3") among the unit's tasks. */
export function taskByCode(code: string, tasks: readonly UnitTask[]): UnitTask[] {
  const wanted = code.trim().replace(/^\[|\]$/gu, '').toUpperCase();
  return tasks.filter((t) => t.task.id.toUpperCase() === wanted);
}
