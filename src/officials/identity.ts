import type { Message } from '../core';
import type { Official, Store, TaskUpdate } from '../store';
import { foldText } from '../text';
import { civilDate, type CivilDate } from '../time';
import type { OfficialsData, PlanData } from './data';
import { plansNamedIn } from './matching';
import { MESSAGES as M } from './messages';
import { findInTextMentions } from './mentions';
import type { NameOf } from './render';
import type { RosterUnit, UnitMatch } from './roster';
import { statusUnitKey, type UpdatesByUnit } from './tasks';

/** Who asks: a registered official, a message naming its unit (`ask --unit`), a unit name nobody knows, or anyone. */
export type Identity =
  | { kind: 'official'; official: Official; match: UnitMatch }
  | { kind: 'declared'; matches: UnitMatch[]; name: string }
  | { kind: 'unknown-unit'; name: string }
  | { kind: 'anonymous' };

/** What every answer needs for one message: the records, the store, the day and how to name an update's author. */
export interface Session {
  data: OfficialsData;
  store: Store;
  now: Date;
  today: CivilDate;
  message: Message;
  identity: Identity;
  updates: UpdatesByUnit;
  nameOf: NameOf;
}

/**
 * Everything one message needs from the store, read once up front: who asks, the statuses of their units and sub-units,
 * and the officials' names. Answers then compute from it without going back to the store.
 */
export async function openSession(data: OfficialsData, store: Store, message: Message, now: Date, identity?: Identity): Promise<Session> {
  const who = identity ?? (await identify(data, store, message));
  const units = ownMatches(who);
  return {
    data,
    store,
    now,
    today: civilDate(now),
    message,
    identity: who,
    updates: await loadUpdates(store, statusKeysOf(data, units)),
    nameOf: await namerFor(store),
  };
}

/** A session outside any chat (the admin command line) for one unit: its statuses, a given day. */
export async function standaloneSession(data: OfficialsData, store: Store, now: Date, match: UnitMatch): Promise<Session> {
  const message: Message = { channel: 'cli', userId: 'admin', chatId: 'admin', text: '' };
  return openSession(data, store, message, now, { kind: 'declared', matches: [match], name: match.commune ?? match.unit.name });
}

/** The status keys whose updates answers about these units read: each unit's own, and its sub-units'. */
export function statusKeysOf(data: OfficialsData, matches: readonly UnitMatch[]): string[] {
  return [...new Set(matches.flatMap((m) => [statusUnitKey(m), ...data.roster.childrenOf(m.unit.id).map((c) => c.id)]))];
}

export async function identify(data: OfficialsData, store: Store, message: Message): Promise<Identity> {
  if (message.unit) {
    const matches = data.roster.resolve(message.unit);
    return matches.length > 0 ? { kind: 'declared', matches, name: message.unit } : { kind: 'unknown-unit', name: message.unit };
  }
  const official = await store.getOfficial(message.channel, message.userId);
  if (!official) return { kind: 'anonymous' };
  const unit = data.roster.get(official.unitId);
  if (!unit) return { kind: 'unknown-unit', name: official.unitId };
  return { kind: 'official', official, match: { unit, commune: official.commune } };
}

/** The units the asker speaks for (several when a declared name fits several provinces). */
export function ownMatches(identity: Identity): UnitMatch[] {
  if (identity.kind === 'official') return [identity.match];
  if (identity.kind === 'declared') return identity.matches;
  return [];
}

/** How an update's author is shown: the official's display name, or their channel. */
export async function namerFor(store: Store): Promise<NameOf> {
  const officials = await store.listOfficials({ includeRevoked: true });
  const names = new Map(officials.map((o) => [`${o.channel}:${o.userId}`, o.displayName ?? M.author.official(o.channel, o.id)]));
  return (by) => names.get(by) ?? M.author.unregistered(by.split(':')[0]!);
}

/** The updates of some status keys, read in one query, by key. */
export async function loadUpdates(store: Store, keys: readonly string[]): Promise<UpdatesByUnit> {
  const byKey = new Map<string, TaskUpdate[]>();
  for (const u of await store.taskUpdates(keys)) byKey.set(u.unitId, [...(byKey.get(u.unitId) ?? []), u]);
  return (key) => byKey.get(key) ?? [];
}

/**
 * Narrows units that fit several provinces by what the question names: a plan ("kế hoạch sáng kiến đột phá"), a
 * province ("… ở Đồng Nai"). Several remain when nothing in the question tells them apart.
 */
export function narrowByQuestion(data: OfficialsData, matches: UnitMatch[], question: string): { matches: UnitMatch[]; plans?: PlanData[] } {
  const named = plansNamedIn(question, data.plans);
  const folded = foldText(question);
  const provinces = data.roster.provinces.map((p) => p.name).filter((p) => folded.includes(foldText(p)));
  let narrowed = matches;
  if (named.length > 0) narrowed = narrowed.filter((m) => named.some((p) => p.plan.province === m.unit.province));
  if (provinces.length > 0) narrowed = narrowed.filter((m) => provinces.includes(m.unit.province));
  return { matches: narrowed.length > 0 ? narrowed : matches, plans: named.length > 0 ? named : undefined };
}

/**
 * Units a question names other than the asker's own ("tỉnh đoàn chủ trì những việc gì"), grouped by how they are
 * named: one entry per spelling, with every province's unit of that name. Groups of units are left out.
 */
export function unitsNamedIn(data: OfficialsData, question: string): RosterUnit[] {
  const found = findInTextMentions(data.roster, question, undefined)
    .map((id) => data.roster.get(id)!)
    .filter((u) => !u.all && !u.group);
  // A name spelled the same in several provinces ("Sở KH&CN", "Công an tỉnh") means each of them until one is chosen.
  const namesakes = (u: RosterUnit) => data.roster.units.filter((o) => !o.group && o.keys.some((k) => k.includes(' ') && u.keys.includes(k)));
  return [...new Set(found.flatMap((u) => [u, ...namesakes(u)]))];
}
