import { foldKeepingPositions } from '../text';
import type { Lexicon } from './lexicon';

/** The lexicon's birth-year phrases followed by a year, compiled once per lexicon. */
const PATTERNS = new WeakMap<Lexicon, RegExp | null>();

function patternOf(lexicon: Lexicon): RegExp | null {
  let pattern = PATTERNS.get(lexicon);
  if (pattern === undefined) {
    const markers = lexicon.birthYear.map((m) => m.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'));
    pattern = markers.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${markers.join('|')})\\s*:?\\s*(19\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}])`, 'gu');
    PATTERNS.set(lexicon, pattern);
  }
  return pattern;
}

/**
 * The question with each year of birth written as the age it gives this year ("mẹ tôi sinh năm 1965" → "mẹ tôi 61
 * tuổi" in 2026): the lessons speak of ages (14, 25, 40, 58, 60 tuổi), never of years of birth.
 */
export function withStatedAges(text: string, lexicon: Lexicon, year: number): string {
  const pattern = patternOf(lexicon);
  if (!pattern || !/\d{4}/u.test(text)) return text;
  const folded = foldKeepingPositions(text);
  let out = '';
  let last = 0;
  for (const m of folded.matchAll(pattern)) {
    const born = Number(m[1]);
    if (born > year) continue;
    out += `${text.slice(last, m.index)}${year - born} tuổi`;
    last = m.index + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}
