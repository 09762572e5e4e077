import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant';
import { createAnswerer, createEmbedder } from '../../src/app/runtime';
import { loadConfig } from '../../src/config';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai';
import { ROOT, realIndex } from '../helpers';
import { plainText } from '../../src/core';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI({ mode: 'answer', content: () => 'Bạn tải VNeID từ App Store hoặc CH Play [1].' });
});
afterAll(() => fake.close());

function config(extra: Record<string, string> = {}) {
  return loadConfig({
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_MODEL: 'fake-chat',
    PROMPTS_DIR: `${ROOT}/prompts`,
    LLM_TIMEOUT_MS: '1500',
    ...extra,
  });
}

async function assistantWith(cfg = config()) {
  const index = await realIndex();
  const warnings: string[] = [];
  const log = { info() {}, warn: (o: object, m?: string) => warnings.push(`${m} ${JSON.stringify(o)}`), error() {} };
  return { assistant: createAssistant({ knowledge: () => index, llm: await createAnswerer(cfg), log }), warnings };
}

const ask = (a: { handle: (m: never) => unknown }, text: string) =>
  (a as ReturnType<typeof createAssistant>).handle({ channel: 'cli', userId: 'u', chatId: 'c', text });

describe('answers through an OpenAI-compatible chat model', () => {
  it('sends the prompt from prompts/ with numbered passages and keeps the model citations', async () => {
    fake.chat = { mode: 'answer', content: () => 'Bạn tải VNeID từ App Store hoặc CH Play [1].' };
    const { assistant } = await assistantWith();
    const before = fake.chatRequests().length;
    const reply = await ask(assistant, 'Tải VNeID ở đâu?');
    expect(reply.meta.composer).toBe('llm');
    expect(reply.text).toContain('App Store hoặc CH Play [1]');
    expect(plainText(reply)).toMatch(/📄 Nguồn: Cài đặt ứng dụng VNeID đúng cách/u);
    expect(reply.sources[0]!.path).toBe('knowledge/lessons/vneid-cai-dat.md');
    const request = fake.chatRequests()[before]!;
    const body = request.body as { model: string; messages: { role: string; content: string }[] };
    expect(request.headers.authorization).toBe('Bearer test-key');
    expect(body.model).toBe('fake-chat');
    expect(body.messages[0]!.role).toBe('system');
    expect(body.messages[0]!.content).toContain('Chỉ dùng thông tin trong các đoạn tài liệu');
    expect(body.messages[1]!.content).toMatch(/\[1\] Cài đặt ứng dụng VNeID đúng cách/u);
    expect(body.messages[1]!.content).toContain('Câu hỏi: Tải VNeID ở đâu?');
  });

  it('falls back to the extractive answer when the server fails', async () => {
    fake.chat = { mode: 'error', status: 500 };
    const { assistant, warnings } = await assistantWith();
    const reply = await ask(assistant, 'Tải VNeID ở đâu?');
    expect(reply.meta.composer).toBe('extractive');
    expect(reply.text).toMatch(/App Store|CH Play/u);
    expect(warnings.join('\n')).toMatch(/chat model failed/u);
  });

  it('falls back when the answer states a number or an address no passage holds', async () => {
    fake.chat = { mode: 'answer', content: () => 'Bạn gọi tổng đài 1900 1234 hoặc vào vneid-hotro.com để tải VNeID [1].' };
    const { assistant, warnings } = await assistantWith();
    const reply = await ask(assistant, 'Tải VNeID ở đâu?');
    expect(reply.meta.composer).toBe('extractive');
    expect(plainText(reply)).not.toMatch(/1900 1234|vneid-hotro/u);
    expect(warnings.join('\n')).toMatch(/states what no passage says: 1900 1234, vneid-hotro\.com/u);
  });

  it('keeps an answer whose numbers are all in the passages, written any way', async () => {
    fake.chat = { mode: 'answer', content: () => 'Bạn đổi số tại công an xã, phường hoặc gọi 1900.0368 [1].' };
    const { assistant } = await assistantWith();
    const reply = await ask(assistant, 'Đổi số điện thoại trên VNeID ở đâu?');
    expect(reply.meta.composer).toBe('llm');
  });

  it('sends the question with chat shorthand written out', async () => {
    fake.chat = { mode: 'answer', content: () => 'Bạn bấm “Quên mật khẩu” [1].' };
    const { assistant } = await assistantWith();
    const before = fake.chatRequests().length;
    await ask(assistant, 'quen mk vneid r ad oi');
    const body = fake.chatRequests()[before]!.body as { messages: { content: string }[] };
    expect(body.messages[1]!.content).toContain('Câu hỏi: quên mật khẩu vneid rồi admin oi');
  });

  it('falls back when the model does not answer in time', async () => {
    fake.chat = { mode: 'hang' };
    const { assistant } = await assistantWith(config({ LLM_TIMEOUT_MS: '600' }));
    const started = Date.now();
    const reply = await ask(assistant, 'Tải VNeID ở đâu?');
    expect(reply.meta.composer).toBe('extractive');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('falls back when the model cites nothing', async () => {
    fake.chat = { mode: 'answer', content: () => 'Bạn cứ tải ở đâu cũng được.' };
    const { assistant } = await assistantWith();
    const reply = await ask(assistant, 'Tải VNeID ở đâu?');
    expect(reply.meta.composer).toBe('extractive');
  });

  it('never sends a secret to the model', async () => {
    fake.chat = { mode: 'answer', content: () => 'Bạn dùng chức năng Quên mật khẩu [1].' };
    const { assistant } = await assistantWith();
    const before = fake.chatRequests().length;
    const reply = await ask(assistant, 'Mật khẩu VNeID của tôi là Hoa@123456, tôi quên mất cách đăng nhập');
    expect(reply.intent).toBe('safety');
    const sent = JSON.stringify(fake.chatRequests().slice(before).map((r) => r.body));
    expect(sent).not.toContain('Hoa@123456');
    expect(fake.chatRequests().length).toBeGreaterThan(before);
  });

  it('does not call the model for questions the knowledge does not cover', async () => {
    fake.chat = { mode: 'answer', content: () => 'Bịa [1].' };
    const { assistant } = await assistantWith();
    const before = fake.chatRequests().length;
    const reply = await ask(assistant, 'Làm sao gia hạn visa du lịch trên VNeID?');
    expect(reply.text).toMatch(/chưa có thông tin/u);
    expect(fake.chatRequests().length).toBe(before);
  });
});

describe('dense retrieval through an OpenAI-compatible embedding endpoint', () => {
  it('embeds the passages into hnswlib at build time and the question at query time', async () => {
    const cfg = config({ OPENAI_EMBEDDING_MODEL: 'fake-embed' });
    const before = fake.embeddingRequests().length;
    const index = await realIndex({ embedder: createEmbedder(cfg) });
    expect(fake.embeddingRequests().length).toBeGreaterThan(before);
    expect((fake.embeddingRequests()[before]!.body as { model: string }).model).toBe('fake-embed');
    expect(index.retriever.vectors).toBeDefined();
    const result = await index.retriever.search('Quên mật khẩu VNeID phải làm sao?', 3);
    expect(result.passages[0]!.chunk.path).toMatch(/vneid-quen-mat-khau/u);
    expect(result.passages[0]!.similarity).toBeGreaterThan(0);
  });

  it('keeps answering lexically when the embedding endpoint fails at question time', async () => {
    const cfg = config({ OPENAI_EMBEDDING_MODEL: 'fake-embed' });
    const errors: unknown[] = [];
    const index = await realIndex({ embedder: createEmbedder(cfg), retrieverOptions: { onEmbeddingError: (e) => errors.push(e) } });
    fake.embeddingsFail = true;
    try {
      const result = await index.retriever.search('Quên mật khẩu VNeID phải làm sao?', 3);
      expect(result.passages[0]!.chunk.path).toMatch(/vneid-quen-mat-khau/u);
      expect(errors).toHaveLength(1);
    } finally {
      fake.embeddingsFail = false;
    }
  });
});
