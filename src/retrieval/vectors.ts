import { readFile, writeFile } from 'node:fs/promises';
import hnswlib from 'hnswlib-node';

/** Turns text into vectors; OpenAIEmbeddings from @langchain/openai fits this shape. */
export interface Embedder {
  readonly model: string;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

export interface VectorHit {
  doc: number;
  /** Cosine similarity, -1..1. */
  similarity: number;
}

/** Approximate nearest neighbours over passage embeddings, in hnswlib. */
export class VectorIndex {
  private constructor(
    private readonly index: hnswlib.HierarchicalNSW,
    readonly dimensions: number,
    readonly size: number,
  ) {}

  static build(vectors: readonly number[][]): VectorIndex {
    const dimensions = vectors[0]?.length ?? 0;
    if (dimensions === 0) throw new Error('cannot build a vector index from no vectors');
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    index.initIndex(vectors.length);
    vectors.forEach((v, i) => {
      if (v.length !== dimensions) throw new Error(`embedding ${i} has ${v.length} dimensions, expected ${dimensions}: check OPENAI_EMBEDDING_MODEL`);
      index.addPoint(v, i);
    });
    return new VectorIndex(index, dimensions, vectors.length);
  }

  static async load(file: string, dimensions: number, size: number): Promise<VectorIndex> {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    await index.readIndex(file);
    return new VectorIndex(index, dimensions, size);
  }

  async save(file: string): Promise<void> {
    await this.index.writeIndex(file);
  }

  search(vector: number[], k: number): VectorHit[] {
    if (this.size === 0) return [];
    if (vector.length !== this.dimensions) throw new Error(`query embedding has ${vector.length} dimensions, the index ${this.dimensions}: rebuild with npm run ingest`);
    const { neighbors, distances } = this.index.searchKnn(vector, Math.min(k, this.size));
    return neighbors.map((doc, i) => ({ doc, similarity: 1 - distances[i]! }));
  }
}

export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

export async function writeJson(file: string, data: unknown): Promise<void> {
  await writeFile(file, JSON.stringify(data));
}
