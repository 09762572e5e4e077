import { execFile } from 'node:child_process';
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR, ROOT, tempDir } from '../helpers';

const exec = promisify(execFile);

async function run(args: string[], env: Record<string, string>) {
  return exec(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/ingest.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'Asia/Ho_Chi_Minh', ...env },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

async function copy() {
  const knowledge = await tempDir('tls-ingest-');
  await cp(KNOWLEDGE_DIR, knowledge, { recursive: true });
  return { knowledge, data: await tempDir('tls-ingest-data-') };
}

describe('npm run ingest', () => {
  it('--check passes on the repository knowledge and touches no index', async () => {
    const { knowledge, data } = await copy();
    const result = await run(['--check'], { KNOWLEDGE_DIR: knowledge, DATA_DIR: data });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/checked 26 knowledge files, units\.yaml and 4 extraction files: 0 with problems/u);
    expect(await readdir(data)).toEqual([]);
  });

  it('--check lists every problem with path:line, in markdown, roster and reviewed records, and exits 1', async () => {
    const { knowledge, data } = await copy();
    const lesson = join(knowledge, 'lessons/vneid-cai-dat.md');
    await writeFile(lesson, (await readFile(lesson, 'utf8')).replace('audience: citizen', 'audience: citizens'));
    const plan = join(knowledge, 'plans/dong-thap-ke-hoach-sang-kien-dot-pha-2026.md');
    await writeFile(plan, (await readFile(plan, 'utf8')).replace('- Thời gian thực hiện: Từ tháng 6/2026.', '- Thời gian thực hiện: khi nào có kinh phí.'));
    const roster = join(knowledge, 'units.yaml');
    await writeFile(roster, (await readFile(roster, 'utf8')).replace('in: [dt-vp-phong-ban]', 'in: [dt-vp-phong-ban-khong-co]'));
    const records = join(knowledge, 'plans/dong-nai-skhcn-de-nghi-bao-cao-tong-ket.extracted.yaml');
    await writeFile(records, (await readFile(records, 'utf8')).replace('kind: report', 'kind: deadline'));

    const result = await run(['--check'], { KNOWLEDGE_DIR: knowledge, DATA_DIR: data });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.some((l) => /vneid-cai-dat\.md:4: front matter `audience` must be one of citizen, official, all; got 'citizens'$/u.test(l))).toBe(true);
    expect(lines.some((l) => /dong-thap-ke-hoach-sang-kien-dot-pha-2026\.md:\d+: `Thời gian thực hiện` 'khi nào có kinh phí\.' is not a time the bot can read/u.test(l))).toBe(true);
    expect(lines.some((l) => /units\.yaml:\d+: unit `dt-vp-ttthcb` refers to unknown unit or group `dt-vp-phong-ban-khong-co`/u.test(l))).toBe(true);
    expect(lines.some((l) => /dong-nai-skhcn-de-nghi-bao-cao-tong-ket\.extracted\.yaml:\d+: `deadlines\.\d+\.kind`/u.test(l))).toBe(true);
    expect(result.stdout).toMatch(/: 4 with problems/u);
    expect(await readdir(data)).toEqual([]);
    expect(await readFile(records, 'utf8')).toContain('kind: deadline');
  });

  it('builds the index with a summary, and exits 1 while still indexing the valid files when one is broken', async () => {
    const { knowledge, data } = await copy();
    const ok = await run([], { KNOWLEDGE_DIR: knowledge, DATA_DIR: data });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/indexed \d+ passages from 26 files \(22 lesson, 3 letter, 1 plan\)/u);
    expect(ok.stdout).not.toMatch(/updated .*extracted\.yaml/u);
    expect(ok.stderr).toMatch(/building the index/u);
    expect((await stat(join(data, 'index/manifest.json'))).isFile()).toBe(true);

    await writeFile(join(knowledge, 'lessons/hong.md'), '---\ntitle: "Hỏng"\nkind: lesson\n---\n\n# Hỏng\n');
    const bad = await run([], { KNOWLEDGE_DIR: knowledge, DATA_DIR: data });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/lessons\/hong\.md:1: front matter `audience` is required/u);
    expect(bad.stdout).toMatch(/indexed \d+ passages from 26 files/u);
  });
});
