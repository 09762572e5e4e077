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

/** Everything the product keeps, behind one interface so a server database can replace SQLite later. */
export interface Store {
  createInvite(input: { codeHash: string; unitId: string; commune?: string; expiresAt: Date; note?: string; now: Date }): Invite;
  redeemInvite(codeHash: string, who: { channel: Channel; userId: string; chatId: string; displayName?: string }, now: Date): RedeemOutcome;
  listInvites(): Invite[];
  revokeInvite(id: number, now: Date): boolean;

  getOfficial(channel: Channel, userId: string): Official | undefined;
  listOfficials(options?: { includeRevoked?: boolean }): Official[];
  revokeOfficial(id: number, now: Date): boolean;
  moveOfficial(id: number, unitId: string, commune?: string): boolean;
  setReminders(id: number, enabled: boolean): void;

  /** Appends a status or note for a unit's task and makes it the current one, atomically; returns its id. */
  recordTaskUpdate(update: TaskUpdate): number;
  /** The latest update of each task for a unit (undone ones left out): its latest status and latest note. */
  latestTaskUpdates(unitId: string): Map<string, TaskUpdate>;
  /** Every update of the given units that was not undone, oldest first. */
  taskUpdates(unitIds: readonly string[]): TaskUpdate[];
  /** Every update of one task of one unit, undone ones included (with `undoneAt`), oldest first. */
  taskHistory(taskKey: string, unitId: string): TaskUpdate[];
  /** The latest update an official made that is not undone. */
  lastTaskUpdateBy(by: string): TaskUpdate | undefined;
  /** Marks an update undone; false when there is no such update or it was undone already. */
  undoTaskUpdate(id: number, now: Date): boolean;

  /** Claims the right to send one reminder; false when this or another process already did. */
  claimReminder(claim: ReminderClaim, now: Date): boolean;
  markReminderSent(claim: ReminderClaim, now: Date): void;
  releaseReminder(claim: ReminderClaim): void;

  /** Stores a rating and returns its id. */
  recordFeedback(input: FeedbackInput): number;
  recordQuestion(record: QuestionRecord): void;
  questionsBetween(from: Date, to: Date): QuestionRecord[];
  feedbackBetween(from: Date, to: Date): FeedbackRecord[];

  /** Turns safety alerts on or off for a chat; returns whether it is now subscribed. */
  setSubscription(channel: Channel, chatId: string, on: boolean, now: Date): boolean;
  isSubscribed(channel: Channel, chatId: string): boolean;
  listSubscribers(): Subscriber[];
  /** Claims the right to send one alert to one chat; false when this or another process already did. */
  claimAlert(alertId: string, channel: Channel, chatId: string, now: Date): boolean;
  markAlertSent(alertId: string, channel: Channel, chatId: string, now: Date): void;
  releaseAlert(alertId: string, channel: Channel, chatId: string): void;
  /** How many chats an alert was delivered to. */
  alertDeliveries(alertId: string): number;

  /** True when the database answers a trivial query. */
  ping(): boolean;
  close(): void;
}
