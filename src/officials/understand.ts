import { parseCommand } from '../core';
import { foldText } from '../text';
import * as P from './phrases';

/** Task words other than a role ("chủ trì", "phối hợp") and a citizen's own "phải làm": what makes a role word a task question. */
const TASK_WORDS_BESIDE_ROLE = P.TASK_PHRASES.filter((w) => ![...P.LEAD_PHRASES, ...P.PARTNER_PHRASES, ...P.CITIZEN_TASK_WORDS].includes(w));

/** Who is asking, as far as the question's kind depends on it. */
export interface AskerContext {
  /** A registered official, or a message that names the unit it speaks for (`ask --unit`). */
  speaksForUnit: boolean;
  /** The asker pressed "Ghi chú" and the next message is the note's text. */
  awaitingNote?: boolean;
}

/** How a task is pointed at: its number in the list, its code in the plan, a button's hash, or words of its text. */
export type TaskRef = { by: 'number'; number: number } | { by: 'code'; code: string } | { by: 'hash'; hash: string } | { by: 'words'; words: string };

/** What a question asks, before the form it was asked in is attached. */
export type QuestionBody = (
  | { kind: 'register'; code: string }
  | { kind: 'reminders'; args: string }
  | { kind: 'deadlines'; filter: 'all' | 'overdue' | 'next' }
  | { kind: 'tasks'; filter: 'all' | 'outstanding' | 'overdue'; role?: 'lead' | 'support'; listAll: boolean }
  | { kind: 'update'; ref?: TaskRef; status?: 'done' | 'in_progress'; note?: string }
  | { kind: 'submit'; what: string }
  | { kind: 'undo' }
  | { kind: 'history'; ref?: TaskRef }
  | { kind: 'detail'; ref?: TaskRef }
  | { kind: 'summary' }
  | { kind: 'draft'; args: string }
  | { kind: 'choose'; choice: string }
  | { kind: 'note'; text: string }
) & {
  /** The reply's intent: what the question is about. */
  intent: 'deadlines' | 'tasks';
};

export type OfficialsQuestion = QuestionBody & {
  /** The question in the form officials' phrases are compared in: folded, shorthand expanded. */
  folded: string;
  fromCommand: boolean;
  /** What decided, for the logs: "command:xong", "officials.deadlines.next", "officials.update"… */
  rule: string;
};

const has = (q: string, phrase: string) => ` ${q} `.includes(` ${phrase} `);
const hasAny = (q: string, phrases: readonly string[]) => phrases.some((p) => has(q, p));
const startsWithAny = (q: string, phrases: readonly string[]) => phrases.find((p) => q === p || q.startsWith(`${p} `));

/**
 * The question folded for comparison: lower case without diacritics, punctuation as spaces, office shorthand
 * written out ("bc quý" → "bao cao quy", "t12" → "thang 12", "q3" → "quy 3").
 */
export function officialsForm(text: string, shorthand = true): string {
  const words = foldText(text)
    .replace(/[“”"'?!.,;:()[\]{}…/\\]+/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((w) => {
      const short = /^([tq])(\d{1,2}|i{1,3}|iv)$/u.exec(w);
      if (short) return [short[1] === 't' ? 'thang' : 'quy', short[2]!];
      return ((shorthand && P.SHORTHAND[w]) || w).split(' ');
    });
  return words.join(' ');
}

const COMMANDS: Record<string, (args: string) => QuestionBody | undefined> = {
  dangky: (args) => ({ kind: 'register', code: args, intent: 'tasks' }),
  nhacnho: (args) => ({ kind: 'reminders', args, intent: 'deadlines' }),
  hanbaocao: () => ({ kind: 'deadlines', filter: 'all', intent: 'deadlines' }),
  nhiemvu: (args) => ({ kind: 'tasks', filter: 'all', listAll: hasAny(officialsForm(args), P.ALL_PHRASES), intent: 'tasks' }),
  xong: (args) => ({ kind: 'update', ...refAndNote(args, false), status: 'done', intent: 'tasks' }),
  danglam: (args) => ({ kind: 'update', ...refAndNote(args, true), status: 'in_progress', intent: 'tasks' }),
  capnhat: (args) => ({ kind: 'update', ...refAndNote(args, true), status: 'in_progress', intent: 'tasks' }),
  ghichu: (args) => ({ kind: 'update', ...refAndNote(args, true), intent: 'tasks' }),
  danop: (args) => ({ kind: 'submit', what: args, intent: 'deadlines' }),
  hoantac: () => ({ kind: 'undo', intent: 'tasks' }),
  lichsu: (args) => ({ kind: 'history', ref: refAndNote(args, false).ref, intent: 'tasks' }),
  xem: (args) => ({ kind: 'detail', ref: refAndNote(args, false).ref, intent: 'tasks' }),
  tonghop: () => ({ kind: 'summary', intent: 'tasks' }),
  baocao: (args) => ({ kind: 'draft', args, intent: 'tasks' }),
  tinh: (args) => ({ kind: 'choose', choice: args, intent: 'tasks' }),
};

/**
 * What kind of officials' question a message is, or undefined when it is not one. Commands always are; otherwise a
 * registered official (or a message naming its unit) asks about deadlines and tasks in everyday words, while anyone
 * else needs report or task vocabulary: a citizen's "thời hạn", "hết hạn", "phường tôi", "bạn tôi" stay citizen questions.
 */
export function classifyOfficialsQuestion(text: string, context: AskerContext): OfficialsQuestion | undefined {
  const command = parseCommand(text);
  if (command) {
    const make = COMMANDS[command.name];
    const question = make?.(command.args);
    return question ? ({ ...question, folded: officialsForm(command.args), fromCommand: true, rule: `command:${command.name}` } as OfficialsQuestion) : undefined;
  }
  const q = officialsForm(text);
  if (!q) return undefined;
  const done = (question: QuestionBody) =>
    ({ ...question, folded: q, fromCommand: false, rule: ['officials', question.kind, 'filter' in question ? question.filter : ''].filter(Boolean).join('.') }) as OfficialsQuestion;
  const official = context.speaksForUnit;

  const action = actionOf(text, q);
  if (action) return done(action);
  if (context.awaitingNote && official) return done({ kind: 'note', text: text.trim(), intent: 'tasks' });

  return classifyByWords(sentencesForm(text), official, done, sentencesForm(text, false));
}

/**
 * The question in officials' form with " | " between its sentences, so that phrases never join the end of one
 * sentence to the start of the next ("… mỗi ngày. Mấy đơn đầu …" is no "ngày mấy").
 */
function sentencesForm(text: string, shorthand = true): string {
  return text
    .split(/[.?!;…]+(?=\s|$)|\n+/u)
    .map((sentence) => officialsForm(sentence, shorthand))
    .filter(Boolean)
    .join(' | ');
}

/** `written` is the question without office shorthand written out: a citizen's "cv" is a résumé, "kh" a "không". */
function classifyByWords(q: string, official: boolean, done: (question: QuestionBody) => OfficialsQuestion, written: string): OfficialsQuestion | undefined {
  const reportWords = hasAny(q, P.DUE_SUBJECTS);
  if (hasAny(q, P.SUMMARY_PHRASES) && (official || reportWords)) return done({ kind: 'summary', intent: 'tasks' });
  if (hasAny(q, P.DRAFT_PHRASES) && !hasAny(q, P.WHEN_PHRASES.filter((w) => w !== 'lam')) ) return done({ kind: 'draft', args: '', intent: 'tasks' });

  // Phrases that a citizen also uses in their everyday sense count only for an official.
  const asked = (phrases: readonly string[], everyday: readonly string[]) => (official ? phrases : phrases.filter((w) => !everyday.includes(w)));
  const selfUnit = hasAny(q, asked(P.SELF_UNIT, P.CITIZEN_SELF));
  const taskWords = hasAny(q, asked(P.TASK_PHRASES, P.CITIZEN_TASK_WORDS));
  const whenWords = hasAny(q, P.WHEN_PHRASES);
  const overdue = hasAny(q, P.OVERDUE_PHRASES);
  const role = hasAny(q, P.LEAD_PHRASES) ? 'lead' : hasAny(q, asked(P.PARTNER_PHRASES, P.CITIZEN_ROLE_WORDS)) ? 'support' : undefined;
  // "yêu cầu tôi phối hợp giải quyết" in a citizen's story is no task: a role word needs another task word ("chủ trì
  // những việc gì") or an office's subject with it.
  const roleAsked = role !== undefined && !/^ai /u.test(q) && (official || hasAny(q, P.DUE_SUBJECTS) || hasAny(q, TASK_WORDS_BESIDE_ROLE));
  const aboutTasks = taskWords && (official || selfUnit || roleAsked || /\bnhiem vu (cua|duoc giao)\b/u.test(q));
  const citizenSubject = hasAny(written, P.DUE_SUBJECTS.filter((s) => !P.CITIZEN_SUBJECT_WORDS.includes(s))) || P.OFFICE_REPORT.test(q);
  const aboutDeadlines =
    whenWords &&
    (official ? hasAny(q, P.DUE_SUBJECTS) || /\b(han|nop|gui)\b/u.test(q) || P.PERIOD.test(q) : citizenSubject && !/\b(thoi han|het han)\b/u.test(q));
  // "t12 có bc gì": a period and a report, asked by an official, is a deadline question without a "when" word.
  const periodReport = official && P.PERIOD.test(q) && /\bbao cao\b/u.test(q) && /\b(gi|nao|khong)\b/u.test(q);

  if (overdue && (aboutTasks || aboutDeadlines || official)) {
    return done(/\b(nhiem vu|viec|cong viec)\b/u.test(q) ? { kind: 'tasks', filter: 'overdue', role, listAll: false, intent: 'tasks' } : { kind: 'deadlines', filter: 'overdue', intent: 'deadlines' });
  }
  // "hạn gì", "khi nào", "phải nộp gì" outweigh the task words around them ("nhiệm vụ này hạn khi nào").
  if ((aboutDeadlines || periodReport) && (!aboutTasks || /\b(han|khi nao|ngay nao|bao gio|nop)\b/u.test(q))) {
    return done({ kind: 'deadlines', filter: hasAny(q, P.NEXT_PHRASES) ? 'next' : 'all', intent: 'deadlines' });
  }
  if (aboutTasks || (official && selfUnit)) {
    const outstanding = hasAny(q, P.OUTSTANDING_PHRASES);
    return done({ kind: 'tasks', filter: outstanding ? 'outstanding' : 'all', role, listAll: hasAny(q, P.ALL_PHRASES), intent: 'tasks' });
  }
  return undefined;
}

/** Updates, submissions, undo, history and detail typed without a slash ("xong 2", "đã nộp báo cáo quý II"). */
function actionOf(text: string, q: string): QuestionBody | undefined {
  if (P.UNDO_WORDS.some((w) => q === w || q.startsWith(`${w} `)) && q.split(' ').length <= 6) return { kind: 'undo', intent: 'tasks' };
  const submitted = startsWithAny(q, P.SUBMITTED_WORDS);
  if (submitted && /^(bao cao|bc)\b/u.test(q.slice(submitted.length).trim())) return { kind: 'submit', what: q.slice(submitted.length).trim(), intent: 'deadlines' };
  const rest = (word: string) => text.trim().split(/\s+/u).slice(word.split(' ').length).join(' ');
  const history = startsWithAny(q, P.HISTORY_WORDS);
  if (history) {
    const ref = refAndNote(rest(history), false).ref;
    if (ref) return { kind: 'history', ref, intent: 'tasks' };
  }
  const detail = startsWithAny(q, P.DETAIL_WORDS);
  if (detail) {
    const ref = refAndNote(rest(detail), false).ref;
    if (ref && ref.by !== 'words') return { kind: 'detail', ref, intent: 'tasks' };
  }
  // "nhiệm vụ 2 đã xong", "việc số 3 xong rồi"
  const trailing = /^(?:nhiem vu|viec|nv)(?: so)? (\d{1,3}) (?:da |dang )?(xong|hoan thanh|lam|thuc hien)(?: roi)?$/u.exec(q);
  if (trailing) return { kind: 'update', ref: { by: 'number', number: Number(trailing[1]) }, status: /xong|hoan thanh/u.test(trailing[2]!) ? 'done' : 'in_progress', intent: 'tasks' };
  for (const [words, status] of [
    [P.DONE_WORDS, 'done'],
    [P.IN_PROGRESS_WORDS, 'in_progress'],
    [P.NOTE_WORDS, undefined],
  ] as const) {
    const word = startsWithAny(q, words);
    if (!word) continue;
    const { ref, note } = refAndNote(rest(word), status !== 'done');
    // "xong" alone, or "đã hoàn thành thủ tục…" without a task, is no update.
    if (!ref || (ref.by === 'words' && !/^(nhiem vu|nv|viec)\b/u.test(q.slice(word.length).trim()))) return undefined;
    if (status === undefined && !note) return { kind: 'update', ref, intent: 'tasks' };
    return { kind: 'update', ref, ...(status ? { status } : {}), ...(note ? { note } : {}), intent: 'tasks' };
  }
  return undefined;
}

/** Whether a question asks about work ("nhiệm vụ", "chủ trì", "phải làm"…), whoever asks. */
export function hasTaskWords(text: string): boolean {
  const q = officialsForm(text);
  return hasAny(q, P.TASK_PHRASES) && !asksHowTo(q);
}

/** "… phải làm sao?", "cách …", "ở đâu": someone asking what to do, not what a unit must do. */
export function asksHowTo(folded: string): boolean {
  return hasAny(folded, P.HOW_TO);
}

/**
 * "2 đã gửi danh sách" → task 2 with a note; "PL-I.II.3: đã họp" → a code and a note; "nhiệm vụ khen thưởng" → words.
 * With words, a note is only what follows ":" (so "/xong khen thưởng" is a task named "khen thưởng", with no note).
 */
export function refAndNote(args: string, noteAllowed: boolean): { ref?: TaskRef; note?: string } {
  const text = args.trim().replace(/^(?:nhiệm vụ|nhiem vu|nv|việc|viec)(?:\s+(?:số|so))?\s+/iu, '');
  if (!text) return {};
  const m = /^(?:#([a-z0-9]{6})|\[?(\d{1,3})\]?|\[?((?:PL-)?[IVX]+(?:\.[IVX\d]+)*(?:\.[a-zđ])?|\d+(?:\.[\da-zđ]+)+(?:-\d+)?|[\w.-]*\.cq(?:-\d+)?)\]?)(?=$|[\s:：,–-])\s*[:：,–-]?\s*([\s\S]*)$/iu.exec(text);
  if (m) {
    const note = noteAllowed ? m[4]!.trim() || undefined : undefined;
    if (m[1]) return { ref: { by: 'hash', hash: m[1].toLowerCase() }, note };
    if (m[2]) return { ref: { by: 'number', number: Number(m[2]) }, note };
    return { ref: { by: 'code', code: m[3]!.toUpperCase() }, note };
  }
  const colon = text.search(/[:：]/u);
  const words = (colon >= 0 ? text.slice(0, colon) : text).trim();
  const note = noteAllowed && colon >= 0 ? text.slice(colon + 1).trim() || undefined : undefined;
  return words ? { ref: { by: 'words', words }, note } : {};
}
