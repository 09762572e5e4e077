import type { Chunk, Unit } from '../knowledge';
import type { Passage } from '../retrieval';
import { bigrams, foldText, queryTerms, syllables } from '../text';
import type { Answer, Source } from './types';

export interface ExtractiveOptions {
  /** Rarity of a folded term in the index (BM25 IDF); rarer words decide which sentence answers. */
  idf: (term: string) => number;
  /** Upper bound of the answer body in characters (default 700). */
  maxChars?: number;
}

/** Questions that want a list or steps rather than one sentence. */
const WANTS_LIST = /\b(gom|nhung gi|nhung nao|cac buoc|buoc|cach|lam sao|lam the nao|nhu the nao|the nao|quy trinh|phai lam gi|can (mang|chuan bi|gi|nhung gi)|can lam gi|lam gi|nhung viec|cac viec|nhiem vu gi|de nghi (gi|nhung gi)|nhung dau hieu|dau hieu|o dau)\b/u;
const MAX_LIST_ITEMS = 8;

interface Scored {
  unit: Unit;
  chunk: Chunk;
  index: number;
  score: number;
}

/** An answer quoted from the best passages: the sentences or list items that answer, then the source. */
export function composeExtractive(question: string, passages: readonly Passage[], options: ExtractiveOptions): Answer {
  const top = passages[0];
  if (!top) return { text: '', sources: [] };
  const { unigrams, bigrams: pairs } = queryTerms(question);
  const wantsList = WANTS_LIST.test(foldText(question));
  const candidates = passages.filter((p, i) => i < 3 && p.score >= 0.45 * top.score);

  const scored: Scored[] = candidates.flatMap((p) => {
    const weight = 0.7 + 0.3 * (top.score > 0 ? p.score / top.score : 1);
    return p.chunk.units.map((unit, index) => ({ unit, chunk: p.chunk, index, score: weight * matchScore(unit.text, unigrams, pairs, options.idf) }));
  });
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a), scored[0]!);
  const chunk = best.chunk;
  const inChunk = scored.filter((s) => s.chunk === chunk);
  const chosen = new Set<number>([best.index]);
  const units = chunk.units;

  const leadIn = best.index > 0 && best.unit.kind === 'item' && units[best.index - 1]!.kind === 'sentence' && units[best.index - 1]!.text.endsWith(':');
  if (leadIn) chosen.add(best.index - 1);
  if (best.unit.text.endsWith(':')) {
    for (let i = best.index + 1; i < units.length && i <= best.index + MAX_LIST_ITEMS; i++) chosen.add(i);
  } else if (best.unit.kind === 'item' && wantsList) {
    for (const s of inChunk) if (s.unit.block === best.unit.block && s.unit.kind === 'item') chosen.add(s.index);
  } else {
    const extras = inChunk
      .filter((s) => s.index !== best.index && s.score >= 0.55 * best.score && s.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, wantsList ? 4 : 2);
    for (const s of extras) chosen.add(s.index);
  }

  const picked = [...chosen].sort((a, b) => a - b).map((i) => units[i]!);
  const body = render(picked, options.maxChars ?? 700);
  const source = sourceOf(chunk);
  const lead = chunk.kind === 'lesson' ? '' : `Theo ${chunk.title}${chunk.section ? ` (mục ${lastHeading(chunk.section)})` : ''}:\n`;
  return { text: `${lead}${body}\n\n📄 Nguồn: ${describe(source)}`, sources: [source] };
}

function matchScore(text: string, unigrams: string[], pairs: string[], idf: (t: string) => number): number {
  const tokens = syllables(text);
  if (tokens.length === 0) return 0;
  const have = new Set(tokens);
  const havePairs = new Set(bigrams(tokens));
  let score = 0;
  for (const t of unigrams) if (have.has(t)) score += idf(t);
  for (const b of pairs) if (havePairs.has(b)) score += 0.5 * idf(b);
  const excess = Math.max(0, tokens.length - 40);
  return score / (1 + excess / 80);
}

function render(units: Unit[], maxChars: number): string {
  const lines: string[] = [];
  let size = 0;
  let previous: Unit | undefined;
  for (const unit of units) {
    const text = displayText(unit);
    if (size > 0 && size + text.length > maxChars) {
      lines.push('…');
      break;
    }
    if (unit.kind === 'sentence' && previous?.kind === 'sentence' && previous.block === unit.block) {
      lines[lines.length - 1] += ` ${text}`;
    } else {
      lines.push(unit.kind === 'sentence' ? text : `• ${text}`);
    }
    size += text.length;
    previous = unit;
  }
  return lines.join('\n');
}

function displayText(unit: Unit): string {
  if (unit.kind === 'row') return unit.text.replace(/^Stt: [^;]*; /u, '');
  return unit.text.replace(/^[-*]\s+/u, '');
}

function lastHeading(section: string): string {
  return section.split(' › ').at(-1) ?? section;
}

export function sourceOf(chunk: Chunk): Source {
  return { path: chunk.path, title: chunk.title, section: chunk.section };
}

export function describe(source: Source): string {
  return source.section ? `${source.title} › ${source.section}` : source.title;
}
