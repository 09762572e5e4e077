import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createLogger } from '../app/logger';
import { createRuntime } from '../app/runtime';
import { InMemoryConversations } from '../assistant';
import { configOrExit, parseToday, progressLine, run } from './common';
import { plainText } from '../core';

const HELP = `Chat with Trợ lý số in the terminal (the same core as the bots and npm run ask).

Usage:
  npm run chat [-- --unit "<đơn vị>"] [--today YYYY-MM-DD]

Type a question and press Enter; an empty line or Ctrl+D ends the chat.`;

run(async () => {
  const { values } = parseArgs({
    options: { unit: { type: 'string' }, today: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const now = values.today ? parseToday(values.today) : undefined;
  const config = configOrExit();
  const runtime = await createRuntime(config, { log: createLogger(process.env.LOG_LEVEL ?? 'warn'), onProgress: progressLine, memory: new InMemoryConversations() });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  process.stdout.write('Trợ lý số: Xin chào! Bạn cứ gõ câu hỏi (Enter để gửi, dòng trống để thoát).\n');
  for await (const line of rl) {
    if (!line.trim()) break;
    const reply = await runtime.assistant.handle({ channel: 'cli', userId: 'terminal', chatId: 'terminal', text: line, unit: values.unit, now });
    process.stdout.write(`\n${plainText(reply)}\n\n`);
    if (reply.buttons?.length) process.stdout.write(`(Chủ đề: ${reply.buttons.map((b) => b.label).join(' · ')})\n\n`);
  }
  rl.close();
  return 0;
});
