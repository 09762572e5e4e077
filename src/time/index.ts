export * from './civil';
export { scheduleSchema, type Schedule, type Bound } from './schedule';
export { findTimeExpressions, parseTiming, type TimeExpression } from './parse';
export { occurrences, nextOccurrence, lastOccurrence, type Occurrence } from './occurrences';
export { scheduleJob } from './jobs';
export { lastDay, isoWeekday, isWeekend, lastWorkingDay, weekStart } from './due';
