export { InboxWorker, NotReadyError, type UpdateHandler, type HandledUpdate, type InboxWorkerOptions } from './inbox-worker';
export { OutboxSender, type SenderOptions } from './sender';
export { ChannelHealth, type ChannelStatus, type ChannelReport } from './health';
export { Lease, type LeaseOptions } from './lease';
export { processHolder, holderIsDead } from './holder';
export { DEFAULT_TUNING, backoffMs, withTyping, type DeliveryTuning, type PlatformRate } from './tuning';
export type { Platform, SendOutcome } from './platform';
export { whenWritten, watchedAgents } from './written';
