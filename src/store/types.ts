import { type Channel, type ChatStateEntry } from '../core';

export type { ChatStateEntry };

export interface Official {
  id: number;
  channel: Channel;
  userId: string;
  chatId: string;
  displayName?: string;
  unitId: string;
  /** The commune or ward's own name when the unit is a province's commune group. */
  commune?: string;
  registeredAt: Date;
  revokedAt?: Date;
  remindersEnabled: boolean;
}

export interface Invite {
  id: number;
  codeHash: string;
  unitId: string;
  commune?: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt?: Date;
  usedBy?: number;
  revokedAt?: Date;
  note?: string;
}

export type RedeemOutcome =
  | { ok: true; official: Official; invite: Invite }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'revoked' };

/**
 * One status or note recorded for a unit's task, or a report marked submitted (`taskKey` "report:…", status
 * "submitted"). `unitId` is the unit's status key (a commune's own key within its province's commune group).
 */
export interface TaskUpdate {
  /** Set by the store. */
  id?: number;
  taskKey: string;
  unitId: string;
  status?: string;
  note?: string;
  /** "<channel>:<user id>" of the official. */
  by: string;
  at: Date;
  /** When it was taken back with "hoàn tác"; an undone update is kept in the history and counts for nothing else. */
  undoneAt?: Date;
}

export interface ReminderClaim {
  officialId: number;
  itemKey: string;
  dueDate: string;
  offsetDays: number;
}

/** A quoted passage: its knowledge file and section. */
export interface SourceRef {
  path: string;
  section: string;
}

export interface FeedbackInput {
  channel: Channel;
  chatId: string;
  userId: string;
  question: string;
  answer: string;
  intent: string;
  sources: SourceRef[];
  rating: 1 | -1;
  at: Date;
}

/** A question as kept for the editors' report: secrets already redacted, the chat only as a hash. */
export interface QuestionRecord {
  at: Date;
  channel: Channel;
  intent: string;
  /** False when the knowledge did not cover it; undefined for replies that are not knowledge answers. */
  covered?: boolean;
  question: string;
  /** The knowledge passages the answer quoted. */
  sources: SourceRef[];
  chatHash: string;
  /** The 👎 rating this question followed in the same chat, if any. */
  followUpOf?: number;
}

export interface FeedbackRecord extends FeedbackInput {
  id: number;
}

export interface Subscriber {
  channel: Channel;
  chatId: string;
  subscribedAt: Date;
}

/** An update as received from a platform, stored before it is acknowledged. */
export interface InboxInput {
  channel: Channel;
  /** The platform's id of the update (Telegram update_id, Zalo message_id): a second delivery is ignored. */
  updateKey: string;
  /** Updates of one chat are handled one at a time, in the order they arrived. */
  chatId: string;
  /** The update as the platform sent it; dropped once handled, so no raw message text is kept. */
  payload: unknown;
}

export interface InboxItem extends InboxInput {
  id: number;
  /** Handling attempts so far, this one included. */
  attempts: number;
  /** Proves the claim: completing or retrying an item needs the token of its current claim. */
  token: string;
}

export type OutboxKind = 'reply' | 'reminder' | 'alert' | 'notice';

/** One platform call to make (a message part, a keyboard edit…), stored before it is made. */
export interface OutboxInput {
  channel: Channel;
  chatId: string;
  kind: OutboxKind;
  /** Unique: a second row with the same key is ignored (the reply parts of one update, one reminder, one alert per chat). */
  key: string;
  method: string;
  params: Record<string, unknown>;
}

export interface OutboxItem extends OutboxInput {
  id: number;
  attempts: number;
  createdAt: Date;
}

export interface DeliveryCounts {
  inboxPending: number;
  inboxFailed: number;
  outboxPending: number;
  outboxFailed: number;
}

/** Who holds a named lease (one poller per bot token, one sender per platform) and until when. */
export interface Lease {
  holder: string;
  expiresAt: Date;
}

/** What answering a message leaves behind beside its replies: pieces of chat state, then the question's record. */
export interface AnswerRecord {
  states: readonly ChatStateEntry[];
  question: QuestionRecord;
}

/**
 * Everything the product keeps, behind one interface: SQLite embedded by default, a server database for several
 * instances. Every method is asynchronous so either can sit behind it.
 */
export interface Store {
  createInvite(input: { codeHash: string; unitId: string; commune?: string; expiresAt: Date; note?: string; now: Date }): Promise<Invite>;
  redeemInvite(codeHash: string, who: { channel: Channel; userId: string; chatId: string; displayName?: string }, now: Date): Promise<RedeemOutcome>;
  listInvites(): Promise<Invite[]>;
  revokeInvite(id: number, now: Date): Promise<boolean>;

  getOfficial(channel: Channel, userId: string): Promise<Official | undefined>;
  listOfficials(options?: { includeRevoked?: boolean }): Promise<Official[]>;
  revokeOfficial(id: number, now: Date): Promise<boolean>;
  moveOfficial(id: number, unitId: string, commune?: string): Promise<boolean>;
  setReminders(id: number, enabled: boolean): Promise<void>;

  /** Appends a status or note for a unit's task and makes it the current one, atomically; returns its id. */
  recordTaskUpdate(update: TaskUpdate): Promise<number>;
  /** The latest update of each task for a unit (undone ones left out): its latest status and latest note. */
  latestTaskUpdates(unitId: string): Promise<Map<string, TaskUpdate>>;
  /** Every update of the given units that was not undone, oldest first. */
  taskUpdates(unitIds: readonly string[]): Promise<TaskUpdate[]>;
  /** Every update of one task of one unit, undone ones included (with `undoneAt`), oldest first. */
  taskHistory(taskKey: string, unitId: string): Promise<TaskUpdate[]>;
  /** The latest update an official made that is not undone. */
  lastTaskUpdateBy(by: string): Promise<TaskUpdate | undefined>;
  /** Marks an update undone; false when there is no such update or it was undone already. */
  undoTaskUpdate(id: number, now: Date): Promise<boolean>;

  /** Claims the right to send one reminder; false when this or another process already did. */
  claimReminder(claim: ReminderClaim, now: Date): Promise<boolean>;
  markReminderSent(claim: ReminderClaim, now: Date): Promise<void>;
  releaseReminder(claim: ReminderClaim): Promise<void>;

  /** Stores a rating and returns its id. */
  recordFeedback(input: FeedbackInput): Promise<number>;
  questionsBetween(from: Date, to: Date): Promise<QuestionRecord[]>;
  feedbackBetween(from: Date, to: Date): Promise<FeedbackRecord[]>;

  /** Turns safety alerts on or off for a chat; returns whether it is now subscribed. */
  setSubscription(channel: Channel, chatId: string, on: boolean, now: Date): Promise<boolean>;
  isSubscribed(channel: Channel, chatId: string): Promise<boolean>;
  listSubscribers(): Promise<Subscriber[]>;

  /** Stores updates not seen before (by channel and update key); returns how many were new. */
  enqueueInbox(items: InboxInput[], now: Date): Promise<number>;
  /**
   * Claims up to `limit` items to handle: for each chat only its oldest open item, and only when it is due; an item
   * whose claim lapsed (`leaseMs` passed) can be claimed again. Each claim counts as an attempt.
   */
  claimInbox(options: { holder: string; limit: number; now: Date; leaseMs: number }): Promise<InboxItem[]>;
  /**
   * Marks a claimed item handled and stores its replies and what its answer leaves behind (`record`), atomically, so
   * an update handled again after a crash records nothing twice; false when the claim was lost meanwhile.
   */
  completeInbox(item: Pick<InboxItem, 'id' | 'token'>, replies: OutboxInput[], now: Date, record?: AnswerRecord): Promise<boolean>;
  /** Puts a claimed item back to be tried again at `nextAt` (a failed attempt) or at once (`refund`: shutdown). */
  retryInbox(item: Pick<InboxItem, 'id' | 'token'>, options: { nextAt: Date; error?: string; refund?: boolean }): Promise<void>;
  /** Gives up on a poison item: it is kept as failed (without its payload), and `replies` (an apology) are stored. */
  failInbox(item: Pick<InboxItem, 'id' | 'token'>, error: string, replies: OutboxInput[], now: Date): Promise<void>;
  /** Holders of open claims, to find those of processes that died. */
  inboxClaimHolders(): Promise<string[]>;
  /** Returns the items claimed by `holder` to the queue at once, without counting the lost attempt. */
  requeueInbox(holder: string): Promise<number>;

  /** Stores platform calls to make, ignoring keys already stored; returns how many were new. */
  enqueueOutbox(items: OutboxInput[], now: Date): Promise<number>;
  /** Due calls of a channel: for each chat only its oldest open one, so parts and replies keep their order. */
  dueOutbox(channel: Channel, now: Date, limit: number): Promise<OutboxItem[]>;
  /** Makes every call of the channel that waits for a retry due now (the platform answers again); returns how many. */
  retryNow(channel: Channel, now: Date): Promise<number>;
  /** When the next call of the channel falls due (undefined when none is waiting). */
  nextOutboxAt(channel: Channel): Promise<Date | undefined>;
  /** Takes a call to make; false when it is no longer waiting (another sender took it). */
  beginSend(id: number, token: string): Promise<boolean>;
  /**
   * The request is about to be handed to the operating system: from now on the platform may have it. The record is
   * made or handed to the database within the call itself (before the returned promise settles), so the request's
   * bytes may follow at once and a crash after them never sends the call again.
   */
  markWritten(id: number, token: string): Promise<void>;
  markSent(id: number, token: string, now: Date): Promise<void>;
  retrySend(id: number, token: string, nextAt: Date, error: string): Promise<void>;
  /** Gives up on a call for good, with the reason. */
  failSend(id: number, token: string, error: string, now: Date): Promise<void>;
  /**
   * Calls of a channel left by a sender that died. Those whose request was written may have reached the platform:
   * they are not made again (that would answer twice) but closed as uncertain. Those taken but never written go back
   * to wait, to be made by the next sender.
   */
  settleInterruptedSends(channel: Channel, now: Date): Promise<{ uncertain: number[]; requeued: number }>;
  deliveryCounts(): Promise<DeliveryCounts>;
  /** Stops alerts and reminders to a chat that blocked the bot. */
  unsubscribeChat(channel: Channel, chatId: string, now: Date): Promise<void>;

  /** A small piece of state (a chat's menu, an answer awaiting its rating, follow-up context) until `expiresAt`; undefined once expired. */
  getChatState<T = unknown>(key: string, now?: Date): Promise<T | undefined>;
  /** Stores (or with `undefined`, deletes) a piece of state; it reads as gone after `expiresAt`. */
  setChatState(key: string, value: unknown, expiresAt: Date): Promise<void>;
  /** What an answer leaves behind, written at once (one commit): pieces of chat state, then the question's record. */
  recordAnswer(states: readonly ChatStateEntry[], question: QuestionRecord): Promise<void>;
  /**
   * Counts one hit for `key` in the fixed window of `windowMs` that holds `now`; returns this window's count (this hit
   * included) and the previous window's, so a caller can weigh them into a sliding window. Shared by every process.
   */
  hitRate(key: string, windowMs: number, now: Date): Promise<{ current: number; previous: number }>;
  /**
   * Deletes expired state and rate windows, delivered inbox and outbox rows finished before `deliveredBefore`, and
   * questions and ratings older than `questionsBefore` (the retention).
   */
  purgeExpired(options: { now: Date; deliveredBefore: Date; questionsBefore?: Date }): Promise<number>;

  readLease(name: string): Promise<Lease | undefined>;
  /** Takes or renews a lease if it is still held by `from` (undefined: nobody); false when someone else changed it. */
  swapLease(name: string, from: string | undefined, to: string, expiresAt: Date): Promise<boolean>;
  releaseLease(name: string, holder: string): Promise<void>;

  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
