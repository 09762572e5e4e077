export { SqliteStore } from './sqlite';
export { PostgresStore, DatabaseError } from './postgres';
export { openStore, DATABASE_FILE } from './open';
export type {
  Store,
  ChatStateEntry,
  AnswerRecord,
  Official,
  Invite,
  RedeemOutcome,
  TaskUpdate,
  ReminderClaim,
  FeedbackInput,
  FeedbackRecord,
  QuestionRecord,
  Subscriber,
  SourceRef,
  InboxInput,
  InboxItem,
  OutboxKind,
  OutboxInput,
  OutboxItem,
  DeliveryCounts,
  Lease,
} from './types';
