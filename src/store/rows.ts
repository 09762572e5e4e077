import type { Channel } from '../core';
import type { FeedbackRecord, InboxItem, Invite, Official, OutboxItem, QuestionRecord, SourceRef, TaskUpdate } from './types';

/** A database row as either driver returns it: SQLite gives text, integers and JSON strings; PostgreSQL Dates, booleans and objects. */
export type Row = Record<string, unknown>;

/** A claim older than this whose message was never confirmed is considered abandoned (the process died). */
export const STALE_CLAIM_MS = 10 * 60_000;

export const at = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));
export const maybeAt = (v: unknown): Date | undefined => (v === null || v === undefined ? undefined : at(v));
export const text = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));
export const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
export const flag = (v: unknown): boolean => v === true || Number(v) === 1;

export function toOfficial(r: Row): Official {
  return {
    id: Number(r.id),
    channel: r.channel as Channel,
    userId: String(r.user_id),
    chatId: String(r.chat_id),
    displayName: text(r.display_name),
    unitId: String(r.unit_id),
    commune: text(r.commune),
    registeredAt: at(r.registered_at),
    revokedAt: maybeAt(r.revoked_at),
    remindersEnabled: flag(r.reminders_enabled),
  };
}

export function toInvite(r: Row): Invite {
  return {
    id: Number(r.id),
    codeHash: String(r.code_hash),
    unitId: String(r.unit_id),
    commune: text(r.commune),
    note: text(r.note),
    createdAt: at(r.created_at),
    expiresAt: at(r.expires_at),
    usedAt: maybeAt(r.used_at),
    usedBy: r.used_by === null || r.used_by === undefined ? undefined : Number(r.used_by),
    revokedAt: maybeAt(r.revoked_at),
  };
}

export function toUpdate(r: Row): TaskUpdate {
  const update: TaskUpdate = {
    id: Number(r.id),
    taskKey: String(r.task_key),
    unitId: String(r.unit_id),
    status: text(r.status),
    note: text(r.note),
    by: String(r.updated_by),
    at: at(r.updated_at),
  };
  const undone = maybeAt(r.undone_at);
  if (undone) update.undoneAt = undone;
  return update;
}

export function toInbox(r: Row): InboxItem {
  return {
    id: Number(r.id),
    channel: r.channel as Channel,
    updateKey: String(r.update_key),
    chatId: String(r.chat_id),
    payload: json<unknown>(r.payload),
    attempts: Number(r.attempts),
    token: String(r.claim_token),
  };
}

export function toOutbox(r: Row): OutboxItem {
  return {
    id: Number(r.id),
    channel: r.channel as Channel,
    chatId: String(r.chat_id),
    kind: r.kind as OutboxItem['kind'],
    key: String(r.dedupe_key),
    method: String(r.method),
    params: json<Record<string, unknown>>(r.params),
    attempts: Number(r.attempts),
    createdAt: at(r.created_at),
  };
}

export function toQuestion(r: Row): QuestionRecord {
  return {
    at: at(r.created_at),
    channel: r.channel as Channel,
    intent: String(r.intent),
    covered: r.covered === null || r.covered === undefined ? undefined : flag(r.covered),
    question: String(r.question),
    sources: json<SourceRef[]>(r.sources),
    chatHash: String(r.chat_hash),
    followUpOf: r.follow_up_of === null || r.follow_up_of === undefined ? undefined : Number(r.follow_up_of),
  };
}

export function toFeedback(r: Row): FeedbackRecord {
  return {
    id: Number(r.id),
    channel: r.channel as Channel,
    chatId: String(r.chat_id),
    userId: String(r.user_id),
    question: String(r.question),
    answer: String(r.answer),
    intent: String(r.intent),
    sources: json<SourceRef[]>(r.sources),
    rating: Number(r.rating) > 0 ? 1 : -1,
    at: at(r.created_at),
  };
}
