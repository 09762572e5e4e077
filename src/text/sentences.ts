const ABBREVIATIONS = /(?:^|\s)(?:TP|Tp|TS|ThS|PGS|GS|BS|St|Th|v\.v|Q|P|X|H|T)\.$/u;

/**
 * Splits a paragraph into sentences at ". ", "! " or "? " before a capital letter, a digit or an opening mark,
 * keeping numbers (1.000.000), dates (15/6/2026) and abbreviations (TP.) whole.
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/gu, ' ').trim();
  if (!text) return [];
  const out: string[] = [];
  let start = 0;
  const boundary = /([.!?…]+["”’)]*)\s+(?=[\p{Lu}\d“"(])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[1]!.length;
    const candidate = text.slice(start, end);
    if (ABBREVIATIONS.test(candidate)) continue;
    out.push(candidate.trim());
    start = boundary.lastIndex;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
