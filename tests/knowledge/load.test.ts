import { mkdtemp, mkdir, utimes, writeFile } from 'node:fs/promises';
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
    expect(second.problems.map((p) => p.toJSON())).toEqual([
      { code: 'bad_enum', severity: 'error', path: 'lessons/a.md', line: 4, field: 'audience', kind: 'lesson', found: 'everyone', expected: ['citizen', 'official', 'all'] },
    ]);
    const a = second.docs.find((d) => d.path === 'lessons/a.md')!;
    expect(a.chunks[0]!.units[0]!.text).toBe('Phiên bản tốt.');
    expect(second.docs).toHaveLength(2);
  });

  it('reads only markdown as documents: contacts.yaml, units.yaml and a lexicon are left to the modules that know them', async () => {
    const dir = await folder({
      'lessons/a.md': lesson('A', 'Câu một.'),
      'contacts.yaml': '- name: x\n',
      'units.yaml': 'provinces: []\n',
      'lexicon.yaml': 'synonyms:\n  - [vneid, "định danh"]\n',
    });
    const result = parseKnowledgeFiles(await listKnowledgeFiles(dir, dir));
    expect(result.docs.map((d) => d.path)).toEqual(['lessons/a.md']);
    expect(result.problems).toEqual([]);
  });

  it('dates a lesson without `updated` by its file’s last change, and keeps its warnings with it', async () => {
    const dir = await folder({ 'lessons/moi.md': '---\ntitle: "Bài mới"\ntopic: vnied\n---\n\n# Bài mới\n\nNội dung.\n' });
    await utimes(join(dir, 'lessons/moi.md'), new Date('2025-05-01T03:00:00Z'), new Date('2025-05-01T03:00:00Z'));
    const first = parseKnowledgeFiles(await listKnowledgeFiles(dir, dir));
    expect(first.docs[0]!.meta).toMatchObject({ kind: 'lesson', updated: '2025-05-01' });
    expect(first.failing).toEqual([]);
    expect(first.problems.map((p) => [p.code, p.severity, p.line])).toEqual([['unknown_topic', 'warning', 3]]);
    const again = parseKnowledgeFiles(await listKnowledgeFiles(dir, dir), new Map(first.docs.map((d) => [d.path, d])));
    expect(again.docs[0]).toBe(first.docs[0]);
    expect(again.problems.map((p) => p.code)).toEqual(['unknown_topic']);
  });

  it('drops a broken new file it has never seen good, and keeps the others', async () => {
    const dir = await folder({ 'lessons/a.md': '---\ntitle: x\n', 'lessons/b.md': lesson('B', 'Bài B.') });
    const result = parseKnowledgeFiles(await listKnowledgeFiles(dir, dir));
    expect(result.docs.map((d) => d.path)).toEqual(['lessons/b.md']);
    expect(result.failing).toEqual(['lessons/a.md']);
  });
});
