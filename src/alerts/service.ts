import type { Cron } from 'croner';
import type { KnowledgeIndex } from '../retrieval';
import type { Store } from '../store';
import { foldText } from '../text';
import { civilDate, formatDate, scheduleJob } from '../time';
import { alertsOf, isCurrent, type Alert } from './alerts';
import { type Channel, type Log, type Source } from '../core';

/** Puts a text on its way to a chat (the outbox): a key already used is never queued again. */
export interface ChatPusher {
  canReach(channel: Channel): boolean;
  /** True when the text was newly queued, false when `key` was queued before. */
  push(channel: Channel, chatId: string, text: string, key: string): Promise<boolean>;
}

const SEVERITY: Record<Alert['severity'], string> = { info: 'ℹ️ Thông tin', warning: '⚠️ Cảnh báo', critical: '🚨 CẢNH BÁO KHẨN' };

export function alertMessage(alert: Alert): string {
  const body = alert.text.length > 1500 ? `${alert.text.slice(0, 1500).replace(/\s+\S*$/u, '')}…` : alert.text;
  return `${SEVERITY[alert.severity]}: ${alert.title}\n\n${body}\n\n(Tin còn hiệu lực đến ${formatDate(civilDate(alert.expires))}. Gõ /canhbao tat để ngừng nhận cảnh báo.)`;
}

export const SUBSCRIBED = 'Đã bật nhận cảnh báo: khi có thủ đoạn lừa đảo mới, Trợ lý số sẽ nhắn cho bạn. Gõ /canhbao tat để ngừng.';
export const UNSUBSCRIBED = 'Đã tắt nhận cảnh báo. Gõ /canhbao bat để nhận lại.';
export const NO_CURRENT_ALERTS = 'Hiện chưa có cảnh báo mới nào. Bạn có thể gõ /canhbao bat để được nhắn ngay khi có cảnh báo.';

/** "có lừa đảo mới nào không?", "có cảnh báo gì không": asks for the current alerts. */
const ASKS_ALERTS = /\b(canh bao|lua dao|thu doan|chieu lua|chieu tro)\b.{0,30}\b(moi|gan day|hien nay|dang co|nao khong|gi khong)\b|\bcanh bao moi\b/u;

export interface AlertsDeps {
  knowledge: () => KnowledgeIndex;
  store: Store;
  pusher?: ChatPusher;
  clock?: () => Date;
  log?: Log;
}

/** Safety alerts: subscriptions, answers about current alerts, and delivery once per chat through the outbox. */
export class AlertService {
  private readonly clock: () => Date;
  private job?: Cron;

  constructor(private readonly deps: AlertsDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** The outbox alerts are queued in; set once the bots are wired. */
  usePusher(pusher: ChatPusher): void {
    this.deps.pusher = pusher;
  }

  current(now = this.clock()): Alert[] {
    return alertsOf(this.deps.knowledge().docs).filter((a) => isCurrent(a, now));
  }

  /** /canhbao [bat|tat]: subscribe or unsubscribe this chat (a bare /canhbao turns it on). */
  async subscribe(channel: Channel, chatId: string, args: string, now: Date): Promise<string> {
    const off = /^(tat|off|huy|ngung|dung)$/u.test(foldText(args.trim()));
    await this.deps.store.setSubscription(channel, chatId, !off, now);
    return off ? UNSUBSCRIBED : SUBSCRIBED;
  }

  /** The current alerts when a question asks for them, else undefined. */
  answer(question: string, now: Date): { text: string; sources: Source[] } | undefined {
    if (!ASKS_ALERTS.test(foldText(question))) return undefined;
    const alerts = this.current(now);
    if (alerts.length === 0) return undefined;
    const text = ['Các cảnh báo đang có hiệu lực:', ...alerts.map((a) => `\n${alertMessage(a)}`)].join('\n');
    return { text, sources: alerts.map((a) => ({ path: a.path, title: a.title, section: '' })) };
  }

  /**
   * Queues every current alert for every subscriber that has not had it; the key (alert, channel, chat) makes that
   * once per chat across runs, restarts and processes. The outbox sender delivers them at the platform's pace.
   */
  async runOnce(): Promise<{ queued: number }> {
    const pusher = this.deps.pusher;
    if (!pusher) return { queued: 0 };
    let queued = 0;
    const alerts = this.current();
    if (alerts.length === 0) return { queued };
    const subscribers = (await this.deps.store.listSubscribers()).filter((s) => pusher.canReach(s.channel));
    for (const alert of alerts) {
      for (const s of subscribers) {
        if (await pusher.push(s.channel, s.chatId, alertMessage(alert), `alert:${alert.id}:${s.channel}:${s.chatId}`)) queued++;
      }
    }
    return { queued };
  }

  /** Checks for alerts to send on a schedule (every minute by default, Vietnam time); runs never overlap. */
  start(pattern = '* * * * *'): void {
    this.job = scheduleJob(pattern, 'alerts', async () => ({ sent: (await this.runOnce()).queued, failed: 0 }), this.deps.log);
  }

  stop(): void {
    this.job?.stop();
  }
}
