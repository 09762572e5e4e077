import type { Cron } from 'croner';
import type { Official, Store } from '../store';
import { submissionsOf, unitConcern } from './ask-deadlines';
import type { OfficialsData } from './data';
import { findDeadlines } from './deadlines';
import { openSession } from './identity';
import { planLabel } from './labels';
import { MESSAGES as M } from './messages';
import { deadlineLine, deadlineSource, shortText } from './render';
import { tasksForUnit, unitLabel } from './tasks';
import { addDays, civilDate, daysBetween, formatDate, occurrences, scheduleJob, TIME_ZONE, type CivilDate } from '../time';
import { type Log } from '../core';

/** Delivers a text to an official's chat on their channel; throws when the channel refuses. */
export interface Notifier {
  /** False for officials on a channel that cannot receive pushed messages (the web chat): they are skipped. */
  canReach(official: Official): boolean;
  /** `key` names the reminder (official, item, date, offset): a notifier that queues can refuse a key it already has. */
  send(official: Official, text: string, key: string): Promise<void>;
}

export interface ReminderOptions {
  /** Days before a last day to remind, in any order (default 7 and 1). */
  offsets: number[];
  /** Hours (Vietnam time) during which nothing is sent: from `start` to `end`, e.g. 21 to 7. */
  quietHours?: { start: number; end: number };
}

export interface ReminderDeps {
  data: () => OfficialsData;
  store: Store;
  notifier: Notifier;
  clock?: () => Date;
  log?: Log;
  options?: Partial<ReminderOptions>;
}

interface Item {
  key: string;
  /** The day the reminder counts down to: a report's last day, a task's start or due date. */
  date: CivilDate;
  text: (today: CivilDate) => string;
}

const hourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' });

export function inQuietHours(now: Date, quiet: { start: number; end: number } | undefined): boolean {
  if (!quiet) return false;
  const hour = Number(hourFormat.format(now));
  return quiet.start <= quiet.end ? hour >= quiet.start && hour < quiet.end : hour >= quiet.start || hour < quiet.end;
}

/**
 * Sends each registered official the deadlines and task dates of their unit a few days before their last day, once per
 * official, date and offset: the claim in the store makes that hold across restarts and between processes sharing a
 * database. A report marked submitted, a task done and a date still being checked get no reminder.
 */
export class ReminderService {
  private readonly clock: () => Date;
  private readonly offsets: number[];
  private job?: Cron;

  constructor(private readonly deps: ReminderDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.offsets = [...(deps.options?.offsets ?? [7, 1])].sort((a, b) => a - b);
  }

  /** One pass over all officials; returns how many reminders were sent and how many sends failed (to retry later). */
  async runOnce(): Promise<{ sent: number; failed: number }> {
    const now = this.clock();
    if (inQuietHours(now, this.deps.options?.quietHours)) return { sent: 0, failed: 0 };
    const today = civilDate(now);
    let sent = 0;
    let failed = 0;
    for (const official of await this.deps.store.listOfficials()) {
      if (!official.remindersEnabled || !this.deps.notifier.canReach(official)) continue;
      for (const item of await this.itemsFor(official, today, now)) {
        const days = daysBetween(today, item.date);
        const offset = this.offsets.find((o) => days <= o);
        if (offset === undefined || days < 0) continue;
        const claim = { officialId: official.id, itemKey: item.key, dueDate: item.date, offsetDays: offset };
        if (!(await this.deps.store.claimReminder(claim, now))) continue;
        try {
          await this.deps.notifier.send(official, item.text(today), `reminder:${official.id}:${item.key}:${item.date}:${offset}`);
          await this.deps.store.markReminderSent(claim, this.clock());
          sent++;
        } catch (error) {
          await this.deps.store.releaseReminder(claim);
          failed++;
          this.deps.log?.warn({ official: official.id, item: item.key, err: (error as Error).message }, 'reminder not delivered; will retry');
        }
      }
    }
    return { sent, failed };
  }

  private async itemsFor(official: Official, today: CivilDate, now: Date): Promise<Item[]> {
    const data = this.deps.data();
    const unit = data.roster.get(official.unitId);
    if (!unit) return [];
    const match = { unit, commune: official.commune };
    const message = { channel: official.channel, userId: official.userId, chatId: official.chatId, text: '' };
    const session = await openSession(data, this.deps.store, message, now, { kind: 'official', official, match });
    const until = addDays(today, Math.max(...this.offsets));
    const who = unitLabel(match);
    const items: Item[] = [];
    const dues = findDeadlines({
      plans: data.plans.filter((p) => p.plan.province === unit.province),
      concerns: unitConcern(data.roster, match),
      question: '',
      today,
      period: { from: today, to: until, label: '' },
      filter: 'all',
      submissions: submissionsOf(session, match),
    });
    for (const d of dues.items) {
      if (d.due.state === 'submitted' || !d.due.last || (d.deadline.kind === 'event' && d.role !== 'lead')) continue;
      const title = `${d.deadline.title}${d.occurrence?.period && d.deadline.schedule.kind !== 'date' ? ` (${d.occurrence.period})` : ''}`;
      items.push({
        key: `deadline:${d.plan.file}#${d.deadline.id}`,
        date: d.due.last,
        text: (t) => M.reminderDeadline(who, title, deadlineLine({ ...d, due: { ...d.due, days: daysBetween(t, d.due.last!) } }, session.nameOf).replace(/^• [^:]*: /u, ''), deadlineSource(d).trim()),
      });
    }
    for (const t of tasksForUnit(data, match, session.updates, today)) {
      if (t.status === 'done' || !t.task.schedule || (t.role !== 'lead' && t.role !== 'support')) continue;
      for (const o of occurrences(t.task.schedule, today, until)) {
        items.push({
          key: `task:${t.key}`,
          date: o.date,
          text: (day) =>
            M.reminderTask(who, `${t.number}. ${shortText(t.task.text, 140).text} [${t.task.id}]`, o.type === 'start' ? M.reminderStart : M.reminderDue, `${formatDate(o.date)} (${M.due.left(daysBetween(day, o.date))})`, t.task.timing ?? '', `📄 ${planLabel(t.plan)}`),
        });
      }
    }
    return items;
  }

  /** Runs `runOnce` on a schedule (croner syntax, Vietnam time); overlapping runs are skipped. */
  start(pattern = '*/15 * * * *'): void {
    this.job = scheduleJob(pattern, 'reminders', () => this.runOnce(), this.deps.log);
  }

  stop(): void {
    this.job?.stop();
  }
}
