import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listKnowledgeFiles, parseKnowledgeFiles } from '../../src/knowledge';

const lesson = (title: string, sentence: string) =>
  `---\ntitle: "${title}"\nkind: lesson\naudience: citizen\ntopic: vneid\nupdated: 2026-11-23\n---\n\n# ${title}\n\n## Phần một\n\n${sentence}\n`;

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tls-knowledge-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

describe('loading the knowledge folder', () => {
  it('skips the editors guide and files starting with _', async () => {
    const dir = await folder({ 'README.md': '# guide', 'lessons/_draft.md': 'x', 'lessons/a.md': lesson('A', 'Câu một.') });
    const files = await listKnowledgeFiles(dir, dir);
    expect(files.map((f) => f.path)).toEqual(['lessons/a.md']);
  });

  it('keeps serving the last good version of a file that breaks', async () => {
    const dir = await folder({ 'lessons/a.md': lesson('A', 'Phiên bản tốt.'), 'lessons/b.md': lesson('B', 'Bài B.') });
    const first = parseKnowledgeFiles(await listKnowledgeFiles(dir, dir));
    expect(first.failing).toEqual([]);
    await writeFile(join(dir, 'lessons/a.md'), lesson('A', 'Phiên bản mới.').replace('audience: citizen', 'audience: everyone'));
    const second = parseKnowledgeFiles(await listKnowledgeFiles(dir, dir), new Map(first.docs.map((d) => [d.path, d])));
    expect(second.failing).toEqual(['lessons/a.md']);
    expect(second.problems[0]!.message).toBe("lessons/a.md:4: front matter `audience` must be one of citizen, official, all; got 'everyone'");
    const a = second.docs.find((d) => d.path === 'lessons/a.md')!;
    expect(a.chunks[0]!.units[0]!.text).toBe('Phiên bản tốt.');
    expect(second.docs).toHaveLength(2);
  });

  it('drops a broken new file it has never seen good, and keeps the others', async () => {
    const dir = await folder({ 'lessons/a.md': '---\ntitle: x\n', 'lessons/b.md': lesson('B', 'Bài B.') });
    const result = parseKnowledgeFiles(await listKnowledgeFiles(dir, dir));
    expect(result.docs.map((d) => d.path)).toEqual(['lessons/b.md']);
    expect(result.failing).toEqual(['lessons/a.md']);
  });
});
