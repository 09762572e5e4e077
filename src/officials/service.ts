import type { Message, OfficialsHandler, OfficialsRoute } from '../core';
import type { Store } from '../store';
import { foldText } from '../text';
import { civilDate } from '../time';
import { answerDeadlines, unitConcern, type Answer } from './ask-deadlines';
import { findDeadlines } from './deadlines';
import { sectionNamedIn } from './matching';
import { periodOf } from './periods';
import { answerNamedUnit, answerTasks } from './ask-tasks';
import type { OfficialsData } from './data';
import { identify, narrowByQuestion, openSession, ownMatches, unitsNamedIn, type Session } from './identity';
import { hashCode } from './invites';
import { MESSAGES as M } from './messages';
import type { OfficialsModelRouter } from './model-router';
import { SELF_UNIT } from './phrases';
import type { UnitMatch } from './roster';
import { summarise } from './summary';
import { tasksForUnit, tasksNamedIn, unitLabel } from './tasks';
import { PendingChoices } from './pending';
import { asksHowTo, classifyOfficialsQuestion, hasTaskWords, officialsForm, type OfficialsQuestion } from './understand';
import { detail, history, submitReport, undoLast, updateTask } from './updates';
import { draftReport } from './draft';

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

const fixed = (intent: 'deadlines' | 'tasks', text: string): Answer => ({ intent, text, sources: [] });

/** Answers officials: registration, deadlines, tasks and their status, updates, summaries, from the plans' records. */
export class OfficialsService implements OfficialsHandler {
  private readonly pending: PendingChoices;

  constructor(private readonly deps: OfficialsDeps) {
    this.pending = new PendingChoices(deps.store);
  }

  async isOfficial(message: Message): Promise<boolean> {
    return !!(await this.deps.store.getOfficial(message.channel, message.userId));
  }

  /** What kind of officials' question a message is, for the router; undefined when it is none. */
  async classify(message: Message, text: string): Promise<OfficialsQuestion | undefined> {
    const speaksForUnit = !!message.unit || (await this.isOfficial(message));
    const awaitingNote = (await this.pending.get(message, message.now ?? new Date()))?.kind === 'note';
    const question = classifyOfficialsQuestion(text, { speaksForUnit, awaitingNote });
    if (question) return question;
    if (speaksForUnit && (await this.namesOwnTask(message, text))) {
      return { kind: 'tasks', filter: 'all', listAll: false, intent: 'tasks', folded: officialsForm(text), fromCommand: false, rule: 'officials.task-named' };
    }
    // "Sở Tài chính phải làm gì": task words about a unit of the roster are an officials' question, whoever asks.
    const named = hasTaskWords(text) && unitsNamedIn(this.deps.data(), text).length > 0;
    return named ? classifyOfficialsQuestion(text, { speaksForUnit: true }) : undefined;
  }

  /**
   * "việc cài VNeID cho 100% cán bộ xong chưa": a question naming one of the asker's own tasks by its words is about that
   * task, so it is answered with its live status rather than quoted from the document. How-to questions are not.
   */
  private async namesOwnTask(message: Message, text: string): Promise<boolean> {
    const folded = officialsForm(text);
    if (asksHowTo(folded)) return false;
    const data = this.deps.data();
    const today = civilDate(message.now ?? new Date());
    const own = ownMatches(await identify(data, this.deps.store, message));
    return own.some((m) => tasksNamedIn(text, tasksForUnit(data, m, () => [], today).filter((t) => t.number !== undefined), 2).length > 0);
  }

  async handle(request: { route: OfficialsRoute; message: Message; text: string; now: Date }): Promise<Answer | undefined> {
    const { message, now } = request;
    const question = (request.route as Partial<OfficialsQuestion>).kind ? (request.route as OfficialsQuestion) : await this.classify(message, request.text);
    if (!question) return undefined;
    const session = await openSession(this.deps.data(), this.deps.store, message, now);
    const text = question.fromCommand ? request.text.replace(/^\/\S+\s*/u, '') : request.text;
    if (question.kind === 'register') return this.register(session, question.code);
    if (session.identity.kind === 'unknown-unit') return fixed(question.intent, M.unknownUnit(session.identity.name));
    switch (question.kind) {
      case 'reminders':
        return this.reminders(session, question.args);
      case 'choose':
        return this.choose(session, question.choice);
      case 'deadlines':
      case 'tasks':
        return this.ask(session, question, text);
      default:
        return this.act(session, question, text);
    }
  }

  private async register(session: Session, code: string): Promise<Answer> {
    if (!code.trim()) return fixed('tasks', M.registerUsage);
    const { message, now } = session;
    const outcome = await this.deps.store.redeemInvite(hashCode(code), { channel: message.channel, userId: message.userId, chatId: message.chatId }, now);
    if (!outcome.ok) return fixed('tasks', M.redeemRefused[outcome.reason]);
    const unit = session.data.roster.get(outcome.official.unitId);
    const name = outcome.official.commune ?? unit?.name ?? outcome.official.unitId;
    return fixed('tasks', M.registered(unit ? `${name} (${unit.province})` : name));
  }

  private async reminders(session: Session, args: string): Promise<Answer> {
    if (session.identity.kind !== 'official') return fixed('deadlines', M.registerFirst);
    const choice = foldText(args);
    if (!/^(bat|tat|on|off)$/u.test(choice)) return fixed('deadlines', M.remindersUsage);
    const on = choice === 'bat' || choice === 'on';
    await this.deps.store.setReminders(session.identity.official.id, on);
    return fixed('deadlines', on ? M.remindersOn : M.remindersOff);
  }

  /** Deadline and task questions: the asker's own unit, a unit the question names, or (deadlines) every plan. */
  private async ask(session: Session, question: OfficialsQuestion & { kind: 'deadlines' | 'tasks' }, text: string): Promise<Answer | undefined> {
    const own = ownMatches(session.identity);
    const folded = officialsForm(text);
    const aboutSelf = SELF_UNIT.some((s) => ` ${folded} `.includes(` ${s} `));
    if (question.kind === 'tasks' && !aboutSelf) {
      const named = unitsNamedIn(session.data, text).filter((u) => !own.some((m) => m.unit.id === u.id));
      if (named.length > 0) return await this.namedUnit(session, question, text, named);
    }
    if (question.kind === 'tasks' && own.length === 0) return fixed('tasks', M.registerFirst);
    let narrowed = narrowByQuestion(session.data, own, text).matches;
    // A name in several provinces: what the question asks about may exist in one province's plans only.
    const relevant = narrowed.length > 1 ? narrowed.filter((m) => asksAbout(session, m, question, text)) : [];
    if (relevant.length === 1) narrowed = relevant;
    if (narrowed.length > 1) return await this.askProvince(session, text, narrowed, question.intent);
    const router = this.deps.router;
    const taskQuery = { filter: question.kind === 'tasks' ? question.filter : ('all' as const), role: question.kind === 'tasks' ? question.role : undefined, listAll: question.kind === 'tasks' && question.listAll, actions: session.identity.kind === 'official' };
    const deadlines = async (q: string) => answerDeadlines(session, q, question.kind === 'deadlines' ? question.filter : 'all', question.fromCommand, narrowed);
    const tasks = async (q: string) => (narrowed.length === 0 ? fixed('tasks', M.registerFirst) : answerTasks(session, q, taskQuery, narrowed));
    if (question.filter === 'overdue' && narrowed.length > 0) {
      // What is overdue for a unit is both its dated tasks and its reports: one answer with both.
      const late = [await answerTasks(session, text, { ...taskQuery, filter: 'overdue' }, narrowed), answerDeadlines(session, text, 'overdue', true, narrowed)!];
      const sources = new Map(late.flatMap((a) => a.sources).map((s) => [s.path, s]));
      return { intent: question.intent, text: late.map((a) => a.text).join('\n\n'), sources: [...sources.values()], ...(late[0]!.actions ? { actions: late[0]!.actions } : {}) };
    }
    if (router && !question.fromCommand) {
      const routed = await router.answer(session.message, text, { deadlines, tasks, knowledge: this.deps.knowledge ?? (async () => undefined) }, this.deps.log);
      if (routed) return routed as Answer;
    }
    return question.kind === 'deadlines' ? deadlines(text) : tasks(text);
  }

  private async namedUnit(session: Session, question: OfficialsQuestion & { kind: 'tasks' }, text: string, named: UnitMatch['unit'][]): Promise<Answer> {
    const ownProvinces = new Set(ownMatches(session.identity).map((m) => m.unit.province));
    const { matches, plans } = narrowByQuestion(session.data, named.map((unit) => ({ unit })), text);
    const near = matches.filter((m) => ownProvinces.has(m.unit.province));
    const chosen = near.length > 0 ? near : matches;
    if (new Set(chosen.map((m) => m.unit.province)).size > 1) return await this.askProvince(session, text, chosen, 'tasks', false);
    return answerNamedUnit(session, question.role, chosen[0]!.unit, plans);
  }

  /** A unit name that fits several provinces: ask which, with one button per province. */
  private async askProvince(session: Session, text: string, matches: UnitMatch[], intent: 'deadlines' | 'tasks', own = true): Promise<Answer> {
    const name = own && session.identity.kind === 'declared' ? session.identity.name : unitLabel(matches[0]!);
    const provinces = [...new Set(matches.map((m) => m.unit.province))];
    await this.pending.set(session.message, { kind: 'province', text, unit: own && session.identity.kind === 'declared' ? session.identity.name : undefined }, session.now);
    return { intent, text: M.whichProvince(name, provinces, own), sources: [], buttons: provinces.map((p) => ({ label: p, data: `/tinh ${p}` })) };
  }

  private async choose(session: Session, province: string): Promise<Answer | undefined> {
    const pending = await this.pending.get(session.message, session.now);
    if (pending?.kind !== 'province') return fixed('tasks', M.noPendingChoice);
    await this.pending.clear(session.message, session.now);
    const message: Message = pending.unit ? { ...session.message, unit: `${pending.unit} ${province}`, text: pending.text } : { ...session.message, text: `${pending.text} ${province}` };
    const text = message.unit ? pending.text : `${pending.text} ${province}`;
    const question = await this.classify(message, text);
    return question ? this.handle({ route: question, message, text, now: session.now }) : undefined;
  }

  /** Updates, submissions, undo, history, detail, summary and the draft report: for one unit the asker speaks for. */
  private async act(session: Session, question: OfficialsQuestion, text: string): Promise<Answer> {
    const own = ownMatches(session.identity);
    if (own.length === 0) return fixed(question.intent, question.kind === 'update' || question.kind === 'undo' || question.kind === 'submit' ? M.updateNeedsRegistration : M.registerFirst);
    const narrowed = narrowByQuestion(session.data, own, text).matches;
    if (narrowed.length > 1) return question.kind === 'summary' || question.kind === 'draft' ? await this.askProvince(session, text, narrowed, 'tasks') : fixed(question.intent, M.ambiguousUnitUpdate);
    const match = narrowed[0]!;
    const { message, now } = session;
    switch (question.kind) {
      case 'update':
        if (!question.ref) return fixed('tasks', M.updateUsage);
        if (!question.status && !question.note) await this.pending.set(message, { kind: 'note', ref: refText(question.ref) }, now);
        else await this.pending.clear(message, now);
        return updateTask(session, match, question.ref, question.status, question.note);
      case 'note': {
        const pending = await this.pending.get(message, now);
        await this.pending.clear(message, now);
        if (pending?.kind !== 'note') return fixed('tasks', M.updateUsage);
        const ref = classifyOfficialsQuestion(`/ghichu ${pending.ref}`, { speaksForUnit: true });
        return ref?.kind === 'update' && ref.ref ? updateTask(session, match, ref.ref, undefined, question.text) : fixed('tasks', M.updateUsage);
      }
      case 'submit':
        return submitReport(session, match, question.what);
      case 'undo':
        return undoLast(session);
      case 'history':
        return question.ref ? history(session, match, question.ref) : fixed('tasks', M.updateUsage);
      case 'detail':
        return question.ref ? detail(session, match, question.ref, session.identity.kind === 'official') : fixed('tasks', M.updateUsage);
      case 'summary':
        return summarise(session, match);
      case 'draft':
        return draftReport(session, match, question.args || text);
      default:
        return fixed(question.intent, M.updateUsage);
    }
  }
}

/** Whether the plans of a unit's province hold what the question names: a part of a plan, or a kind of deadline. */
function asksAbout(session: Session, match: UnitMatch, question: OfficialsQuestion, text: string): boolean {
  const { data, today } = session;
  if (question.kind === 'deadlines') {
    const plans = data.plans.filter((p) => p.plan.province === match.unit.province);
    const found = findDeadlines({ plans, concerns: unitConcern(data.roster, match), question: text, today, filter: question.filter, period: periodOf(officialsForm(text), today) });
    return found.narrowed && found.items.length + found.recent.length + found.checking.length + found.open.length > 0;
  }
  const tasks = tasksForUnit(data, match, () => [], today).filter((t) => t.number !== undefined);
  const sections = sectionNamedIn(text, [...new Set(tasks.map((t) => t.task.section))], [...new Set(tasks.map((t) => t.plan.title))]);
  return !!sections;
}

function refText(ref: NonNullable<Extract<OfficialsQuestion, { kind: 'update' }>['ref']>): string {
  switch (ref.by) {
    case 'number':
      return String(ref.number);
    case 'hash':
      return `#${ref.hash}`;
    case 'code':
      return ref.code;
    case 'words':
      return ref.words;
  }
}
