import pg from 'pg';
import type { Channel } from '../core';
import { PG_MIGRATIONS } from './postgres-migrations';
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

/** Locks (pg_advisory_xact_lock keys) that serialise schema changes and inbox claims between processes. */
const MIGRATION_LOCK = 727_100_001;
const INBOX_CLAIM_LOCK = 727_100_002;

type Query = <R = Row>(sql: string, params?: unknown[]) => Promise<R[]>;

/** A database the store cannot reach or use; the message names the address and what to check. */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * The Store on PostgreSQL (node-postgres), for several processes on one database: claims are transactions (inbox
 * claims serialised by an advisory lock so each chat stays in order), one-time actions are single atomic statements.
 */
export class PostgresStore implements Store {
  private closed = false;
  /**
   * A pipelined connection used only by markWritten: its query is written to the socket within the call, even while
   * earlier ones are in flight, so the record reaches PostgreSQL before the platform call's bytes leave. PostgreSQL
   * runs a query it has received even when the client was killed just after sending it.
   */
  private marks?: pg.Client;
  private marksConnecting?: Promise<void>;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
  ) {}

  /** Connects, checks the server answers and brings the schema up to date; throws DatabaseError naming the server otherwise. */
  static async connect(url: string, options: { max?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
    // An idle client losing its connection must not take the process down: the next query reconnects.
    pool.on('error', () => {});
    const store = new PostgresStore(pool, url);
    try {
      await store.migrate();
      await store.marksReady();
    } catch (error) {
      await pool.end().catch(() => {});
      const reason = error instanceof Error ? error.message : String(error);
      throw new DatabaseError(`could not open the PostgreSQL database at ${describeUrl(url)} (DATABASE_URL): ${reason}; check that the server runs and accepts this user`, { cause: error });
    }
    return store;
  }

  private readonly q: Query = async <R = Row>(sql: string, params: unknown[] = []) => (await this.pool.query(sql, params)).rows as R[];

  /** Runs `work` in one transaction on one connection. */
  private async tx<T>(work: (q: Query) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const q: Query = async <R = Row>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as R[];
    try {
      await client.query('BEGIN');
      const result = await work(q);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  private async migrate(): Promise<void> {
    await this.tx(async (q) => {
      await q('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await q('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const [row] = await q<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
      const version = Number(row?.v ?? 0);
      if (version > PG_MIGRATIONS.length) {
        throw new DatabaseError(`the database was written by a newer version (schema ${version}, this one knows ${PG_MIGRATIONS.length}); update the program`);
      }
      for (let v = version; v < PG_MIGRATIONS.length; v++) {
        await q(PG_MIGRATIONS[v]!);
        await q('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
      }
    });
  }

  async createInvite(input: { codeHash: string; unitId: string; commune?: string; expiresAt: Date; note?: string; now: Date }): Promise<Invite> {
    const [row] = await this.q('INSERT INTO invites (code_hash, unit_id, commune, note, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *', [
      input.codeHash,
      input.unitId,
      input.commune ?? null,
      input.note ?? null,
      input.now,
      input.expiresAt,
    ]);
    return toInvite(row!);
  }

  async redeemInvite(codeHash: string, who: { channel: Channel; userId: string; chatId: string; displayName?: string }, now: Date): Promise<RedeemOutcome> {
    return this.tx(async (q) => {
      const [row] = await q('SELECT * FROM invites WHERE code_hash = $1 FOR UPDATE', [codeHash]);
      if (!row) return { ok: false, reason: 'unknown' };
      const invite = toInvite(row);
      if (invite.revokedAt) return { ok: false, reason: 'revoked' };
      if (invite.usedAt) return { ok: false, reason: 'used' };
      if (invite.expiresAt <= now) return { ok: false, reason: 'expired' };
      await q('UPDATE officials SET revoked_at = $1 WHERE channel = $2 AND user_id = $3 AND revoked_at IS NULL', [now, who.channel, who.userId]);
      const [created] = await q(
        'INSERT INTO officials (channel, user_id, chat_id, display_name, unit_id, commune, registered_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *',
        [who.channel, who.userId, who.chatId, who.displayName ?? null, invite.unitId, invite.commune ?? null, now],
      );
      const official = toOfficial(created!);
      await q('UPDATE invites SET used_at = $1, used_by = $2 WHERE id = $3', [now, official.id, invite.id]);
      return { ok: true, official, invite: { ...invite, usedAt: now, usedBy: official.id } };
    });
  }

  async listInvites(): Promise<Invite[]> {
    return (await this.q('SELECT * FROM invites ORDER BY id')).map(toInvite);
  }

  async revokeInvite(id: number, now: Date): Promise<boolean> {
    return (await this.q('UPDATE invites SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL AND used_at IS NULL RETURNING id', [now, id])).length > 0;
  }

  async getOfficial(channel: Channel, userId: string): Promise<Official | undefined> {
    const [row] = await this.q('SELECT * FROM officials WHERE channel = $1 AND user_id = $2 AND revoked_at IS NULL', [channel, userId]);
    return row ? toOfficial(row) : undefined;
  }

  async listOfficials(options: { includeRevoked?: boolean } = {}): Promise<Official[]> {
    const sql = options.includeRevoked ? 'SELECT * FROM officials ORDER BY id' : 'SELECT * FROM officials WHERE revoked_at IS NULL ORDER BY id';
    return (await this.q(sql)).map(toOfficial);
  }

  async revokeOfficial(id: number, now: Date): Promise<boolean> {
    return (await this.q('UPDATE officials SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL RETURNING id', [now, id])).length > 0;
  }

  async moveOfficial(id: number, unitId: string, commune?: string): Promise<boolean> {
    return (await this.q('UPDATE officials SET unit_id = $1, commune = $2 WHERE id = $3 AND revoked_at IS NULL RETURNING id', [unitId, commune ?? null, id])).length > 0;
  }

  async setReminders(id: number, enabled: boolean): Promise<void> {
    await this.q('UPDATE officials SET reminders_enabled = $1 WHERE id = $2', [enabled, id]);
  }

  async recordTaskUpdate(update: TaskUpdate): Promise<number> {
    const [row] = await this.q('INSERT INTO task_updates (task_key, unit_id, status, note, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id', [
      update.taskKey,
      update.unitId,
      update.status ?? null,
      update.note ?? null,
      update.by,
      update.at,
    ]);
    return Number(row!.id);
  }

  async latestTaskUpdates(unitId: string): Promise<Map<string, TaskUpdate>> {
    const rows = await this.q(
      `SELECT t.id, t.task_key, t.unit_id, t.updated_by, t.updated_at,
         (SELECT status FROM task_updates s WHERE s.unit_id = t.unit_id AND s.task_key = t.task_key AND s.status IS NOT NULL AND s.undone_at IS NULL ORDER BY s.id DESC LIMIT 1) AS status,
         (SELECT note FROM task_updates n WHERE n.unit_id = t.unit_id AND n.task_key = t.task_key AND n.note IS NOT NULL AND n.undone_at IS NULL ORDER BY n.id DESC LIMIT 1) AS note
       FROM task_updates t
       WHERE t.unit_id = $1 AND t.id = (SELECT max(id) FROM task_updates m WHERE m.unit_id = t.unit_id AND m.task_key = t.task_key AND m.undone_at IS NULL)`,
      [unitId],
    );
    return new Map(rows.map((r) => [String(r.task_key), toUpdate(r)]));
  }

  async taskUpdates(unitIds: readonly string[]): Promise<TaskUpdate[]> {
    if (unitIds.length === 0) return [];
    return (await this.q('SELECT * FROM task_updates WHERE unit_id = ANY($1::text[]) AND undone_at IS NULL ORDER BY id', [[...unitIds]])).map(toUpdate);
  }

  async taskHistory(taskKey: string, unitId: string): Promise<TaskUpdate[]> {
    return (await this.q('SELECT * FROM task_updates WHERE task_key = $1 AND unit_id = $2 ORDER BY id', [taskKey, unitId])).map(toUpdate);
  }

  async lastTaskUpdateBy(by: string): Promise<TaskUpdate | undefined> {
    const [row] = await this.q('SELECT * FROM task_updates WHERE updated_by = $1 AND undone_at IS NULL ORDER BY id DESC LIMIT 1', [by]);
    return row ? toUpdate(row) : undefined;
  }

  async undoTaskUpdate(id: number, now: Date): Promise<boolean> {
    return (await this.q('UPDATE task_updates SET undone_at = $1 WHERE id = $2 AND undone_at IS NULL RETURNING id', [now, id])).length > 0;
  }

  async claimReminder(claim: ReminderClaim, now: Date): Promise<boolean> {
    const rows = await this.q(
      `INSERT INTO reminders (official_id, item_key, due_date, offset_days, state, claimed_at) VALUES ($1, $2, $3, $4, 'claimed', $5)
       ON CONFLICT (official_id, item_key, due_date, offset_days) DO UPDATE SET claimed_at = EXCLUDED.claimed_at
       WHERE reminders.state = 'claimed' AND reminders.claimed_at < $6
       RETURNING 1`,
      [claim.officialId, claim.itemKey, claim.dueDate, claim.offsetDays, now, new Date(now.getTime() - STALE_CLAIM_MS)],
    );
    return rows.length > 0;
  }

  async markReminderSent(claim: ReminderClaim, now: Date): Promise<void> {
    await this.q("UPDATE reminders SET state = 'sent', sent_at = $1 WHERE official_id = $2 AND item_key = $3 AND due_date = $4 AND offset_days = $5", [
      now,
      claim.officialId,
      claim.itemKey,
      claim.dueDate,
      claim.offsetDays,
    ]);
  }

  async releaseReminder(claim: ReminderClaim): Promise<void> {
    await this.q("DELETE FROM reminders WHERE state = 'claimed' AND official_id = $1 AND item_key = $2 AND due_date = $3 AND offset_days = $4", [
      claim.officialId,
      claim.itemKey,
      claim.dueDate,
      claim.offsetDays,
    ]);
  }

  async recordFeedback(input: FeedbackInput): Promise<number> {
    const [row] = await this.q(
      'INSERT INTO feedback (channel, chat_id, user_id, question, answer, intent, sources, rating, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id',
      [input.channel, input.chatId, input.userId, input.question, input.answer, input.intent, JSON.stringify(input.sources), input.rating, input.at],
    );
    return Number(row!.id);
  }

  private async writeQuestion(q: Query, r: QuestionRecord): Promise<void> {
    await q('INSERT INTO questions (created_at, channel, intent, covered, question, sources, chat_hash, follow_up_of) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      r.at,
      r.channel,
      r.intent,
      r.covered ?? null,
      r.question,
      JSON.stringify(r.sources),
      r.chatHash,
      r.followUpOf ?? null,
    ]);
  }

  async questionsBetween(from: Date, to: Date): Promise<QuestionRecord[]> {
    return (await this.q('SELECT * FROM questions WHERE created_at >= $1 AND created_at < $2 ORDER BY id', [from, to])).map(toQuestion);
  }

  async feedbackBetween(from: Date, to: Date): Promise<FeedbackRecord[]> {
    return (await this.q('SELECT * FROM feedback WHERE created_at >= $1 AND created_at < $2 ORDER BY id', [from, to])).map(toFeedback);
  }

  async setSubscription(channel: Channel, chatId: string, on: boolean, now: Date): Promise<boolean> {
    if (on) {
      await this.q(
        'INSERT INTO subscriptions (channel, chat_id, subscribed_at) VALUES ($1, $2, $3) ON CONFLICT (channel, chat_id) DO UPDATE SET subscribed_at = EXCLUDED.subscribed_at, unsubscribed_at = NULL',
        [channel, chatId, now],
      );
    } else {
      await this.q('UPDATE subscriptions SET unsubscribed_at = $1 WHERE channel = $2 AND chat_id = $3', [now, channel, chatId]);
    }
    return this.isSubscribed(channel, chatId);
  }

  async isSubscribed(channel: Channel, chatId: string): Promise<boolean> {
    return (await this.q('SELECT 1 FROM subscriptions WHERE channel = $1 AND chat_id = $2 AND unsubscribed_at IS NULL', [channel, chatId])).length > 0;
  }

  async listSubscribers(): Promise<Subscriber[]> {
    const rows = await this.q('SELECT * FROM subscriptions WHERE unsubscribed_at IS NULL ORDER BY subscribed_at');
    return rows.map((r) => ({ channel: r.channel as Channel, chatId: String(r.chat_id), subscribedAt: r.subscribed_at as Date }));
  }

  async enqueueInbox(items: InboxInput[], now: Date): Promise<number> {
    if (items.length === 0) return 0;
    const rows = await this.q(
      `INSERT INTO inbox (channel, update_key, chat_id, payload, next_at, received_at)
       SELECT i.channel, i.update_key, i.chat_id, i.payload, $2, $2 FROM jsonb_to_recordset($1::jsonb) AS i(channel text, update_key text, chat_id text, payload jsonb)
       ON CONFLICT (channel, update_key) DO NOTHING RETURNING id`,
      [JSON.stringify(items.map((i) => ({ channel: i.channel, update_key: i.updateKey, chat_id: i.chatId, payload: i.payload }))), now],
    );
    return rows.length;
  }

  async claimInbox(options: { holder: string; limit: number; now: Date; leaseMs: number }): Promise<InboxItem[]> {
    return this.tx(async (q) => {
      // One claim at a time across processes: the oldest-open-item-per-chat rule then holds without races.
      await q('SELECT pg_advisory_xact_lock($1)', [INBOX_CLAIM_LOCK]);
      const rows = await q(
        `WITH lapsed AS (
           SELECT id FROM inbox WHERE state IN ('pending', 'processing') AND state = 'processing' AND lease_until < $1 LIMIT $2
         ), due AS (
           SELECT id FROM inbox i
           WHERE i.state IN ('pending', 'processing') AND i.state = 'pending' AND i.next_at <= $1
             AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.channel = i.channel AND e.chat_id = i.chat_id AND e.id < i.id AND e.state IN ('pending', 'processing'))
           ORDER BY i.next_at, i.id LIMIT $2
         ), picked AS (
           SELECT id FROM (SELECT id, 0 AS rank FROM lapsed UNION ALL SELECT id, 1 FROM due) AS c ORDER BY rank, id LIMIT $2
         )
         UPDATE inbox SET state = 'processing', attempts = attempts + 1, claimed_by = $3, claim_token = md5(random()::text || inbox.id::text), lease_until = $4
         FROM picked WHERE inbox.id = picked.id
         RETURNING inbox.*`,
        [options.now, options.limit, options.holder, new Date(options.now.getTime() + options.leaseMs)],
      );
      return rows.map(toInbox).sort((a, b) => a.id - b.id);
    });
  }

  async completeInbox(item: Pick<InboxItem, 'id' | 'token'>, replies: OutboxInput[], now: Date, record?: AnswerRecord): Promise<boolean> {
    return this.tx(async (q) => {
      const done = await q(
        "UPDATE inbox SET state = 'done', payload = NULL, finished_at = $1, error = NULL WHERE id = $2 AND claim_token = $3 AND state = 'processing' RETURNING id",
        [now, item.id, item.token],
      );
      if (done.length === 0) return false;
      await this.insertOutbox(q, replies, now);
      if (record) await this.writeAnswer(q, record);
      return true;
    });
  }

  async retryInbox(item: Pick<InboxItem, 'id' | 'token'>, options: { nextAt: Date; error?: string; refund?: boolean }): Promise<void> {
    await this.q(
      "UPDATE inbox SET state = 'pending', attempts = attempts - $1, next_at = $2, error = coalesce($3, error), claimed_by = NULL, claim_token = NULL, lease_until = NULL WHERE id = $4 AND claim_token = $5 AND state = 'processing'",
      [options.refund ? 1 : 0, options.nextAt, options.error ?? null, item.id, item.token],
    );
  }

  async failInbox(item: Pick<InboxItem, 'id' | 'token'>, error: string, replies: OutboxInput[], now: Date): Promise<void> {
    await this.tx(async (q) => {
      const failed = await q(
        "UPDATE inbox SET state = 'failed', payload = NULL, finished_at = $1, error = $2 WHERE id = $3 AND claim_token = $4 AND state = 'processing' RETURNING id",
        [now, error, item.id, item.token],
      );
      if (failed.length > 0) await this.insertOutbox(q, replies, now);
    });
  }

  async inboxClaimHolders(): Promise<string[]> {
    return (await this.q("SELECT DISTINCT claimed_by FROM inbox WHERE state IN ('pending', 'processing') AND state = 'processing' AND claimed_by IS NOT NULL")).map((r) => String(r.claimed_by));
  }

  async requeueInbox(holder: string): Promise<number> {
    const rows = await this.q(
      "UPDATE inbox SET state = 'pending', attempts = greatest(attempts - 1, 0), claimed_by = NULL, claim_token = NULL, lease_until = NULL WHERE state = 'processing' AND claimed_by = $1 RETURNING id",
      [holder],
    );
    return rows.length;
  }

  async enqueueOutbox(items: OutboxInput[], now: Date): Promise<number> {
    return this.insertOutbox(this.q, items, now);
  }

  private async insertOutbox(q: Query, items: OutboxInput[], now: Date): Promise<number> {
    if (items.length === 0) return 0;
    // One statement, rows in the given order (ids follow it, and so does the per-chat send order).
    const rows = await q(
      `INSERT INTO outbox (channel, chat_id, kind, dedupe_key, method, params, next_at, created_at)
       SELECT o.item->>'channel', o.item->>'chat_id', o.item->>'kind', o.item->>'dedupe_key', o.item->>'method', o.item->'params', $2, $2
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS o(item, n)
       ORDER BY o.n
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [JSON.stringify(items.map((o) => ({ channel: o.channel, chat_id: o.chatId, kind: o.kind, dedupe_key: o.key, method: o.method, params: o.params }))), now],
    );
    return rows.length;
  }

  async dueOutbox(channel: Channel, now: Date, limit: number): Promise<OutboxItem[]> {
    const rows = await this.q(
      `SELECT * FROM outbox o
       WHERE o.channel = $1 AND o.state IN ('pending', 'claimed', 'sending') AND o.state = 'pending' AND o.next_at <= $2
         AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.channel = o.channel AND e.chat_id = o.chat_id AND e.id < o.id AND e.state IN ('pending', 'claimed', 'sending'))
       ORDER BY o.next_at, o.id LIMIT $3`,
      [channel, now, limit],
    );
    return rows.map(toOutbox);
  }

  async retryNow(channel: Channel, now: Date): Promise<number> {
    return (await this.q("UPDATE outbox SET next_at = $1 WHERE channel = $2 AND state IN ('pending', 'claimed', 'sending') AND state = 'pending' AND next_at > $1 RETURNING id", [now, channel])).length;
  }

  async nextOutboxAt(channel: Channel): Promise<Date | undefined> {
    const [row] = await this.q("SELECT min(next_at) AS at FROM outbox WHERE channel = $1 AND state IN ('pending', 'claimed', 'sending') AND state = 'pending'", [channel]);
    return maybeAt(row?.at);
  }

  /** Connects the markWritten connection if it is not (at start, or after it was lost). */
  private marksReady(): Promise<void> {
    if (this.marks || this.closed) return Promise.resolve();
    this.marksConnecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url, pipeline: true, connectionTimeoutMillis: 10_000 });
      const lost = () => {
        if (this.marks === client) this.marks = undefined;
      };
      client.on('error', lost);
      client.on('end', lost);
      try {
        await client.connect();
        this.marks = client;
      } finally {
        this.marksConnecting = undefined;
      }
    })();
    return this.marksConnecting;
  }

  async beginSend(id: number, token: string): Promise<boolean> {
    await this.marksReady();
    return (await this.q("UPDATE outbox SET state = 'claimed', attempts = attempts + 1, send_token = $1 WHERE id = $2 AND state = 'pending' RETURNING id", [token, id])).length > 0;
  }

  markWritten(id: number, token: string): Promise<void> {
    const sql = "UPDATE outbox SET state = 'sending' WHERE id = $1 AND send_token = $2 AND state = 'claimed'";
    // Without the connection (lost since beginSend) the record takes the pool's way: a moment later, but made.
    const written = this.marks ? this.marks.query(sql, [id, token]) : this.pool.query(sql, [id, token]);
    return written.then(() => undefined);
  }

  async markSent(id: number, token: string, now: Date): Promise<void> {
    await this.q("UPDATE outbox SET state = 'sent', finished_at = $1, error = NULL WHERE id = $2 AND send_token = $3 AND state IN ('claimed', 'sending')", [now, id, token]);
  }

  async retrySend(id: number, token: string, nextAt: Date, error: string): Promise<void> {
    await this.q("UPDATE outbox SET state = 'pending', next_at = $1, error = $2 WHERE id = $3 AND send_token = $4 AND state IN ('claimed', 'sending')", [nextAt, error, id, token]);
  }

  async failSend(id: number, token: string, error: string, now: Date): Promise<void> {
    await this.q("UPDATE outbox SET state = 'failed', finished_at = $1, error = $2 WHERE id = $3 AND send_token = $4 AND state IN ('claimed', 'sending')", [now, error, id, token]);
  }

  async settleInterruptedSends(channel: Channel, now: Date): Promise<{ uncertain: number[]; requeued: number }> {
    return this.tx(async (q) => {
      const rows = await q(
        "UPDATE outbox SET state = 'uncertain', finished_at = $1, error = 'the sender stopped during the call' WHERE channel = $2 AND state IN ('pending', 'claimed', 'sending') AND state = 'sending' RETURNING id",
        [now, channel],
      );
      const requeued = await q("UPDATE outbox SET state = 'pending' WHERE channel = $1 AND state IN ('pending', 'claimed', 'sending') AND state = 'claimed' RETURNING id", [channel]);
      return { uncertain: rows.map((r) => Number(r.id)).sort((a, b) => a - b), requeued: requeued.length };
    });
  }

  async deliveryCounts(): Promise<DeliveryCounts> {
    const [row] = await this.q(
      `SELECT
         (SELECT count(*) FROM inbox WHERE state IN ('pending', 'processing')) AS inbox_pending,
         (SELECT count(*) FROM inbox WHERE state = 'failed') AS inbox_failed,
         (SELECT count(*) FROM outbox WHERE state IN ('pending', 'claimed', 'sending')) AS outbox_pending,
         (SELECT count(*) FROM outbox WHERE state = 'failed') AS outbox_failed`,
    );
    return {
      inboxPending: Number(row!.inbox_pending),
      inboxFailed: Number(row!.inbox_failed),
      outboxPending: Number(row!.outbox_pending),
      outboxFailed: Number(row!.outbox_failed),
    };
  }

  async unsubscribeChat(channel: Channel, chatId: string, now: Date): Promise<void> {
    await this.tx(async (q) => {
      await q('UPDATE subscriptions SET unsubscribed_at = $1 WHERE channel = $2 AND chat_id = $3 AND unsubscribed_at IS NULL', [now, channel, chatId]);
      await q('UPDATE officials SET reminders_enabled = FALSE WHERE channel = $1 AND chat_id = $2 AND revoked_at IS NULL', [channel, chatId]);
    });
  }

  async getChatState<T = unknown>(key: string, now = new Date()): Promise<T | undefined> {
    const [row] = await this.q('SELECT value FROM chat_state WHERE key = $1 AND expires_at > $2', [key, now]);
    return row ? (row.value as T) : undefined;
  }

  async setChatState(key: string, value: unknown, expiresAt: Date): Promise<void> {
    await this.writeChatState(this.q, { key, value, expiresAt });
  }

  async recordAnswer(states: readonly ChatStateEntry[], question: QuestionRecord): Promise<void> {
    await this.tx((q) => this.writeAnswer(q, { states, question }));
  }

  private async writeAnswer(q: Query, { states, question }: AnswerRecord): Promise<void> {
    for (const state of states) await this.writeChatState(q, state);
    await this.writeQuestion(q, question);
  }

  private async writeChatState(q: Query, { key, value, expiresAt }: ChatStateEntry): Promise<void> {
    if (value === undefined) {
      await q('DELETE FROM chat_state WHERE key = $1', [key]);
      return;
    }
    await q(
      'INSERT INTO chat_state (key, value, expires_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at',
      [key, JSON.stringify(value), expiresAt],
    );
  }

  async hitRate(key: string, windowMs: number, now: Date): Promise<{ current: number; previous: number }> {
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    const [row] = await this.q(
      `WITH hit AS (
         INSERT INTO rate_hits (key, window_start, hits, expires_at) VALUES ($1, $2, 1, $3)
         ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_hits.hits + 1 RETURNING hits
       )
       SELECT (SELECT hits FROM hit) AS current, (SELECT hits FROM rate_hits WHERE key = $1 AND window_start = $4) AS previous`,
      [key, start, new Date(start + 2 * windowMs), start - windowMs],
    );
    return { current: Number(row!.current), previous: Number(row!.previous ?? 0) };
  }

  async purgeExpired(options: { now: Date; deliveredBefore: Date; questionsBefore?: Date }): Promise<number> {
    return this.tx(async (q) => {
      let n = 0;
      n += (await q('DELETE FROM chat_state WHERE expires_at <= $1 RETURNING 1', [options.now])).length;
      n += (await q('DELETE FROM rate_hits WHERE expires_at <= $1 RETURNING 1', [options.now])).length;
      n += (await q("DELETE FROM inbox WHERE state IN ('done', 'failed') AND finished_at < $1 RETURNING 1", [options.deliveredBefore])).length;
      n += (await q("DELETE FROM outbox WHERE state IN ('sent', 'failed', 'uncertain') AND finished_at < $1 RETURNING 1", [options.deliveredBefore])).length;
      if (options.questionsBefore) {
        n += (await q('DELETE FROM questions WHERE created_at < $1 RETURNING 1', [options.questionsBefore])).length;
        await q('UPDATE questions SET follow_up_of = NULL WHERE follow_up_of IN (SELECT id FROM feedback WHERE created_at < $1)', [options.questionsBefore]);
        n += (await q('DELETE FROM feedback WHERE created_at < $1 RETURNING 1', [options.questionsBefore])).length;
      }
      return n;
    });
  }

  async readLease(name: string): Promise<Lease | undefined> {
    const [row] = await this.q('SELECT holder, expires_at FROM leases WHERE name = $1', [name]);
    return row ? { holder: String(row.holder), expiresAt: row.expires_at as Date } : undefined;
  }

  async swapLease(name: string, from: string | undefined, to: string, expiresAt: Date): Promise<boolean> {
    const rows =
      from === undefined
        ? await this.q('INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING RETURNING 1', [name, to, expiresAt])
        : await this.q('UPDATE leases SET holder = $1, expires_at = $2 WHERE name = $3 AND holder = $4 RETURNING 1', [to, expiresAt, name, from]);
    return rows.length > 0;
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    await this.q('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder]);
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      return (await this.q('SELECT 1 AS ok'))[0]?.ok === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.marksConnecting?.catch(() => {});
    await this.marks?.end().catch(() => {});
    await this.pool.end();
  }
}
