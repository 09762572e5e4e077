import { createHash } from 'node:crypto';
import type { TaskUpdate } from '../store';
import type { CivilDate } from '../time';
import type { OfficialsData, PlanData } from './data';
import { foldText, hasDiacritics } from '../text';
import { distinctive } from './matching';
import { ASKING_WORDS } from './phrases';

const ASKING = new Set(ASKING_WORDS);
import type { PlanInfo, PlanRef, TaskRecord, TaskStatus } from './records';
import type { Roster, RosterUnit, UnitMatch } from './roster';
import { liveStatus, type LiveStatus } from './status';

/**
 * How a task concerns a unit: it leads it, takes part as a partner, one of its sub-units leads or partners it
 * (`child`, seen by the parent), or it is a proposal addressed to the unit.
 */
export type TaskRole = 'lead' | 'support' | 'child' | 'proposal';

export interface UnitTask {
  plan: PlanRef;
  task: TaskRecord;
  /** Stable key of the task across re-extraction: plan file and record id. */
  key: string;
  /** A short, stable reference for buttons ("#3fa2c1"), made from the key. */
  hash: string;
  /** Its number in the unit's list ("xong 2"); proposals have none. */
  number?: number;
  role: TaskRole;
  /** The group through which the task reaches the unit ("Các phòng, ban, trung tâm"), when not named directly. */
  via?: string;
  /** For a sub-unit's task: the sub-unit, its role in the task and whose statuses count. */
  owner?: { unit: RosterUnit; role: 'lead' | 'support' };
  live: LiveStatus;
  status: TaskStatus;
}

export const taskKey = (plan: Pick<PlanInfo, 'file'>, task: Pick<TaskRecord, 'id'>) => `${plan.file}#${task.id}`;
export const taskHash = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 6);

/** The key under which a unit's task statuses are kept: a commune's own name keeps communes of one group apart. */
export function statusUnitKey(match: UnitMatch): string {
  return match.commune ? `${match.unit.id}:${match.commune.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase().replace(/^ubnd /u, '').replace(/\s+/gu, ' ').trim()}` : match.unit.id;
}

export const unitLabel = (m: UnitMatch) => m.commune ?? m.unit.name;

/** The groups a unit belongs to (transitively) and its province's all-units group, each with its name. */
export function unitScope(roster: Roster, unit: RosterUnit): Map<string, string | undefined> {
  const scope = new Map<string, string | undefined>();
  for (const id of roster.scopeOf(unit.id)) scope.set(id, id === unit.id ? undefined : roster.get(id)?.name);
  return scope;
}

/** Units whose tasks a parent oversees: its sub-units, and the groups made of them alone. */
function childScopes(roster: Roster, unit: RosterUnit): { child: RosterUnit; ids: Set<string> }[] {
  const children = roster.childrenOf(unit.id);
  const childIds = new Set(children.map((c) => c.id));
  const ownGroups = roster.units.filter((g) => g.group && roster.units.some((u) => u.in.includes(g.id)) && roster.units.filter((u) => u.in.includes(g.id)).every((u) => childIds.has(u.id)));
  return children.map((child) => ({ child, ids: new Set([child.id, ...ownGroups.filter((g) => child.in.includes(g.id)).map((g) => g.id)]) }));
}

export interface UpdatesByUnit {
  /** Updates (not undone, oldest first) of one status key. */
  (statusKey: string): readonly TaskUpdate[];
}

/**
 * The tasks that concern a unit in its province's plans, numbered: what it leads, then what it partners, then what its
 * sub-units lead or partner (their statuses), each in plan order; proposals addressed to it come last, unnumbered.
 * A unit named as a partner is a partner even when a group it belongs to leads; the unit a task's result goes to
 * ("báo cáo về Sở KH&CN") is not given it through a group it belongs to.
 */
export function tasksForUnit(data: OfficialsData, match: UnitMatch, updates: UpdatesByUnit, today: CivilDate, plans?: readonly PlanData[]): UnitTask[] {
  const { roster } = data;
  const unit = match.unit;
  const scope = unitScope(roster, unit);
  const children = childScopes(roster, unit);
  const ownKey = statusUnitKey(match);
  const groups: Record<TaskRole, UnitTask[]> = { lead: [], support: [], child: [], proposal: [] };
  const inProvince = [...(plans ?? data.plans)].filter((p) => p.plan.province === unit.province).sort((a, b) => a.plan.file.localeCompare(b.plan.file));
  const loaded = new Map<string, Map<string, TaskUpdate[]>>();
  const updatesOf = (statusKey: string, key: string) => {
    let byTask = loaded.get(statusKey);
    if (!byTask) {
      byTask = new Map();
      for (const u of updates(statusKey)) byTask.set(u.taskKey, [...(byTask.get(u.taskKey) ?? []), u]);
      loaded.set(statusKey, byTask);
    }
    return byTask.get(key) ?? [];
  };
  for (const p of inProvince) {
    for (const task of p.tasks) {
      const key = taskKey(p.plan, task);
      const make = (role: TaskRole, statusKey: string, extra: Partial<UnitTask> = {}): UnitTask => {
        const live = liveStatus(task, updatesOf(statusKey, key), today);
        return { plan: p.plan, task, key, hash: taskHash(key), role, live, status: live.status, ...extra };
      };
      if (task.kind === 'proposal') {
        if (task.addressed_ids?.includes(unit.id)) groups.proposal.push(make('proposal', ownKey));
        continue;
      }
      if (task.to_id === unit.id) continue;
      const direct = task.lead_ids.includes(unit.id) ? 'lead' : task.support_ids.includes(unit.id) ? 'support' : undefined;
      const viaLead = task.lead_ids.find((id) => id !== unit.id && scope.has(id));
      const viaSupport = task.support_ids.find((id) => id !== unit.id && scope.has(id));
      if (direct) groups[direct].push(make(direct, ownKey));
      else if (viaLead) groups.lead.push(make('lead', ownKey, { via: scope.get(viaLead) }));
      else if (viaSupport) groups.support.push(make('support', ownKey, { via: scope.get(viaSupport) }));
      else {
        for (const { child, ids } of children) {
          const role = task.lead_ids.some((id) => ids.has(id)) ? 'lead' : task.support_ids.some((id) => ids.has(id)) ? 'support' : undefined;
          if (!role) continue;
          if (role === 'support' && children.some((c) => task.lead_ids.includes(c.child.id))) continue;
          groups.child.push(make('child', child.id, { owner: { unit: child, role } }));
          break;
        }
      }
    }
  }
  const numbered = [...groups.lead, ...groups.support, ...groups.child];
  numbered.forEach((t, i) => (t.number = i + 1));
  return [...numbered, ...groups.proposal];
}

/** Tasks the question names by their words ("nhiệm vụ khen thưởng"), best first; empty when it names none clearly. */
export function tasksNamedIn(question: string, tasks: readonly UnitTask[], minHits = 1, notCounting?: ReadonlySet<string>): UnitTask[] {
  const accents = hasDiacritics(question);
  const asked = new Set([...distinctive(question, accents)].filter((w) => !ASKING.has(foldText(w)) && !/^\d+$/u.test(w) && !notCounting?.has(foldText(w))));
  if (asked.size === 0) return [];
  const scored = tasks.map((t) => {
    const words = distinctive(`${t.task.text} ${t.task.details.join(' ')}`, accents);
    const hits = [...asked].filter((w) => words.has(w)).length;
    return { t, score: hits / asked.size, hits };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best < 0.6) return [];
  return scored.filter((s) => s.score === best && s.hits >= minHits).map((s) => s.t);
}

/** A task by its code ("III.2", "PL-I.II.3", "[3.1]") among the unit's tasks. */
export function taskByCode(code: string, tasks: readonly UnitTask[]): UnitTask[] {
  const wanted = code.trim().replace(/^\[|\]$/gu, '').toUpperCase();
  return tasks.filter((t) => t.task.id.toUpperCase() === wanted);
}
