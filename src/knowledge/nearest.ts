import { distance } from 'fastest-levenshtein';
import { foldText } from '../text';
import { CHECK_TUNING } from './tuning';

const plain = (s: string) => foldText(s).replace(/[\s_]+/gu, '-');

/**
 * The known name a written one is most likely a typo of, compared without case, diacritics or the difference between
 * spaces, "_" and "-"; undefined when none is within `maxDistance` edits (the same name is not a typo of itself).
 */
export function nearest(written: string, known: readonly string[], maxDistance: number = CHECK_TUNING.typoDistance): string | undefined {
  const w = plain(written);
  let best: { name: string; d: number } | undefined;
  for (const name of known) {
    if (name === written) return undefined;
    const d = distance(w, plain(name));
    // Short names need a closer match: two edits turn "all" into almost anything.
    const limit = Math.min(maxDistance, Math.max(1, Math.floor(name.length / 2)));
    if (d <= limit && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}
