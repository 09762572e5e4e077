import { LRUCache } from 'lru-cache';
import { isWebAddress, syllablesWithAccents, type Syllable } from '../text';
import { writtenOut, type Lexicon } from '../understanding';
import { ASK_FOLLOWS, ASK_TIES, CORE_WORDS, COST_ASKED, DONE_ENDS, IMITATED_NAMES, SCAM_WORDS, SCOPE_RULES, SHARED_CORE_WORDS, VICTIM_PATTERNS, VICTIM_WORDS, type OutOfScopeReason } from './scope-rules';

export type { OutOfScopeReason };

/** What the scope check reads: the question with chat shorthand written out, and whether it was typed with diacritics. */
export interface ScopeQuestion {
  normalized: string;
  exact: boolean;
}

/** The scope check for one lexicon; each function takes the question as the lexicon read it (an `Analysis`). */
export interface ScopeCheck {
  /** Why a message is outside what the assistant answers ("ny gian ko rep": "người yêu giận không rep"), or undefined. */
  outOfScopeReason(question: ScopeQuestion): OutOfScopeReason | undefined;
  /** True when the message tells of a scam the asker fell for ("tôi bị lừa…", "mất tiền"). */
  tellsOfVictim(question: ScopeQuestion): boolean;
  /** True when the message uses a word of the core topics (VNeID, căn cước, public services, payment, scams…). */
  mentionsCore(question: ScopeQuestion): boolean;
  /** True when the message names a core topic by a word of its own, not only by words everyday questions share ("ngân hàng"). */
  namesTopic(question: ScopeQuestion): boolean;
}

/** A phrase of the rules: written without diacritics it matches any word that folds the same. */
type Phrase = Syllable[];

const CHECKS = new WeakMap<Lexicon, ScopeCheck>();

/**
 * The scope check whose rule phrases are also read through the lexicon as questions are: a rule written as people
 * type ("pass wifi", "app vay") matches the question the lexicon wrote out ("mật khẩu wifi", "ứng dụng vay").
 */
export function scopeCheck(lexicon: Lexicon): ScopeCheck {
  let check = CHECKS.get(lexicon);
  if (!check) CHECKS.set(lexicon, (check = compileScope(lexicon)));
  return check;
}

function compileScope(lexicon: Lexicon): ScopeCheck {
  // Both as written and as written out: "hong pin" is "hỏng pin" to one who types diacritics, "không pin" after the
  // lexicon read it unmarked. Each phrase once: the scam words and core words recur in many rules.
  const forms = new Map<string, Phrase[]>();
  const formsOf = (phrase: string): Phrase[] => {
    let found = forms.get(phrase);
    if (!found) {
      found = [...new Set([phrase, writtenOut(phrase, lexicon)])].map((form) => syllablesWithAccents(form)).filter((p) => p.length > 0);
      forms.set(phrase, found);
    }
    return found;
  };
  const compile = (phrases: readonly string[]): Phrase[] => phrases.flatMap(formsOf);
  const core = compile(CORE_WORDS);
  const topic = compile(CORE_WORDS.filter((w) => !SHARED_CORE_WORDS.includes(w)));
  const scam = compile(SCAM_WORDS);
  const victim = compile(VICTIM_WORDS);
  const cost = compile(COST_ASKED);
  const follows = compile(ASK_FOLLOWS);
  const done = compile(DONE_ENDS);
  const ties = compile(ASK_TIES);
  const rules = SCOPE_RULES.map((rule) => ({
    ...rule,
    phrases: compile(rule.any ?? []),
    strongPhrases: compile(rule.strong ?? []),
    safe: rule.safeWith && compile(rule.safeWith),
    notWith: compile(rule.notWith ?? []),
  }));
  // Messages already judged ('' for in scope): people send the same questions again and again.
  const judged = new LRUCache<string, OutOfScopeReason | ''>({ max: 1_000 });

  // A rule's everyday phrases or patterns, which decline only a question without a core word of its own.
  const asksAbout = (text: Read, rule: (typeof rules)[number]): boolean => hasAny(text, rule.phrases) || matches(text, rule.patterns);

  const judge = (message: Read, question: ScopeQuestion): OutOfScopeReason | undefined => {
    const named = message.imitation || hasAny(message, core);
    const scamWords = named && hasAny(message, scam);
    const found = rules.find(
      (rule) =>
        ((rule.always || !named) && asksAbout(message, rule) && !hasAny(message, rule.notWith)) ||
        ((hasAny(message, rule.strongPhrases) || matches(message, rule.strongPatterns)) && !(rule.safe ? hasOutside(message, rule.safe, rule.strongPhrases) : scamWords)),
    )?.reason;
    if (found || !named || scamWords || hasAny(message, victim) || matches(message, VICTIM_PATTERNS)) return found;
    // A paper or a benefit told first, then something else asked ("làm xong hộ chiếu rồi, đi Hàn nên đi chơi đâu"):
    // the ask is judged on its own words, as if the core word were not there.
    const asked = askingClause(question, follows, done, cost);
    if (!asked || asked.imitation || hasAny(asked, core) || hasAny(asked, ties)) return undefined;
    return rules.find((rule) => !rule.always && asksAbout(asked, rule) && !hasAny(message, rule.notWith))?.reason;
  };

  return {
    outOfScopeReason(question) {
      const key = `${question.exact ? 'exact' : 'folded'}\u0000${question.normalized}`;
      const known = judged.get(key);
      if (known !== undefined) return known || undefined;
      const reason = judge(read(question, cost), question);
      judged.set(key, reason ?? '');
      return reason;
    },
    tellsOfVictim(question) {
      const message = read(question, cost);
      return hasAny(message, victim) || matches(message, VICTIM_PATTERNS);
    },
    mentionsCore(question) {
      const message = read(question, cost);
      return message.imitation || hasAny(message, core);
    },
    namesTopic(question) {
      const message = read(question, cost);
      return message.imitation || hasAny(message, topic);
    },
  };
}

interface Read {
  words: Syllable[];
  /** The message names a web address that borrows an official service's name. */
  imitation: boolean;
  /** Folded words joined by spaces, for the rules' patterns. */
  folded: string;
  exact: boolean;
}

/** Where a sentence ends: a stop followed by a space, so "2.000.000" and "dichvucong.gov.vn" stay whole. */
const SENTENCE_END = /[.?!;…\n,]+(?=\s|$)/u;

function read({ normalized: text, exact }: ScopeQuestion, cost: readonly Phrase[]): Read {
  // A rule's phrase never spans two sentences or clauses ("việc làm thêm. Giờ có…" is no "làm thêm giờ", nor "người
  // già, về ở với con" a ticket's price, "giá vé").
  return readWords(syllablesByClause(text), exact, cost, imitates(text));
}

/** The syllables of a text with a mark between its sentences and clauses, which no rule phrase matches across. */
function syllablesByClause(text: string): Syllable[] {
  return text.split(SENTENCE_END).flatMap((sentence, i) => (i === 0 ? [] : [GAP]).concat(syllablesWithAccents(sentence)));
}

/** True when the text names a web address that borrows an official service's name. */
function imitates(text: string): boolean {
  return text.split(/\s+/u).some(borrowsOfficialName);
}

function readWords(typed: Syllable[], exact: boolean, cost: readonly Phrase[], imitation: boolean): Read {
  const words = withoutPhrases(typed, cost, exact);
  return { words, folded: words.map((w) => w.folded).join(' '), exact, imitation };
}

/**
 * The clause that asks, when the message tells something first: the last sentence ending in "?" (else the last one), from
 * after its last "xong thì", "rồi thì" or "… rồi," on. Undefined when nothing is told before it.
 */
function askingClause({ normalized: text, exact }: ScopeQuestion, follows: readonly Phrase[], done: readonly Phrase[], cost: readonly Phrase[]): Read | undefined {
  const sentences = text.split(/(?<=[.?!;…\n])\s+/u).filter((s) => s.trim());
  const sentence = sentences.findLast((s) => s.trimEnd().endsWith('?')) ?? sentences.at(-1) ?? '';
  const typed = syllablesByClause(sentence);
  let start = 0;
  typed.forEach((_, i) => {
    for (const phrase of follows) if (startsAt(typed, i, phrase, exact)) start = Math.max(start, i + phrase.length);
    if (typed[i] === GAP && done.some((phrase) => i >= phrase.length && startsAt(typed, i - phrase.length, phrase, exact))) start = Math.max(start, i + 1);
  });
  if (sentences.length < 2 && start === 0) return undefined;
  return readWords(typed.slice(start), exact, cost, imitates(sentence));
}

/** "dichvucong-gov.cc": a web address whose name pieces include an official service's name. */
function borrowsOfficialName(word: string): boolean {
  if (!isWebAddress(word)) return false;
  const pieces = word.toLowerCase().split(/[^a-z0-9]+/u);
  return pieces.some((piece) => IMITATED_NAMES.includes(piece));
}

/** The words with each of the phrases replaced by a mark that matches nothing. */
function withoutPhrases(words: Syllable[], phrases: readonly Phrase[], exact: boolean): Syllable[] {
  const out: Syllable[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = phrases.find((p) => startsAt(words, i, p, exact));
    if (!phrase) out.push(words[i]!);
    else {
      out.push(GAP);
      i += phrase.length - 1;
    }
  }
  return out;
}

const GAP: Syllable = { raw: '·', folded: '·' };

/**
 * True when the typed syllable is the phrase's: a phrase written with diacritics ("cơn bão") matches only the same
 * diacritics when the person types with them, so "sinh con bao lâu" is not a storm; one written without them matches
 * any word that folds the same.
 */
function same(typed: Syllable, phrase: Syllable, exact: boolean): boolean {
  if (phrase.raw === phrase.folded || (!exact && typed.raw === typed.folded)) return typed.folded === phrase.folded;
  return typed.raw === phrase.raw;
}

/** True when the phrase is written at word `i`. */
function startsAt(words: readonly Syllable[], i: number, phrase: Phrase, exact: boolean): boolean {
  return i + phrase.length <= words.length && phrase.every((p, k) => same(words[i + k]!, p, exact));
}

function hasAny(text: Read, phrases: readonly Phrase[]): boolean {
  const { words, exact } = text;
  return phrases.some((phrase) => words.some((_, i) => startsAt(words, i, phrase, exact)));
}

/** True when one of the patterns matches the folded text. */
function matches(text: Read, patterns: readonly RegExp[] = []): boolean {
  return patterns.some((p) => p.test(text.folded));
}

/** True when one of the phrases is written outside the words of the others: "lương" inside "dung lượng data" says nothing more. */
function hasOutside(text: Read, phrases: readonly Phrase[], others: readonly Phrase[]): boolean {
  const { words, exact } = text;
  const inside = new Set<number>();
  for (let i = 0; i < words.length; i++) for (const other of others) if (startsAt(words, i, other, exact)) for (let k = 0; k < other.length; k++) inside.add(i + k);
  return phrases.some((phrase) => words.some((_, i) => startsAt(words, i, phrase, exact) && !phrase.every((_, k) => inside.has(i + k))));
}
