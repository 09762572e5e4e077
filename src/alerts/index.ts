export { AlertService, alertMessage, SUBSCRIBED, UNSUBSCRIBED, NO_CURRENT_ALERTS, type ChatPusher } from './service';
export { alertsOf, isCurrent, liveChunk, type Alert } from './alerts';
