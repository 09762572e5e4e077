const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const COMBINING = /[\u0300-\u036f]/gu;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Moves the tone mark of open "oa", "oe", "uy" syllables onto the first vowel
 * (hoà → hòa, khoẻ → khỏe, thuỷ → thủy), the convention used throughout the index.
 * "qu" keeps its tone on the following vowel (quý), and closed syllables (hoàn) are untouched.
 */
function placeTone(word: string): string {
  const decomposed = word.normalize('NFD');
  const tone = decomposed.match(TONE_MARKS)?.[0];
  if (!tone) return word;
  const bare = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  const match = /^(.*?)([oO][aAeE]|[uU][yY])$/u.exec(bare);
  if (!match) return word;
  const [, head = '', cluster = ''] = match;
  if (/[qQ]$/u.test(head)) return word;
  const first = cluster.slice(0, 1);
  return (head + first + tone + cluster.slice(1)).normalize('NFC');
}

/** NFC, one tone-placement convention, single spaces. Keeps case and diacritics. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(WORD, placeTone)
    .replace(/[\u00a0\t ]+/gu, ' ')
    .trim();
}

/** Lower case without diacritics (đ → d): the form every comparison and index uses. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The folded form with one character per character of the input (pattern positions map back to the original):
 * a character whose fold is not a single character becomes its first folded character, or a space.
 */
export function foldKeepingPositions(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Folded characters seen so far (Vietnamese text uses a few hundred), so each is folded once. */
const FOLDED_CHARS = new Map<string, string>();

function foldChar(ch: string): string {
  let out = FOLDED_CHARS.get(ch);
  if (out === undefined) {
    const folded = ch.normalize('NFD').replace(COMBINING, '').replace(/[đĐ]/u, 'd').toLowerCase();
    out = folded.length === ch.length ? folded : ch.length === 1 ? (folded[0] ?? ' ') : ch;
    if (FOLDED_CHARS.size < 10_000) FOLDED_CHARS.set(ch, out);
  }
  return out;
}

/** True when the text carries at least one Vietnamese diacritic. */
export function hasDiacritics(text: string): boolean {
  return foldText(text) !== text.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Removes diacritics but keeps case, as a citizen typing without accents would write. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').normalize('NFC');
}
