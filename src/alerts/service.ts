import { setTimeout as delay } from 'node:timers/promises';
import type { Cron } from 'croner';
import type { KnowledgeIndex } from '../retrieval';
import type { Store, Subscriber } from '../store';
import { foldText } from '../text';
import { civilDate, formatDate, scheduleJob } from '../time';
import { alertsOf, isCurrent, type Alert } from './alerts';
import { type Channel, type Log, type Source } from '../core';

/** Sends a text to a chat of a channel; throws when the platform refuses. */
export interface ChatSender {
  canReach(channel: Channel): boolean;
  send(channel: Channel, chatId: string, text: string): Promise<void>;
}

/**
 * Pause between two alert messages on one platform, to stay inside its limits: Telegram allows about 30 messages
 * a second overall; Zalo publishes none, so it gets a careful 5 a second.
 */
export const SEND_GAP_MS: Partial<Record<Channel, number>> = { telegram: 50, zalo: 200 };

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
  sender?: ChatSender;
  clock?: () => Date;
  log?: Log;
  sleep?: (ms: number) => Promise<void>;
}

/** Safety alerts: subscriptions, answers about current alerts, and delivery once per chat, resumable. */
export class AlertService {
  private readonly clock: () => Date;
  private job?: Cron;

  constructor(private readonly deps: AlertsDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** The channels alerts are delivered through; set once the bots are up. */
  useSender(sender: ChatSender): void {
    this.deps.sender = sender;
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

  /** Sends every current alert to every subscriber that has not had it; returns what was sent and what failed. */
  async runOnce(): Promise<{ sent: number; failed: number }> {
    const sender = this.deps.sender;
    if (!sender) return { sent: 0, failed: 0 };
    const sleep = this.deps.sleep ?? ((ms: number) => delay(ms));
    let sent = 0;
    let failed = 0;
    for (const alert of this.current()) {
      const byChannel = new Map<Channel, Subscriber[]>();
      for (const s of await this.deps.store.listSubscribers()) if (sender.canReach(s.channel)) byChannel.set(s.channel, [...(byChannel.get(s.channel) ?? []), s]);
      await Promise.all(
        [...byChannel].map(async ([channel, subscribers]) => {
          for (const s of subscribers) {
            if (!(await this.deps.store.claimAlert(alert.id, channel, s.chatId, this.clock()))) continue;
            try {
              await sender.send(channel, s.chatId, alertMessage(alert));
              await this.deps.store.markAlertSent(alert.id, channel, s.chatId, this.clock());
              sent++;
            } catch (error) {
              await this.deps.store.releaseAlert(alert.id, channel, s.chatId);
              failed++;
              this.deps.log?.warn({ channel, alert: alert.id, err: (error as Error).message }, 'alert not delivered; will retry');
            }
            await sleep(SEND_GAP_MS[channel] ?? 100);
          }
        }),
      );
    }
    return { sent, failed };
  }

  /** Checks for alerts to send on a schedule (every minute by default, Vietnam time); runs never overlap. */
  start(pattern = '* * * * *'): void {
    this.job = scheduleJob(pattern, 'alerts', () => this.runOnce(), this.deps.log);
  }

  stop(): void {
    this.job?.stop();
  }
}
