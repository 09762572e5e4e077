import type { Official, Store } from '../store';
import { foldText } from '../text';
import type { OfficialsData, PlanData } from './data';
import { findDeadlines, type Due } from './deadlines';
import { dueText, shorten, STATUS_ICON, STATUS_LABEL } from './format';
import { hashCode } from './invites';
import { plansNamedIn, sectionNamedIn, withoutPlanYears } from './matching';
import { periodOf } from './periods';
import type { PlanRef } from './records';
import * as say from './replies';
import type { UnitMatch } from './roster';
import { taskByCode, tasksForUnit, tasksNamedIn, unitScope, type UnitTask } from './tasks';
import { civilDate, formatDate } from '../time';
import type { OfficialsModelRouter } from './model-router';
import { type Message, type OfficialsHandler, type Reply, type Source, parseCommand } from '../core';

export interface OfficialsDeps {
  /** The current roster and plan records; a getter so reloaded knowledge is picked up. */
  data: () => OfficialsData;
  store: Store;
  /** With a chat model configured: routes and phrases through tools that run the offline answers. */
  router?: OfficialsModelRouter;
  /** Knowledge search for the router's third tool. */
  knowledge?: (question: string) => Promise<Answer | undefined>;
  log?: { warn(o: object, m?: string): void };
}

type Identity =
  | { kind: 'official'; official: Official; matches: UnitMatch[] }
  | { kind: 'declared'; matches: UnitMatch[] }
  | { kind: 'unknown-unit'; name: string }
  | { kind: 'anonymous' };

type Answer = Omit<Reply, 'meta'>;

/** The key under which a unit's task statuses are kept: a commune's own name keeps communes of one group apart. */
export function statusUnitKey(match: UnitMatch): string {
  return match.commune ? `${match.unit.id}:${foldText(match.commune).replace(/^ubnd /u, '')}` : match.unit.id;
}

export const unitLabel = (m: UnitMatch) => m.commune ?? m.unit.name;

const MAX_LISTED = 12;
const OUTSTANDING = /\b(chua (xong|hoan thanh|lam|thuc hien)|con (lai|ton|dang|nhung|nhiem vu)|dang (lam|thuc hien|do dang)|can lam)\b/u;

/** Answers officials: registration, deadlines, tasks and their status, from the plans' reviewed records. */
export class OfficialsService implements OfficialsHandler {
  constructor(private readonly deps: OfficialsDeps) {}

  async handle(request: { intent: 'deadlines' | 'tasks'; message: Message; text: string; now: Date }): Promise<Answer | undefined> {
    const { message, now } = request;
    const command = parseCommand(request.text);
    const text = command ? command.args : request.text;
    switch (command?.name) {
      case 'dangky':
        return this.register(message, command.args, now);
      case 'xong':
        return this.update(message, command.args, now, true);
      case 'capnhat':
        return this.update(message, command.args, now, false);
      case 'nhacnho':
        return this.reminders(message, command.args);
      default:
        break;
    }
    const identity = await this.identify(message);
    if (identity.kind === 'unknown-unit') return fixed(request.intent, say.UNKNOWN_UNIT(identity.name));
    const today = civilDate(now);
    const deadlines = async (q: string) => this.deadlines(identity, q, today, !!command);
    const tasks = async (q: string) => (identity.kind === 'anonymous' ? fixed('tasks', say.REGISTER_FIRST) : this.tasks(identity.matches, q, command?.name === 'nhiemvu'));
    if (request.intent === 'tasks' && identity.kind === 'anonymous') return fixed('tasks', say.REGISTER_FIRST);
    if (this.deps.router && !command) {
      const knowledge = this.deps.knowledge ?? (async () => undefined);
      const routed = await this.deps.router.answer(message, text, { deadlines, tasks, knowledge }, this.deps.log);
      if (routed) return routed;
    }
    return request.intent === 'deadlines' ? deadlines(text) : tasks(text);
  }

  private async identify(message: Message): Promise<Identity> {
    const data = this.deps.data();
    if (message.unit) {
      const matches = data.roster.resolve(message.unit);
      return matches.length > 0 ? { kind: 'declared', matches } : { kind: 'unknown-unit', name: message.unit };
    }
    const official = await this.deps.store.getOfficial(message.channel, message.userId);
    if (!official) return { kind: 'anonymous' };
    const unit = data.roster.get(official.unitId);
    if (!unit) return { kind: 'unknown-unit', name: official.unitId };
    return { kind: 'official', official, matches: [{ unit, commune: official.commune }] };
  }

  private async register(message: Message, code: string, now: Date): Promise<Answer> {
    if (!code.trim()) return fixed('tasks', say.REGISTER_USAGE);
    const outcome = await this.deps.store.redeemInvite(hashCode(code), { channel: message.channel, userId: message.userId, chatId: message.chatId }, now);
    if (!outcome.ok) return fixed('tasks', say.REDEEM_REFUSED[outcome.reason]);
    const unit = this.deps.data().roster.get(outcome.official.unitId);
    const name = outcome.official.commune ?? unit?.name ?? outcome.official.unitId;
    return fixed('tasks', say.registered(unit ? `${name} (${unit.province})` : name));
  }

  private async reminders(message: Message, args: string): Promise<Answer> {
    const official = await this.deps.store.getOfficial(message.channel, message.userId);
    if (!official) return fixed('deadlines', say.REGISTER_FIRST);
    const choice = foldText(args);
    if (!/^(bat|tat|on|off)$/u.test(choice)) return fixed('deadlines', say.REMINDERS_USAGE);
    const on = choice === 'bat' || choice === 'on';
    await this.deps.store.setReminders(official.id, on);
    return fixed('deadlines', on ? say.REMINDERS_ON : say.REMINDERS_OFF);
  }

  private async update(message: Message, args: string, now: Date, done: boolean): Promise<Answer> {
    const identity = await this.identify(message);
    if (identity.kind === 'unknown-unit') return fixed('tasks', say.UNKNOWN_UNIT(identity.name));
    if (identity.kind === 'anonymous') return fixed('tasks', say.UPDATE_NEEDS_REGISTRATION);
    if (identity.matches.length > 1) return fixed('tasks', say.AMBIGUOUS_UNIT_UPDATE);
    const match = identity.matches[0]!;
    // "/capnhat III.2: đã xong 2 lớp" — a colon after the code separates it from the note.
    const [code = '', ...rest] = args.trim().replace(/^(\S+?)[:：]/u, '$1 ').split(/\s+/u);
    const note = rest.join(' ').replace(/^[:\-–]\s*/u, '').trim();
    if (!code || (!done && !note)) return fixed('tasks', say.UPDATE_USAGE);
    const data = this.deps.data();
    const tasks = tasksForUnit(data, match.unit, await this.deps.store.latestTaskUpdates(statusUnitKey(match)));
    let found = taskByCode(code, tasks);
    if (found.length === 0) {
      const elsewhere = data.plans.some((p) => p.tasks.some((t) => t.id.toUpperCase() === code.replace(/^\[|\]$/gu, '').toUpperCase()));
      if (elsewhere) return fixed('tasks', say.ONLY_OWN_UNIT);
      found = tasksNamedIn(args, tasks);
    }
    if (found.length !== 1) {
      const options = found.length > 1 ? `\nCó ${found.length} nhiệm vụ khớp: ${found.map((t) => `[${t.task.id}]`).join(', ')}.` : '';
      return fixed('tasks', `Không xác định được nhiệm vụ «${code}» của đơn vị bạn.${options}\n${say.UPDATE_USAGE}`);
    }
    const task = found[0]!;
    const by = identity.kind === 'official' ? `${identity.official.channel}:${identity.official.userId}` : `${message.channel}:${message.userId}`;
    await this.deps.store.recordTaskUpdate({ taskKey: task.key, unitId: statusUnitKey(match), status: done ? 'done' : 'in_progress', note: note || undefined, by, at: now });
    const what = done ? 'đã hoàn thành' : `đang thực hiện, ghi chú: «${note}»`;
    return {
      intent: 'tasks',
      text: `Đã ghi nhận: [${task.task.id}] ${shorten(task.task.text, 120)} — ${what} (${unitLabel(match)}, ${formatDate(civilDate(now))}).`,
      sources: [planSource(task.plan, task.task.section)],
    };
  }

  private async tasks(matches: UnitMatch[], question: string, listAll: boolean): Promise<Answer> {
    const data = this.deps.data();
    const named = plansNamedIn(question, data.plans);
    const plans = named.length > 0 ? named : undefined;
    const onlyOutstanding = OUTSTANDING.test(foldText(question));
    const groups = matches.filter((m) => !plans || plans.some((p) => p.plan.province === m.unit.province));
    const blocks: string[] = [];
    const sources = new Map<string, Source>();
    for (const match of groups.length > 0 ? groups : matches) {
      const all = tasksForUnit(data, match.unit, await this.deps.store.latestTaskUpdates(statusUnitKey(match)), plans);
      const sections = sectionNamedIn(question, [...new Set(all.map((t) => t.task.section))], [...new Set(all.map((t) => t.plan.title))]);
      const tasks = sections ? all.filter((t) => sections.has(t.task.section)) : all;
      const heading = `${unitLabel(match)} (${match.unit.province})${plans ? ` trong ${plans.map((p) => shortTitle(p.plan)).join('; ')}` : ''}`;
      if (tasks.length === 0) {
        blocks.push(say.NO_TASKS(heading));
        continue;
      }
      const asked = listAll ? [] : tasksNamedIn(question, tasks);
      if (asked.length > 0 && asked.length <= 3) {
        const counts = await Promise.all(asked.map(async (t) => (await this.deps.store.taskHistory(t.key, statusUnitKey(match))).length));
        blocks.push(asked.map((t, i) => taskDetail(t, counts[i]!)).join('\n\n'));
      } else {
        const shown = onlyOutstanding ? tasks.filter((t) => t.status !== 'done') : tasks;
        const outstanding = tasks.filter((t) => t.status !== 'done').length;
        const lines = (listAll ? shown : shown.slice(0, MAX_LISTED)).map(taskLine);
        const more = shown.length - lines.length;
        blocks.push(
          [
            `Nhiệm vụ của ${heading}: ${tasks.length} nhiệm vụ, ${outstanding} chưa hoàn thành${onlyOutstanding ? ' (liệt kê các việc chưa xong, việc đơn vị chủ trì trước)' : ''}:`,
            ...lines,
            ...(more > 0 ? [`…và ${more} nhiệm vụ khác: gõ /nhiemvu tatca để xem hết.`] : []),
          ].join('\n'),
        );
      }
      for (const t of tasks) sources.set(t.plan.path, planSource(t.plan));
    }
    const footer = '\nGõ /xong <mã> khi hoàn thành, /capnhat <mã> <ghi chú> để cập nhật tiến độ.';
    return { intent: 'tasks', text: blocks.join('\n\n') + footer, sources: [...sources.values()] };
  }

  private deadlines(identity: Identity, question: string, today: string, fromCommand: boolean): Answer | undefined {
    const data = this.deps.data();
    const matches = identity.kind === 'official' || identity.kind === 'declared' ? identity.matches : [];
    const folded = foldText(question);
    const provinces = new Set(data.roster.provinces.map((p) => p.name).filter((p) => folded.includes(foldText(p))));
    const named = plansNamedIn(question, data.plans);
    let plans: readonly PlanData[] = named.length > 0 ? named : data.plans;
    if (provinces.size > 0) plans = plans.filter((p) => p.plan.province && provinces.has(p.plan.province));
    const period = periodOf(withoutPlanYears(question, named), today);
    const inPlans = matches.filter((m) => plans.some((p) => p.plan.province === m.unit.province));
    const asked = inPlans.length > 0 ? inPlans : matches;
    const groups = asked.length > 0 ? asked.map((m) => ({ match: m as UnitMatch | undefined })) : [{ match: undefined }];
    const quiet = groups.length > 1;
    const blocks: string[] = [];
    const sources = new Map<string, Source>();
    let found = 0;
    for (const { match } of groups) {
      const scope = match ? unitScope(data.roster, match.unit) : undefined;
      const result = findDeadlines({
        plans: match ? plans.filter((p) => p.plan.province === match.unit.province) : plans,
        concerns: (d) => !scope || d.unit_ids.some((id) => scope.has(id)),
        question,
        today,
        period,
      });
      found += result.dues.length;
      const who = match ? ` của ${unitLabel(match)} (${match.unit.province})` : '';
      if (result.dues.length === 0) {
        // With a name used in several provinces, say nothing for the provinces that have nothing.
        if (quiet) continue;
        if (period && result.after) blocks.push(`Không có hạn nào${who} trong ${period.label}. Hạn kế tiếp: ${dueLine(result.after, today)}`);
        else if (match && !result.narrowed) blocks.push(`Chưa thấy hạn nào${who} trong các kế hoạch hiện có.`);
        continue;
      }
      const title = period ? `Các hạn${who} trong ${period.label}:` : `Các hạn${who} theo kế hoạch (hôm nay ${formatDate(today)}):`;
      blocks.push([title, ...byProvince(result.dues, today, !match)].join('\n'));
      for (const d of result.dues) sources.set(d.plan.path, planSource(d.plan, d.deadline.section));
    }
    if (found === 0 && blocks.length === 0) return fromCommand ? fixed('deadlines', say.NO_DEADLINES) : undefined;
    return { intent: 'deadlines', text: blocks.join('\n\n'), sources: [...sources.values()] };
  }
}

function fixed(intent: 'deadlines' | 'tasks', text: string): Answer {
  return { intent, text, sources: [] };
}

function planSource(plan: PlanRef, section = ''): Source {
  return { path: plan.path, title: plan.title, section };
}

function shortTitle(plan: PlanRef): string {
  return shorten(plan.title.replace(/“|”/gu, '"'), 90);
}

function dueLine(d: Due, today: string): string {
  const period = d.occurrence.period && d.deadline.schedule.kind !== 'date' ? ` (${d.occurrence.period})` : '';
  const to = d.deadline.to ? `, gửi ${d.deadline.to}` : '';
  const note = d.deadline.note ? `\n   Lưu ý: ${d.deadline.note}` : '';
  return `${dueText(d.occurrence.date, today)}: ${d.deadline.title}${period} — ${d.deadline.timing}${to}\n   📄 ${shortTitle(d.plan)}${note}`;
}

function byProvince(dues: Due[], today: string, label: boolean): string[] {
  const provinces = [...new Set(dues.map((d) => d.plan.province ?? 'Không rõ tỉnh'))];
  if (!label || provinces.length === 1) return dues.map((d) => `• ${dueLine(d, today)}`);
  return provinces.flatMap((p) => [`${p}:`, ...dues.filter((d) => (d.plan.province ?? 'Không rõ tỉnh') === p).map((d) => `• ${dueLine(d, today)}`)]);
}

function taskLine(t: UnitTask): string {
  const role = t.role === 'lead' ? 'chủ trì' : 'phối hợp';
  const via = t.via ? ` (qua ${t.via})` : '';
  const timing = t.task.timing ? `; thời gian: ${t.task.timing}` : '';
  const note = t.update?.note ? `; ghi chú: ${t.update.note}` : '';
  return `${STATUS_ICON[t.status]} [${t.task.id}] ${shorten(t.task.text)}\n    ${role}${via}${timing}; ${STATUS_LABEL[t.status]}${note}`;
}

function taskDetail(t: UnitTask, updates: number): string {
  const lines = [
    `[${t.task.id}] ${t.task.text}`,
    `• Đơn vị chủ trì: ${t.task.lead.join('; ') || 'không ghi'}`,
    ...(t.task.support.length > 0 ? [`• Đơn vị phối hợp: ${t.task.support.join('; ')}`] : []),
    `• Thời gian: ${t.task.timing ?? 'không ghi'}`,
    `• Tình trạng: ${STATUS_LABEL[t.status]}${t.task.result && !t.update ? ` (theo báo cáo: ${t.task.result})` : ''}`,
  ];
  if (t.update) {
    const note = t.update.note ? `, ghi chú: «${t.update.note}»` : '';
    lines.push(`• Cập nhật gần nhất: ${formatDate(civilDate(t.update.at))}${note} (${updates} lần cập nhật)`);
  }
  lines.push(`📄 ${shortTitle(t.plan)} › ${t.task.section}`);
  return lines.join('\n');
}
