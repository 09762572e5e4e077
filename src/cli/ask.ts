import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createLogger } from '../app/logger';
import { createRuntime } from '../app/runtime';
import { InMemoryConversations } from '../assistant';
import { configOrExit, parseToday, progressLine, run, UsageError } from './common';
import { plainText, type Reply } from '../core';

const HELP = `Ask Trợ lý số a question, as a citizen or as an official of a unit.

Usage:
  npm run --silent ask -- "câu hỏi" [--json] [--unit "<đơn vị>"] [--today YYYY-MM-DD]
  npm run --silent ask -- --batch FILE.jsonl [--unit "<đơn vị>"] [--today YYYY-MM-DD]

Options:
  --json           print {"intent", "answer", "sources": [{"path", "title", "section"}]}
  --unit NAME      ask as a registered official of that unit
  --today DATE     the date to answer for (default: today in Asia/Ho_Chi_Minh)
  --batch FILE     one {"id", "q", "unit"?, "today"?, "chat"?} per line; prints one JSON answer per line with its id.
                   Lines are independent questions; lines naming the same "chat" are one conversation, in order
  -h, --help       show this help

The knowledge index is built on first use (or when knowledge/ changed) in DATA_DIR (default ./data).`;

const batchLine = z.object({
  id: z.union([z.string(), z.number()]),
  q: z.string(),
  unit: z.string().optional(),
  today: z.string().optional(),
  chat: z.union([z.string(), z.number()]).transform(String).optional(),
});

function toJson(reply: Reply) {
  return { intent: reply.intent, answer: plainText(reply), sources: reply.sources.map(({ path, title, section }) => ({ path, title, section })) };
}

run(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      unit: { type: 'string' },
      today: { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const question = positionals.join(' ').trim();
  if (!values.batch && !question) throw new UsageError('give a question in quotes, or --batch FILE.jsonl');
  const defaultToday = values.today ? parseToday(values.today) : undefined;

  const config = configOrExit();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const runtime = await createRuntime(config, { log, onProgress: progressLine, memory: new InMemoryConversations() });
  const ask = (q: string, unit?: string, now?: Date, chat = 'cli') =>
    runtime.assistant.handle({ channel: 'cli', userId: chat, chatId: chat, text: q, unit: unit ?? values.unit, now: now ?? defaultToday });

  if (!values.batch) {
    const reply = await ask(question);
    process.stdout.write(values.json ? `${JSON.stringify(toJson(reply))}\n` : `${plainText(reply)}\n`);
    return 0;
  }

  const lines = (await readFile(values.batch, 'utf8')).split('\n');
  let failures = 0;
  for (const [n, raw] of lines.entries()) {
    if (!raw.trim()) continue;
    let id: string | number = `line-${n + 1}`;
    try {
      const item = batchLine.parse(JSON.parse(raw));
      id = item.id;
      // Lines are independent questions, unless they name the same chat: then they are one conversation, in order.
      const reply = await ask(item.q, item.unit, item.today ? parseToday(item.today) : undefined, item.chat ? `chat-${item.chat}` : `line-${n + 1}`);
      process.stdout.write(`${JSON.stringify({ id, ...toJson(reply) })}\n`);
    } catch (error) {
      failures++;
      const message = error instanceof z.ZodError ? `expected {"id", "q", "unit"?, "today"?, "chat"?}: ${error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` : (error as Error).message;
      process.stderr.write(`${values.batch}:${n + 1}: ${message}\n`);
      process.stdout.write(`${JSON.stringify({ id, error: message })}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
});
