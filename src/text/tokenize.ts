import { foldKeepingPositions, normalizeText } from './normalize';

const WORD = /\S+/gu;
const RUN = /[a-z]+|[0-9]+/gu;
const VOWEL = /[aeiouy]/u;

/**
 * Abbreviations of official names written out, on both the passage and the question side, so "Sở KH&CN",
 * "UBND tỉnh" and "Ủy ban nhân dân tỉnh" meet.
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

/** A syllable as written (lower case, diacritics kept) and folded. */
export interface Syllable {
  raw: string;
  folded: string;
}

/**
 * Syllables of a text, in order, each as written and folded ("Cách kích hoạt VNeID" → cách/cach, kích/kich, …).
 * Letters and digits written together are split ("muc2" → muc, 2; "15h" → 15, h); consonant-only letter groups
 * joined by "&" or "-" inside one word are one abbreviation ("KH&CN" → khcn → khoa hoc cong nghe), but words
 * separated by spaces are never glued ("dc dvc" stays two words).
 */
export function syllablesWithAccents(text: string): Syllable[] {
  const out: Syllable[] = [];
  for (const word of normalizeText(text).toLowerCase().match(WORD) ?? []) {
    const folded = foldKeepingPositions(word);
    const runs = [...folded.matchAll(RUN)].map((m) => ({ folded: m[0], raw: word.slice(m.index, m.index + m[0].length) }));
    const glued = /[&-]/u.test(word) && runs.length > 1 && runs.every((r) => !VOWEL.test(r.folded) && /^[a-z]{1,3}$/u.test(r.folded));
    const parts = glued ? [{ folded: runs.map((r) => r.folded).join(''), raw: runs.map((r) => r.raw).join('') }] : runs;
    for (const part of parts) {
      const expansion = ABBREVIATIONS[part.folded];
      if (expansion) out.push(...expansion.map((t) => ({ raw: t, folded: t })));
      else out.push(part);
    }
  }
  return out;
}

/** Folded syllables of a text, in order ("Cách kích hoạt VNeID" → cach, kich, hoat, vneid); see syllablesWithAccents. */
export function syllables(text: string): string[] {
  return syllablesWithAccents(text).map((s) => s.folded);
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
