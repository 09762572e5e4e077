import { chunkText, type Chunk } from '../knowledge';
import { LexicalIndex, type FieldWeights, type LexicalDoc } from './lexical';
import type { Embedder, VectorIndex } from './vectors';

export interface Passage {
  chunk: Chunk;
  /** Fused score used for ranking (lexical only when no vectors are configured). */
  score: number;
  /** Share of the question's content syllables (weighted by rarity) found in the passage, 0..1. */
  coverage: number;
  /** The same share counting the question's word pairs too. */
  phraseCoverage: number;
  similarity?: number;
}

export interface Retrieval {
  passages: Passage[];
  /** False when even the best passage is too weak to answer from: the question is not covered. */
  covered: boolean;
}

export interface RetrieverOptions {
  /**
   * Minimum coverage of the best passage for a question to count as covered (default 0.5).
   * Raise it to say "chưa có thông tin" more often; lower it to answer from weaker matches.
   */
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

/** Text a passage is indexed by: body, section heading and document title as separate fields. */
export function lexicalDoc(chunk: Chunk): LexicalDoc {
  return { body: chunkText(chunk), heading: chunk.section, title: chunk.title };
}

export function embeddingText(chunk: Chunk): string {
  return [chunk.title, chunk.section, chunkText(chunk)].filter(Boolean).join('\n');
}

const CANDIDATES = 30;

/** Finds passages for a question: BM25 over folded syllables, fused with vectors when configured. */
export class Retriever {
  private readonly minCoverage: number;
  private readonly minSimilarity: number;
  private readonly denseWeight: number;

  constructor(
    readonly chunks: readonly Chunk[],
    readonly lexical: LexicalIndex,
    readonly vectors: Vectors | undefined,
    private readonly options: RetrieverOptions = {},
  ) {
    this.minCoverage = options.minCoverage ?? 0.5;
    this.minSimilarity = options.minSimilarity ?? 0.8;
    this.denseWeight = options.denseWeight ?? 0.5;
  }

  static fromChunks(chunks: readonly Chunk[], options?: RetrieverOptions, weights?: FieldWeights): Retriever {
    return new Retriever(chunks, LexicalIndex.build(chunks.map(lexicalDoc), weights), undefined, options);
  }

  /** Lexical passages only; synchronous, used by the benchmark and as the fallback. */
  searchLexical(question: string, k = 5, filter?: (chunk: Chunk) => boolean): Passage[] {
    const allowed = filter ? (d: number) => filter(this.chunks[d]!) : undefined;
    return this.lexical.search(question, k, allowed).map((h) => ({ chunk: this.chunks[h.doc]!, score: h.score, coverage: h.coverage, phraseCoverage: h.phraseCoverage }));
  }

  async search(question: string, k = 5, filter?: (chunk: Chunk) => boolean): Promise<Retrieval> {
    const lexical = this.searchLexical(question, this.vectors ? CANDIDATES : k, filter);
    let passages = lexical.slice(0, k);
    if (this.vectors) {
      const dense = await this.denseSearch(question, filter);
      if (dense) passages = this.fuse(question, lexical, dense).slice(0, k);
    }
    // Covered when one of the leading passages holds most of the question's key words (or is close in meaning).
    const leading = passages.slice(0, 3);
    const covered = leading.some((p) => p.coverage >= this.minCoverage || (p.similarity ?? 0) >= this.minSimilarity);
    return { passages, covered };
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

  private fuse(question: string, lexical: Passage[], dense: { doc: number; similarity: number }[]): Passage[] {
    const maxLexical = lexical[0]?.score ?? 0;
    const byChunk = new Map<Chunk, Passage>();
    for (const p of lexical) byChunk.set(p.chunk, { ...p, similarity: 0 });
    const missing = dense.filter((h) => !byChunk.has(this.chunks[h.doc]!));
    if (missing.length > 0) {
      const ids = new Set(missing.map((h) => h.doc));
      for (const h of this.lexical.search(question, this.chunks.length, (d) => ids.has(d))) {
        byChunk.set(this.chunks[h.doc]!, { chunk: this.chunks[h.doc]!, score: h.score, coverage: h.coverage, phraseCoverage: h.phraseCoverage, similarity: 0 });
      }
      for (const h of missing) {
        const chunk = this.chunks[h.doc]!;
        if (!byChunk.has(chunk)) byChunk.set(chunk, { chunk, score: 0, coverage: 0, phraseCoverage: 0, similarity: 0 });
      }
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
