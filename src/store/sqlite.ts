import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { FeedbackInput, FeedbackRecord, Invite, Official, QuestionRecord, RedeemOutcome, ReminderClaim, SourceRef, Store, Subscriber, TaskUpdate } from './types';
import { type Channel } from '../core';

/** A claim older than this whose message was never confirmed is considered abandoned (the process died). */
const STALE_CLAIM_MS = 10 * 60_000;

type Row = Record<string, unknown>;
const date = (v: unknown) => (v ? new Date(String(v)) : undefined);
const text = (v: unknown) => (v === null || v === undefined ? undefined : String(v));

function toOfficial(r: Row): Official {
  return {
    id: Number(r.id),
    channel: r.channel as Channel,
    userId: String(r.user_id),
    chatId: String(r.chat_id),
    displayName: text(r.display_name),
    unitId: String(r.unit_id),
    commune: text(r.commune),
    registeredAt: new Date(String(r.registered_at)),
    revokedAt: date(r.revoked_at),
    remindersEnabled: Number(r.reminders_enabled) === 1,
  };
}

function toInvite(r: Row): Invite {
  return {
    id: Number(r.id),
    codeHash: String(r.code_hash),
    unitId: String(r.unit_id),
    commune: text(r.commune),
    note: text(r.note),
    createdAt: new Date(String(r.created_at)),
    expiresAt: new Date(String(r.expires_at)),
    usedAt: date(r.used_at),
    usedBy: r.used_by === null ? undefined : Number(r.used_by),
    revokedAt: date(r.revoked_at),
  };
}

function toUpdate(r: Row): TaskUpdate {
  const update: TaskUpdate = {
    id: Number(r.id),
    taskKey: String(r.task_key),
    unitId: String(r.unit_id),
    status: text(r.status),
    note: text(r.note),
    by: String(r.updated_by),
    at: new Date(String(r.updated_at)),
  };
  if (r.undone_at) update.undoneAt = new Date(String(r.undone_at));
  return update;
}

/** The Store on SQLite (better-sqlite3): WAL so readers never block the writer, a busy timeout so processes queue. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const version = Number(this.db.pragma('user_version', { simple: true }));
    if (version > MIGRATIONS.length) {
      throw new Error(`the database was written by a newer version (schema ${version}, this one knows ${MIGRATIONS.length}); update the program`);
    }
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      }).immediate();
    }
  }

  createInvite(input: { codeHash: string; unitId: string; commune?: string; expiresAt: Date; note?: string; now: Date }): Invite {
    const info = this.db
      .prepare('INSERT INTO invites (code_hash, unit_id, commune, note, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(input.codeHash, input.unitId, input.commune ?? null, input.note ?? null, input.now.toISOString(), input.expiresAt.toISOString());
    return toInvite(this.db.prepare('SELECT * FROM invites WHERE id = ?').get(info.lastInsertRowid) as Row);
  }

  redeemInvite(codeHash: string, who: { channel: Channel; userId: string; chatId: string; displayName?: string }, now: Date): RedeemOutcome {
    return this.db
      .transaction((): RedeemOutcome => {
        const row = this.db.prepare('SELECT * FROM invites WHERE code_hash = ?').get(codeHash) as Row | undefined;
        if (!row) return { ok: false, reason: 'unknown' };
        const invite = toInvite(row);
        if (invite.revokedAt) return { ok: false, reason: 'revoked' };
        if (invite.usedAt) return { ok: false, reason: 'used' };
        if (invite.expiresAt <= now) return { ok: false, reason: 'expired' };
        const at = now.toISOString();
        this.db.prepare('UPDATE officials SET revoked_at = ? WHERE channel = ? AND user_id = ? AND revoked_at IS NULL').run(at, who.channel, who.userId);
        const info = this.db
          .prepare('INSERT INTO officials (channel, user_id, chat_id, display_name, unit_id, commune, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(who.channel, who.userId, who.chatId, who.displayName ?? null, invite.unitId, invite.commune ?? null, at);
        this.db.prepare('UPDATE invites SET used_at = ?, used_by = ? WHERE id = ?').run(at, info.lastInsertRowid, invite.id);
        const official = toOfficial(this.db.prepare('SELECT * FROM officials WHERE id = ?').get(info.lastInsertRowid) as Row);
        return { ok: true, official, invite: { ...invite, usedAt: now, usedBy: official.id } };
      })
      .immediate();
  }

  listInvites(): Invite[] {
    return (this.db.prepare('SELECT * FROM invites ORDER BY id').all() as Row[]).map(toInvite);
  }

  revokeInvite(id: number, now: Date): boolean {
    return this.db.prepare('UPDATE invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND used_at IS NULL').run(now.toISOString(), id).changes > 0;
  }

  getOfficial(channel: Channel, userId: string): Official | undefined {
    const row = this.db.prepare('SELECT * FROM officials WHERE channel = ? AND user_id = ? AND revoked_at IS NULL').get(channel, userId) as Row | undefined;
    return row ? toOfficial(row) : undefined;
  }

  listOfficials(options: { includeRevoked?: boolean } = {}): Official[] {
    const sql = options.includeRevoked ? 'SELECT * FROM officials ORDER BY id' : 'SELECT * FROM officials WHERE revoked_at IS NULL ORDER BY id';
    return (this.db.prepare(sql).all() as Row[]).map(toOfficial);
  }

  revokeOfficial(id: number, now: Date): boolean {
    return this.db.prepare('UPDATE officials SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now.toISOString(), id).changes > 0;
  }

  moveOfficial(id: number, unitId: string, commune?: string): boolean {
    return this.db.prepare('UPDATE officials SET unit_id = ?, commune = ? WHERE id = ? AND revoked_at IS NULL').run(unitId, commune ?? null, id).changes > 0;
  }

  setReminders(id: number, enabled: boolean): void {
    this.db.prepare('UPDATE officials SET reminders_enabled = ? WHERE id = ?').run(enabled ? 1 : 0, id);
  }

  recordTaskUpdate(update: TaskUpdate): number {
    const result = this.db
      .prepare('INSERT INTO task_updates (task_key, unit_id, status, note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(update.taskKey, update.unitId, update.status ?? null, update.note ?? null, update.by, update.at.toISOString());
    return Number(result.lastInsertRowid);
  }

  latestTaskUpdates(unitId: string): Map<string, TaskUpdate> {
    const rows = this.db
      .prepare(
        `SELECT t.id, t.task_key, t.unit_id, t.updated_by, t.updated_at,
           (SELECT status FROM task_updates s WHERE s.unit_id = t.unit_id AND s.task_key = t.task_key AND s.status IS NOT NULL AND s.undone_at IS NULL ORDER BY s.id DESC LIMIT 1) AS status,
           (SELECT note FROM task_updates n WHERE n.unit_id = t.unit_id AND n.task_key = t.task_key AND n.note IS NOT NULL AND n.undone_at IS NULL ORDER BY n.id DESC LIMIT 1) AS note
         FROM task_updates t
         WHERE t.unit_id = ? AND t.id = (SELECT MAX(id) FROM task_updates m WHERE m.unit_id = t.unit_id AND m.task_key = t.task_key AND m.undone_at IS NULL)`,
      )
      .all(unitId) as Row[];
    return new Map(rows.map((r) => [String(r.task_key), toUpdate(r)]));
  }

  taskUpdates(unitIds: readonly string[]): TaskUpdate[] {
    if (unitIds.length === 0) return [];
    const marks = unitIds.map(() => '?').join(', ');
    return (this.db.prepare(`SELECT * FROM task_updates WHERE unit_id IN (${marks}) AND undone_at IS NULL ORDER BY id`).all(...unitIds) as Row[]).map(toUpdate);
  }

  taskHistory(taskKey: string, unitId: string): TaskUpdate[] {
    return (this.db.prepare('SELECT * FROM task_updates WHERE task_key = ? AND unit_id = ? ORDER BY id').all(taskKey, unitId) as Row[]).map(toUpdate);
  }

  lastTaskUpdateBy(by: string): TaskUpdate | undefined {
    const row = this.db.prepare('SELECT * FROM task_updates WHERE updated_by = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1').get(by) as Row | undefined;
    return row ? toUpdate(row) : undefined;
  }

  undoTaskUpdate(id: number, now: Date): boolean {
    return this.db.prepare('UPDATE task_updates SET undone_at = ? WHERE id = ? AND undone_at IS NULL').run(now.toISOString(), id).changes > 0;
  }

  claimReminder(claim: ReminderClaim, now: Date): boolean {
    return this.db
      .transaction(() => {
        const key = [claim.officialId, claim.itemKey, claim.dueDate, claim.offsetDays];
        const row = this.db.prepare('SELECT state, claimed_at FROM reminders WHERE official_id = ? AND item_key = ? AND due_date = ? AND offset_days = ?').get(...key) as Row | undefined;
        if (row) {
          const abandoned = row.state === 'claimed' && now.getTime() - new Date(String(row.claimed_at)).getTime() > STALE_CLAIM_MS;
          if (!abandoned) return false;
          this.db.prepare('UPDATE reminders SET claimed_at = ? WHERE official_id = ? AND item_key = ? AND due_date = ? AND offset_days = ?').run(now.toISOString(), ...key);
          return true;
        }
        this.db.prepare("INSERT INTO reminders (official_id, item_key, due_date, offset_days, state, claimed_at) VALUES (?, ?, ?, ?, 'claimed', ?)").run(...key, now.toISOString());
        return true;
      })
      .immediate();
  }

  markReminderSent(claim: ReminderClaim, now: Date): void {
    this.db
      .prepare("UPDATE reminders SET state = 'sent', sent_at = ? WHERE official_id = ? AND item_key = ? AND due_date = ? AND offset_days = ?")
      .run(now.toISOString(), claim.officialId, claim.itemKey, claim.dueDate, claim.offsetDays);
  }

  releaseReminder(claim: ReminderClaim): void {
    this.db
      .prepare("DELETE FROM reminders WHERE state = 'claimed' AND official_id = ? AND item_key = ? AND due_date = ? AND offset_days = ?")
      .run(claim.officialId, claim.itemKey, claim.dueDate, claim.offsetDays);
  }

  recordFeedback(input: FeedbackInput): number {
    const info = this.db
      .prepare('INSERT INTO feedback (channel, chat_id, user_id, question, answer, intent, sources, rating, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(input.channel, input.chatId, input.userId, input.question, input.answer, input.intent, JSON.stringify(input.sources), input.rating, input.at.toISOString());
    return Number(info.lastInsertRowid);
  }

  recordQuestion(r: QuestionRecord): void {
    this.db
      .prepare('INSERT INTO questions (created_at, channel, intent, covered, question, sources, chat_hash, follow_up_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(r.at.toISOString(), r.channel, r.intent, r.covered === undefined ? null : r.covered ? 1 : 0, r.question, JSON.stringify(r.sources), r.chatHash, r.followUpOf ?? null);
  }

  questionsBetween(from: Date, to: Date): QuestionRecord[] {
    const rows = this.db.prepare('SELECT * FROM questions WHERE created_at >= ? AND created_at < ? ORDER BY id').all(from.toISOString(), to.toISOString()) as Row[];
    return rows.map((r) => ({
      at: new Date(String(r.created_at)),
      channel: r.channel as Channel,
      intent: String(r.intent),
      covered: r.covered === null ? undefined : Number(r.covered) === 1,
      question: String(r.question),
      sources: JSON.parse(String(r.sources)) as SourceRef[],
      chatHash: String(r.chat_hash),
      followUpOf: r.follow_up_of === null ? undefined : Number(r.follow_up_of),
    }));
  }

  feedbackBetween(from: Date, to: Date): FeedbackRecord[] {
    const rows = this.db.prepare('SELECT * FROM feedback WHERE created_at >= ? AND created_at < ? ORDER BY id').all(from.toISOString(), to.toISOString()) as Row[];
    return rows.map((r) => ({
      id: Number(r.id),
      channel: r.channel as Channel,
      chatId: String(r.chat_id),
      userId: String(r.user_id),
      question: String(r.question),
      answer: String(r.answer),
      intent: String(r.intent),
      sources: JSON.parse(String(r.sources)) as SourceRef[],
      rating: Number(r.rating) > 0 ? 1 : -1,
      at: new Date(String(r.created_at)),
    }));
  }

  setSubscription(channel: Channel, chatId: string, on: boolean, now: Date): boolean {
    if (on) {
      this.db
        .prepare('INSERT INTO subscriptions (channel, chat_id, subscribed_at) VALUES (?, ?, ?) ON CONFLICT(channel, chat_id) DO UPDATE SET subscribed_at = excluded.subscribed_at, unsubscribed_at = NULL')
        .run(channel, chatId, now.toISOString());
    } else {
      this.db.prepare('UPDATE subscriptions SET unsubscribed_at = ? WHERE channel = ? AND chat_id = ?').run(now.toISOString(), channel, chatId);
    }
    return this.isSubscribed(channel, chatId);
  }

  isSubscribed(channel: Channel, chatId: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM subscriptions WHERE channel = ? AND chat_id = ? AND unsubscribed_at IS NULL').get(channel, chatId);
  }

  listSubscribers(): Subscriber[] {
    const rows = this.db.prepare('SELECT * FROM subscriptions WHERE unsubscribed_at IS NULL ORDER BY subscribed_at').all() as Row[];
    return rows.map((r) => ({ channel: r.channel as Channel, chatId: String(r.chat_id), subscribedAt: new Date(String(r.subscribed_at)) }));
  }

  claimAlert(alertId: string, channel: Channel, chatId: string, now: Date): boolean {
    return this.db
      .transaction(() => {
        const row = this.db.prepare('SELECT state, claimed_at FROM alert_deliveries WHERE alert_id = ? AND channel = ? AND chat_id = ?').get(alertId, channel, chatId) as Row | undefined;
        if (row) {
          const abandoned = row.state === 'claimed' && now.getTime() - new Date(String(row.claimed_at)).getTime() > STALE_CLAIM_MS;
          if (!abandoned) return false;
          this.db.prepare('UPDATE alert_deliveries SET claimed_at = ? WHERE alert_id = ? AND channel = ? AND chat_id = ?').run(now.toISOString(), alertId, channel, chatId);
          return true;
        }
        this.db.prepare("INSERT INTO alert_deliveries (alert_id, channel, chat_id, state, claimed_at) VALUES (?, ?, ?, 'claimed', ?)").run(alertId, channel, chatId, now.toISOString());
        return true;
      })
      .immediate();
  }

  markAlertSent(alertId: string, channel: Channel, chatId: string, now: Date): void {
    this.db.prepare("UPDATE alert_deliveries SET state = 'sent', sent_at = ? WHERE alert_id = ? AND channel = ? AND chat_id = ?").run(now.toISOString(), alertId, channel, chatId);
  }

  releaseAlert(alertId: string, channel: Channel, chatId: string): void {
    this.db.prepare("DELETE FROM alert_deliveries WHERE state = 'claimed' AND alert_id = ? AND channel = ? AND chat_id = ?").run(alertId, channel, chatId);
  }

  alertDeliveries(alertId: string): number {
    return Number((this.db.prepare("SELECT COUNT(*) AS n FROM alert_deliveries WHERE alert_id = ? AND state = 'sent'").get(alertId) as Row).n);
  }

  ping(): boolean {
    try {
      return (this.db.prepare('SELECT 1 AS ok').get() as Row).ok === 1;
    } catch {
      return false;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
