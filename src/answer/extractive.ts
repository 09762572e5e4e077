import { TUNING, describeSource } from '../core';
import type { Chunk, Unit } from '../knowledge';
import { lastHeading, type Passage } from '../retrieval';
import { bigrams, syllables } from '../text';
import type { Analysis } from '../understanding';
import type { Answer, Source } from './types';

export interface ExtractiveOptions {
  /** Rarity of a folded term in the index (BM25 IDF); rarer words decide which sentence answers. */
  idf: (term: string) => number;
  weights?: Partial<Weights>;
}

/**
 * How the passage to quote is chosen among the retrieved ones: by its retrieval score, by how well its best
 * sentence matches the question, and by how much of its heading the question restates (lesson headings are
 * phrased the way citizens ask, "Tải VNeID ở đâu?").
 */
export interface Weights {
  retrieval: number;
  sentence: number;
  heading: number;
  /** Weight of question words that only name the document ("Kế hoạch … Đồng Tháp năm 2026") when scoring its sentences. */
  titleWords: number;
}

export const DEFAULT_WEIGHTS: Weights = { retrieval: 1, sentence: 1, heading: 0.5, titleWords: 0.5 };

/** Question words that ask for a list or steps rather than one sentence (folded). */
const LIST_CUES = [
  'gom', 'nhung gi', 'nhung nao', 'cac buoc', 'buoc', 'cach', 'lam sao', 'lam the nao', 'nhu the nao', 'the nao', 'quy trinh',
  'phai lam gi', 'can mang', 'can chuan bi', 'can gi', 'can nhung gi', 'can lam gi', 'lam gi', 'nhung viec', 'cac viec',
  'nhiem vu gi', 'de nghi gi', 'de nghi nhung gi', 'nhung dau hieu', 'dau hieu', 'tieu chi', 'nhung van ban', 'cac van ban',
].map((c) => ` ${c} `);
/** "Đơn vị chủ trì: …", "Thời gian thực hiện: …": who and when of a task, quoted with it. */
const FIELD = /^(Đơn vị chủ trì|Đơn vị phối hợp|Thời gian thực hiện|Thời gian|Kết quả thực hiện)\s*:/u;
/** "Bài này hướng dẫn…": a sentence about the lesson, not an answer. */
const INTRODUCES = /^Bài (học )?này\b/u;
const MAX_LIST_ITEMS = 8;
const CANDIDATES = 4;

interface Scored {
  unit: Unit;
  index: number;
  score: number;
}

/**
 * Folded syllables of a passage's text, kept for the next question: units, headings and titles are the index's own
 * strings, so the same few thousand texts are split again and again otherwise.
 */
const TOKENS = new Map<string, string[]>();
const TOKENS_KEPT = 50_000;

function tokensOf(text: string): string[] {
  let tokens = TOKENS.get(text);
  if (!tokens) {
    tokens = syllables(text);
    if (TOKENS.size >= TOKENS_KEPT) TOKENS.clear();
    TOKENS.set(text, tokens);
  }
  return tokens;
}

interface Terms {
  unigrams: string[];
  bigrams: string[];
}

/** The words to look for in sentences: every way of saying each concept, and the person's word pairs. */
function termsOf(analysis: Analysis): Terms {
  const unigrams = [...new Set(analysis.concepts.flatMap((c) => c.alternatives.flat()))];
  const pairs = [...new Set([...analysis.pairs, ...analysis.concepts.flatMap((c) => c.alternatives.flatMap((a) => bigrams(a)))])];
  return { unigrams, bigrams: pairs };
}

export function wantsList(analysis: Analysis): boolean {
  const text = ` ${analysis.folded} `;
  return LIST_CUES.some((c) => text.includes(c));
}

/** A numbered step of a lesson ("1. Gọi tổng đài…"). */
const NUMBERED_STEP = /^\d+\.\s/u;

/**
 * An answer quoted from the best passages. A lesson section answers whole (its lead sentences and its whole list
 * of steps), never mixed with another lesson's steps; a plan answers with the sentences, list items or table rows
 * that answer, with a task's lead unit and timing.
 */
export function composeExtractive(analysis: Analysis, passages: readonly Passage[], options: ExtractiveOptions): Answer {
  const top = passages[0];
  if (!top) return { text: '', sources: [] };
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const terms = termsOf(analysis);
  // Only what the question is about counts towards a heading's fit: "là gì", "ở đâu" are how it is asked.
  const asked = new Set(analysis.concepts.flatMap((c) => c.alternatives.flat()));
  const list = wantsList(analysis);
  const budget = TUNING.answer.maxChars * (list ? TUNING.answer.listFactor : 1);

  const candidates = passages.slice(0, CANDIDATES).filter((p) => p.score >= 0.4 * top.score);
  const scored = candidates.map((p) => ({ passage: p, units: scoreUnits(p.chunk, terms, options.idf, weights.titleWords) }));
  const bestUnit = (units: Scored[]) => units.reduce((a, b) => (b.score > a.score ? b : a));
  // A lesson section that matches the question's own wording is the answer; otherwise weigh sentences too.
  // A lesson section is chosen by retrieval, which weighs its heading and question variants; a plan passage also by
  // how well its best sentence answers.
  const chosen =
    top.chunk.kind === 'lesson'
      ? scored[0]!
      : (() => {
          const topSentence = Math.max(...scored.map((x) => bestUnit(x.units).score), 1e-9);
          const rank = (x: (typeof scored)[number]) =>
            weights.retrieval * (x.passage.score / top.score) +
            weights.sentence * (bestUnit(x.units).score / topSentence) +
            weights.heading * headingFit(x.passage.chunk, asked, options.idf);
          return scored.reduce((a, b) => (rank(b) > rank(a) ? b : a));
        })();
  const chunk = chosen.passage.chunk;
  const best = bestUnit(chosen.units);
  const sources = [sourceOf(chunk)];

  if (chunk.kind === 'lesson') {
    const picked = lessonUnits(chunk, chosen.units, best, list, budget, analysis.cueGroups.flat()).map((i) => chunk.units[i]!);
    // Numbered steps are what to do: cut after step 3 of 5 they would leave the reader halfway.
    const steps = picked.some((u) => u.kind === 'item' && NUMBERED_STEP.test(u.text));
    let text = render(picked, steps ? TUNING.answer.maxChars * TUNING.answer.listFactor : budget);
    // Another section of the same lesson that ranks almost as high answers another side of the question, and one of
    // another lesson that ranks nearly as high may be the one that answers: its opening sentences follow (never its
    // steps, which would mix two procedures).
    const close = (x: (typeof scored)[number]) =>
      x !== chosen &&
      x.passage.chunk.kind === 'lesson' &&
      (x.passage.chunk.path === chunk.path
        ? x.passage.chunk.section !== chunk.section && x.passage.score >= TUNING.answer.siblingSection * chosen.passage.score
        : x.passage.score >= TUNING.answer.otherLessonSection * chosen.passage.score);
    // The same lesson's sibling first; a second section only when it ties almost exactly.
    const added = scored
      .filter(close)
      .sort((a, b) => Number(b.passage.chunk.path === chunk.path) - Number(a.passage.chunk.path === chunk.path))
      .filter((x, i) => i === 0 || x.passage.score >= TUNING.answer.secondAddedSection * chosen.passage.score)
      .slice(0, 2);
    for (const next of added) {
      const bestOwn = next.units.filter((x) => x.unit.kind === 'sentence' && !x.unit.intro).reduce<Scored | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined)?.unit;
      const opening = openingOf(next.passage.chunk);
      const lead = bestOwn && !opening.includes(bestOwn) ? [...opening, bestOwn] : opening;
      if (lead.length > 0 && !lead.every((u) => text.includes(u.text))) {
        text += `\n\n${render(lead, budget)}`;
        sources.push(sourceOf(next.passage.chunk));
      }
    }
    // A kind asked that nothing quoted answers ("mất bao nhiêu tiền" after the section on how long): another section
    // whose opening says it (the lexicon's answer cues) adds its opening, one of the same lesson more readily.
    const quoted = tokensOf(text);
    for (const cues of analysis.cueGroups) {
      const says = (u: Unit) => {
        const tokens = tokensOf(u.text);
        return cues.some((cue) => holds(tokens, cue));
      };
      if (cues.some((cue) => holds(quoted, cue))) continue;
      const other = scored.find(
        (x) =>
          x !== chosen &&
          !added.includes(x) &&
          x.passage.chunk.kind === 'lesson' &&
          (x.passage.chunk.path !== chunk.path || x.passage.chunk.section !== chunk.section) &&
          x.passage.score >= (x.passage.chunk.path === chunk.path ? TUNING.answer.askedSide : TUNING.answer.askedSideOtherLesson) * chosen.passage.score &&
          openingOf(x.passage.chunk).some(says),
      );
      if (!other) continue;
      text += `\n\n${render(openingOf(other.passage.chunk), budget)}`;
      sources.push(sourceOf(other.passage.chunk));
      break;
    }
    return { text, sources };
  }

  const picked = selectUnits(chunk.units, chosen.units, best, list);
  let body = render(picked.map((i) => chunk.units[i]!), budget);
  // A neighbouring section of the same document that scores almost as well often holds the next step; the rest of
  // a long section split in two comes first; a passage of another document that ties with it answers another side
  // of a many-sided question.
  const others = scored.filter((x) => x !== chosen && x.passage.chunk.kind !== 'lesson');
  const sibling =
    others.find((x) => x.passage.chunk.path === chunk.path && x.passage.chunk.section === chunk.section && x.passage.score >= 0.8 * chosen.passage.score) ??
    others.find((x) => x.passage.score >= (x.passage.chunk.path === chunk.path ? 0.8 : 0.95) * chosen.passage.score && x.passage.chunk.section !== chunk.section);
  if (sibling) {
    const extra = bestUnit(sibling.units);
    if (extra.score >= 0.5 * best.score && !picked.some((i) => chunk.units[i]!.text === extra.unit.text)) {
      body += `\n${render([extra.unit], budget)}`;
      const extraSource = sourceOf(sibling.passage.chunk);
      if (!sources.some((x) => describeSource(x) === describeSource(extraSource))) sources.push(extraSource);
    }
  }
  const lead = `Theo ${chunk.title}${chunk.section ? ` (mục ${lastHeading(chunk.section)})` : ''}:\n`;
  return { text: `${lead}${body}`, sources };
}

/**
 * What to quote of a lesson section: all of it when it fits; otherwise its opening sentences (the direct answer),
 * the list holding the best match (or its numbered steps) whole, and the other sentences that answer, in order.
 */
function lessonUnits(chunk: Chunk, scored: Scored[], best: Scored, list: boolean, budget: number, cues: readonly string[][]): number[] {
  // Sentences about the lesson itself ("Bài này hướng dẫn…") are not part of an answer.
  const own = chunk.units.map((u, i) => ({ u, i })).filter(({ u }) => !(u.intro && INTRODUCES.test(u.text)));
  const size = own.reduce((n, { u }) => n + u.text.length, 0);
  if (size <= budget) return own.map(({ i }) => i);
  const units = chunk.units;
  const chosen = new Set<number>();
  // The direct answer opens the section itself; the lesson's introduction joined to its first section is context.
  const firstBlock = (own.find(({ u }) => !u.intro) ?? own[0])?.u.block;
  own.forEach(({ u, i }) => u.block === firstBlock && u.kind === 'sentence' && chosen.size < TUNING.answer.leadSentences && chosen.add(i));
  const steps = units.find((u) => !u.intro && NUMBERED_STEP.test(u.text))?.block;
  const listBlock = best.unit.kind === 'item' ? best.unit.block : steps;
  // A section's numbered steps are what to do: quoted whole whatever the question's wording.
  if (listBlock !== undefined && (list || best.unit.kind === 'item' || listBlock === steps)) {
    const start = units.findIndex((u) => u.block === listBlock);
    if (start > 0 && units[start - 1]!.kind === 'sentence' && units[start - 1]!.text.endsWith(':')) chosen.add(start - 1);
    units.forEach((u, i) => u.block === listBlock && chosen.add(i));
  }
  if (!best.unit.intro) chosen.add(best.index);
  scored
    .filter((x) => x.unit.kind === 'sentence' && !x.unit.intro && x.score >= 0.55 * best.score && !chosen.has(x.index))
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .forEach((x) => chosen.add(x.index));
  const order = [...chosen].sort((a, b) => a - b);
  // "Tiêu tiền chuyển nhầm có sao không" asks about a penalty: the section's sentence that names one answers it, so it
  // follows the opening sentences rather than risk being cut after the steps.
  const answers = (i: number) => units[i]!.kind === 'sentence' && !units[i]!.intro && cues.some((cue) => holds(tokensOf(units[i]!.text), cue));
  if (cues.length > 0 && !order.some((i) => answers(i) && units[i]!.block === firstBlock)) {
    const cued = order.find(answers) ?? scored.filter((x) => answers(x.index)).sort((a, b) => b.score - a.score)[0]?.index;
    if (cued !== undefined) {
      const rest = order.filter((i) => i !== cued);
      const after = rest.filter((i) => units[i]!.block === firstBlock).length;
      order.splice(0, order.length, ...rest.slice(0, after), cued, ...rest.slice(after));
    }
  }
  return order;
}

/** A lesson section's opening sentences, quoted when it answers another side of the question (`siblingSentences`). */
function openingOf(chunk: Chunk): Unit[] {
  return chunk.units.filter((u) => u.kind === 'sentence' && !u.intro).slice(0, TUNING.answer.siblingSentences);
}

/** True when `tokens` hold `run` as consecutive syllables. */
function holds(tokens: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= tokens.length; i++) if (run.every((t, j) => tokens[i + j] === t)) return true;
  return false;
}

/** Which units to quote around the best one: its lead-in, the list it opens, close matches, the task's who and when. */
function selectUnits(units: readonly Unit[], scored: Scored[], best: Scored, wantsList: boolean): number[] {
  const chosen = new Set<number>([best.index]);
  // A task paragraph ("c) …") is quoted whole: its later sentences say what the task involves.
  const block = units.filter((u) => u.block === best.unit.block);
  if (best.unit.kind === 'sentence' && /^[a-zđ]\)\s/u.test(block[0]?.text ?? '')) {
    units.forEach((u, i) => u.block === best.unit.block && chosen.add(i));
  }
  // Parallel paragraphs ("Căn cứ …", "Căn cứ …"; "Tiêu chí 1…", "Tiêu chí 2…") answer a list question together.
  const opener = openerOf(best.unit.text);
  if (wantsList && opener) {
    units.forEach((u, i) => openerOf(u.text) === opener && chosen.size < MAX_LIST_ITEMS && chosen.add(i));
  }
  const previous = units[best.index - 1];
  if (best.unit.kind === 'item' && previous?.kind === 'sentence' && previous.text.endsWith(':')) chosen.add(best.index - 1);
  if (best.unit.text.endsWith(':')) {
    for (let i = best.index + 1; i < units.length && i <= best.index + MAX_LIST_ITEMS; i++) chosen.add(i);
  } else if (best.unit.kind === 'item' && wantsList) {
    for (const s of scored) if (s.unit.block === best.unit.block && s.unit.kind === 'item') chosen.add(s.index);
  } else {
    scored
      .filter((s) => s.index !== best.index && s.score > 0 && s.score >= 0.55 * best.score && !FIELD.test(s.unit.text))
      .sort((a, b) => b.score - a.score)
      .slice(0, wantsList ? 4 : 2)
      .forEach((s) => chosen.add(s.index));
  }
  if (!FIELD.test(best.unit.text)) {
    const start = units.findIndex((u, i) => i > best.index && FIELD.test(u.text));
    const nextTask = units.findIndex((u, i) => i > best.index && /^[a-zđ]\)\s/u.test(u.text));
    if (start > 0 && (nextTask < 0 || start < nextTask)) {
      for (let i = start; i < units.length && FIELD.test(units[i]!.text); i++) chosen.add(i);
    }
  }
  return [...chosen].sort((a, b) => a - b);
}

/**
 * How much of the question a unit answers: IDF of the question's syllables and bigrams found in the unit
 * or its section heading, damped for very long units. Words that only repeat the document's title count less.
 */
function scoreUnits(chunk: Chunk, terms: Terms, idf: (t: string) => number, titleWeight: number): Scored[] {
  const headingTokens = tokensOf(lastHeading(chunk.section));
  const title = new Set(tokensOf(chunk.title));
  const weight = (t: string) => (t.split('_').every((p) => title.has(p)) ? titleWeight : 1);
  return chunk.units.map((unit, index) => {
    const tokens = tokensOf(unit.text);
    const have = new Set([...tokens, ...headingTokens]);
    const havePairs = new Set([...bigrams(tokens), ...bigrams(headingTokens)]);
    let score = 0;
    for (const t of terms.unigrams) if (have.has(t)) score += weight(t) * idf(t);
    for (const b of terms.bigrams) if (havePairs.has(b)) score += 0.5 * weight(b) * idf(b);
    const excess = Math.max(0, tokens.length - 40);
    // "Bài này hướng dẫn…" or a sentence that only restates the document's title says nothing new.
    const restates = tokens.filter((t) => title.has(t)).length >= 0.7 * tokens.length;
    const meta = INTRODUCES.test(unit.text) || restates ? 0.3 : 1;
    return { unit, index, score: tokens.length === 0 ? 0 : (meta * score) / (1 + excess / 80) };
  });
}

/** The first two words of a paragraph, when they are a heading-like opener shared by parallel paragraphs. */
function openerOf(text: string): string | undefined {
  const words = tokensOf(text).slice(0, 2);
  if (words.length < 2 || COMMON_OPENERS.has(words[0]!)) return undefined;
  return words.join(' ');
}

const COMMON_OPENERS = new Set(['ban', 'khi', 'neu', 'nguoi', 'de', 'sau', 'truoc', 'trong', 'tai', 'cac', 'mot', 'moi', 'co', 'va', 'la', 'theo']);

/** Share (by IDF) of a passage's heading words that the question uses. */
function headingFit(chunk: Chunk, asked: Set<string>, idf: (t: string) => number): number {
  const heading = tokensOf(lastHeading(chunk.section)).filter((t) => !/^\d+$|^[ivx]+$/u.test(t));
  const total = heading.reduce((n, t) => n + idf(t), 0);
  return total > 0 ? heading.filter((t) => asked.has(t)).reduce((n, t) => n + idf(t), 0) / total : 0;
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
      lines.push(unit.kind === 'sentence' || NUMBERED_STEP.test(text) ? text : `• ${text}`);
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

export function sourceOf(chunk: Chunk): Source {
  return { path: chunk.path, title: chunk.title, section: chunk.section };
}
