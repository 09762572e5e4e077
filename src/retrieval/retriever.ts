import { TUNING } from '../core';
import { chunkText, type Chunk } from '../knowledge';
import { foldText } from '../text';
import { analyse, EMPTY_LEXICON, outsideLimits, type Analysis, type Lexicon, type ReadingOptions } from '../understanding';
import { LexicalIndex, type FieldWeights, type LexicalDoc, type LexicalHit } from './lexical';
import type { Embedder, VectorIndex } from './vectors';

export interface Passage {
  chunk: Chunk;
  /** Fused score used for ranking: lexical, heading and question-variant match (and vectors when configured). */
  score: number;
  /** Share of the question's concepts (weighted by rarity) found in the passage, 0..1. */
  coverage: number;
  /** Rarity-weighted mass of the question's concepts found in the passage. */
  matched: number;
  /** How well the question matches the section's heading or one of its question variants, 0..1 (both ways). */
  variantMatch: number;
  /** The heading or variant that matched best. */
  matchedVariant?: string;
  similarity?: number;
}

/** Why a question counts as covered or not: the rule that decided, for logs and the evaluation report. */
export type CoverageRule = 'variant' | 'coverage' | 'topic' | 'dense' | 'weak';

export interface Retrieval {
  passages: Passage[];
  /** False when even the best passage is too weak to answer from: the question is not covered. */
  covered: boolean;
  rule: CoverageRule;
  /**
   * True when the question is covered only by passages that share its words scattered, none holding
   * TUNING.coverage.minPairs of its word pairs: the caller answers it only when it names a core topic.
   */
  loose?: boolean;
  analysis: Analysis;
}

export interface RetrieverOptions {
  /** Overrides TUNING.coverage.minShare, the share of a short question a passage must hold (`MIN_COVERAGE`). */
  minCoverage?: number;
  /** Cosine similarity that counts as covered on its own when vectors are used (default 0.8). */
  minSimilarity?: number;
  /** Weight of the dense score in the fused score, 0..1 (default 0.5). */
  denseWeight?: number;
  /** Called when the embedding endpoint fails; retrieval then continues lexically. */
  onEmbeddingError?: (error: unknown) => void;
}

export interface Vectors {
  index: VectorIndex;
  embedder: Embedder;
}

/** Text a passage is indexed by: body, section heading, document title and question variants as separate fields. */
export function lexicalDoc(chunk: Chunk): LexicalDoc {
  return { body: chunkText(chunk), heading: chunk.section, title: chunk.title, variants: chunk.variants };
}

export function embeddingText(chunk: Chunk): string {
  return [chunk.title, chunk.section, chunkText(chunk)].filter(Boolean).join('\n');
}

export function lastHeading(section: string): string {
  return section.split(' › ').at(-1) ?? section;
}

const CANDIDATES = 30;
/** Headings and variants weighed per question: many variants share common words ("vneid", "mức 2"). */
const VARIANT_CANDIDATES = 200;
/** Share of the best heading or variant's text score below which a heading or variant is not weighed. */
const VARIANT_NEAR = 0.3;
/** The closing section of a lesson that says where to get help. */
const HELP_SECTION = /^can giup (them|do)\b/u;

/** The lessons' topic of scams and account safety (see KNOWN_TOPICS). */
const SAFETY_TOPIC = 'an-toan-so';

/**
 * Kinds of question (the lexicon's question_types) that choose a side of a lesson, as a remedy does: "có nên …?" wants
 * the section that advises, "mỗi tháng đóng bao nhiêu" after a story the section that gives the amount paid. "how",
 * "where"… are left to the variant match, which weighs them already.
 */
const SIDE_TYPES = new Set(['advice', 'amount']);
/** Kinds of question almost every heading can be read as ("thế nào"): sharing one says little. */
const GENERIC_TYPES = new Set(['how', 'advice', 'why', 'what']);

/** The words of a text: folded form → the forms it was written in ("" when typed without diacritics). */
type Words = Map<string, Set<string>>;

/** An analysed question or variant with what matching needs of it, computed once. */
interface Measured {
  analysis: Analysis;
  words: Words;
  /** Weight of each concept (see LexicalIndex.conceptWeight). */
  weights: number[];
}

function wordsOf(analysis: Analysis): Words {
  const words: Words = new Map();
  for (const concept of analysis.concepts) {
    concept.alternatives.forEach((alt, a) =>
      alt.forEach((folded, i) => {
        const raw = concept.raw[a]?.[i] ?? folded;
        const forms = words.get(folded) ?? new Set<string>();
        forms.add(raw === folded ? '' : raw);
        words.set(folded, forms);
      }),
    );
  }
  return words;
}

/** True when the words hold this syllable: the same when both carry diacritics, else the same folded. */
function has(words: Words, folded: string, raw: string): boolean {
  const forms = words.get(folded);
  if (!forms) return false;
  return raw === folded || forms.has('') || forms.has(raw);
}

/** The ways a section's question is put: its own heading and its variants; one small index over all of them. */
class QuestionIndex {
  readonly owners: number[] = [];
  readonly texts: string[] = [];
  readonly index: LexicalIndex;

  /** `stored`: the index of these texts saved with the knowledge index, so a restart does not build it again. */
  constructor(chunks: readonly Chunk[], stored?: LexicalIndex) {
    chunks.forEach((chunk, c) => {
      // Lessons and alerts phrase their headings as citizens ask; a plan's numbered headings are not questions.
      if (chunk.kind !== 'lesson' && chunk.kind !== 'alert') return;
      const heading = lastHeading(chunk.section);
      for (const text of [heading, ...chunk.variants].filter((t) => t.trim())) {
        this.owners.push(c);
        this.texts.push(text);
      }
    });
    this.index = stored?.size === this.texts.length ? stored : LexicalIndex.build(this.texts.map((body) => ({ body })), { heading: 0, title: 0, variants: 0, headingQuestion: 0 });
  }
}

/** The index of lesson headings and question variants a retriever over these chunks matches questions against. */
export function questionIndexOf(chunks: readonly Chunk[]): LexicalIndex {
  return new QuestionIndex(chunks).index;
}

/** Finds passages for a question: BM25 over folded syllables and question variants, fused with vectors when configured. */
export class Retriever {
  private readonly minSimilarity: number;
  private readonly denseWeight: number;
  private readonly questions: QuestionIndex;
  /** Lessons' closing "Cần giúp thêm?" sections. */
  private readonly helpSections: Set<Chunk>;
  private readonly analysed = new WeakMap<Lexicon, Map<string, Measured>>();
  private docOf?: Map<Chunk, number>;
  private readonly impersonated = new WeakMap<Lexicon, Map<string, ReadonlySet<string>>>();

  constructor(
    readonly chunks: readonly Chunk[],
    readonly lexical: LexicalIndex,
    readonly vectors: Vectors | undefined,
    private readonly options: RetrieverOptions = {},
    private readonly lexicon: () => Lexicon = () => EMPTY_LEXICON,
    questionIndex?: LexicalIndex,
  ) {
    this.minSimilarity = options.minSimilarity ?? 0.8;
    this.denseWeight = options.denseWeight ?? 0.5;
    this.questions = new QuestionIndex(chunks, questionIndex);
    this.helpSections = new Set(chunks.filter((c) => HELP_SECTION.test(foldText(lastHeading(c.section)))));
  }

  static fromChunks(chunks: readonly Chunk[], options?: RetrieverOptions, weights?: FieldWeights, lexicon?: () => Lexicon): Retriever {
    return new Retriever(chunks, LexicalIndex.build(chunks.map(lexicalDoc), weights), undefined, options, lexicon);
  }

  /** The question read through the current lexicon. */
  analyse(question: string, options?: ReadingOptions): Analysis {
    return analyse(question, this.lexicon(), options);
  }

  /** Lexical passages only; synchronous, used by the benchmark and as the fallback. */
  searchLexical(question: string | Analysis, k = 5, filter?: (chunk: Chunk) => boolean): Passage[] {
    const analysis = typeof question === 'string' ? this.analyse(question) : question;
    const allowed = filter ? (d: number) => filter(this.chunks[d]!) : undefined;
    // Sections whose heading or variants match the question join the candidates even when their text scores lower.
    const ownerAllowed = allowed ? (q: number) => allowed(this.questions.owners[q]!) : undefined;
    // Headings and variants far below the best one cannot match well: only the near ones are weighed.
    const near = (found: LexicalHit[]) => found.filter((h) => h.score >= VARIANT_NEAR * (found[0]?.score ?? 0));
    const variantHits = near(this.questions.index.search(analysis, VARIANT_CANDIDATES, ownerAllowed));
    if (analysis.focus) {
      const seen = new Set(variantHits.map((h) => h.doc));
      variantHits.push(...near(this.questions.index.search(analysis.focus, VARIANT_CANDIDATES, ownerAllowed)).filter((h) => !seen.has(h.doc)));
    }
    const owners = new Set(variantHits.map((h) => this.questions.owners[h.doc]!));
    const byChunk = new Map<number, Passage>();
    for (const h of this.lexical.search(analysis, CANDIDATES, allowed, owners)) {
      byChunk.set(h.doc, { chunk: this.chunks[h.doc]!, score: h.score, coverage: h.coverage, matched: h.matched, variantMatch: 0 });
    }
    const whole = this.measured(analysis);
    // An asking clause that names no app or institution ("chưa đăng ký thì có bị phạt không?") asks about the story's.
    const focus = analysis.focus && this.measured(analysis.focus.subjects.length > 0 ? analysis.focus : { ...analysis.focus, subjects: analysis.subjects });
    for (const h of variantHits) {
      const passage = byChunk.get(this.questions.owners[h.doc]!);
      if (!passage) continue;
      const text = this.questions.texts[h.doc]!;
      // A long question's last clause may say plainly what a variant says ("có nên trình báo công an không").
      const heading = lastHeading(passage.chunk.section);
      const own = this.matchOf(whole, text, heading);
      const focused = focus ? this.matchOf(focus, text, heading) : 0;
      // A follow-up is matched by what it adds; the question it leans on only keeps the topic.
      const match = analysis.followsUp
        ? Math.max(focused, TUNING.focus.previousFactor * own)
        : Math.max(own, TUNING.focus.variantFactor * focused);
      if (match > passage.variantMatch) {
        passage.variantMatch = match;
        passage.matchedVariant = text;
      }
    }

    const maxScore = Math.max(...[...byChunk.values()].map((p) => p.score), 1e-9);
    const { ranking } = TUNING;
    // What kind of answer is asked for ("bao lâu", "ở đâu"): a section whose heading asks the same is the likelier answer.
    const asked = (analysis.focus?.questionTypes.length ? analysis.focus.questionTypes : analysis.questionTypes).filter((t) => !GENERIC_TYPES.has(t));
    const ranked = [...byChunk.values()]
      .map((p) => {
        const remedy = analysis.remedy ? this.remedyBonus(p.chunk) : 0;
        const scam = analysis.scamStory && p.chunk.topic === SAFETY_TOPIC ? ranking.scamTopic : 0;
        const variant = (ranking.variant * Math.max(0, p.variantMatch - ranking.variantFloor)) / (1 - ranking.variantFloor);
        const help = this.helpSections.has(p.chunk) ? ranking.helpSection : 1;
        const same = asked.length > 0 && this.headingAsks(p.chunk, asked) ? ranking.sameQuestion : 0;
        const ages = this.forOtherAges(analysis, p.chunk) ? ranking.otherAges : 0;
        const caller = analysis.claimedCallers.some((c) => this.impersonatedIn(p.chunk).has(c)) ? ranking.claimedCaller : 0;
        return { ...p, score: help * (p.score / maxScore + variant + remedy + scam + same + caller - ages + ranking.coverage * p.coverage) };
      })
      .sort((a, b) => b.score - a.score);
    return this.askedSectionFirst(analysis, ranked).slice(0, k);
  }

  /** The parties a lesson's title says are impersonated ("Cảnh giác cuộc gọi giả danh công an, tòa án…" → công an, tòa án). */
  private impersonatedIn(chunk: Chunk): ReadonlySet<string> {
    const lexicon = this.lexicon();
    let byTitle = this.impersonated.get(lexicon);
    if (!byTitle) this.impersonated.set(lexicon, (byTitle = new Map()));
    const known = byTitle.get(chunk.title);
    if (known) return known;
    const title = ` ${foldText(chunk.title).replace(/[^a-z0-9]+/gu, ' ')} `;
    const phrase = (run: readonly { folded: string }[]) => run.map((t) => t.folded).join(' ');
    const claims = lexicon.callerClaims.some((c) => title.includes(` ${phrase(c)} `));
    const parties = new Set(claims ? lexicon.callers.map(phrase).filter((c) => title.includes(` ${c} `)) : []);
    byTitle.set(chunk.title, parties);
    return parties;
  }

  /**
   * A long question's asking clause says which side of its lesson it wants ("có nên … không?", "giờ phải làm gì?"
   * after a story): a section of the leading lesson whose heading asks that, scoring close to the leading section that
   * does not, answers instead.
   */
  private askedSectionFirst(analysis: Analysis, ranked: Passage[]): Passage[] {
    const top = ranked[0];
    if (!top || !analysis.focus || analysis.followsUp || top.chunk.kind !== 'lesson' || this.asksAsQuestion(analysis, top.chunk)) return ranked;
    // A question asked almost word for word as one of the leading section's variants is that section's.
    if (top.variantMatch >= TUNING.ranking.askedAsVariant) return ranked;
    const better = ranked.find(
      (p) =>
        p.chunk.path === top.chunk.path && p.score >= TUNING.ranking.askedSection * top.score && this.asksAsQuestion(analysis, p.chunk) && !this.forOtherAges(analysis, p.chunk),
    );
    return better ? [better, ...ranked.filter((p) => p !== better)] : ranked;
  }

  /**
   * True when the section's heading limits an age and every age the question gives is far outside it ("80" against
   * "dưới 14", "16" against "người già").
   */
  private forOtherAges(analysis: Analysis, chunk: Chunk): boolean {
    const limits = this.headingOf(chunk).ageLimits;
    if (analysis.statedAges.length === 0 || limits.length === 0) return false;
    return analysis.statedAges.every((age) => outsideLimits(age, limits, TUNING.ranking.otherAgesGap));
  }

  /** A section's heading read through the lexicon (cached with the variants). */
  private headingOf(chunk: Chunk): Analysis {
    return this.analysedVariant(lastHeading(chunk.section)).analysis;
  }

  /** True when a section's heading asks one of these kinds of question (lexicon `question_types`). */
  private headingAsks(chunk: Chunk, types: readonly string[]): boolean {
    const heading = this.headingOf(chunk);
    return types.some((t) => heading.questionTypes.includes(t));
  }

  /**
   * For a question telling what already happened: a remedy section gains, a section asking "có nên …?" (which answers
   * before the fact) loses as much.
   */
  private remedyBonus(chunk: Chunk): number {
    if (this.isRemedy(chunk)) return TUNING.ranking.remedy;
    return this.headingAsks(chunk, ['advice']) ? -TUNING.ranking.remedy : 0;
  }

  /** True when a section's heading asks what the asking clause asks: a remedy ("giờ phải làm gì?"), advice ("có nên …?"). */
  private asksAsQuestion(analysis: Analysis, chunk: Chunk): boolean {
    // "Vì sao … bị mất hết tiền?" names a loss but explains it; a remedy heading says what to do.
    if (analysis.focus?.remedy) return this.isRemedy(chunk) && !this.headingAsks(chunk, ['why']);
    const asks = (analysis.focus?.questionTypes ?? []).filter((t) => SIDE_TYPES.has(t));
    return asks.length === 0 || this.headingAsks(chunk, asks);
  }

  /**
   * The best passages for a question, and whether they cover it. `namesTopic`: the caller found that the question names
   * one of the assistant's topics by a word of its own (the scope check's judgement), so a lower share suffices.
   */
  async search(question: string | Analysis, k = 5, filter?: (chunk: Chunk) => boolean, options: { namesTopic?: boolean } = {}): Promise<Retrieval> {
    const analysis = typeof question === 'string' ? this.analyse(question) : question;
    const lexical = this.searchLexical(analysis, this.vectors ? CANDIDATES : k, filter);
    let passages = lexical.slice(0, k);
    if (this.vectors) {
      const dense = await this.denseSearch(analysis.normalized, filter);
      if (dense) passages = this.fuse(lexical, dense).slice(0, k);
    }
    const leading = passages.slice(0, TUNING.coverage.leading);
    const byText = leading.filter((p) => this.coveredByText(p, analysis));
    const byTopic = byText.length === 0 && options.namesTopic ? leading.filter((p) => this.coveredAsTopic(p, analysis)) : [];
    const rule: CoverageRule = leading.some((p) => p.variantMatch >= TUNING.coverage.minVariantMatch)
      ? 'variant'
      : byText.length > 0
        ? 'coverage'
        : byTopic.length > 0
          ? 'topic'
          : leading.some((p) => (p.similarity ?? 0) >= this.minSimilarity)
            ? 'dense'
            : 'weak';
    const loose = rule === 'coverage' && !byText.some((p) => this.pairsHeld(p.chunk, analysis) >= TUNING.coverage.minPairs);
    return { passages, covered: rule !== 'weak', rule, loose, analysis };
  }

  /** How many of the question's adjacent word pairs ("tien_dien", "gap_doi") the passage holds. */
  private pairsHeld(chunk: Chunk, analysis: Analysis): number {
    const doc = (this.docOf ??= new Map(this.chunks.map((c, i) => [c, i]))).get(chunk);
    return doc === undefined ? 0 : analysis.pairs.filter((pair) => this.lexical.contains(doc, pair)).length;
  }

  /** True when a passage's text holds enough of the question (see TUNING.coverage). */
  private coveredByText(p: Passage, analysis: Analysis): boolean {
    const c = TUNING.coverage;
    const minShare = this.options.minCoverage ?? c.minShare;
    return (
      (p.coverage >= minShare && p.variantMatch >= c.minShareVariant && p.matched >= c.minMatched) ||
      (p.coverage >= c.minShareExact && p.matched >= c.minMatchedExact) ||
      (p.coverage >= (analysis.scamStory ? c.minShareLongScam : c.minShareLong) && p.matched >= c.minMatchedLong && analysis.concepts.length >= c.minConceptsLong)
    );
  }

  /** True when a passage holds enough of a question that names one of the assistant's topics (see TUNING.coverage.topic). */
  private coveredAsTopic(p: Passage, analysis: Analysis): boolean {
    const { minShare, minShareShort, shortBelow, minVariant } = TUNING.coverage.topic;
    const share = analysis.concepts.length < shortBelow ? minShareShort : minShare;
    return p.coverage >= share && p.variantMatch >= minVariant && p.matched >= TUNING.coverage.minMatched;
  }

  /**
   * How well a question and a heading or variant say the same thing: the harmonic mean of the share of the
   * question's concepts the variant holds and the share of the variant's concepts the question holds.
   */
  variantMatch(question: Analysis, variantText: string, heading?: string): number {
    return this.matchOf(this.measured(question), variantText, heading);
  }

  private matchOf(question: Measured, variantText: string, heading?: string): number {
    const variant = this.analysedVariant(variantText);
    const a = this.share(question, variant.words);
    const b = this.share(variant, question.words);
    const match = a + b > 0 ? (2 * a * b) / (a + b) : 0;
    // A variant that does not say how it asks, or what about, asks what its section's heading asks, about the same
    // ("bị phạt sao" under "… lưu trú …").
    const orHeading = (of: (a: Analysis) => string[]) => (of(variant.analysis).length > 0 || !heading ? of(variant.analysis) : of(this.analysedVariant(heading).analysis));
    // "làm ở đâu" asks something else than "vì sao phải làm", though both are about the same thing.
    const differ = disjoint(question.analysis.questionTypes, orHeading((a) => a.questionTypes));
    // "ngân hàng có khóa không" is not answered by "VNeID có khóa không", however many other words they share.
    const elsewhere = disjoint(question.analysis.subjects, orHeading((a) => a.subjects));
    return match * (differ ? TUNING.ranking.otherQuestion : 1) * (elsewhere ? TUNING.ranking.otherSubject : 1);
  }

  /** An analysis with its words and its concepts' weights, computed once. */
  private measured(analysis: Analysis): Measured {
    return { analysis, words: wordsOf(analysis), weights: analysis.concepts.map((c) => this.lexical.likenessWeight(c.alternatives, c.raw)) };
  }

  /** Share of an analysed text's concepts (weighted by rarity) that the other text's words hold. */
  private share(from: Measured, words: Words): number {
    let total = 0;
    let found = 0;
    from.analysis.concepts.forEach((concept, c) => {
      const weight = from.weights[c]!;
      total += weight;
      let best = 0;
      concept.alternatives.forEach((alt, a) => {
        let hits = 0;
        for (let i = 0; i < alt.length; i++) {
          if (has(words, alt[i]!, concept.raw[a]?.[i] ?? alt[i]!)) hits++;
          // "mức 1" is not half of "mức 2".
          else if (/^\d+$/u.test(alt[i]!)) return;
        }
        if (alt.length > 0) best = Math.max(best, hits / alt.length);
      });
      found += weight * best;
    });
    return total > 0 ? found / total : 0;
  }

  private analysedVariant(text: string): Measured {
    const lexicon = this.lexicon();
    let cache = this.analysed.get(lexicon);
    if (!cache) this.analysed.set(lexicon, (cache = new Map()));
    let found = cache.get(text);
    if (!found) cache.set(text, (found = this.measured(analyse(text, lexicon))));
    return found;
  }

  /**
   * A section about what to do once something happened: its heading says so ("Lỡ bấm link … thì sao?"). Variants are
   * not read: "… có bị lừa không" asks whether it is a scam, not what to do after one.
   */
  private isRemedy(chunk: Chunk): boolean {
    return this.headingOf(chunk).remedy;
  }

  private async denseSearch(question: string, filter?: (chunk: Chunk) => boolean) {
    try {
      const vector = await this.vectors!.embedder.embedQuery(question);
      return this.vectors!.index.search(vector, CANDIDATES).filter((h) => !filter || filter(this.chunks[h.doc]!));
    } catch (error) {
      this.options.onEmbeddingError?.(error);
      return undefined;
    }
  }

  private fuse(lexical: Passage[], dense: { doc: number; similarity: number }[]): Passage[] {
    const maxLexical = lexical[0]?.score ?? 0;
    const byChunk = new Map<Chunk, Passage>();
    for (const p of lexical) byChunk.set(p.chunk, { ...p, similarity: 0 });
    // A passage found by meaning alone keeps no lexical score: its similarity has to carry it.
    for (const h of dense) {
      const chunk = this.chunks[h.doc]!;
      if (!byChunk.has(chunk)) byChunk.set(chunk, { chunk, score: 0, coverage: 0, matched: 0, variantMatch: 0, similarity: 0 });
    }
    for (const h of dense) byChunk.get(this.chunks[h.doc]!)!.similarity = h.similarity;
    return [...byChunk.values()]
      .map((p) => {
        const lex = maxLexical > 0 ? p.score / maxLexical : 0;
        const sim = Math.max(0, p.similarity ?? 0);
        return { ...p, score: (1 - this.denseWeight) * lex + this.denseWeight * sim };
      })
      .sort((a, b) => b.score - a.score);
  }
}

/** True when both lists name kinds and none in common ("where" against "why", "bank" against "vneid"). */
function disjoint(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((t) => b.includes(t));
}
