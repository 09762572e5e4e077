import { indexTerms, queryTerms } from '../text';

/** BM25 term-frequency saturation; 1.2 is the usual choice for short passages. */
const K1 = 1.2;
/** BM25 length normalisation; lower it if long passages are unfairly pushed down. */
const B = 0.75;
/** Extra weight of an adjacent-syllable match over two loose syllables. */
const BIGRAM_WEIGHT = 1.0;

export interface LexicalDoc {
  /** Text that is searched; heading text is passed separately so it can weigh more. */
  body: string;
  heading?: string;
}

export interface LexicalHit {
  doc: number;
  score: number;
  /** Share of the query's content syllables (by IDF) that the passage contains, 0..1. */
  coverage: number;
}

export interface SerializedLexicalIndex {
  terms: string[];
  docIds: number[][];
  tfs: number[][];
  docLen: number[];
}

/** An inverted BM25 index over folded syllable unigrams and bigrams. */
export class LexicalIndex {
  private readonly termIds: Map<string, number>;
  private readonly avgLen: number;

  private constructor(
    private readonly terms: string[],
    private readonly docIds: Int32Array[],
    private readonly tfs: Float32Array[],
    private readonly docLen: Float32Array,
  ) {
    this.termIds = new Map(terms.map((t, i) => [t, i]));
    this.avgLen = docLen.length > 0 ? docLen.reduce((a, b) => a + b, 0) / docLen.length : 1;
  }

  get size(): number {
    return this.docLen.length;
  }

  static build(docs: readonly LexicalDoc[]): LexicalIndex {
    const termIds = new Map<string, number>();
    const postings: { ids: number[]; tfs: number[] }[] = [];
    const docLen = new Float32Array(docs.length);
    docs.forEach((doc, d) => {
      const counts = new Map<string, number>();
      const add = (terms: string[], weight: number) => {
        for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + weight);
      };
      add(indexTerms(doc.body), 1);
      if (doc.heading) add(indexTerms(doc.heading), 2);
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
      [...termIds.keys()],
      postings.map((p) => Int32Array.from(p.ids)),
      postings.map((p) => Float32Array.from(p.tfs)),
      docLen,
    );
  }

  static fromJSON(data: SerializedLexicalIndex): LexicalIndex {
    return new LexicalIndex(
      data.terms,
      data.docIds.map((a) => Int32Array.from(a)),
      data.tfs.map((a) => Float32Array.from(a)),
      Float32Array.from(data.docLen),
    );
  }

  toJSON(): SerializedLexicalIndex {
    return {
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
    const scores = new Float64Array(n);
    const covered = new Float64Array(n);
    const touched: number[] = [];
    let totalIdf = 0;
    const accumulate = (term: string, weight: number, unigram: boolean) => {
      const id = this.termIds.get(term);
      const idf = this.idf(term);
      if (unigram) totalIdf += idf;
      if (id === undefined) return;
      const ids = this.docIds[id]!;
      const tfs = this.tfs[id]!;
      for (let i = 0; i < ids.length; i++) {
        const d = ids[i]!;
        const tf = tfs[i]!;
        const norm = tf + K1 * (1 - B + (B * this.docLen[d]!) / this.avgLen);
        if (scores[d] === 0) touched.push(d);
        scores[d] = scores[d]! + weight * idf * ((tf * (K1 + 1)) / norm);
        if (unigram) covered[d] = covered[d]! + idf;
      }
    };
    for (const t of unigrams) accumulate(t, 1, true);
    for (const t of pairs) accumulate(t, BIGRAM_WEIGHT, false);

    const hits: LexicalHit[] = [];
    for (const d of touched) {
      if (allowed && !allowed(d)) continue;
      const hit = { doc: d, score: scores[d]!, coverage: totalIdf > 0 ? covered[d]! / totalIdf : 0 };
      insertTop(hits, hit, k);
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

