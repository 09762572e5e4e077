import type { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import type { Logger } from 'pino';
import { LlmAnswerer, composeExtractive, loadAnswerPrompt } from '../answer';
import { StoredConversations, createAssistant, type Assistant, type ConversationMemory } from '../assistant';
import type { Config } from '../config';
import { OfficialsService, loadOfficialsData, type OfficialsData } from '../officials';
import { openKnowledgeIndex, type Embedder, type KnowledgeIndex } from '../retrieval';
import { openStore, type Store } from '../store';
import { AlertService } from '../alerts';
import { NOTICES } from '../knowledge';
import { officialsProblems } from './knowledge-check';

export interface Runtime {
  config: Config;
  assistant: Assistant;
  /** The index and officials' data in use; replaced whole when knowledge is reloaded. */
  knowledge: {
    current: KnowledgeIndex;
    officials: OfficialsData;
    /** Files the bot wrote itself (absolute path → content hash), so a watcher can ignore them. */
    ownWrites: Map<string, string>;
    reload(): Promise<KnowledgeIndex>;
  };
  store: Store;
  alerts: AlertService;
  log: Logger;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  log: Logger;
  clock?: () => Date;
  /** A store to use instead of the SQLite file in DATA_DIR. */
  store?: Store;
  /** Progress lines while the index is built (default: the log at info level). */
  onProgress?: (message: string) => void;
  /** Wraps the store the officials' service registers with (to count and lock out wrong invite codes). */
  guardRegistration?: (store: Store) => Store;
  /**
   * Where a chat's last question is kept for follow-ups: by default the store, written with each answer's record by the
   * channels; the command-line tools, which keep no records, keep it in the process.
   */
  memory?: ConversationMemory;
}

export { DATABASE_FILE } from '../store';

/** The OpenAI client library is loaded only when a model is configured: it takes about half a second to load. */
const openai = () => import('@langchain/openai');

export function createEmbedder(config: Config): Embedder | undefined {
  if (!config.embeddings) return undefined;
  const { apiKey, baseURL, model } = config.embeddings;
  // Floats rather than the SDK's default base64: several OpenAI-compatible servers only speak floats.
  let client: Promise<OpenAIEmbeddings> | undefined;
  const embeddings = () =>
    (client ??= openai().then(({ OpenAIEmbeddings }) => new OpenAIEmbeddings({ model, apiKey, configuration: { baseURL }, maxRetries: 1, timeout: 30_000, encodingFormat: 'float' })));
  return { model, embedDocuments: async (texts) => (await embeddings()).embedDocuments(texts), embedQuery: async (text) => (await embeddings()).embedQuery(text) };
}

export async function createChatModel(config: Config): Promise<ChatOpenAI | undefined> {
  if (!config.llm) return undefined;
  const { apiKey, baseURL, model, timeoutMs } = config.llm;
  const { ChatOpenAI } = await openai();
  return new ChatOpenAI({ model, apiKey, configuration: { baseURL }, temperature: 0, maxRetries: 0, timeout: timeoutMs });
}

export async function createAnswerer(config: Config): Promise<LlmAnswerer | undefined> {
  const chat = await createChatModel(config);
  return chat && config.llm ? new LlmAnswerer(chat, await loadAnswerPrompt(config.promptsDir), config.llm.timeoutMs) : undefined;
}

/** Opens (building if needed) the knowledge index, the officials' records and the store, and builds the assistant. */
export async function createRuntime(config: Config, options: RuntimeOptions): Promise<Runtime> {
  const { log } = options;
  const progress = options.onProgress ?? ((m: string) => log.info(m));
  const embedder = createEmbedder(config);
  const ownWrites = new Map<string, string>();
  const store = options.store ?? (await openStore(config));
  let lexicon: KnowledgeIndex['lexicon'] | undefined;
  const openIndex = () =>
    openKnowledgeIndex({
      knowledgeDir: config.knowledgeDir,
      dataDir: config.dataDir,
      embedder,
      onProgress: progress,
      previousLexicon: lexicon,
      retrieverOptions: {
        minCoverage: config.minCoverage,
        onEmbeddingError: (err) => log.warn({ err: (err as Error).message }, 'embedding endpoint failed; searching lexically'),
      },
    });
  const openOfficials = async (index: KnowledgeIndex, previous?: OfficialsData) => {
    const data = await loadOfficialsData({ knowledgeDir: config.knowledgeDir, docs: index.docs, previous });
    for (const file of data.written) {
      progress(NOTICES.recordsUpdated(file.path));
      ownWrites.set(file.absolutePath, file.hash);
    }
    for (const p of officialsProblems(data)) log.warn({ file: p.path, line: p.line, code: p.code, field: p.field, severity: p.severity }, p.message);
    return data;
  };
  const first = await openIndex();
  lexicon = first.lexicon;
  for (const p of first.problems) log.warn({ file: p.path, line: p.line, code: p.code, field: p.field, severity: p.severity }, p.message);
  const knowledge = {
    current: first,
    officials: await openOfficials(first),
    ownWrites,
    async reload() {
      const index = await openIndex();
      lexicon = index.lexicon;
      const officials = await openOfficials(index, knowledge.officials);
      knowledge.current = index;
      knowledge.officials = officials;
      return index;
    },
  };
  const chat = await createChatModel(config);
  const router = chat && config.llm ? await (await import('../officials/model-router')).OfficialsModelRouter.create(chat, config.promptsDir, config.llm.timeoutMs) : undefined;
  const officials = new OfficialsService({
    data: () => knowledge.officials,
    store: options.guardRegistration ? options.guardRegistration(store) : store,
    log,
    router,
    knowledge: async (question) => {
      const index = knowledge.current;
      const found = await index.retriever.search(question, 4);
      if (!found.covered) return undefined;
      const answer = composeExtractive(found.analysis, found.passages, { idf: (t) => index.retriever.lexical.idf(t) });
      return { intent: 'knowledge', text: answer.text, sources: answer.sources };
    },
  });
  const alerts = new AlertService({ knowledge: () => knowledge.current, store, clock: options.clock, log });
  const assistant = createAssistant({
    knowledge: () => knowledge.current,
    llm: await createAnswerer(config),
    officials,
    alerts: { subscribe: (...a) => alerts.subscribe(...a), answer: (q, now) => alerts.answer(q, now) },
    clock: options.clock,
    log,
    memory: options.memory ?? new StoredConversations(store, options.clock),
  });
  return { config, assistant, knowledge, store, alerts, log, close: () => store.close() };
}
