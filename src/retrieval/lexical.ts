import { bigrams, syllables, syllablesWithAccents } from '../text';
import { TUNING } from '../core';

export interface LexicalDoc {
  body: string;
  /** The passage's section heading; weighs more than the body. */
  heading?: string;
  /** The document's title, shared by all its passages; tells documents apart. */
  title?: string;
  /** Other ways citizens ask the section's question: count towards the match, not the passage's length. */
  variants?: readonly string[];
}

/** How much each field of a passage counts, as term-frequency multipliers. */
export interface FieldWeights {
  /** Default 1: a heading word counts as much as a body word, on top of the body. */
  heading: number;
  /** Default 1. */
  title: number;
  /** Default 0.3: all the question variants of a section together; many variants repeat the same words. */
  variants: number;
  /**
   * Weight of the question's own word pairs ("lam sao", "o dau") matched against headings and variants, which are
   * phrased as citizens ask (default 0.75).
   */
  headingQuestion: number;
}

export const DEFAULT_FIELD_WEIGHTS: FieldWeights = { heading: 1, title: 1, variants: 0.3, headingQuestion: 0.75 };
const HEADING_PAIR = 'h:';
const QUESTION_FORM = new Set(['duoc', 'khong', 'o', 'dau', 'lam', 'sao', 'the', 'nao', 'bao', 'nhieu', 'la', 'gi', 'co', 'phai', 'ra', 'khi', 'thi', 'nhu']);

/**
 * What to look for: the question's concepts (each with its ways of saying it, folded, and as written when typed with
 * diacritics) and its word pairs.
 */
export interface LexicalQuery {
  concepts: readonly { alternatives: readonly (readonly string[])[]; raw?: readonly (readonly string[])[]; focus?: boolean }[];
  /** Adjacent content syllables of the question ("tai_khoan"). */
  pairs: readonly string[];
  /** Adjacent syllables including question words ("lam_sao"), matched against headings and variants. */
  headingPairs: readonly string[];
}

export interface LexicalHit {
  doc: number;
  score: number;
  /**
   * Share of the question's concepts (weighted by rarity) that the passage contains, 0..1. Concepts the index does
   * not know at all count with a reduced weight (TUNING.unknownWeight), numbers not at all.
   */
  coverage: number;
  /** Rarity-weighted mass of the question's concepts found in the passage (IDF units). */
  matched: number;
}

export interface SerializedLexicalIndex {
  weights: FieldWeights;
  terms: string[];
  docIds: number[][];
  tfs: number[][];
  docLen: number[];
}

const ACCENTED = '~';

/**
 * The terms of one field: folded unigrams then pairs (as `indexTerms`), the pairs alone, and the syllables written
 * with diacritics marked apart ("~mật"), so "mất" need not match "mật".
 */
function fieldTerms(text: string): { terms: string[]; pairs: string[]; accented: string[] } {
  const written = syllablesWithAccents(text);
  const folded = written.map((s) => s.folded);
  const pairs = bigrams(folded);
  return { terms: [...folded, ...pairs], pairs, accented: written.filter((s) => s.raw !== s.folded).map((s) => ACCENTED + s.raw) };
}

/** A plain question as a query, without a lexicon: every syllable is a concept. For tests and the benchmark. */
export function plainQuery(text: string): LexicalQuery {
  const tokens = syllables(text);
  return { concepts: tokens.map((t) => ({ alternatives: [[t]] })), pairs: bigrams(tokens), headingPairs: bigrams(tokens) };
}

/** An inverted BM25 index over folded syllable unigrams and bigrams. */
export class LexicalIndex {
  private readonly termIds: Map<string, number>;
  private readonly avgLen: number;
  private scratch?: { scores: Float64Array; covered: Float64Array; touched: Uint8Array };
  /** BM25's length normalisation of each passage, K1 * (1 - B + B * len / avgLen), computed once. */
  private readonly docNorm: Float32Array;
  private readonly maxIdf: number;

  private constructor(
    readonly weights: FieldWeights,
    private readonly terms: string[],
    private readonly docIds: Int32Array[],
    private readonly tfs: Float32Array[],
    private readonly docLen: Float32Array,
  ) {
    const { k1, b } = TUNING.bm25;
    this.termIds = new Map(terms.map((t, i) => [t, i]));
    this.avgLen = docLen.length > 0 ? docLen.reduce((a, c) => a + c, 0) / docLen.length : 1;
    this.docNorm = docLen.map((len) => k1 * (1 - b + (b * len) / this.avgLen));
    this.maxIdf = Math.log(1 + (docLen.length + 0.5) / 0.5);
  }

  get size(): number {
    return this.docLen.length;
  }

  static build(docs: readonly LexicalDoc[], weights: FieldWeights = DEFAULT_FIELD_WEIGHTS): LexicalIndex {
    const termIds = new Map<string, number>();
    const postings: { ids: number[]; tfs: number[] }[] = [];
    const docLen = new Float32Array(docs.length);
    docs.forEach((doc, d) => {
      const counts = new Map<string, number>();
      let len = 0;
      const add = (terms: string[], weight: number, counted: boolean) => {
        for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + weight);
        if (counted) len += terms.length * weight;
      };
      // Each field is split into syllables once; folded unigrams, pairs and the accented forms come from that.
      const body = fieldTerms(doc.body);
      add(body.terms, 1, true);
      add(body.accented, 1, false);
      const title = doc.title ? fieldTerms(doc.title) : undefined;
      const titleTerms = new Set(title?.terms ?? []);
      if (title) {
        add([...titleTerms], weights.title, true);
        add(title.accented, weights.title, false);
      }
      if (doc.heading) {
        const heading = fieldTerms(doc.heading);
        // A heading that restates the document's title says nothing about this passage in particular.
        add(heading.terms.filter((t) => !titleTerms.has(t)), weights.heading, true);
        add(heading.accented, weights.heading, false);
        add(heading.pairs.map((p) => HEADING_PAIR + p), weights.headingQuestion, false);
      }
      for (const variant of doc.variants ?? []) {
        const v = fieldTerms(variant);
        add(v.terms, weights.variants, false);
        add(v.accented, weights.variants, false);
        add(v.pairs.map((p) => HEADING_PAIR + p), weights.headingQuestion * weights.variants, false);
      }
      for (const [term, tf] of counts) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = postings.length;
          termIds.set(term, id);
          postings.push({ ids: [], tfs: [] });
        }
        postings[id]!.ids.push(d);
        postings[id]!.tfs.push(tf);
      }
      docLen[d] = len;
    });
    return new LexicalIndex(
      weights,
      [...termIds.keys()],
      postings.map((p) => Int32Array.from(p.ids)),
      postings.map((p) => Float32Array.from(p.tfs)),
      docLen,
    );
  }

  static fromJSON(data: SerializedLexicalIndex): LexicalIndex {
    return new LexicalIndex(
      data.weights,
      data.terms,
      data.docIds.map((a) => Int32Array.from(a)),
      data.tfs.map((a) => Float32Array.from(a)),
      Float32Array.from(data.docLen),
    );
  }

  toJSON(): SerializedLexicalIndex {
    return {
      weights: this.weights,
      terms: this.terms,
      docIds: this.docIds.map((a) => Array.from(a)),
      // Whole float32 values: a rounded weight read back would rank some passages differently after a restart.
      tfs: this.tfs.map((a) => Array.from(a)),
      docLen: Array.from(this.docLen),
    };
  }

  private conceptArrays?: { altScore: Float64Array; altFound: Float64Array; bestScore: Float64Array; bestShare: Float64Array; altMark: Uint8Array; bestMark: Uint8Array };

  /** Per-passage accumulators of one concept's ways of saying it, kept zeroed between uses. */
  private conceptScratch(n: number) {
    return (this.conceptArrays ??= {
      altScore: new Float64Array(n),
      altFound: new Float64Array(n),
      bestScore: new Float64Array(n),
      bestShare: new Float64Array(n),
      altMark: new Uint8Array(n),
      bestMark: new Uint8Array(n),
    });
  }

  /** True when passage `doc` contains the term. */
  contains(doc: number, term: string): boolean {
    const id = this.termIds.get(term);
    if (id === undefined) return false;
    const ids = this.docIds[id]!;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ids[mid] === doc) return true;
      if (ids[mid]! < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** True when some passage contains the term. */
  knows(term: string): boolean {
    return this.termIds.has(term);
  }

  idf(term: string): number {
    const id = this.termIds.get(term);
    const df = id === undefined ? 0 : this.docIds[id]!.length;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /**
   * How much a concept counts towards coverage: the mean rarity of its best-known way of saying it; a concept no
   * passage knows counts `unknownWeight` of the rarest word; a bare number nothing.
   */
  conceptWeight(alternatives: readonly (readonly string[])[], raw?: readonly (readonly string[])[]): number {
    let best = -1;
    for (const alt of this.lookupTerms(alternatives, raw)) {
      if (alt.length === 0 || !alt.every((t) => this.knows(t))) continue;
      best = Math.max(best, alt.reduce((n, t) => n + this.idf(t), 0) / alt.length);
    }
    if (best >= 0) return best;
    if (alternatives.every(isNumberRun)) return 0;
    return TUNING.unknownWeight * this.maxIdf;
  }

  /**
   * A concept's weight when two questions are likened: an asker's age ("mẹ tôi 62 tuổi": 62 or "tuổi") weighs as the
   * word "tuổi", so a variant that gives some other age ("mẹ tôi 70 tuổi có cần …") is not alike for it alone.
   */
  likenessWeight(alternatives: readonly (readonly string[])[], raw?: readonly (readonly string[])[]): number {
    const kept = alternatives.flatMap((alt, a) => (isNumberRun(alt) ? [] : [a]));
    if (kept.length === 0 || kept.length === alternatives.length) return this.conceptWeight(alternatives, raw);
    return this.conceptWeight(
      kept.map((a) => alternatives[a]!),
      raw && kept.map((a) => raw[a] ?? []),
    );
  }

  /**
   * The terms to look up for each way of saying a concept: a syllable typed with diacritics is looked up as written
   * ("lúa" is not "lừa"); one typed without them by its folded form.
   */
  lookupTerms(alternatives: readonly (readonly string[])[], raw?: readonly (readonly string[])[]): string[][] {
    return alternatives.map((alt, a) =>
      alt.map((folded, i) => {
        const written = raw?.[a]?.[i];
        return written && written !== folded ? ACCENTED + written : folded;
      }),
    );
  }

  /**
   * Top `k` passages for a query, optionally only among `allowed` documents; passages in `also` are returned too
   * (after the top ones) when they match at all, so a caller weighing them for another reason gets their scores.
   */
  search(query: LexicalQuery, k: number, allowed?: (doc: number) => boolean, also?: ReadonlySet<number>): LexicalHit[] {
    const n = this.size;
    if (n === 0) return [];
    // Per-passage accumulators are allocated once per index and cleared after each search (only where touched),
    // so a search over 10,000 passages makes no large garbage.
    const { scores, covered, touched: seen } = (this.scratch ??= { scores: new Float64Array(n), covered: new Float64Array(n), touched: new Uint8Array(n) });
    const touched: number[] = [];
    const { k1 } = TUNING.bm25;
    const docNorm = this.docNorm;
    /** Adds the term's BM25 contribution to `into` for every passage holding it (touching them when asked). */
    const addTerm = (term: string, weight: number, into: Float64Array, mark: boolean) => {
      const id = this.termIds.get(term);
      if (id === undefined) return;
      const ids = this.docIds[id]!;
      const tfs = this.tfs[id]!;
      const factor = weight * this.idf(term) * (k1 + 1);
      for (let i = 0; i < ids.length; i++) {
        const d = ids[i]!;
        const tf = tfs[i]!;
        into[d] = into[d]! + (factor * tf) / (tf + docNorm[d]!);
        if (mark && seen[d] === 0) {
          seen[d] = 1;
          touched.push(d);
        }
      }
    };

    let totalWeight = 0;
    const { altScore, altFound, bestScore, bestShare, altMark, bestMark } = this.conceptScratch(n);
    for (const concept of query.concepts) {
      const weight = this.conceptWeight(concept.alternatives, concept.raw);
      totalWeight += weight;
      // The best way of saying the concept, per passage: its score and the share of it the passage holds.
      const bestTouched: number[] = [];
      const lookups = this.lookupTerms(concept.alternatives, concept.raw);
      // A longer way of saying it ("tài khoản định danh điện tử" for "vneid") must not outscore the person's own
      // word just by having more words: its score is scaled to the length of what was typed.
      const typedLength = concept.alternatives[0]?.length ?? 1;
      for (const [a, alt] of lookups.entries()) {
        const altTouched: number[] = [];
        const altIdf = alt.reduce((sum, t) => sum + this.idf(t), 0);
        const scale = Math.min(1, typedLength / Math.max(1, alt.length));
        for (const t of alt) {
          const id = this.termIds.get(t);
          if (id === undefined) continue;
          const ids = this.docIds[id]!;
          const tfs = this.tfs[id]!;
          const idf = this.idf(t);
          const factor = idf * (k1 + 1);
          for (let i = 0; i < ids.length; i++) {
            const d = ids[i]!;
            const tf = tfs[i]!;
            if (altMark[d] === 0) {
              altMark[d] = 1;
              altTouched.push(d);
            }
            altScore[d] = altScore[d]! + (factor * tf) / (tf + docNorm[d]!);
            altFound[d] = altFound[d]! + idf;
          }
        }
        // Pairs inside the concept count only where its words are.
        for (const pair of bigrams(concept.alternatives[a]!)) {
          const id = this.termIds.get(pair);
          if (id === undefined) continue;
          const ids = this.docIds[id]!;
          const tfs = this.tfs[id]!;
          const factor = TUNING.bigramWeight * this.idf(pair) * (k1 + 1);
          for (let i = 0; i < ids.length; i++) {
            const d = ids[i]!;
            const tf = tfs[i]!;
            if (altMark[d] === 1) altScore[d] = altScore[d]! + (factor * tf) / (tf + docNorm[d]!);
          }
        }
        // "mức 1" is not half of "mức 2": a way of saying it with a number counts only where the number is.
        const numbers = alt.filter((t) => /^\d+$/u.test(t));
        for (const d of altTouched) {
          const share = altIdf > 0 && numbers.every((t) => this.contains(d, t)) ? altFound[d]! / altIdf : 0;
          const score = scale * altScore[d]!;
          if (bestMark[d] === 0) {
            bestMark[d] = 1;
            bestTouched.push(d);
            bestScore[d] = score;
            bestShare[d] = share;
          } else {
            bestScore[d] = Math.max(bestScore[d]!, score);
            bestShare[d] = Math.max(bestShare[d]!, share);
          }
          altScore[d] = 0;
          altFound[d] = 0;
          altMark[d] = 0;
        }
      }
      const boost = concept.focus ? TUNING.focus.boost : 1;
      for (const d of bestTouched) {
        if (seen[d] === 0) {
          seen[d] = 1;
          touched.push(d);
        }
        scores[d] = scores[d]! + boost * bestScore[d]!;
        covered[d] = covered[d]! + weight * bestShare[d]!;
        bestScore[d] = 0;
        bestShare[d] = 0;
        bestMark[d] = 0;
      }
    }
    for (const pair of query.pairs) addTerm(pair, TUNING.bigramWeight, scores, true);
    if (this.weights.headingQuestion > 0) {
      for (const pair of query.headingPairs) {
        // "được không", "ở đâu" alone say how a question is asked, not what about: they need a content word beside them.
        if (pair.split('_').every((t) => QUESTION_FORM.has(t))) continue;
        addTerm(HEADING_PAIR + pair, this.weights.headingQuestion, scores, true);
      }
    }

    const hits: LexicalHit[] = [];
    const extra: LexicalHit[] = [];
    for (const d of touched) {
      if (!allowed || allowed(d)) {
        const hit = { doc: d, score: scores[d]!, coverage: totalWeight > 0 ? covered[d]! / totalWeight : 0, matched: covered[d]! };
        if (also?.has(d)) extra.push(hit);
        else if (hits.length < k || hit.score > hits[hits.length - 1]!.score) insertTop(hits, hit, k);
      }
      scores[d] = 0;
      covered[d] = 0;
      seen[d] = 0;
    }
    return also ? [...hits, ...extra] : hits;
  }
}

function insertTop(hits: LexicalHit[], hit: LexicalHit, k: number): void {
  if (hits.length === k && hit.score <= hits[k - 1]!.score) return;
  let i = hits.length;
  while (i > 0 && hits[i - 1]!.score < hit.score) i--;
  hits.splice(i, 0, hit);
  if (hits.length > k) hits.pop();
}

/** True for a way of saying a concept made of numbers only ("85" of "85 tuổi"). */
function isNumberRun(alt: readonly string[]): boolean {
  return alt.every((t) => /^\d+$/u.test(t));
}
