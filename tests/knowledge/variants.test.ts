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

  it('keep a long lesson section in one passage, so its steps are never quoted without its opening', () => {
    const lead = 'Trước hết bạn xem lại biên lai chuyển tiền và nhờ người nhận kiểm tra lại ứng dụng ngân hàng của họ. '.repeat(6);
    const steps = Array.from({ length: 6 }, (_, i) => `${i + 1}. Bước thứ ${i + 1}: làm đúng theo hướng dẫn của ngân hàng, giữ lại biên lai.`).join('\n');
    const doc = lesson(`## Chuyển khoản rồi mà người nhận chưa thấy tiền?\n\n${lead}\n\n${steps}\n`);
    expect(lead.length + steps.length).toBeGreaterThan(900);
    expect(doc.chunks).toHaveLength(1);
    expect(doc.chunks[0]!.units[0]!.text).toMatch(/^Trước hết/u);
    expect(doc.chunks[0]!.units.at(-1)!.text).toMatch(/^6\. /u);
  });
});
