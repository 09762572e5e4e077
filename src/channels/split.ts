/**
 * Splits a reply into messages of at most `limit` characters, cutting at a paragraph, line or sentence end when
 * one is close, otherwise at a space: never inside a word, a link or a number. Only a single token longer than the
 * limit (a pathological link) is cut hard.
 */
export function splitMessage(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const cut = bestCut(window, limit);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

function bestCut(window: string, limit: number): number {
  // Prefer natural boundaries in the last 40% of the window so messages stay reasonably full.
  const floor = Math.floor(limit * 0.6);
  const candidates = [/\n\s*\n/gu, /\n/gu, /[.!?…:;](?=\s)/gu];
  for (const pattern of candidates) {
    let best = -1;
    for (const m of window.matchAll(pattern)) {
      const end = m.index! + m[0].length;
      if (end <= limit && end >= floor) best = end;
    }
    if (best > 0) return best;
  }
  const space = window.lastIndexOf(' ', limit);
  return space > 0 ? space : limit;
}
