import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  KnowledgeFileError,
  displayPath,
  hashText,
  listKnowledgeFiles,
  parseKnowledgeFiles,
  type Chunk,
  type KnowledgeDoc,
  type Problem,
} from '../knowledge';
import { EMPTY_LEXICON, LEXICON_FILE, loadLexicon, type Lexicon } from '../understanding';
import { LexicalIndex, type SerializedLexicalIndex } from './lexical';
import { Retriever, embeddingText, lexicalDoc, questionIndexOf, type RetrieverOptions } from './retriever';
import { swapInto } from './swap-into';
import { VectorIndex, readJson, writeJson, type Embedder } from './vectors';

/** Bump when the stored index format or the way text is indexed changes, so old indexes are rebuilt. */
const INDEX_VERSION = 16;
const EMBED_BATCH = 64;

export interface KnowledgeIndex {
  docs: KnowledgeDoc[];
  chunks: Chunk[];
  retriever: Retriever;
  problems: KnowledgeFileError[];
  failing: string[];
  builtAt: Date;
  /** When each file's current content was indexed (its last change as the bot saw it). */
  indexedAt: Map<string, Date>;
  /** True when the stored index was fresh and loaded as it was. */
  fromCache: boolean;
  /** How citizens write (`knowledge/lexicon.yaml`), read anew with every load. */
  lexicon: Lexicon;
}

export interface OpenIndexOptions {
  knowledgeDir: string;
  dataDir: string;
  embedder?: Embedder;
  retrieverOptions?: RetrieverOptions;
  onProgress?: (message: string) => void;
  /** Rebuild even when the stored index matches the files. */
  force?: boolean;
  cwd?: string;
  /** The lexicon in use before this load: kept when the lexicon file is broken. */
  previousLexicon?: Lexicon;
}

interface Manifest {
  version: number;
  builtAt: string;
  files: Record<string, string>;
  indexedAt: Record<string, string>;
  failing: string[];
  problems: Problem[];
  embeddingModel: string | null;
  vectorDimensions: number;
}

interface EmbeddingCache {
  model: string;
  vectors: Record<string, number[]>;
}

/** Loads the stored index when it matches the knowledge folder, and otherwise builds and stores a new one. */
export async function openKnowledgeIndex(options: OpenIndexOptions): Promise<KnowledgeIndex> {
  const progress = options.onProgress ?? (() => {});
  const dir = join(options.dataDir, 'index');
  const files = await listKnowledgeFiles(options.knowledgeDir, options.cwd);
  const lexiconPath = join(options.knowledgeDir, LEXICON_FILE);
  const loadedLexicon = await loadLexicon(lexiconPath, displayPath(lexiconPath, options.cwd));
  if (!loadedLexicon) progress(`no ${LEXICON_FILE} in ${options.knowledgeDir}: chat shorthand and synonyms are not understood`);
  const lexiconProblems = loadedLexicon?.problems ?? [];
  const lexicon = loadedLexicon && lexiconProblems.length === 0 ? loadedLexicon.lexicon : (options.previousLexicon ?? EMPTY_LEXICON);
  const withLexicon = <T extends { problems: KnowledgeFileError[] }>(index: T): T & { lexicon: Lexicon } => ({
    ...index,
    problems: [...index.problems, ...lexiconProblems],
    lexicon,
  });
  const manifest = await readJson<Manifest>(join(dir, 'manifest.json')).catch(() => undefined);
  const model = options.embedder?.model ?? null;
  const fresh =
    !options.force &&
    manifest?.version === INDEX_VERSION &&
    manifest.embeddingModel === model &&
    sameFiles(manifest.files, Object.fromEntries(files.map((f) => [f.path, f.hash])));
  if (fresh) {
    try {
      return withLexicon(await loadStored(dir, manifest, options, () => lexicon));
    } catch (error) {
      progress(`stored index unreadable (${(error as Error).message}); rebuilding`);
    }
  }

  progress(
    !manifest
      ? `building the index in ${dir}`
      : options.force
        ? 'rebuilding the index'
        : manifest.version !== INDEX_VERSION
          ? 'the index was built by another version; rebuilding it'
          : `knowledge changed since ${manifest.builtAt}; rebuilding the index`,
  );
  const previousDocs = await readJson<KnowledgeDoc[]>(join(dir, 'docs.json')).catch(() => [] as KnowledgeDoc[]);
  const loaded = parseKnowledgeFiles(files, new Map(previousDocs.map((d) => [d.path, d])), !options.force && manifest?.version === INDEX_VERSION);
  progress(`read ${files.length} files: ${loaded.docs.length} usable, ${loaded.failing.length} with problems`);
  const built = await buildIndex(loaded.docs, options, dir);
  const builtAt = new Date();
  const nextManifest: Manifest = {
    version: INDEX_VERSION,
    builtAt: builtAt.toISOString(),
    files: Object.fromEntries(files.map((f) => [f.path, f.hash])),
    indexedAt: Object.fromEntries(
      files.map((f) => [f.path, manifest?.files[f.path] === f.hash && manifest.indexedAt?.[f.path] ? manifest.indexedAt[f.path]! : builtAt.toISOString()]),
    ),
    failing: loaded.failing,
    problems: loaded.problems.map((p) => p.toJSON()),
    embeddingModel: model,
    vectorDimensions: built.vectors?.dimensions ?? 0,
  };
  await store(dir, nextManifest, loaded.docs, built);
  progress(`indexed ${built.chunks.length} passages from ${loaded.docs.length} files${built.vectors ? ` with ${model} vectors` : ''}`);
  return withLexicon({
    docs: loaded.docs,
    chunks: built.chunks,
    retriever: new Retriever(built.chunks, built.lexical, built.vectors && options.embedder ? { index: built.vectors, embedder: options.embedder } : undefined, options.retrieverOptions, () => lexicon, built.questions),
    problems: loaded.problems,
    failing: loaded.failing,
    builtAt,
    indexedAt: new Map(Object.entries(nextManifest.indexedAt).map(([p, d]) => [p, new Date(d)])),
    fromCache: false,
  });
}

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

interface Built {
  chunks: Chunk[];
  lexical: LexicalIndex;
  /** Lesson headings and question variants. */
  questions: LexicalIndex;
  vectors?: VectorIndex;
  embeddings?: EmbeddingCache;
}

async function buildIndex(docs: KnowledgeDoc[], options: OpenIndexOptions, dir: string): Promise<Built> {
  const chunks = docs.flatMap((d) => d.chunks);
  const lexical = LexicalIndex.build(chunks.map(lexicalDoc));
  const questions = questionIndexOf(chunks);
  const embedder = options.embedder;
  if (!embedder || chunks.length === 0) return { chunks, lexical, questions };

  const cached = await readJson<EmbeddingCache>(join(dir, 'embeddings.json')).catch(() => undefined);
  const cache: EmbeddingCache = { model: embedder.model, vectors: cached?.model === embedder.model ? cached.vectors : {} };
  const texts = chunks.map(embeddingText);
  const hashes = texts.map(hashText);
  const todo = [...new Set(hashes.filter((h) => !cache.vectors[h]))];
  const textByHash = new Map(hashes.map((h, i) => [h, texts[i]!]));
  for (let i = 0; i < todo.length; i += EMBED_BATCH) {
    const batch = todo.slice(i, i + EMBED_BATCH);
    const vectors = await embedder.embedDocuments(batch.map((h) => textByHash.get(h)!));
    batch.forEach((h, j) => (cache.vectors[h] = vectors[j]!));
    options.onProgress?.(`embedded ${Math.min(i + EMBED_BATCH, todo.length)}/${todo.length} passages with ${embedder.model}`);
  }
  const used = new Set(hashes);
  cache.vectors = Object.fromEntries(Object.entries(cache.vectors).filter(([h]) => used.has(h)));
  return { chunks, lexical, questions, vectors: VectorIndex.build(hashes.map((h) => cache.vectors[h]!)), embeddings: cache };
}

async function loadStored(dir: string, manifest: Manifest, options: OpenIndexOptions, lexicon: () => Lexicon): Promise<Omit<KnowledgeIndex, 'lexicon'>> {
  const docs = await readJson<KnowledgeDoc[]>(join(dir, 'docs.json'));
  const chunks = docs.flatMap((d) => d.chunks);
  const lexical = LexicalIndex.fromJSON(await readJson<SerializedLexicalIndex>(join(dir, 'lexical.json')));
  if (lexical.size !== chunks.length) throw new Error('passage count does not match');
  const questions = LexicalIndex.fromJSON(await readJson<SerializedLexicalIndex>(join(dir, 'questions.json')));
  let vectors: VectorIndex | undefined;
  if (options.embedder && manifest.vectorDimensions > 0) {
    vectors = await VectorIndex.load(join(dir, 'vectors.hnsw'), manifest.vectorDimensions, chunks.length);
  }
  return {
    docs,
    chunks,
    retriever: new Retriever(chunks, lexical, vectors && options.embedder ? { index: vectors, embedder: options.embedder } : undefined, options.retrieverOptions, lexicon, questions),
    problems: manifest.problems.map((p) => new KnowledgeFileError(p)),
    failing: manifest.failing,
    builtAt: new Date(manifest.builtAt),
    indexedAt: new Map(Object.entries(manifest.indexedAt).map(([p, d]) => [p, new Date(d)])),
    fromCache: true,
  };
}

/** Writes the index into a fresh folder and swaps it in, so readers never see half an index. */
async function store(dir: string, manifest: Manifest, docs: KnowledgeDoc[], built: Built): Promise<void> {
  const next = `${dir}.next-${process.pid}-${Date.now()}`;
  await mkdir(next, { recursive: true });
  await writeJson(join(next, 'docs.json'), docs);
  await writeJson(join(next, 'lexical.json'), built.lexical.toJSON());
  await writeJson(join(next, 'questions.json'), built.questions.toJSON());
  if (built.vectors) await built.vectors.save(join(next, 'vectors.hnsw'));
  if (built.embeddings) await writeJson(join(next, 'embeddings.json'), built.embeddings);
  await writeJson(join(next, 'manifest.json'), manifest);
  await swapInto(next, dir);
}
