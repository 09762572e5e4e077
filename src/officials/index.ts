export { OfficialsService, statusUnitKey, unitLabel, type OfficialsDeps } from './service';
export { loadOfficialsData, ROSTER_FILE, type OfficialsData, type PlanData } from './data';
export { newInviteCode, hashCode, normaliseCode } from './invites';
export { Roster, loadRoster, parseRoster, type RosterUnit, type UnitMatch } from './roster';
export { tasksForUnit, unitScope, taskKey, type UnitTask } from './tasks';
export { findDeadlines, type Due } from './deadlines';
export { ReminderService, inQuietHours, type Notifier, type ReminderOptions } from './reminders';
export type { TaskRecord, DeadlineRecord, PlanInfo, ExtractedFile } from './records';
