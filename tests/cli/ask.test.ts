import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, KNOWLEDGE_DIR, ROOT, tempDir } from '../helpers';

const exec = promisify(execFile);
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  env = { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'Asia/Ho_Chi_Minh', DATA_DIR: await tempDir('tls-cli-'), KNOWLEDGE_DIR, PROMPTS_DIR: join(ROOT, 'prompts') };
});

async function ask(...args: string[]) {
  return exec(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/ask.ts'), ...args], { cwd: FIXTURES, env, maxBuffer: 10_000_000 });
}

describe('ask command', () => {
  it('prints the answer, building the index on first use', async () => {
    const { stdout } = await ask('Tải VNeID ở đâu?');
    expect(stdout).toMatch(/App Store|CH Play/u);
    expect(stdout).toMatch(/📄 Nguồn:/u);
  });

  it('prints {intent, answer, sources} with --json', async () => {
    const { stdout } = await ask('--json', 'Tải VNeID ở đâu?');
    const reply = JSON.parse(stdout);
    expect(Object.keys(reply)).toEqual(['intent', 'answer', 'sources']);
    expect(reply.intent).toBe('knowledge');
    expect(reply.sources[0]).toEqual({
      path: 'knowledge/lessons/vneid-cai-dat.md',
      title: 'Cài đặt ứng dụng VNeID đúng cách',
      section: expect.any(String),
    });
  });

  it('answers a batch file line by line with ids, reporting bad lines without stopping', async () => {
    const file = join(await tempDir('tls-batch-'), 'q.jsonl');
    await writeFile(
      file,
      [
        JSON.stringify({ id: 'a', q: 'Giá vàng hôm nay?' }),
        'not json',
        JSON.stringify({ id: 7, q: 'Mã OTP của tôi là 123456', today: '2026-11-23' }),
        JSON.stringify({ id: 'c', q: 'xin chào', today: '23/11/2026' }),
      ].join('\n'),
    );
    const result = await ask('--json', '--batch', file).catch((e: { stdout: string; stderr: string; code: number }) => e);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'line-2', 7, 'c']);
    expect(lines[0].intent).toBe('out_of_scope');
    expect(lines[1].error).toMatch(/JSON/u);
    expect(lines[2].intent).toBe('safety');
    expect(lines[2].answer).not.toContain('123456');
    expect(lines[3].error).toBe("--today must be a date written YYYY-MM-DD; got '23/11/2026'");
    expect(result.stderr).toMatch(/q\.jsonl:2: /u);
    expect((result as { code?: number }).code).toBe(1);
  });

  it('reads batch lines as independent questions, unless they name the same chat', async () => {
    const file = join(await tempDir('tls-batch-'), 'q.jsonl');
    await writeFile(
      file,
      [
        JSON.stringify({ id: 1, q: 'Làm VNeID mức 2 ở đâu?' }),
        JSON.stringify({ id: 2, q: 'thế còn mang theo gì?' }),
        JSON.stringify({ id: 3, q: 'Làm VNeID mức 2 ở đâu?', chat: 'x' }),
        JSON.stringify({ id: 4, q: 'thế còn mang theo gì?', chat: 'x' }),
      ].join('\n'),
    );
    const { stdout } = await ask('--json', '--batch', file);
    const [, alone, , followUp] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(alone.sources).toEqual([]);
    expect(followUp.sources[0].section).toMatch(/mang theo/u);
  });

  it('explains bad usage', async () => {
    const result = await ask('--today', '2026-13-45', 'xin chào').catch((e: { stderr: string; code: number }) => e);
    expect((result as { code: number }).code).toBe(2);
    expect(result.stderr).toMatch(/--today/u);
  });
});
