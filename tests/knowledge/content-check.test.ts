import { describe, expect, it } from 'vitest';
import { checkLessons, loadContacts, parseKnowledgeFile, type ContactList, type KnowledgeDoc } from '../../src/knowledge';
import { KNOWLEDGE_DIR } from '../helpers';

const PATH = 'knowledge/lessons/x.md';
const NOW = new Date('2026-12-01T09:00:00+07:00');
const variants = (n: number) => `Cách hỏi khác:\n${Array.from({ length: n }, (_, i) => `- cách hỏi ${i + 1}`).join('\n')}\n`;
const lesson = (fields: string, body: string, modified?: Date): KnowledgeDoc =>
  parseKnowledgeFile(PATH, `---\ntitle: "Bài"\n${fields}\n---\n\n# Bài\n\n${body}`, { modified });
const SOURCES = 'sources: ["https://dichvucong.gov.vn"]\nupdated: 2026-11-30';

let contacts: ContactList;
const check = async (doc: KnowledgeDoc, options: { maxAgeDays?: number } = {}) => {
  contacts ??= (await loadContacts(KNOWLEDGE_DIR, KNOWLEDGE_DIR)).contacts;
  return checkLessons([doc], { contacts, now: NOW, ...options }).map((p) => p.toJSON());
};

describe('the content check of lessons', () => {
  it('passes a lesson with sources, a recent date, five variants per section and only listed contacts', async () => {
    const doc = lesson(SOURCES, `## Tải VNeID ở đâu?\n\nGọi 1900 0368 hoặc vào dichvucong.gov.vn.\n\n${variants(5)}\n## Cần giúp thêm?\n\nGọi số 156.\n`);
    expect(await check(doc)).toEqual([]);
  });

  it('warns on a section without variants and one with fewer than five, and exempts “Cần giúp thêm?” and the opening text', async () => {
    const doc = lesson(SOURCES, `Mở đầu.\n\n## Một?\n\nA.\n\n## Hai?\n\nB.\n\n${variants(2)}\n## Cần giúp thêm\n\nC.\n`);
    expect(await check(doc)).toEqual([
      { code: 'no_variants', severity: 'warning', path: PATH, line: 11, field: 'Một?', expected: ['5'] },
      { code: 'few_variants', severity: 'warning', path: PATH, line: 19, field: 'Hai?', found: '2', expected: ['5'] },
    ]);
  });

  it('warns on a lesson without sources', async () => {
    expect(await check(lesson('updated: 2026-11-30', `## A?\n\nA.\n\n${variants(5)}`))).toEqual([{ code: 'no_sources', severity: 'warning', path: PATH, line: 1, kind: 'lesson' }]);
  });

  it('warns once per file on each number or site not in contacts.yaml, suggesting a near listed one, and on one still to confirm', async () => {
    const body = `## A?\n\nGọi 1900 0386 ngay. Gọi lại 1900 0386. Vào dichvuccong.gov.vn hoặc abc-vneid.com.\n\n${variants(5)}\n## B?\n\nGọi 18001096.\n\n${variants(5)}`;
    expect(await check(lesson(SOURCES, body))).toEqual([
      { code: 'unlisted_phone', severity: 'warning', path: PATH, line: 11, found: '1900 0386', suggestion: '1900 0368' },
      { code: 'unlisted_web', severity: 'warning', path: PATH, line: 11, found: 'dichvuccong.gov.vn', suggestion: 'dichvucong.gov.vn' },
      { code: 'unlisted_web', severity: 'warning', path: PATH, line: 11, found: 'abc-vneid.com' },
      { code: 'unconfirmed_contact', severity: 'warning', path: PATH, line: 22, found: '18001096' },
    ]);
  });

  it('checks numbers in headings and tables too', async () => {
    const body = `## Gọi 0123 456 789 có mất tiền không?\n\n| Việc | Số |\n| --- | --- |\n| Báo lừa đảo | gọi 113 |\n\n${variants(5)}`;
    expect((await check(lesson(SOURCES, body))).map((p) => [p.code, p.found, p.line])).toEqual([
      ['unlisted_phone', '0123 456 789', 9],
      ['unlisted_phone', '113', 13],
    ]);
  });

  it('warns on an updated date past the configured age, and on an undated file by its last change', async () => {
    const old = lesson('sources: [a]\nupdated: 2025-11-30', `## A?\n\nA.\n\n${variants(5)}`);
    expect(await check(old)).toEqual([{ code: 'stale_updated', severity: 'warning', path: PATH, line: 1, field: 'updated', found: '2025-11-30', expected: ['365'], suggestion: '2026-12-01' }]);
    expect(await check(old, { maxAgeDays: 400 })).toEqual([]);
    const undated = lesson('sources: [a]', `## A?\n\nA.\n\n${variants(5)}`, new Date('2026-11-01T00:00:00Z'));
    expect(await check(undated, { maxAgeDays: 20 })).toEqual([{ code: 'stale_updated', severity: 'warning', path: PATH, line: 1, found: '2026-11-01', expected: ['20'], suggestion: '2026-12-01' }]);
  });

  it('leaves plans and alerts alone', async () => {
    const plan = parseKnowledgeFile('knowledge/plans/kh.md', '---\ntitle: KH\nissuer: UBND\nsource: a.txt\n---\n\n# KH\n\n## I. Việc\n\nGọi 0987 654 321.\n');
    expect(await check(plan)).toEqual([]);
  });
});
