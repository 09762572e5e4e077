import { LRUCache } from 'lru-cache';
import { isWebAddress, syllablesWithAccents, type Syllable } from '../text';
import { CORE_WORDS, COST_ASKED, IMITATED_NAMES, SCAM_WORDS, SCOPE_RULES, SHARED_CORE_WORDS, VICTIM_PATTERNS, VICTIM_WORDS, type OutOfScopeReason } from './scope-rules';

export type { OutOfScopeReason };

/** Share of a message's syllables with diacritics above which its unmarked syllables are read as written. */
const ACCENTED_SHARE = 0.4;

/** A phrase of the rules: written without diacritics it matches any word that folds the same. */
type Phrase = Syllable[];
const compile = (phrases: readonly string[]): Phrase[] => phrases.map((p) => syllablesWithAccents(p)).filter((p) => p.length > 0);

const CORE = compile(CORE_WORDS);
const TOPIC = compile(CORE_WORDS.filter((w) => !SHARED_CORE_WORDS.includes(w)));
const SCAM = compile(SCAM_WORDS);
const VICTIM = compile(VICTIM_WORDS);
const COST = compile(COST_ASKED);
const RULES = SCOPE_RULES.map((rule) => ({
  ...rule,
  phrases: compile(rule.any ?? []),
  strongPhrases: compile(rule.strong ?? []),
  safe: rule.safeWith && compile(rule.safeWith),
  notWith: compile(rule.notWith ?? []),
}));

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

function read(text: string): Read {
  // A rule's phrase never spans two sentences or clauses ("việc làm thêm. Giờ có…" is no "làm thêm giờ", nor "người
  // già, về ở với con" a ticket's price, "giá vé").
  const typed = text.split(SENTENCE_END).flatMap((sentence, i) => (i === 0 ? [] : [GAP]).concat(syllablesWithAccents(sentence)));
  const letters = typed.filter((w) => /[a-z]/u.test(w.folded));
  const exact = letters.length >= 3 && letters.filter((w) => w.raw !== w.folded).length >= ACCENTED_SHARE * letters.length;
  const words = withoutPhrases(typed, COST, exact);
  return { words, folded: words.map((w) => w.folded).join(' '), exact, imitation: text.split(/\s+/u).some(borrowsOfficialName) };
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

/** True when the text tells of a scam the asker fell for ("tôi bị lừa…", "mất tiền"). */
export function tellsOfVictim(text: string): boolean {
  const message = read(text);
  return hasAny(message, VICTIM) || matches(message, VICTIM_PATTERNS);
}

/** True when the text uses a word of the assistant's core topics (VNeID, căn cước, public services, payment, scams…). */
export function mentionsCore(text: string): boolean {
  const message = read(text);
  return message.imitation || hasAny(message, CORE);
}

/** True when the text names a core topic by a word of its own, not only by words everyday questions share with it ("ngân hàng"). */
export function namesTopic(text: string): boolean {
  const message = read(text);
  return message.imitation || hasAny(message, TOPIC);
}

/**
 * Why a message is outside what the assistant answers, or undefined when it may be in scope. Takes the question with
 * chat shorthand written out (the analysis' `normalized` text), so "ny gian ko rep" reads as "người yêu giận không rep".
 */
export function outOfScopeReason(text: string): OutOfScopeReason | undefined {
  const known = JUDGED.get(text);
  if (known !== undefined) return known || undefined;
  const reason = judge(text);
  JUDGED.set(text, reason ?? '');
  return reason;
}

/** Messages already judged ('' for in scope): people send the same questions again and again. */
const JUDGED = new LRUCache<string, OutOfScopeReason | ''>({ max: 1_000 });

function judge(text: string): OutOfScopeReason | undefined {
  const message = read(text);
  const core = message.imitation || hasAny(message, CORE);
  const scam = core && hasAny(message, SCAM);
  return RULES.find(
    (rule) =>
      ((rule.always || !core) && (hasAny(message, rule.phrases) || matches(message, rule.patterns)) && !hasAny(message, rule.notWith)) ||
      ((hasAny(message, rule.strongPhrases) || matches(message, rule.strongPatterns)) && !(rule.safe ? hasOutside(message, rule.safe, rule.strongPhrases) : scam)),
  )?.reason;
}

/** True when one of the phrases is written outside the words of the others: "lương" inside "dung lượng data" says nothing more. */
function hasOutside(text: Read, phrases: readonly Phrase[], others: readonly Phrase[]): boolean {
  const { words, exact } = text;
  const inside = new Set<number>();
  for (let i = 0; i < words.length; i++) for (const other of others) if (startsAt(words, i, other, exact)) for (let k = 0; k < other.length; k++) inside.add(i + k);
  return phrases.some((phrase) => words.some((_, i) => startsAt(words, i, phrase, exact) && !phrase.every((_, k) => inside.has(i + k))));
}
