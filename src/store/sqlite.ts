import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Channel } from '../assistant/types';
import { MIGRATIONS } from './migrations';
import type { FeedbackInput, Invite, Official, RedeemOutcome, ReminderClaim, Store, TaskUpdate } from './types';

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
  return { taskKey: String(r.task_key), unitId: String(r.unit_id), status: text(r.status), note: text(r.note), by: String(r.updated_by), at: new Date(String(r.updated_at)) };
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

  recordTaskUpdate(update: TaskUpdate): void {
    this.db
      .prepare('INSERT INTO task_updates (task_key, unit_id, status, note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(update.taskKey, update.unitId, update.status ?? null, update.note ?? null, update.by, update.at.toISOString());
  }

  latestTaskUpdates(unitId: string): Map<string, TaskUpdate> {
    const rows = this.db
      .prepare(
        `SELECT t.task_key, t.unit_id, t.updated_by, t.updated_at,
           (SELECT status FROM task_updates s WHERE s.unit_id = t.unit_id AND s.task_key = t.task_key AND s.status IS NOT NULL ORDER BY s.id DESC LIMIT 1) AS status,
           (SELECT note FROM task_updates n WHERE n.unit_id = t.unit_id AND n.task_key = t.task_key AND n.note IS NOT NULL ORDER BY n.id DESC LIMIT 1) AS note
         FROM task_updates t
         WHERE t.unit_id = ? AND t.id = (SELECT MAX(id) FROM task_updates m WHERE m.unit_id = t.unit_id AND m.task_key = t.task_key)`,
      )
      .all(unitId) as Row[];
    return new Map(rows.map((r) => [String(r.task_key), toUpdate(r)]));
  }

  taskHistory(taskKey: string, unitId: string): TaskUpdate[] {
    return (this.db.prepare('SELECT * FROM task_updates WHERE task_key = ? AND unit_id = ? ORDER BY id').all(taskKey, unitId) as Row[]).map(toUpdate);
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

  recordFeedback(input: FeedbackInput): void {
    this.db
      .prepare('INSERT INTO feedback (channel, chat_id, user_id, question, answer, intent, sources, rating, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(input.channel, input.chatId, input.userId, input.question, input.answer, input.intent, JSON.stringify(input.sources), input.rating, input.at.toISOString());
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
