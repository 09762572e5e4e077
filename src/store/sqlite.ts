import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, UNDO_MIGRATION, UNDO_RAN_AS } from './migrations';
import { STALE_CLAIM_MS, maybeAt, toFeedback, toInbox, toInvite, toOfficial, toOutbox, toQuestion, toUpdate, type Row } from './rows';
import type {
  AnswerRecord,
  ChatStateEntry,
  DeliveryCounts,
  FeedbackInput,
  FeedbackRecord,
  InboxInput,
  InboxItem,
  Invite,
  Lease,
  Official,
  OutboxInput,
  OutboxItem,
  QuestionRecord,
  RedeemOutcome,
  ReminderClaim,
  Store,
  Subscriber,
  TaskUpdate,
} from './types';
import { type Channel } from '../core';

/** The Store on SQLite (better-sqlite3): WAL so readers never block the writer, a busy timeout so processes queue. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    // First, so that a second process creating the same file waits for the first one's lock instead of failing.
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL loses nothing when the process dies (kill -9); only a power cut can lose the last commits.
    this.db.pragma('synchronous = NORMAL');
    // Checkpoints (which sync the database file) every ~40 MB of log rather than every 4 MB: fewer pauses under load.
    this.db.pragma('wal_autocheckpoint = 10000');
    this.db.pragma('foreign_keys = ON');
    // Room for the pages a busy week touches (answers awaiting a rating, the outbox): SQLite's default 2 MB cache and
    // plain reads missed them under load. Both grow only as pages are used.
    this.db.pragma('cache_size = -32768');
    this.db.pragma('mmap_size = 268435456');
    this.transaction = this.db.transaction((work: () => unknown) => work());
    this.migrate();
  }

  private readonly statements = new Map<string, Database.Statement>();
  /** better-sqlite3 prepares BEGIN/COMMIT for each transaction function it makes: one is made and reused. */
  private readonly transaction: Database.Transaction<(work: () => unknown) => unknown>;

  /** Runs `work` in a BEGIN IMMEDIATE transaction: one writer at a time, in this process and across processes. */
  private immediate<T>(work: () => T): T {
    return this.transaction.immediate(work) as T;
  }

  private queued: { work: () => unknown; savepoint: boolean; resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = [];

  /**
   * Group commit for the writes of the delivery path: the writes asked for in one turn of the event loop run in one
   * transaction, each in a savepoint of its own (a failing one is undone alone), and each promise settles once that
   * transaction is committed. A commit costs far more than these statements, and under load several arrive together.
   * Work that is `oneStatement` needs no savepoint: SQLite undoes a failing statement by itself, and the savepoint's
   * two statements would cost more than the work.
   */
  private grouped<T>(work: () => T, options: { oneStatement?: boolean } = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const queued = { work, savepoint: !options.oneStatement, resolve: resolve as (value: unknown) => void, reject };
      if (this.queued.push(queued) === 1) setImmediate(() => this.commitQueued());
    });
  }

  private commitQueued(): void {
    const batch = this.queued;
    this.queued = [];
    if (batch.length === 0) return;
    let outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[];
    try {
      outcomes = this.immediate(() =>
        batch.map(({ work, savepoint }) => {
          try {
            // A transaction function called inside a transaction runs as a savepoint.
            return { ok: true as const, value: savepoint ? this.transaction(work) : work() };
          } catch (error) {
            return { ok: false as const, error };
          }
        }),
      );
    } catch (error) {
      for (const { reject } of batch) reject(error);
      return;
    }
    batch.forEach(({ resolve, reject }, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    });
  }

  /** A prepared statement, compiled once per text: preparing costs more than running most of these queries. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** Reads the schema version and migrates under the writer lock, so processes opening a new file at once migrate it once. */
  private migrate(): void {
    this.immediate(() => {
      let version = Number(this.db.pragma('user_version', { simple: true }));
      if (version > MIGRATIONS.length) {
        throw new Error(`the database was written by a newer version (schema ${version}, this one knows ${MIGRATIONS.length}); update the program`);
      }
      const undoRan = version === UNDO_RAN_AS && this.hasColumn('task_updates', 'undone_at') && !this.hasTable('inbox');
      if (undoRan) version = UNDO_RAN_AS - 1;
      for (let v = version; v < MIGRATIONS.length; v++) {
        if (!(undoRan && v === UNDO_MIGRATION)) this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      }
    });
  }

  private hasTable(name: string): boolean {
    return this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  }

  private hasColumn(table: string, column: string): boolean {
    return (this.db.prepare(`PRAGMA table_info(${table})`).all() as Row[]).some((c) => c.name === column);
  }

  async createInvite(input: { codeHash: string; unitId: string; commune?: string; expiresAt: Date; note?: string; now: Date }): Promise<Invite> {
    const info = this.sql('INSERT INTO invites (code_hash, unit_id, commune, note, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(input.codeHash, input.unitId, input.commune ?? null, input.note ?? null, input.now.toISOString(), input.expiresAt.toISOString());
    return toInvite(this.sql('SELECT * FROM invites WHERE id = ?').get(info.lastInsertRowid) as Row);
  }

  async redeemInvite(codeHash: string, who: { channel: Channel; userId: string; chatId: string; displayName?: string }, now: Date): Promise<RedeemOutcome> {
    return this.immediate((): RedeemOutcome => {
        const row = this.sql('SELECT * FROM invites WHERE code_hash = ?').get(codeHash) as Row | undefined;
        if (!row) return { ok: false, reason: 'unknown' };
        const invite = toInvite(row);
        if (invite.revokedAt) return { ok: false, reason: 'revoked' };
        if (invite.usedAt) return { ok: false, reason: 'used' };
        if (invite.expiresAt <= now) return { ok: false, reason: 'expired' };
        const at = now.toISOString();
        this.sql('UPDATE officials SET revoked_at = ? WHERE channel = ? AND user_id = ? AND revoked_at IS NULL').run(at, who.channel, who.userId);
        const info = this.sql('INSERT INTO officials (channel, user_id, chat_id, display_name, unit_id, commune, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(who.channel, who.userId, who.chatId, who.displayName ?? null, invite.unitId, invite.commune ?? null, at);
        this.sql('UPDATE invites SET used_at = ?, used_by = ? WHERE id = ?').run(at, info.lastInsertRowid, invite.id);
        const official = toOfficial(this.sql('SELECT * FROM officials WHERE id = ?').get(info.lastInsertRowid) as Row);
        return { ok: true, official, invite: { ...invite, usedAt: now, usedBy: official.id } };
      });
  }

  async listInvites(): Promise<Invite[]> {
    return (this.sql('SELECT * FROM invites ORDER BY id').all() as Row[]).map(toInvite);
  }

  async revokeInvite(id: number, now: Date): Promise<boolean> {
    return this.sql('UPDATE invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND used_at IS NULL').run(now.toISOString(), id).changes > 0;
  }

  async getOfficial(channel: Channel, userId: string): Promise<Official | undefined> {
    const row = this.sql('SELECT * FROM officials WHERE channel = ? AND user_id = ? AND revoked_at IS NULL').get(channel, userId) as Row | undefined;
    return row ? toOfficial(row) : undefined;
  }

  async listOfficials(options: { includeRevoked?: boolean } = {}): Promise<Official[]> {
    const sql = options.includeRevoked ? 'SELECT * FROM officials ORDER BY id' : 'SELECT * FROM officials WHERE revoked_at IS NULL ORDER BY id';
    return (this.sql(sql).all() as Row[]).map(toOfficial);
  }

  async revokeOfficial(id: number, now: Date): Promise<boolean> {
    return this.sql('UPDATE officials SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now.toISOString(), id).changes > 0;
  }

  async moveOfficial(id: number, unitId: string, commune?: string): Promise<boolean> {
    return this.sql('UPDATE officials SET unit_id = ?, commune = ? WHERE id = ? AND revoked_at IS NULL').run(unitId, commune ?? null, id).changes > 0;
  }

  async setReminders(id: number, enabled: boolean): Promise<void> {
    this.sql('UPDATE officials SET reminders_enabled = ? WHERE id = ?').run(enabled ? 1 : 0, id);
  }

  async recordTaskUpdate(update: TaskUpdate): Promise<number> {
    const info = this.sql('INSERT INTO task_updates (task_key, unit_id, status, note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(update.taskKey, update.unitId, update.status ?? null, update.note ?? null, update.by, update.at.toISOString());
    return Number(info.lastInsertRowid);
  }

  async latestTaskUpdates(unitId: string): Promise<Map<string, TaskUpdate>> {
    const rows = this.sql(
        `SELECT t.id, t.task_key, t.unit_id, t.updated_by, t.updated_at,
           (SELECT status FROM task_updates s WHERE s.unit_id = t.unit_id AND s.task_key = t.task_key AND s.status IS NOT NULL AND s.undone_at IS NULL ORDER BY s.id DESC LIMIT 1) AS status,
           (SELECT note FROM task_updates n WHERE n.unit_id = t.unit_id AND n.task_key = t.task_key AND n.note IS NOT NULL AND n.undone_at IS NULL ORDER BY n.id DESC LIMIT 1) AS note
         FROM task_updates t
         WHERE t.unit_id = ? AND t.id = (SELECT MAX(id) FROM task_updates m WHERE m.unit_id = t.unit_id AND m.task_key = t.task_key AND m.undone_at IS NULL)`,
      )
      .all(unitId) as Row[];
    return new Map(rows.map((r) => [String(r.task_key), toUpdate(r)]));
  }

  async taskUpdates(unitIds: readonly string[]): Promise<TaskUpdate[]> {
    if (unitIds.length === 0) return [];
    // One statement for any number of units: the list goes in as a JSON array.
    const rows = this.sql('SELECT * FROM task_updates WHERE unit_id IN (SELECT value FROM json_each(?)) AND undone_at IS NULL ORDER BY id').all(JSON.stringify(unitIds)) as Row[];
    return rows.map(toUpdate);
  }

  async taskHistory(taskKey: string, unitId: string): Promise<TaskUpdate[]> {
    return (this.sql('SELECT * FROM task_updates WHERE task_key = ? AND unit_id = ? ORDER BY id').all(taskKey, unitId) as Row[]).map(toUpdate);
  }

  async lastTaskUpdateBy(by: string): Promise<TaskUpdate | undefined> {
    const row = this.sql('SELECT * FROM task_updates WHERE updated_by = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1').get(by) as Row | undefined;
    return row ? toUpdate(row) : undefined;
  }

  async undoTaskUpdate(id: number, now: Date): Promise<boolean> {
    return this.sql('UPDATE task_updates SET undone_at = ? WHERE id = ? AND undone_at IS NULL').run(now.toISOString(), id).changes > 0;
  }

  async claimReminder(claim: ReminderClaim, now: Date): Promise<boolean> {
    return this.immediate(() => {
        const key = [claim.officialId, claim.itemKey, claim.dueDate, claim.offsetDays];
        const row = this.sql('SELECT state, claimed_at FROM reminders WHERE official_id = ? AND item_key = ? AND due_date = ? AND offset_days = ?').get(...key) as Row | undefined;
        if (row) {
          const abandoned = row.state === 'claimed' && now.getTime() - new Date(String(row.claimed_at)).getTime() > STALE_CLAIM_MS;
          if (!abandoned) return false;
          this.sql('UPDATE reminders SET claimed_at = ? WHERE official_id = ? AND item_key = ? AND due_date = ? AND offset_days = ?').run(now.toISOString(), ...key);
          return true;
        }
        this.sql("INSERT INTO reminders (official_id, item_key, due_date, offset_days, state, claimed_at) VALUES (?, ?, ?, ?, 'claimed', ?)").run(...key, now.toISOString());
        return true;
      });
  }

  async markReminderSent(claim: ReminderClaim, now: Date): Promise<void> {
    this.sql("UPDATE reminders SET state = 'sent', sent_at = ? WHERE official_id = ? AND item_key = ? AND due_date = ? AND offset_days = ?")
      .run(now.toISOString(), claim.officialId, claim.itemKey, claim.dueDate, claim.offsetDays);
  }

  async releaseReminder(claim: ReminderClaim): Promise<void> {
    this.sql("DELETE FROM reminders WHERE state = 'claimed' AND official_id = ? AND item_key = ? AND due_date = ? AND offset_days = ?")
      .run(claim.officialId, claim.itemKey, claim.dueDate, claim.offsetDays);
  }

  async recordFeedback(input: FeedbackInput): Promise<number> {
    const info = this.sql('INSERT INTO feedback (channel, chat_id, user_id, question, answer, intent, sources, rating, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(input.channel, input.chatId, input.userId, input.question, input.answer, input.intent, JSON.stringify(input.sources), input.rating, input.at.toISOString());
    return Number(info.lastInsertRowid);
  }

  private writeQuestion(r: QuestionRecord): void {
    this.sql('INSERT INTO questions (created_at, channel, intent, covered, question, sources, chat_hash, follow_up_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(r.at.toISOString(), r.channel, r.intent, r.covered === undefined ? null : r.covered ? 1 : 0, r.question, JSON.stringify(r.sources), r.chatHash, r.followUpOf ?? null);
  }

  async questionsBetween(from: Date, to: Date): Promise<QuestionRecord[]> {
    const rows = this.sql('SELECT * FROM questions WHERE created_at >= ? AND created_at < ? ORDER BY id').all(from.toISOString(), to.toISOString()) as Row[];
    return rows.map(toQuestion);
  }

  async feedbackBetween(from: Date, to: Date): Promise<FeedbackRecord[]> {
    const rows = this.sql('SELECT * FROM feedback WHERE created_at >= ? AND created_at < ? ORDER BY id').all(from.toISOString(), to.toISOString()) as Row[];
    return rows.map(toFeedback);
  }

  async setSubscription(channel: Channel, chatId: string, on: boolean, now: Date): Promise<boolean> {
    if (on) {
      this.sql('INSERT INTO subscriptions (channel, chat_id, subscribed_at) VALUES (?, ?, ?) ON CONFLICT(channel, chat_id) DO UPDATE SET subscribed_at = excluded.subscribed_at, unsubscribed_at = NULL')
        .run(channel, chatId, now.toISOString());
    } else {
      this.sql('UPDATE subscriptions SET unsubscribed_at = ? WHERE channel = ? AND chat_id = ?').run(now.toISOString(), channel, chatId);
    }
    return this.subscribed(channel, chatId);
  }

  async isSubscribed(channel: Channel, chatId: string): Promise<boolean> {
    return this.subscribed(channel, chatId);
  }

  private subscribed(channel: Channel, chatId: string): boolean {
    return !!this.sql('SELECT 1 FROM subscriptions WHERE channel = ? AND chat_id = ? AND unsubscribed_at IS NULL').get(channel, chatId);
  }

  async listSubscribers(): Promise<Subscriber[]> {
    const rows = this.sql('SELECT * FROM subscriptions WHERE unsubscribed_at IS NULL ORDER BY subscribed_at').all() as Row[];
    return rows.map((r) => ({ channel: r.channel as Channel, chatId: String(r.chat_id), subscribedAt: new Date(String(r.subscribed_at)) }));
  }

  async enqueueInbox(items: InboxInput[], now: Date): Promise<number> {
    const insert = this.sql(
      "INSERT INTO inbox (channel, update_key, chat_id, payload, next_at, received_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel, update_key) DO NOTHING",
    );
    const at = now.toISOString();
    return this.grouped(() => items.reduce((n, i) => n + insert.run(i.channel, i.updateKey, i.chatId, JSON.stringify(i.payload), at, at).changes, 0), {
      oneStatement: items.length === 1,
    });
  }

  async claimInbox(options: { holder: string; limit: number; now: Date; leaseMs: number }): Promise<InboxItem[]> {
    const at = options.now.toISOString();
    const leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
    // Claims that lapsed first (their holder died), then due items walking the open-items index in due order, which
    // stops after `limit` heads instead of sorting the whole backlog.
    const lapsed = this.sql("SELECT id FROM inbox WHERE state IN ('pending', 'processing') AND state = 'processing' AND lease_until < ? LIMIT ?");
    const due = this.sql(
      `SELECT id FROM inbox i
       WHERE i.state IN ('pending', 'processing') AND i.state = 'pending' AND i.next_at <= ?
         AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.channel = i.channel AND e.chat_id = i.chat_id AND e.id < i.id AND e.state IN ('pending', 'processing'))
       ORDER BY i.next_at, i.id LIMIT ?`,
    );
    const claim = this.sql(
      "UPDATE inbox SET state = 'processing', attempts = attempts + 1, claimed_by = ?, claim_token = ?, lease_until = ? WHERE id = ? RETURNING *",
    );
    return this.grouped(() => {
      const ids = (lapsed.all(at, options.limit) as Row[]).map((r) => r.id);
      if (ids.length < options.limit) ids.push(...(due.all(at, options.limit - ids.length) as Row[]).map((r) => r.id));
      return ids.map((id) => toInbox(claim.get(options.holder, randomUUID(), leaseUntil, id) as Row)).sort((a, b) => a.id - b.id);
    });
  }

  async completeInbox(item: Pick<InboxItem, 'id' | 'token'>, replies: OutboxInput[], now: Date, record?: AnswerRecord): Promise<boolean> {
    return this.grouped(() => {
      const done = this.sql("UPDATE inbox SET state = 'done', payload = NULL, finished_at = ?, error = NULL WHERE id = ? AND claim_token = ? AND state = 'processing'")
        .run(now.toISOString(), item.id, item.token);
      if (done.changes === 0) return false;
      this.insertOutbox(replies, now);
      if (record) this.writeAnswer(record);
      return true;
    });
  }

  async retryInbox(item: Pick<InboxItem, 'id' | 'token'>, options: { nextAt: Date; error?: string; refund?: boolean }): Promise<void> {
    this.sql(
        "UPDATE inbox SET state = 'pending', attempts = attempts - ?, next_at = ?, error = coalesce(?, error), claimed_by = NULL, claim_token = NULL, lease_until = NULL WHERE id = ? AND claim_token = ? AND state = 'processing'",
      )
      .run(options.refund ? 1 : 0, options.nextAt.toISOString(), options.error ?? null, item.id, item.token);
  }

  async failInbox(item: Pick<InboxItem, 'id' | 'token'>, error: string, replies: OutboxInput[], now: Date): Promise<void> {
    this.immediate(() => {
        const failed = this.sql("UPDATE inbox SET state = 'failed', payload = NULL, finished_at = ?, error = ? WHERE id = ? AND claim_token = ? AND state = 'processing'")
          .run(now.toISOString(), error, item.id, item.token);
        if (failed.changes > 0) this.insertOutbox(replies, now);
      });
  }

  async inboxClaimHolders(): Promise<string[]> {
    return (this.sql("SELECT DISTINCT claimed_by FROM inbox WHERE state IN ('pending', 'processing') AND state = 'processing' AND claimed_by IS NOT NULL").all() as Row[]).map((r) => String(r.claimed_by));
  }

  async requeueInbox(holder: string): Promise<number> {
    return this.sql(
        "UPDATE inbox SET state = 'pending', attempts = max(attempts - 1, 0), claimed_by = NULL, claim_token = NULL, lease_until = NULL WHERE state = 'processing' AND claimed_by = ?",
      )
      .run(holder).changes;
  }

  async enqueueOutbox(items: OutboxInput[], now: Date): Promise<number> {
    return this.immediate(() => this.insertOutbox(items, now));
  }

  private insertOutbox(items: OutboxInput[], now: Date): number {
    const insert = this.sql(
      'INSERT INTO outbox (channel, chat_id, kind, dedupe_key, method, params, next_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING',
    );
    const at = now.toISOString();
    return items.reduce((n, o) => n + insert.run(o.channel, o.chatId, o.kind, o.key, o.method, JSON.stringify(o.params), at, at).changes, 0);
  }

  async dueOutbox(channel: Channel, now: Date, limit: number): Promise<OutboxItem[]> {
    const rows = this.sql(
        `SELECT * FROM outbox o
         WHERE o.channel = ? AND o.state IN ('pending', 'claimed', 'sending') AND o.state = 'pending' AND o.next_at <= ?
           AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.channel = o.channel AND e.chat_id = o.chat_id AND e.id < o.id AND e.state IN ('pending', 'claimed', 'sending'))
         ORDER BY o.next_at, o.id LIMIT ?`,
      )
      .all(channel, now.toISOString(), limit) as Row[];
    return rows.map(toOutbox);
  }

  async retryNow(channel: Channel, now: Date): Promise<number> {
    const at = now.toISOString();
    return this.sql("UPDATE outbox SET next_at = ? WHERE channel = ? AND state IN ('pending', 'claimed', 'sending') AND state = 'pending' AND next_at > ?").run(at, channel, at).changes;
  }

  async nextOutboxAt(channel: Channel): Promise<Date | undefined> {
    const row = this.sql("SELECT min(next_at) AS at FROM outbox WHERE channel = ? AND state IN ('pending', 'claimed', 'sending') AND state = 'pending'").get(channel) as Row;
    return maybeAt(row.at);
  }

  async beginSend(id: number, token: string): Promise<boolean> {
    return this.grouped(() => this.sql("UPDATE outbox SET state = 'claimed', attempts = attempts + 1, send_token = ? WHERE id = ? AND state = 'pending'").run(token, id).changes > 0, {
      oneStatement: true,
    });
  }

  async markWritten(id: number, token: string): Promise<void> {
    // Not grouped: the mark must be made before the request's bytes leave (see delivery/written.ts). A column no index
    // reads, so this commit rewrites the row alone (the state 'sending' of older rows means the same).
    this.sql("UPDATE outbox SET written = 1 WHERE id = ? AND send_token = ? AND state = 'claimed'").run(id, token);
  }

  async markSent(id: number, token: string, now: Date): Promise<void> {
    await this.grouped(() => this.sql("UPDATE outbox SET state = 'sent', finished_at = ?, error = NULL WHERE id = ? AND send_token = ? AND state IN ('claimed', 'sending')").run(now.toISOString(), id, token), {
      oneStatement: true,
    });
  }

  async retrySend(id: number, token: string, nextAt: Date, error: string): Promise<void> {
    this.sql("UPDATE outbox SET state = 'pending', written = NULL, next_at = ?, error = ? WHERE id = ? AND send_token = ? AND state IN ('claimed', 'sending')").run(nextAt.toISOString(), error, id, token);
  }

  async failSend(id: number, token: string, error: string, now: Date): Promise<void> {
    this.sql("UPDATE outbox SET state = 'failed', finished_at = ?, error = ? WHERE id = ? AND send_token = ? AND state IN ('claimed', 'sending')").run(now.toISOString(), error, id, token);
  }

  async settleInterruptedSends(channel: Channel, now: Date): Promise<{ uncertain: number[]; requeued: number }> {
    return this.immediate(() => {
      const rows = this.sql(
        "UPDATE outbox SET state = 'uncertain', finished_at = ?, error = 'the sender stopped during the call' WHERE channel = ? AND state IN ('pending', 'claimed', 'sending') AND (state = 'sending' OR (state = 'claimed' AND written = 1)) RETURNING id",
      ).all(now.toISOString(), channel) as Row[];
      const requeued = this.sql("UPDATE outbox SET state = 'pending', written = NULL WHERE channel = ? AND state IN ('pending', 'claimed', 'sending') AND state = 'claimed'").run(channel).changes;
      return { uncertain: rows.map((r) => Number(r.id)).sort((a, b) => a - b), requeued };
    });
  }

  async deliveryCounts(): Promise<DeliveryCounts> {
    const count = (sql: string) => Number((this.sql(sql).get() as Row).n);
    return {
      inboxPending: count("SELECT count(*) AS n FROM inbox WHERE state IN ('pending', 'processing')"),
      inboxFailed: count("SELECT count(*) AS n FROM inbox WHERE state = 'failed'"),
      outboxPending: count("SELECT count(*) AS n FROM outbox WHERE state IN ('pending', 'claimed', 'sending')"),
      outboxFailed: count("SELECT count(*) AS n FROM outbox WHERE state = 'failed'"),
    };
  }

  async unsubscribeChat(channel: Channel, chatId: string, now: Date): Promise<void> {
    this.immediate(() => {
        this.sql('UPDATE subscriptions SET unsubscribed_at = ? WHERE channel = ? AND chat_id = ? AND unsubscribed_at IS NULL').run(now.toISOString(), channel, chatId);
        this.sql('UPDATE officials SET reminders_enabled = 0 WHERE channel = ? AND chat_id = ? AND revoked_at IS NULL').run(channel, chatId);
      });
  }

  async getChatState<T = unknown>(key: string, now = new Date()): Promise<T | undefined> {
    const row = this.sql('SELECT value FROM chat_state WHERE key = ? AND expires_at > ?').get(key, now.toISOString()) as Row | undefined;
    return row ? (JSON.parse(String(row.value)) as T) : undefined;
  }

  async setChatState(key: string, value: unknown, expiresAt: Date): Promise<void> {
    this.writeChatState({ key, value, expiresAt });
  }

  async recordAnswer(states: readonly ChatStateEntry[], question: QuestionRecord): Promise<void> {
    this.immediate(() => this.writeAnswer({ states, question }));
  }

  private writeAnswer({ states, question }: AnswerRecord): void {
    for (const state of states) this.writeChatState(state);
    this.writeQuestion(question);
  }

  private writeChatState({ key, value, expiresAt }: ChatStateEntry): void {
    if (value === undefined) {
      this.sql('DELETE FROM chat_state WHERE key = ?').run(key);
      return;
    }
    this.sql('INSERT INTO chat_state (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at')
      .run(key, JSON.stringify(value), expiresAt.toISOString());
  }

  async hitRate(key: string, windowMs: number, now: Date): Promise<{ current: number; previous: number }> {
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    const expires = new Date(start + 2 * windowMs).toISOString();
    // One atomic statement reads the previous window too: a second statement would cost a read transaction of its own.
    const row = (await this.grouped(() =>
      this.sql(
        `INSERT INTO rate_hits (key, window_start, hits, expires_at) VALUES (@key, @start, 1, @expires)
         ON CONFLICT (key, window_start) DO UPDATE SET hits = hits + 1
         RETURNING hits, (SELECT p.hits FROM rate_hits p WHERE p.key = @key AND p.window_start = @previous) AS previous`,
      ).get({ key, start, expires, previous: start - windowMs }),
      { oneStatement: true },
    )) as Row;
    return { current: Number(row.hits), previous: Number(row.previous ?? 0) };
  }

  async purgeExpired(options: { now: Date; deliveredBefore: Date; questionsBefore?: Date }): Promise<number> {
    const now = options.now.toISOString();
    const before = options.deliveredBefore.toISOString();
    const questions = options.questionsBefore?.toISOString();
    return this.immediate(() => {
        let n =
          this.sql('DELETE FROM chat_state WHERE expires_at <= ?').run(now).changes +
          this.sql('DELETE FROM rate_hits WHERE expires_at <= ?').run(now).changes +
          this.sql("DELETE FROM inbox WHERE state IN ('done', 'failed') AND finished_at < ?").run(before).changes +
          this.sql("DELETE FROM outbox WHERE state IN ('sent', 'failed', 'uncertain') AND finished_at < ?").run(before).changes;
        if (questions) {
          n += this.sql('DELETE FROM questions WHERE created_at < ?').run(questions).changes;
          this.sql('UPDATE questions SET follow_up_of = NULL WHERE follow_up_of IN (SELECT id FROM feedback WHERE created_at < ?)').run(questions);
          n += this.sql('DELETE FROM feedback WHERE created_at < ?').run(questions).changes;
        }
        return n;
      });
  }

  async readLease(name: string): Promise<Lease | undefined> {
    const row = this.sql('SELECT holder, expires_at FROM leases WHERE name = ?').get(name) as Row | undefined;
    return row ? { holder: String(row.holder), expiresAt: new Date(String(row.expires_at)) } : undefined;
  }

  async swapLease(name: string, from: string | undefined, to: string, expiresAt: Date): Promise<boolean> {
    const at = expiresAt.toISOString();
    if (from === undefined) return this.sql('INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING').run(name, to, at).changes > 0;
    return this.sql('UPDATE leases SET holder = ?, expires_at = ? WHERE name = ? AND holder = ?').run(to, at, name, from).changes > 0;
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    this.sql('DELETE FROM leases WHERE name = ? AND holder = ?').run(name, holder);
  }

  async ping(): Promise<boolean> {
    try {
      return (this.sql('SELECT 1 AS ok').get() as Row).ok === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.commitQueued();
    this.db.close();
  }
}
