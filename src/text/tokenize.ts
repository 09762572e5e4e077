import { foldText } from './normalize';
import { expandShorthand } from './synonyms';

const SYLLABLE = /[a-z0-9]+/gu;
const VOWEL = /[aeiouy0-9]/u;

/**
 * Abbreviations of official names written out, on both the passage and the question side, so "Sở KH&CN",
 * "UBND tỉnh" and "Ủy ban nhân dân tỉnh" meet. Keys are consonant runs after "KH&CN" → "khcn" joining.
 */
const ABBREVIATIONS: Record<string, string[]> = {
  ubnd: ['uy', 'ban', 'nhan', 'dan'],
  hdnd: ['hoi', 'dong', 'nhan', 'dan'],
  khcn: ['khoa', 'hoc', 'cong', 'nghe'],
  vhttdl: ['van', 'hoa', 'the', 'thao', 'du', 'lich'],
  gddt: ['giao', 'duc', 'dao', 'tao'],
  nnmt: ['nong', 'nghiep', 'moi', 'truong'],
  cntt: ['cong', 'nghe', 'thong', 'tin'],
  cds: ['chuyen', 'doi', 'so'],
  bdhvs: ['binh', 'dan', 'hoc', 'vu', 'so'],
};

/** Folded syllables of a text, in order ("Cách kích hoạt VNeID" → cach, kich, hoat, vneid). */
export function syllables(text: string): string[] {
  const raw = foldText(text).match(SYLLABLE) ?? [];
  const joined: string[] = [];
  for (const token of raw) {
    const last = joined.at(-1);
    // "KH&CN", "VH-TT-DL": consonant-only letter groups written apart are one abbreviation.
    if (last !== undefined && !VOWEL.test(token) && !VOWEL.test(last) && token.length <= 3 && last.length <= 6) joined[joined.length - 1] = last + token;
    else joined.push(token);
  }
  return joined.flatMap((t) => ABBREVIATIONS[t] ?? [t]);
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
  // "+86", "00855…": a number from abroad, which the knowledge calls "cuộc gọi từ nước ngoài".
  const abroad = /(^|[\s(])(\+|00)(?!84)\d{1,3}\b/u.test(text) ? ' nước ngoài' : '';
  const tokens = expandShorthand(syllables(text + abroad));
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
