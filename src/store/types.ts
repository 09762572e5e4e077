import type { Channel } from '../assistant/types';

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

export interface FeedbackInput {
  channel: Channel;
  chatId: string;
  userId: string;
  question: string;
  answer: string;
  intent: string;
  sources: string[];
  rating: 1 | -1;
  at: Date;
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

  /** Appends a status or note for a unit's task and makes it the current one, atomically. */
  recordTaskUpdate(update: TaskUpdate): void;
  /** The latest update of each task for a unit. */
  latestTaskUpdates(unitId: string): Map<string, TaskUpdate>;
  taskHistory(taskKey: string, unitId: string): TaskUpdate[];

  /** Claims the right to send one reminder; false when this or another process already did. */
  claimReminder(claim: ReminderClaim, now: Date): boolean;
  markReminderSent(claim: ReminderClaim, now: Date): void;
  releaseReminder(claim: ReminderClaim): void;

  recordFeedback(input: FeedbackInput): void;

  /** True when the database answers a trivial query. */
  ping(): boolean;
  close(): void;
}
