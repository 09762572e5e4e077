import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/app/runtime';
import { ChannelPipeline } from '../../src/channels/pipeline';
import { loadConfig } from '../../src/config';
import { DEFAULT_TUNING, InboxWorker, type UpdateHandler } from '../../src/delivery';
import { SqliteStore } from '../../src/store';
import { eventually, memoryLogger } from '../channels/harness';
import { KNOWLEDGE_DIR, ROOT, tempDir } from '../helpers';

/** The inbox worker on a real store and pipeline: what an answer leaves behind is written with its completion only. */
const NOW = new Date('2026-11-23T02:00:00Z');
const TUNING = { ...DEFAULT_TUNING, baseBackoffMs: 10, maxBackoffMs: 20, pollIntervalMs: 10 };
/** Time from NOW on, so a retry falls due. */
const started = Date.now();
const clock = () => new Date(NOW.getTime() + Date.now() - started);

let runtime: Runtime | undefined;
let worker: InboxWorker | undefined;
afterEach(async () => {
  await worker?.stop(1000);
  await runtime?.close();
  worker = runtime = undefined;
});

describe('the inbox worker', () => {
  it('records the question and chat state of an update handled twice only once, by the attempt that completed it', async () => {
    const dataDir = await tempDir('tls-worker-');
    const store = new SqliteStore(join(dataDir, 'tro-ly-so.db'));
    const { log } = memoryLogger();
    const config = loadConfig({ DATA_DIR: dataDir, KNOWLEDGE_DIR, PROMPTS_DIR: `${ROOT}/prompts` });
    runtime = await createRuntime(config, { log, store, onProgress: () => {}, clock: () => NOW });
    const pipeline = new ChannelPipeline({ assistant: runtime.assistant, store, log, clock: () => NOW });
    const attempts: number[] = [];
    const handler: UpdateHandler = {
      async handle(item) {
        const { text } = item.payload as { text: string };
        const { outgoing, record } = await pipeline.answer({ channel: 'telegram', userId: 'u1', chatId: item.chatId, kind: 'text', text, now: NOW });
        attempts.push(item.attempts);
        // The first attempt fails after the answer was made (a crash, a lost claim would do the same).
        if (item.attempts === 1) throw new Error('the reply could not be rendered');
        return { replies: outgoing.map((o, i) => ({ channel: 'telegram', chatId: item.chatId, kind: 'reply', key: `${item.updateKey}:${i}`, method: 'sendMessage', params: { text: o.text } })), record };
      },
      apology: () => [],
    };
    worker = new InboxWorker({ store, handlers: { telegram: handler }, tuning: TUNING, holder: 'worker-test', log, clock });
    await store.enqueueInbox([{ channel: 'telegram', updateKey: '1', chatId: 'c1', payload: { text: 'tải vneid ở đâu' } }], NOW);
    worker.start();
    await eventually(async () => ((await store.deliveryCounts()).inboxPending === 0 ? true : undefined), 5000, 'the update to be handled');

    expect(attempts).toEqual([1, 2]);
    const questions = await store.questionsBetween(new Date(0), clock());
    expect(questions.map((q) => [q.intent, q.question])).toEqual([['knowledge', 'tải vneid ở đâu']]);
    const chat = await store.getChatState<{ lastAnswerId?: string }>('chat:telegram:c1', NOW);
    expect(chat?.lastAnswerId).toEqual(expect.any(String));
    expect(await store.getChatState(`answer:${chat!.lastAnswerId}`, NOW)).toMatchObject({ question: 'tải vneid ở đâu', intent: 'knowledge' });
    expect(await store.deliveryCounts()).toMatchObject({ inboxFailed: 0, outboxPending: 1 });
  });
});
