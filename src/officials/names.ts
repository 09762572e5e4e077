import { foldText } from '../text';

/** Abbreviations officials and plans use for the words of unit names (folded). */
const EXPANSIONS: Record<string, string[]> = {
  ubnd: ['uy', 'ban', 'nhan', 'dan'],
  vpubnd: ['van', 'phong', 'uy', 'ban', 'nhan', 'dan'],
  vpub: ['van', 'phong', 'uy', 'ban', 'nhan', 'dan'],
  vp: ['van', 'phong'],
  tp: ['thanh', 'pho'],
  hdnd: ['hoi', 'dong', 'nhan', 'dan'],
  tt: ['trung', 'tam'],
  tncs: ['thanh', 'nien', 'cong', 'san'],
  lhpn: ['lien', 'hiep', 'phu', 'nu'],
  htx: ['hop', 'tac', 'xa'],
  ptth: ['phat', 'thanh', 'truyen', 'hinh'],
  ttdt: ['thong', 'tin', 'dien', 'tu'],
};

/** Words that do not tell units apart ("và", "các", "của"). */
const FILLER = new Set(['va', 'cac', 'cua']);
const VOWEL = /[aeiouy]/u;
/** Words naming the kind of unit; an acronym keeps them and abbreviates the rest ("Sở KH&CN"). */
const KIND_WORDS = [['so'], ['phong'], ['trung', 'tam'], ['hoi'], ['ban'], ['chi', 'doan'], ['doan'], ['cong', 'an'], ['bao']];

/**
 * Syllables of a unit name for comparison: folded, abbreviations expanded, runs of consonant-only
 * letter groups joined ("Sở KH&CN" → so khcn, "Sở VH-TT-DL" → so vhttdl), filler words dropped.
 */
export function nameTokens(name: string): string[] {
  const raw = foldText(name.replace(/&/gu, ' ')).match(/[a-z0-9]+/gu) ?? [];
  const merged: string[] = [];
  for (const token of raw) {
    const last = merged.at(-1);
    if (last !== undefined && !VOWEL.test(token) && !/^\d/u.test(token) && !VOWEL.test(last) && !EXPANSIONS[last]) {
      merged[merged.length - 1] = last + token;
    } else {
      merged.push(token);
    }
  }
  return merged.flatMap((t) => EXPANSIONS[t] ?? [t]).filter((t) => !FILLER.has(t));
}

/** Alternative spellings of a full name: "Sở Khoa học và Công nghệ" → "so khcn", "skhcn". */
export function generatedAcronyms(name: string): string[][] {
  const tokens = nameTokens(name);
  for (const kind of KIND_WORDS) {
    if (kind.every((k, i) => tokens[i] === k) && tokens.length - kind.length >= 2) {
      const rest = tokens.slice(kind.length).filter((t) => !/^\d+$/u.test(t));
      const initials = rest.map((t) => t[0]).join('');
      return [
        [...kind, initials],
        [kind.map((k) => k[0]).join('') + initials],
      ];
    }
  }
  return [];
}

export const key = (tokens: readonly string[]) => tokens.join(' ');
