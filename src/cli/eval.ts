import { parseArgs } from 'node:util';
import { createLogger } from '../app/logger';
import { createRuntime } from '../app/runtime';
import { InMemoryConversations } from '../assistant';
import { checkAnswer, readCases } from '../eval';
import { plainText } from '../core';
import { configOrExit, parseToday, progressLine, run, UsageError } from './common';

const HELP = `Score the assistant on an evaluation file (the form of tests/eval/dev.jsonl).

Usage:
  npm run eval -- FILE.jsonl [--verbose]

Each line: {"id", "q", "unit"?, "today"?, "chat"?, "expect": {"intent"?, "any"?, "none"?, "cited"?}}.
Cases are independent, except that cases naming the same "chat" are one conversation, in file order.
Prints each failure with the rule that routed it and the passages retrieval weighed (--verbose: also the
question and the answer), the score per group (the id's letters) and overall; exit 1 when any case fails.`;

run(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { verbose: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const file = positionals[0];
  if (!file) throw new UsageError('give the evaluation file: npm run eval -- tests/eval/dev.jsonl');
  const cases = await readCases(file);
  const config = configOrExit();
  const runtime = await createRuntime(config, { log: createLogger(process.env.LOG_LEVEL ?? 'warn'), onProgress: progressLine, memory: new InMemoryConversations() });
  const groups = new Map<string, { passed: number; total: number }>();
  let passed = 0;
  for (const c of cases) {
    const chat = c.chat ? `chat-${c.chat}` : `eval-${c.id}`;
    const reply = await runtime.assistant.handle({
      channel: 'cli',
      userId: chat,
      chatId: chat,
      text: c.q,
      unit: c.unit,
      now: c.today ? parseToday(c.today) : undefined,
    });
    const why = checkAnswer(c, { intent: reply.intent, answer: plainText(reply), sources: reply.sources });
    const group = c.id.replace(/\d+$/u, '');
    const g = groups.get(group) ?? { passed: 0, total: 0 };
    g.total++;
    if (why) {
      process.stdout.write(`FAIL ${c.id}: ${why}\n     rule: ${reply.meta.rule ?? '-'}\n`);
      for (const p of reply.meta.passages ?? []) {
        process.stdout.write(`     passage: ${p.path} › ${p.section} (score ${p.score}, coverage ${p.coverage}, variant match ${p.match}${p.variant ? ` by "${p.variant.slice(0, 80)}"` : ''})\n`);
      }
      if (values.verbose) process.stdout.write(`     q: ${c.q}\n     a: ${reply.text.slice(0, 400).replace(/\n/gu, ' / ')}\n`);
    } else {
      g.passed++;
      passed++;
    }
    groups.set(group, g);
  }
  for (const [group, g] of groups) process.stdout.write(`group ${group}: ${g.passed}/${g.total}\n`);
  process.stdout.write(`score: ${((100 * passed) / Math.max(1, cases.length)).toFixed(1)}%\n${passed} passed, ${cases.length - passed} failed\n`);
  return passed === cases.length ? 0 : 1;
});
