import { createHash } from 'node:crypto';
import { foldText } from '../../src/text';
import { sendJson, startFakeServer, type FakeServer, type RecordedRequest } from './http';

export interface ScriptedTurn {
  content?: string;
  /** Tool calls the model makes: arguments are JSON-encoded as the OpenAI API does. */
  toolCalls?: { name: string; args: Record<string, unknown> }[];
}

export type ChatBehaviour =
  | { mode: 'answer'; content: (req: RecordedRequest) => string }
  | { mode: 'script'; turn: (req: RecordedRequest) => ScriptedTurn }
  | { mode: 'error'; status: number }
  | { mode: 'hang' };

/** One call to /audio/transcriptions, its multipart form read back. */
export interface TranscriptionRequest {
  model: string;
  language?: string;
  filename: string;
  mime: string;
  audio: Buffer;
}

/** What the fake answers a transcription with: the text heard, or an HTTP error. */
export type TranscribeBehaviour = (request: TranscriptionRequest) => string | { status: number };

export interface FakeOpenAI extends FakeServer {
  /** Base URL to put in OPENAI_BASE_URL (ends in /v1). */
  baseURL: string;
  chat: ChatBehaviour;
  embeddingsFail: boolean;
  transcribe: TranscribeBehaviour;
  transcriptions: TranscriptionRequest[];
  chatRequests(): RecordedRequest[];
  embeddingRequests(): RecordedRequest[];
}

export const EMBEDDING_DIMENSIONS = 64;

/** Bag of folded syllables hashed into 64 dimensions: texts sharing words get close vectors. */
export function fakeEmbedding(text: string): number[] {
  const v = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
  for (const word of foldText(text).match(/[a-z0-9]+/gu) ?? []) {
    const h = createHash('md5').update(word).digest();
    v[h[0]! % EMBEDDING_DIMENSIONS]! += 1;
  }
  const norm = Math.sqrt(v.reduce((a, b) => a + b * b, 0)) || 1;
  return v.map((x) => x / norm);
}

async function readTranscriptionForm(req: RecordedRequest): Promise<TranscriptionRequest> {
  const form = await new Request('http://fake/', { method: 'POST', headers: { 'content-type': String(req.headers['content-type']) }, body: new Uint8Array(req.raw) }).formData();
  const file = form.get('file');
  if (!(file instanceof Blob)) throw new Error('transcription request without a file part');
  return {
    model: String(form.get('model')),
    language: form.get('language')?.toString(),
    filename: file instanceof File ? file.name : 'blob',
    mime: file.type,
    audio: Buffer.from(await file.arrayBuffer()),
  };
}

/** An OpenAI-compatible server: /v1/chat/completions, /v1/embeddings and /v1/audio/transcriptions, with switchable failures. */
export async function startFakeOpenAI(chat: ChatBehaviour): Promise<FakeOpenAI> {
  const state: { chat: ChatBehaviour; embeddingsFail: boolean; transcribe: TranscribeBehaviour } = { chat, embeddingsFail: false, transcribe: () => '' };
  const transcriptions: TranscriptionRequest[] = [];
  const server = await startFakeServer(async (req, res) => {
    if (req.path.endsWith('/audio/transcriptions')) {
      const request = await readTranscriptionForm(req);
      transcriptions.push(request);
      const heard = state.transcribe(request);
      if (typeof heard !== 'string') return sendJson(res, heard.status, { error: { message: 'fake transcription failure', type: 'server_error' } });
      return sendJson(res, 200, { text: heard });
    }
    if (req.path.endsWith('/chat/completions')) {
      const behaviour = state.chat;
      if (behaviour.mode === 'hang') return; // never answers: the client must time out
      if (behaviour.mode === 'error') return sendJson(res, behaviour.status, { error: { message: 'fake failure', type: 'server_error' } });
      const body = req.body as { model: string };
      const turn: ScriptedTurn = behaviour.mode === 'script' ? behaviour.turn(req) : { content: behaviour.content(req) };
      const toolCalls = turn.toolCalls?.map((c, i) => ({ id: `call_${i}`, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.args) } }));
      return sendJson(res, 200, {
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: turn.content ?? null, ...(toolCalls ? { tool_calls: toolCalls } : {}) },
            finish_reason: toolCalls ? 'tool_calls' : 'stop',
          },
        ],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      });
    }
    if (req.path.endsWith('/embeddings')) {
      if (state.embeddingsFail) return sendJson(res, 500, { error: { message: 'fake embedding failure' } });
      const body = req.body as { input: string | string[]; model: string; encoding_format?: string };
      const inputs = Array.isArray(body.input) ? body.input : [body.input];
      const encode = (v: number[]) => (body.encoding_format === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v);
      return sendJson(res, 200, {
        object: 'list',
        model: body.model,
        data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: encode(fakeEmbedding(String(text))) })),
        usage: { prompt_tokens: 1, total_tokens: 1 },
      });
    }
    sendJson(res, 404, { error: { message: `no route ${req.path}` } });
  });
  const fake = server as FakeOpenAI;
  Object.defineProperties(fake, {
    baseURL: { value: `${server.url}/v1` },
    chat: { get: () => state.chat, set: (value: ChatBehaviour) => (state.chat = value) },
    embeddingsFail: { get: () => state.embeddingsFail, set: (value: boolean) => (state.embeddingsFail = value) },
    transcribe: { get: () => state.transcribe, set: (value: TranscribeBehaviour) => (state.transcribe = value) },
    transcriptions: { value: transcriptions },
    chatRequests: { value: () => server.requests.filter((r) => r.path.endsWith('/chat/completions')) },
    embeddingRequests: { value: () => server.requests.filter((r) => r.path.endsWith('/embeddings')) },
  });
  return fake;
}
