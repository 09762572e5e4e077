import { bigrams, expandShorthand, indexTerms, queryTerms, syllables } from '../text';

/** BM25 term-frequency saturation; 1.2 is the usual choice for short passages. */
const K1 = 1.2;
/** BM25 length normalisation; lower it if long passages are unfairly pushed down. */
const B = 0.75;
/** Extra weight of an adjacent-syllable match over two loose syllables. */
const BIGRAM_WEIGHT = 1.0;

export interface LexicalDoc {
  body: string;
  /** The passage's section heading; weighs more than the body. */
  heading?: string;
  /** The document's title, shared by all its passages; tells documents apart. */
  title?: string;
}

/** How much each field of a passage counts, as term-frequency multipliers. */
export interface FieldWeights {
  /** Default 1: a heading word counts as much as a body word, on top of the body. */
  heading: number;
  /** Default 1. */
  title: number;
  /**
   * Weight of the question's own word pairs ("lam sao", "o dau") matched against headings, which lessons phrase as
   * citizens ask (default 0.75). These pairs are dropped from the body query, where they match nothing useful.
   */
  headingQuestion: number;
}

export const DEFAULT_FIELD_WEIGHTS: FieldWeights = { heading: 1, title: 1, headingQuestion: 0.75 };
const HEADING_PAIR = 'h:';
const QUESTION_FORM = new Set(['duoc', 'khong', 'o', 'dau', 'lam', 'sao', 'the', 'nao', 'bao', 'nhieu', 'la', 'gi', 'co', 'phai', 'ra', 'khi', 'thi', 'nhu']);

export interface LexicalHit {
  doc: number;
  score: number;
  /** Share of the query's content syllables (by IDF) that the passage contains, 0..1. */
  coverage: number;
  /** The same share counting the question's word pairs too (those that occur anywhere in the index). */
  phraseCoverage: number;
}

export interface SerializedLexicalIndex {
  weights: FieldWeights;
  terms: string[];
  docIds: number[][];
  tfs: number[][];
  docLen: number[];
}

/** An inverted BM25 index over folded syllable unigrams and bigrams. */
export class LexicalIndex {
  private readonly termIds: Map<string, number>;
  private readonly avgLen: number;
  private scratch?: { scores: Float64Array; covered: Float64Array; phrases: Float64Array };
  /** BM25's length normalisation of each passage, K1 * (1 - B + B * len / avgLen), computed once. */
  private readonly docNorm: Float32Array;

  private constructor(
    readonly weights: FieldWeights,
    private readonly terms: string[],
    private readonly docIds: Int32Array[],
    private readonly tfs: Float32Array[],
    private readonly docLen: Float32Array,
  ) {
    this.termIds = new Map(terms.map((t, i) => [t, i]));
    this.avgLen = docLen.length > 0 ? docLen.reduce((a, b) => a + b, 0) / docLen.length : 1;
    this.docNorm = docLen.map((len) => K1 * (1 - B + (B * len) / this.avgLen));
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
      const add = (terms: string[], weight: number) => {
        for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + weight);
      };
      add(indexTerms(doc.body), 1);
      const titleTerms = new Set(doc.title ? indexTerms(doc.title) : []);
      if (doc.title) add([...titleTerms], weights.title);
      if (doc.heading) {
        // A heading that restates the document's title says nothing about this passage in particular.
        add(indexTerms(doc.heading).filter((t) => !titleTerms.has(t)), weights.heading);
        add(bigrams(syllables(doc.heading)).map((b) => HEADING_PAIR + b), weights.headingQuestion);
      }
      let len = 0;
      for (const [term, tf] of counts) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = postings.length;
          termIds.set(term, id);
          postings.push({ ids: [], tfs: [] });
        }
        postings[id]!.ids.push(d);
        postings[id]!.tfs.push(tf);
        len += tf;
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
      tfs: this.tfs.map((a) => Array.from(a, (x) => Math.round(x * 100) / 100)),
      docLen: Array.from(this.docLen),
    };
  }

  idf(term: string): number {
    const id = this.termIds.get(term);
    const df = id === undefined ? 0 : this.docIds[id]!.length;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Top `k` passages for a question, optionally only among `allowed` documents. */
  search(question: string, k: number, allowed?: (doc: number) => boolean): LexicalHit[] {
    const { unigrams, bigrams: pairs } = queryTerms(question);
    const n = this.size;
    if (n === 0) return [];
    // Per-passage accumulators are allocated once per index and cleared after each search (only where touched),
    // so a search over 10,000 passages makes no large garbage.
    const { scores, covered, phrases } = (this.scratch ??= { scores: new Float64Array(n), covered: new Float64Array(n), phrases: new Float64Array(n) });
    const touched: number[] = [];
    let totalIdf = 0;
    let totalPhraseIdf = 0;
    const accumulate = (term: string, weight: number, kind: 'unigram' | 'bigram' | 'heading') => {
      const id = this.termIds.get(term);
      const idf = this.idf(term);
      // A number no passage contains (a phone number, an amount) says nothing about whether the topic is covered.
      if (kind === 'unigram' && !(id === undefined && /^\d+$/u.test(term))) totalIdf += idf;
      if (kind === 'bigram' && id !== undefined) totalPhraseIdf += idf;
      if (id === undefined) return;
      const ids = this.docIds[id]!;
      const tfs = this.tfs[id]!;
      const docNorm = this.docNorm;
      const factor = weight * idf * (K1 + 1);
      for (let i = 0; i < ids.length; i++) {
        const d = ids[i]!;
        const tf = tfs[i]!;
        if (scores[d] === 0) touched.push(d);
        scores[d] = scores[d]! + (factor * tf) / (tf + docNorm[d]!);
        if (kind === 'unigram') covered[d] = covered[d]! + idf;
        if (kind === 'bigram') phrases[d] = phrases[d]! + idf;
      }
    };
    for (const t of unigrams) accumulate(t, 1, 'unigram');
    for (const t of pairs) accumulate(t, BIGRAM_WEIGHT, 'bigram');
    if (this.weights.headingQuestion > 0) {
      for (const b of new Set(bigrams(expandShorthand(syllables(question))))) {
        // "được không", "ở đâu" alone say how a question is asked, not what about: they need a content word beside them.
        if (b.split('_').every((t) => QUESTION_FORM.has(t))) continue;
        accumulate(HEADING_PAIR + b, this.weights.headingQuestion, 'heading');
      }
    }

    const hits: LexicalHit[] = [];
    const all = totalIdf + totalPhraseIdf;
    for (const d of touched) {
      if (!allowed || allowed(d)) {
        const score = scores[d]!;
        if (hits.length < k || score > hits[hits.length - 1]!.score) {
          insertTop(hits, { doc: d, score, coverage: totalIdf > 0 ? covered[d]! / totalIdf : 0, phraseCoverage: all > 0 ? (covered[d]! + phrases[d]!) / all : 0 }, k);
        }
      }
      scores[d] = 0;
      covered[d] = 0;
      phrases[d] = 0;
    }
    return hits;
  }
}

function insertTop(hits: LexicalHit[], hit: LexicalHit, k: number): void {
  if (hits.length === k && hit.score <= hits[k - 1]!.score) return;
  let i = hits.length;
  while (i > 0 && hits[i - 1]!.score < hit.score) i--;
  hits.splice(i, 0, hit);
  if (hits.length > k) hits.pop();
}

