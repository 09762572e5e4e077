import { describe, expect, it } from 'vitest';
import { chunkText, parseKnowledgeFile } from '../../src/knowledge';

const lesson = (body: string) =>
  parseKnowledgeFile('knowledge/lessons/x.md', `---\ntitle: "X"\nkind: lesson\naudience: citizen\ntopic: vneid\nupdated: 2026-11-30\n---\n\n# X\n\n${body}`);

describe('question variants ("Cách hỏi khác:")', () => {
  it('are kept with their section and never become quotable text', () => {
    const doc = lesson('## Quên mật khẩu VNeID phải làm sao?\n\nBấm “Quên mật khẩu”.\n\n1. Mở ứng dụng.\n2. Bấm “Quên mật khẩu”.\n\nCách hỏi khác:\n- quen mk vneid r ad oi\n- Quên mật khẩu VNeID thì lấy lại thế nào?\n\n## Cần giúp thêm?\n\nGọi 1900 0368.\n');
    const [first, second] = doc.chunks;
    expect(first!.variants).toEqual(['quen mk vneid r ad oi', 'Quên mật khẩu VNeID thì lấy lại thế nào?']);
    expect(chunkText(first!)).not.toMatch(/quen mk|Cách hỏi khác/u);
    expect(first!.units.map((u) => u.text)).toEqual(['Bấm “Quên mật khẩu”.', '1. Mở ứng dụng.', '2. Bấm “Quên mật khẩu”.']);
    expect(second!.variants).toEqual([]);
  });

  it('accept the label without diacritics or colon', () => {
    const doc = lesson('## Tải VNeID ở đâu?\n\nỞ App Store và CH Play.\n\ncach hoi khac\n- tai vneid o dau\n');
    expect(doc.chunks[0]!.variants).toEqual(['tai vneid o dau']);
  });
});
