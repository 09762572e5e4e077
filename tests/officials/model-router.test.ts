import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/app/runtime';
import { loadConfig } from '../../src/config';
import { unsupportedFacts } from '../../src/officials/model-router';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai';
import { memoryLogger } from '../channels/harness';
import { KNOWLEDGE_DIR, ROOT, tempDir } from '../helpers';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI({ mode: 'answer', content: () => '' });
});
afterAll(() => fake.close());

async function runtime() {
  const config = loadConfig({
    DATA_DIR: await tempDir('tls-router-'),
    KNOWLEDGE_DIR,
    PROMPTS_DIR: `${ROOT}/prompts`,
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_MODEL: 'fake-chat',
    LLM_TIMEOUT_MS: '3000',
  });
  const logger = memoryLogger();
  return { rt: await createRuntime(config, { log: logger.log, onProgress: () => {} }), logger };
}

const now = new Date('2026-11-23T02:00:00Z');
const ask = (rt: Awaited<ReturnType<typeof createRuntime>>, text: string) =>
  rt.assistant.handle({ channel: 'cli', userId: 'u', chatId: 'c', text, unit: 'Văn phòng UBND tỉnh Đồng Tháp', now });

/** The tool results the model saw, as sent back to it in the second request. */
function toolResults(): string {
  const last = fake.chatRequests().at(-1)!.body as { messages: { role: string; content: string }[] };
  return last.messages.filter((m) => m.role === 'tool').map((m) => m.content).join('\n');
}

describe('officials through a chat model with tools', () => {
  it('lets the model route to the deadlines tool and phrase the facts it returned', async () => {
    const { rt } = await runtime();
    let turn = 0;
    fake.chat = {
      mode: 'script',
      turn: () =>
        turn++ === 0
          ? { toolCalls: [{ name: 'han_bao_cao', args: { cau_hoi: 'từ giờ đến cuối năm' } }] }
          : { content: 'Đơn vị anh/chị còn hai hạn: báo cáo năm ngày 05/12/2026 và báo cáo quý ngày 15/12/2026.' },
    };
    const before = fake.chatRequests().length;
    const reply = await ask(rt, 'Từ giờ đến cuối năm còn những hạn báo cáo nào?');
    expect(fake.chatRequests().length - before).toBe(2);
    const first = fake.chatRequests()[before]!.body as { tools: { function: { name: string; parameters: { properties: object } } }[]; messages: { content: string }[] };
    expect(first.tools.map((t) => t.function.name)).toEqual(['han_bao_cao', 'nhiem_vu_don_vi', 'tra_cuu_kien_thuc']);
    expect(Object.keys(first.tools[0]!.function.parameters.properties)).toEqual(['cau_hoi']);
    expect(first.messages[0]!.content).toContain('phải lấy đúng từ kết quả công cụ');
    expect(toolResults()).toContain('05/12/2026');
    expect(reply.intent).toBe('deadlines');
    expect(reply.text).toBe('Đơn vị anh/chị còn hai hạn: báo cáo năm ngày 05/12/2026 và báo cáo quý ngày 15/12/2026.');
    expect(reply.sources.length).toBeGreaterThan(0);
    rt.close();
  });

  it('gives the offline answer when the model states a date no tool returned', async () => {
    const { rt, logger } = await runtime();
    let turn = 0;
    fake.chat = {
      mode: 'script',
      turn: () => (turn++ === 0 ? { toolCalls: [{ name: 'han_bao_cao', args: { cau_hoi: 'hạn báo cáo năm' } }] } : { content: 'Hạn báo cáo năm là 30/12/2026.' }),
    };
    const reply = await ask(rt, 'Hạn nộp báo cáo năm là ngày nào?');
    expect(reply.text).not.toContain('30/12/2026');
    expect(reply.text).toContain('05/12/2026');
    expect(logger.lines.join('\n')).toMatch(/not supported by tool results/u);
    rt.close();
  });

  it('gives the offline answer when the model calls no tool or the server fails', async () => {
    const { rt } = await runtime();
    fake.chat = { mode: 'script', turn: () => ({ content: 'Hạn là 01/01/2027.' }) };
    expect((await ask(rt, 'Hạn nộp báo cáo năm là ngày nào?')).text).toContain('05/12/2026');
    fake.chat = { mode: 'error', status: 500 };
    expect((await ask(rt, 'Hạn nộp báo cáo năm là ngày nào?')).text).toContain('05/12/2026');
    rt.close();
  });

  it('checks dates, task codes and statuses against the evidence', () => {
    expect(unsupportedFacts('Hạn 05/12/2026, việc [III.2] đang thực hiện.', 'hạn 05/12/2026 … [III.2] … đang thực hiện')).toEqual([]);
    expect(unsupportedFacts('Hạn 06/12/2026, việc [III.9] đã hoàn thành.', 'hạn 05/12/2026 [III.2] đang thực hiện')).toEqual(['06/12/2026', '[III.9]', 'đã hoàn thành']);
    // The codes as lists write them ("📄 …, mục III.4.a"), and the states of a deadline.
    expect(unsupportedFacts('Việc mục III.4.a quá hạn 3 ngày.', '2. … 📄 KH …, mục III.4.a · quá hạn 2 ngày')).toEqual(['quá hạn 3 ngày']);
    expect(unsupportedFacts('Xem mục PL-I.II.3 và mục V.1.4.', '📄 CV …, mục PL-I.II.3')).toEqual(['mục V.1.4']);
  });
});
