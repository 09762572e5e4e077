import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import type { Logger } from 'pino';
import { LlmAnswerer, loadAnswerPrompt } from '../answer';
import { createAssistant, type Assistant, type OfficialsHandler } from '../assistant';
import type { Config } from '../config';
import { openKnowledgeIndex, type Embedder, type KnowledgeIndex } from '../retrieval';

export interface Runtime {
  config: Config;
  assistant: Assistant;
  /** The index in use; replaced whole when knowledge is reloaded. */
  knowledge: { current: KnowledgeIndex; reload(): Promise<KnowledgeIndex> };
  log: Logger;
}

export interface RuntimeOptions {
  log: Logger;
  clock?: () => Date;
  officials?: OfficialsHandler;
  /** Progress lines while the index is built (default: the log at info level). */
  onProgress?: (message: string) => void;
}

export function createEmbedder(config: Config): Embedder | undefined {
  if (!config.embeddings) return undefined;
  const { apiKey, baseURL, model } = config.embeddings;
  // Floats rather than the SDK's default base64: several OpenAI-compatible servers only speak floats.
  const client = new OpenAIEmbeddings({ model, apiKey, configuration: { baseURL }, maxRetries: 1, timeout: 30_000, encodingFormat: 'float' });
  return { model, embedDocuments: (texts) => client.embedDocuments(texts), embedQuery: (text) => client.embedQuery(text) };
}

export async function createAnswerer(config: Config): Promise<LlmAnswerer | undefined> {
  if (!config.llm) return undefined;
  const { apiKey, baseURL, model, timeoutMs } = config.llm;
  const chat = new ChatOpenAI({ model, apiKey, configuration: { baseURL }, temperature: 0, maxRetries: 0, timeout: timeoutMs });
  return new LlmAnswerer(chat, await loadAnswerPrompt(config.promptsDir), timeoutMs);
}

/** Opens (building if needed) the knowledge index and builds the assistant core from the configuration. */
export async function createRuntime(config: Config, options: RuntimeOptions): Promise<Runtime> {
  const { log } = options;
  const embedder = createEmbedder(config);
  const open = (force = false) =>
    openKnowledgeIndex({
      knowledgeDir: config.knowledgeDir,
      dataDir: config.dataDir,
      embedder,
      force,
      onProgress: options.onProgress ?? ((m) => log.info(m)),
      retrieverOptions: {
        minCoverage: config.minCoverage,
        onEmbeddingError: (err) => log.warn({ err: (err as Error).message }, 'embedding endpoint failed; searching lexically'),
      },
    });
  const knowledge = {
    current: await open(),
    async reload() {
      knowledge.current = await open();
      return knowledge.current;
    },
  };
  for (const p of knowledge.current.problems) log.warn({ file: p.path, line: p.line, field: p.field }, p.message);
  const assistant = createAssistant({
    knowledge: () => knowledge.current,
    llm: await createAnswerer(config),
    officials: options.officials,
    clock: options.clock,
    log,
  });
  return { config, assistant, knowledge, log };
}
