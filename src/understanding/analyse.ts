import { bigrams, normalizeText, syllablesWithAccents, type Syllable } from '../text';
import { sameSyllable, type Lexicon, type PhraseEntry } from './lexicon';

/** What a word does in the question: says what it is about, asks, or only carries the conversation. */
export type Role = 'content' | 'form' | 'filler';

/** One thing the question is about, with the other ways of saying it (the knowledge's word first). */
export interface Concept {
  /** The folded syllables as the person wrote them, after shorthand. */
  typed: string[];
  /** Every way of saying it, folded; a word without synonyms has one. */
  alternatives: string[][];
}

/** A question read through the lexicon: what retrieval, intent and the scope check all work from. */
export interface Analysis {
  /** The question as typed, normalised (NFC, one tone placement). */
  original: string;
  /** The question with chat shorthand written out ("quen mk" → "quen mật khẩu"), for a chat model and for logs. */
  normalized: string;
  /** Folded syllables after shorthand. */
  tokens: string[];
  roles: Role[];
  /** `tokens` joined by spaces, for the phrase rules of intent and scope. */
  folded: string;
  concepts: Concept[];
  /**
   * Pairs of adjacent content syllables of two concepts ("dich_vu", "vu_cong"), not across fillers or question
   * words; pairs inside a phrase concept are part of the concept.
   */
  pairs: string[];
  /** Pairs of adjacent syllables including question words ("lam_sao"), for matching headings phrased as questions. */
  headingPairs: string[];
  /** True for "lỡ bấm … rồi", "bị lừa rồi": the person needs the remedy, not the prevention. */
  remedy: boolean;
  /** True when the message opens or closes like one that leans on the previous turn ("còn …", "… thì sao"). */
  leansOnPrevious: boolean;
}

/** A number from abroad ("+86", "00855"), which the knowledge calls "cuộc gọi từ nước ngoài". */
const ABROAD = /(^|[\s(])(\+|00)(?!84)\d{1,3}\b/u;

export function analyse(text: string, lexicon: Lexicon): Analysis {
  const original = normalizeText(text);
  const source = ABROAD.test(original) ? `${original} nước ngoài` : original;
  const { tokens, readable } = expand(source, lexicon);
  const roles: Role[] = tokens.map(() => 'content');
  markEndings(tokens, roles, lexicon);
  const concepts: Concept[] = [];
  // Which concept each syllable belongs to, so word pairs inside a phrase are not counted again as pairs.
  const conceptOf: number[] = tokens.map(() => -1);
  for (let i = 0; i < tokens.length; ) {
    if (roles[i] !== 'content') {
      i++;
      continue;
    }
    const entry = matchPhrase(tokens, i, roles, lexicon);
    if (!entry) {
      conceptOf[i] = concepts.length;
      concepts.push({ typed: [tokens[i]!.folded], alternatives: [[tokens[i]!.folded]] });
      i++;
      continue;
    }
    const n = entry.tokens.length;
    if (entry.kind === 'synonym') {
      for (let k = i; k < i + n; k++) conceptOf[k] = concepts.length;
      const typed = tokens.slice(i, i + n).map((t) => t.folded);
      concepts.push({ typed, alternatives: uniqueLists([typed, ...entry.group!.map((g) => g.map((t) => t.folded))]) });
    } else {
      for (let k = i; k < i + n; k++) roles[k] = entry.kind;
    }
    i += n;
  }
  const folded = tokens.map((t) => t.folded);
  // A message of only fillers ("ok ạ", "ad ơi") keeps its words as content, so it is not read as empty.
  if (concepts.length === 0) folded.forEach((t, i) => roles[i] === 'filler' && concepts.push({ typed: [t], alternatives: [[t]] }));

  const pairs: string[] = [];
  for (let i = 1; i < folded.length; i++) {
    if (roles[i - 1] === 'content' && roles[i] === 'content' && conceptOf[i - 1] !== conceptOf[i]) pairs.push(`${folded[i - 1]}_${folded[i]}`);
  }
  const formWords = new Set(folded.filter((_, i) => roles[i] !== 'content'));
  const headingPairs = bigrams(folded).filter((b) => !b.split('_').every((t) => formWords.has(t)));
  return {
    original,
    normalized: readable,
    tokens: folded,
    roles,
    folded: folded.join(' '),
    concepts,
    pairs: unique(pairs),
    headingPairs: unique(headingPairs),
    remedy: lexicon.remedy.some((m) => findRun(tokens, m) >= 0),
    leansOnPrevious:
      lexicon.followUp.openers.some((m) => findRun(tokens, m) === 0) ||
      lexicon.followUp.closers.some((m) => endsWith(tokens, m, roles)),
  };
}

/** Syllables with shorthand expanded, and the readable text with the same expansions. */
function expand(text: string, lexicon: Lexicon): { tokens: Syllable[]; readable: string } {
  const tokens: Syllable[] = [];
  const words: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const parts = syllablesWithAccents(word);
    const lead = /^[^\p{L}\p{N}]*/u.exec(word)![0];
    const trail = /[^\p{L}\p{N}]*$/u.exec(word)![0];
    // The whole word first ("sđt", "dthoai", "vneid2"), then each of its parts ("muc2" → "muc", "2").
    const key = parts.map((p) => p.raw).join('');
    const whole = parts.length > 1 ? lexicon.shorthand.get(key) : undefined;
    if (whole) {
      tokens.push(...whole);
      words.push(`${lead}${lexicon.shorthandText.get(key)!}${trail}`);
      continue;
    }
    let changed = false;
    const shown: string[] = [];
    for (const part of parts) {
      const expansion = lexicon.shorthand.get(part.raw);
      tokens.push(...(expansion ?? [part]));
      shown.push(expansion ? lexicon.shorthandText.get(part.raw)! : part.raw);
      if (expansion) changed = true;
    }
    words.push(changed ? `${lead}${shown.join(' ')}${trail}` : word);
  }
  return { tokens, readable: words.join(' ') };
}

/** Drops particles at the end of the question ("… được không vậy ạ"), repeatedly. */
function markEndings(tokens: readonly Syllable[], roles: Role[], lexicon: Lexicon): void {
  let end = tokens.length;
  for (let changed = true; changed && end > 0; ) {
    changed = false;
    for (const ending of lexicon.endings) {
      const start = end - ending.length;
      if (start > 0 && ending.every((e, k) => sameSyllable(tokens[start + k]!, e))) {
        for (let k = start; k < end; k++) roles[k] = 'filler';
        end = start;
        changed = true;
        break;
      }
    }
  }
}

function matchPhrase(tokens: readonly Syllable[], at: number, roles: readonly Role[], lexicon: Lexicon): PhraseEntry | undefined {
  const candidates = lexicon.phrases.get(tokens[at]!.folded);
  return candidates?.find((e) => e.tokens.every((t, k) => at + k < tokens.length && roles[at + k] === 'content' && sameSyllable(tokens[at + k]!, t)));
}

function findRun(tokens: readonly Syllable[], run: readonly Syllable[]): number {
  for (let i = 0; i + run.length <= tokens.length; i++) if (run.every((t, k) => sameSyllable(tokens[i + k]!, t))) return i;
  return -1;
}

/** True when the run ends the question, particles at the end aside ("… thì sao vậy ạ"). */
function endsWith(tokens: readonly Syllable[], run: readonly Syllable[], roles: readonly Role[]): boolean {
  let end = tokens.length;
  while (end > 0 && roles[end - 1] === 'filler' && !run.some((r) => sameSyllable(tokens[end - 1]!, r))) end--;
  const start = end - run.length;
  return start >= 0 && run.every((t, k) => sameSyllable(tokens[start + k]!, t));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function uniqueLists(lists: string[][]): string[][] {
  const seen = new Set<string>();
  return lists.filter((l) => {
    const key = l.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The content syllables of a question as the person wrote them, for grouping and quick checks. */
export function contentTokens(analysis: Analysis): string[] {
  return analysis.concepts.flatMap((c) => c.typed);
}
