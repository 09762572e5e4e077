import { foldText } from './normalize';

const SYLLABLE = /[a-z0-9]+/gu;

/** Folded syllables of a text, in order ("Cách kích hoạt VNeID" → cach, kich, hoat, vneid). */
export function syllables(text: string): string[] {
  return foldText(text).match(SYLLABLE) ?? [];
}

/** Adjacent syllable pairs joined by "_" (kich_hoat). */
export function bigrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) out.push(`${tokens[i - 1]}_${tokens[i]}`);
  return out;
}

/** Unigrams followed by bigrams: the terms the lexical index stores. */
export function indexTerms(text: string): string[] {
  const unigrams = syllables(text);
  return [...unigrams, ...bigrams(unigrams)];
}

/**
 * Phrases that give a question its form, not its subject (folded, longest first).
 * Removed by position, so "thẻ" or "căn" elsewhere in the question survive folding.
 */
const QUESTION_PHRASES = [
  'lam the nao de', 'nhu the nao', 'lam the nao', 'gom nhung gi', 'bao nhieu', 'la gi', 'the nao', 'o dau', 'khi nao',
  'luc nao', 'bao gio', 'lam sao de', 'lam sao', 'ra sao', 'nhung gi', 'nhung nao', 'duoc khong', 'phai khong',
  'co phai', 'la ai', 'the nao', 'xin hoi', 'cho hoi', 'cho toi hoi', 'vui long', 'giup toi', 'giup minh',
  'cho toi', 'cua toi', 'toi muon', 'minh muon', 'em muon',
].map((p) => p.split(' '));

/** Single syllables that are function words in nearly every folded reading. */
const FILLER = new Set(['gi', 'nao', 'toi', 'a', 'oi', 'nhe', 'nhi', 'ha', 'u', 'vay', 'thi', 'la', 'va', 'cua', 'cac', 'nhung', 'duoc', 'de', 'co']);

export interface QueryTerms {
  unigrams: string[];
  bigrams: string[];
}

/** Terms of a question: content syllables plus the bigrams of what remains between question phrases. */
export function queryTerms(text: string): QueryTerms {
  const tokens = syllables(text);
  const keep = tokens.map(() => true);
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of QUESTION_PHRASES) {
      if (phrase.every((p, k) => tokens[i + k] === p)) {
        for (let k = 0; k < phrase.length; k++) keep[i + k] = false;
        break;
      }
    }
  }
  // "… có … không?": the closing "không" only asks, it does not negate.
  if (tokens.at(-1) === 'khong' && tokens.includes('co')) keep[tokens.length - 1] = false;
  const segments: string[][] = [[]];
  tokens.forEach((t, i) => {
    if (keep[i]) segments.at(-1)!.push(t);
    else if (segments.at(-1)!.length > 0) segments.push([]);
  });
  const pairs = segments.flatMap((s) => bigrams(s)).filter((b) => !b.split('_').every((t) => FILLER.has(t)));
  const content = segments.flat().filter((t) => !FILLER.has(t));
  return { unigrams: unique(content.length > 0 ? content : tokens), bigrams: unique(pairs) };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
