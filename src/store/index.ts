export { SqliteStore } from './sqlite';
export type { Store, Official, Invite, RedeemOutcome, TaskUpdate, ReminderClaim, FeedbackInput, FeedbackRecord, QuestionRecord, Subscriber, SourceRef } from './types';
