import { type Channel } from '../core';

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

export interface TaskUpdate {
  taskKey: string;
  unitId: string;
  status?: string;
  note?: string;
  by: string;
  at: Date;
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

  /** Appends a status or note for a unit's task and makes it the current one, atomically. */
  recordTaskUpdate(update: TaskUpdate): Promise<void>;
  /** The latest update of each task for a unit. */
  latestTaskUpdates(unitId: string): Promise<Map<string, TaskUpdate>>;
  taskHistory(taskKey: string, unitId: string): Promise<TaskUpdate[]>;

  /** Claims the right to send one reminder; false when this or another process already did. */
  claimReminder(claim: ReminderClaim, now: Date): Promise<boolean>;
  markReminderSent(claim: ReminderClaim, now: Date): Promise<void>;
  releaseReminder(claim: ReminderClaim): Promise<void>;

  /** Stores a rating and returns its id. */
  recordFeedback(input: FeedbackInput): Promise<number>;
  recordQuestion(record: QuestionRecord): Promise<void>;
  questionsBetween(from: Date, to: Date): Promise<QuestionRecord[]>;
  feedbackBetween(from: Date, to: Date): Promise<FeedbackRecord[]>;

  /** Turns safety alerts on or off for a chat; returns whether it is now subscribed. */
  setSubscription(channel: Channel, chatId: string, on: boolean, now: Date): Promise<boolean>;
  isSubscribed(channel: Channel, chatId: string): Promise<boolean>;
  listSubscribers(): Promise<Subscriber[]>;
  /** Claims the right to send one alert to one chat; false when this or another process already did. */
  claimAlert(alertId: string, channel: Channel, chatId: string, now: Date): Promise<boolean>;
  markAlertSent(alertId: string, channel: Channel, chatId: string, now: Date): Promise<void>;
  releaseAlert(alertId: string, channel: Channel, chatId: string): Promise<void>;
  /** How many chats an alert was delivered to. */
  alertDeliveries(alertId: string): Promise<number>;

  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
