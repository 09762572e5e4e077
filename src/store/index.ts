export { SqliteStore } from './sqlite';
export type { Store, Official, Invite, RedeemOutcome, TaskUpdate, ReminderClaim, FeedbackInput } from './types';
