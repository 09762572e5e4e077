import { nameTokens } from './names';
import type { Roster } from './roster';

/**
 * Units named anywhere inside running text ("các cơ quan, đơn vị phải gửi báo cáo…"), in reading order,
 * longest names first so "Văn phòng UBND tỉnh" is not read as "UBND tỉnh".
 */
export function findInTextMentions(roster: Roster, text: string, province: string | undefined): string[] {
  const tokens = nameTokens(text);
  const spans: { start: number; end: number; id: string }[] = [];
  const candidates = roster.units
    .filter((u) => !province || u.province === province)
    .flatMap((u) => u.keys.map((k) => ({ id: u.id, key: k.split(' ') })))
    .filter((c) => c.key.length >= 2 || c.key[0]!.length >= 4)
    .sort((a, b) => b.key.length - a.key.length);
  for (const c of candidates) {
    for (let i = 0; i + c.key.length <= tokens.length; i++) {
      if (!c.key.every((t, k) => tokens[i + k] === t)) continue;
      const end = i + c.key.length;
      if (spans.some((s) => i < s.end && end > s.start)) continue;
      spans.push({ start: i, end, id: c.id });
    }
  }
  return [...new Set(spans.sort((a, b) => a.start - b.start).map((s) => s.id))];
}
