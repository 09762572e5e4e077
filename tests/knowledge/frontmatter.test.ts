import { describe, expect, it } from 'vitest';
import { KnowledgeValidationError, parseKnowledgeFile } from '../../src/knowledge';

const lesson = (fields: string, body = '# Bài học\n\n## Mục\n\nNội dung.') => `---\n${fields}\n---\n\n${body}\n`;
const good = 'title: "Cài VNeID"\nkind: lesson\naudience: citizen\ntopic: vneid\ntags: ["vneid"]\nupdated: 2026-11-23';

function problems(source: string, path = 'knowledge/lessons/x.md'): string[] {
  try {
    parseKnowledgeFile(path, source);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeValidationError) return error.problems.map((p) => p.message);
    throw error;
  }
}

describe('front matter validation', () => {
  it('accepts a valid lesson', () => {
    expect(problems(lesson(good))).toEqual([]);
  });

  it('names path:line, the field and the allowed values for a bad enum', () => {
    expect(problems(lesson(good.replace('audience: citizen', 'audience: citizens')))).toEqual([
      "knowledge/lessons/x.md:4: front matter `audience` must be one of citizen, official, all; got 'citizens'",
    ]);
  });

  it('reports a wrongly written date and an unknown field on their own lines', () => {
    const source = lesson(`${good.replace('updated: 2026-11-23', 'updated: 23/11/2026')}\ntittle: x`);
    expect(problems(source)).toEqual([
      "knowledge/lessons/x.md:7: front matter `updated` must be a date written YYYY-MM-DD; got '23/11/2026'",
      'knowledge/lessons/x.md:8: front matter has unknown field `tittle`; a lesson allows: title, kind, audience, topic, tags, updated, sources',
    ]);
  });

  it('reports missing fields at the opening line', () => {
    expect(problems(lesson('title: "A"\nkind: lesson\naudience: citizen\ntopic: vneid'))).toEqual([
      'knowledge/lessons/x.md:1: front matter `updated` is required (a date written YYYY-MM-DD)',
    ]);
  });

  it('explains a missing or unclosed front matter and broken YAML', () => {
    expect(problems('# Chỉ có tiêu đề\n')[0]).toMatch(/^knowledge\/lessons\/x\.md:1: the file must start with front matter/u);
    expect(problems('---\ntitle: a\n')[0]).toMatch(/never closed/u);
    expect(problems(lesson('title: "A\nkind: lesson'))[0]).toMatch(/^knowledge\/lessons\/x\.md:\d+: front matter is not valid YAML/u);
  });

  it('lists the kinds when kind is wrong', () => {
    expect(problems(lesson('title: A\nkind: lessons'))).toEqual([
      "knowledge/lessons/x.md:3: front matter `kind` must be one of plan, letter, lesson, alert; got 'lessons'",
    ]);
  });

  it('accepts a plan with a year-only date and optional number', () => {
    const plan = '---\ntitle: "KH"\nkind: plan\nissuer: "UBND tỉnh"\ndate: 2026\nsource: "a.txt"\n---\n\n# KH\n\nNội dung.\n';
    expect(problems(plan, 'knowledge/plans/kh.md')).toEqual([]);
  });
});

describe('body validation', () => {
  it('finds a table without its separator row', () => {
    const body = '# T\n\n| Stt | Nhiệm vụ |\n| 1 | Làm A |\n';
    expect(problems(lesson(good, body))).toEqual([
      'knowledge/lessons/x.md:12: table has no separator row: put a line like "| --- | --- |" (one --- per column) right under the header row',
    ]);
  });

  it('finds a table row with the wrong number of cells', () => {
    const body = '# T\n\n| Stt | Nhiệm vụ | Chủ trì |\n|---|---|---|\n| 1 | Làm A |\n';
    expect(problems(lesson(good, body))[0]).toBe(
      'knowledge/lessons/x.md:14: table row has 2 cells but the header has 3: every row needs one cell per column (escape a "|" inside a cell as "\\|")',
    );
  });

  it('rejects a file with no text after the front matter', () => {
    expect(problems(`---\n${good}\n---\n`)[0]).toMatch(/has no text after its front matter/u);
  });
});
