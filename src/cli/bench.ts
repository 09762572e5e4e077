import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { fileURLToPath } from 'node:url';
import { loadBench } from '../bench/load';
import { outageBench } from '../bench/outage';
import { startupBench } from '../bench/startup';
import { percentile, round, timed } from '../bench/measure';
import { syntheticChunks } from '../bench/synthetic';
import { chunkText, listKnowledgeFiles, parseKnowledgeFiles, type Chunk } from '../knowledge';
import { Retriever } from '../retrieval';
import { foldForScore, missingGroup, readCases } from '../eval';
import { stripDiacritics } from '../text';
import { configOrExit, run, UsageError } from './common';
import type { Config } from '../config';
import { openKnowledgeIndex } from '../retrieval';
import { createAssistant } from '../assistant';
import { createMedia } from '../app/media';
import { benchMedia } from '../bench/media';

const HELP = `Measure retrieval quality and speed, ours beside a minisearch baseline, and at scale; or, with --load, the
throughput of the whole bot on knowledge questions beside a bare grammY webhook bot.

Usage:
  npm run bench [-- --json] [--cases FILE.jsonl] [--chunks N]
  npm run bench -- --load [--messages N] [--concurrency N] [--cases FILE.jsonl]
  npm run bench -- --startup [--runs N]
  npm run bench -- --outage [--seconds 60]
  npm run bench -- --media [--images N] [--json]

  --cases FILE     evaluation file whose knowledge questions (groups k and l) are asked (default tests/eval/dev.jsonl)
  --chunks N       synthetic passages for the scale run (default 10000)
  --json           print one JSON object: {ours, baseline, scale}, or the media result
  --load           post knowledge questions to our Telegram webhook (inbox, assistant, outbox, SQLite) and plain
                   texts to a bare grammY webhook bot that answers a fixed line, both against a local fake Telegram,
                   from --concurrency senders (default 10) that each wait for the reply; prints
                   {ours, grammy, ratio} as JSON, messages answered per second. Target: ratio >= 0.5.
  --messages N     messages timed per bot in --load (default 600, after 100 untimed), sent in alternating rounds
  --startup        start the compiled server (dist/cli/start.js) --runs times (default 5) on one data folder and
                   print {first_ms, with_index_ms} as JSON: the first start builds the index. Target: <= 2000 ms.
  --outage         a Telegram outage of --seconds (default 60; every call answered 500) while 20 chats send 10
                   messages each to the webhook; prints {lost, twice, chats_out_of_order, backlog_cleared_s} as
                   JSON. Target: 0 lost, 0 twice, 0 out of order.
  --media          instead: read N phone screenshots at once (OCR_WORKERS workers) while the same knowledge
                   questions are answered, and compare their latency and the event-loop delay with the questions alone
  --images N       screenshots read at once for --media (default 10)

Each question is asked as written and without diacritics; a hit is every "any" group of its expectation
found in the top 3 passages. Targets: ours.hit_at_3 >= 0.9 and >= baseline + 0.2; at 10,000 passages
p95_ms <= 5 and build_s <= 15.`;

const TOP = 3;

interface Query {
  text: string;
  any: string[][];
}

function passageText(chunk: Chunk): string {
  return `${chunk.title}\n${chunk.section}\n${chunkText(chunk)}`;
}

function evaluate(queries: Query[], search: (q: string) => Chunk[]) {
  for (const q of queries) search(q.text); // warm up: compile the hot paths before timing
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      const { value, ms } = timed(() => search(q.text));
      times.push(ms);
      if (round > 0) continue;
      const text = foldForScore(value.slice(0, TOP).map(passageText).join('\n'));
      if (!missingGroup(text, q.any)) hits++;
    }
  }
  return { hit_at_3: round(hits / Math.max(1, queries.length), 3), p50_ms: round(percentile(times, 50), 3), p95_ms: round(percentile(times, 95), 3) };
}

run(async () => {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      cases: { type: 'string', default: 'tests/eval/dev.jsonl' },
      chunks: { type: 'string', default: '10000' },
      load: { type: 'boolean', default: false },
      messages: { type: 'string', default: '600' },
      concurrency: { type: 'string', default: '10' },
      startup: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      outage: { type: 'boolean', default: false },
      seconds: { type: 'string', default: '60' },
      media: { type: 'boolean', default: false },
      images: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const config = configOrExit();
  if (values.startup) {
    const entry = fileURLToPath(new URL('./start.js', import.meta.url));
    process.stdout.write(`${JSON.stringify(await startupBench({ entry, runs: Number(values.runs) }))}\n`);
    return 0;
  }
  if (values.outage) {
    const result = await outageBench({ seconds: Number(values.seconds), chats: 20, perChat: 10, knowledgeDir: config.knowledgeDir });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  if (values.load) {
    const questions = (await readCases(values.cases)).filter((c) => /^[kl]/u.test(c.id)).flatMap((c) => [c.q, stripDiacritics(c.q)]);
    const result = await loadBench({ messages: Number(values.messages), warmup: 100, concurrency: Number(values.concurrency), questions, knowledgeDir: config.knowledgeDir });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  if (values.media) return benchMediaCommand(config, values.cases, Number(values.images), values.json);
  const loaded = parseKnowledgeFiles(await listKnowledgeFiles(config.knowledgeDir));
  const chunks = loaded.docs.flatMap((d) => d.chunks);
  const cases = (await readCases(values.cases)).filter((c) => /^[kl]/u.test(c.id) && (c.expect.any?.length ?? 0) > 0);
  const queries: Query[] = cases.flatMap((c) => [
    { text: c.q, any: c.expect.any! },
    { text: stripDiacritics(c.q), any: c.expect.any! },
  ]);

  const ours = Retriever.fromChunks(chunks);
  const oursResult = evaluate(queries, (q) => ours.searchLexical(q, TOP).map((p) => p.chunk));

  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(chunks.map((c, id) => ({ id, text: passageText(c) })));
  const baseline = evaluate(queries, (q) => mini.search(q).slice(0, TOP).map((r) => chunks[r.id as number]!));

  const size = Number(values.chunks);
  const synthetic = syntheticChunks(chunks, size);
  const build = timed(() => Retriever.fromChunks(synthetic));
  const scaleQueries = queries.length > 0 ? queries : synthetic.slice(0, 50).map((c) => ({ text: c.units[0]!.text, any: [] }));
  // One untimed round first: the build leaves garbage to collect and the search code to compile.
  for (const q of scaleQueries) build.value.searchLexical(q.text, 10);
  const times: number[] = [];
  for (let round_ = 0; round_ < 5; round_++) {
    for (const q of scaleQueries) times.push(timed(() => build.value.searchLexical(q.text, 10)).ms);
  }
  const scale = {
    chunks: synthetic.length,
    build_s: round(build.ms / 1000, 3),
    p95_ms: round(percentile(times, 95), 3),
    rss_mb: round(process.memoryUsage().rss / 1024 / 1024, 1),
  };
  const result = { ours: oursResult, baseline, scale, questions: queries.length };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    process.stdout.write(
      `questions: ${queries.length} (each as written and without diacritics)\n` +
        `ours:     hit@3 ${oursResult.hit_at_3}  p50 ${oursResult.p50_ms} ms  p95 ${oursResult.p95_ms} ms\n` +
        `baseline: hit@3 ${baseline.hit_at_3}  p50 ${baseline.p50_ms} ms  p95 ${baseline.p95_ms} ms  (minisearch defaults)\n` +
        `scale:    ${scale.chunks} passages built in ${scale.build_s} s, p95 ${scale.p95_ms} ms, rss ${scale.rss_mb} MB\n`,
    );
  }
  return 0;
});

async function benchMediaCommand(config: Config, casesFile: string, images: number, json: boolean): Promise<number> {
  if (!Number.isInteger(images) || images < 1 || images > 100) throw new UsageError(`--images must be a whole number from 1 to 100; got '${images}'`);
  if (config.ocrWorkers === 0) throw new UsageError('--media needs OCR_WORKERS of 1 or more');
  const index = await openKnowledgeIndex({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir });
  const assistant = createAssistant({ knowledge: () => index });
  const silent = { info() {}, warn() {}, error() {} };
  const media = createMedia(config, { assistant, log: silent, limits: { queueTotal: Math.max(20, images) } });
  const questions = (await readCases(casesFile)).filter((c) => /^[kl]/u.test(c.id)).map((c) => c.q);
  try {
    const result = await benchMedia({ assistant, media, questions, images });
    if (json) {
      process.stdout.write(`${JSON.stringify({ ocr_workers: config.ocrWorkers, ...result })}\n`);
    } else {
      const line = (name: string, p: typeof result.text_alone) =>
        `${name} ${p.questions} questions, p50 ${p.p50_ms} ms, p95 ${p.p95_ms} ms, event-loop delay p99 ${p.loop_delay_p99_ms} ms\n`;
      process.stdout.write(
        line('text alone:         ', result.text_alone) +
          line('text during images: ', result.text_during_images) +
          `images: ${result.images} at once on ${config.ocrWorkers} OCR worker(s), all answered in ${result.images_total_s} s; ` +
          `each p50 ${result.image_p50_ms} ms, p95 ${result.image_p95_ms} ms; answered as ${JSON.stringify(result.image_intents)}\n`,
      );
    }
  } finally {
    await media.reader.close();
  }
  return 0;
}
