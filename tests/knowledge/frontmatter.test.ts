import { describe, expect, it } from 'vitest';
import { KnowledgeValidationError, parseKnowledgeFile, type KnowledgeDoc, type Problem } from '../../src/knowledge';

const file = (fields: string, body = '# Bài học\n\n## Mục\n\nNội dung.') => `---\n${fields}\n---\n\n${body}\n`;
const good = 'title: "Cài VNeID"\nkind: lesson\naudience: citizen\ntopic: vneid\ntags: ["vneid"]\nupdated: 2026-11-23';
const LESSON = 'knowledge/lessons/x.md';

/** Every problem of a file as data (errors and warnings), or none. */
function problems(source: string, path = LESSON): Problem[] {
  try {
    return (parseKnowledgeFile(path, source).warnings ?? []).map((w) => w);
  } catch (error) {
    if (error instanceof KnowledgeValidationError) return error.problems.map((p) => p.toJSON());
    throw error;
  }
}

function parse(source: string, path = LESSON, modified?: Date): KnowledgeDoc {
  return parseKnowledgeFile(path, source, { modified });
}

describe('front matter editors can live with', () => {
  it('takes a lesson with only a title: kind from the folder, audience citizen, updated from the file date', () => {
    const doc = parse(file('title: "Quét mã QR để trả tiền"'), LESSON, new Date('2026-03-04T18:30:00Z'));
    expect(doc.meta).toEqual({ title: 'Quét mã QR để trả tiền', kind: 'lesson', audience: 'citizen', tags: [], updated: '2026-03-05' });
    expect(doc.defaulted).toEqual(['kind', 'audience', 'updated']);
    expect(doc.warnings).toEqual([]);
    expect(doc.chunks[0]!.kind).toBe('lesson');
  });

  it('takes the fields the design names (title, audience, tags, updated) without kind or topic', () => {
    const doc = parse(file('title: "Ví điện tử là gì?"\naudience: all\ntags: ví điện tử, thanh toán\nupdated: 2026-11-30'), LESSON, new Date('2020-01-01'));
    expect(doc.meta).toEqual({ title: 'Ví điện tử là gì?', kind: 'lesson', audience: 'all', tags: ['ví điện tử', 'thanh toán'], updated: '2026-11-30' });
    expect(doc.defaulted).toEqual(['kind']);
  });

  it('still reads a full lesson as before', () => {
    expect(problems(file(good))).toEqual([]);
    expect(parse(file(good)).defaulted).toEqual([]);
  });

  it('reads the kind from plans/ (plan unless letter is written) and alerts/', () => {
    const plan = 'title: "KH"\nissuer: "UBND tỉnh"\nsource: "a.txt"';
    expect(parse(file(plan), 'knowledge/plans/kh.md').meta.kind).toBe('plan');
    expect(parse(file(`${plan}\nkind: letter`), 'knowledge/plans/cv.md').meta.kind).toBe('letter');
    const alert = 'title: "Giả danh điện lực"\nseverity: warning\npublished: "2026-12-01 08:00"\nexpires: "2026-12-15 23:59"';
    expect(parse(file(alert), '/tmp/k/alerts/dien-luc.md').meta.kind).toBe('alert');
  });

  it('accepts a new topic, and warns with the nearest known one when it looks like a typo', () => {
    expect(problems(file('title: A\ntopic: mang-xa-hoi'))).toEqual([]);
    expect(parse(file('title: A\ntopic: mang-xa-hoi')).chunks[0]!.topic).toBe('mang-xa-hoi');
    expect(problems(file('title: A\ntopic: vnied'))).toEqual([
      { code: 'unknown_topic', severity: 'warning', path: LESSON, line: 3, field: 'topic', found: 'vnied', expected: ['vneid', 'dich-vu-cong', 'an-toan-so', 'thanh-toan-so', 'binh-dan-hoc-vu-so'], suggestion: 'vneid' },
    ]);
    expect(problems(file('title: A\ntopic: Dịch vụ công'))[0]).toMatchObject({ code: 'unknown_topic', suggestion: 'dich-vu-cong' });
  });

  it('requires a title, and says so at the opening line', () => {
    expect(problems(file('audience: citizen'))).toEqual([{ code: 'missing_field', severity: 'error', path: LESSON, line: 1, field: 'title', kind: 'lesson' }]);
    expect(problems(file('title:'))).toEqual([{ code: 'empty_field', severity: 'error', path: LESSON, line: 2, field: 'title', kind: 'lesson' }]);
  });

  it('names an unknown field with the nearest allowed one and the list of fields', () => {
    expect(problems(file(`${good}\ntittle: x`))).toEqual([
      {
        code: 'unknown_field',
        severity: 'error',
        path: LESSON,
        line: 8,
        field: 'tittle',
        kind: 'lesson',
        expected: ['title', 'kind', 'audience', 'topic', 'tags', 'updated', 'sources'],
        suggestion: 'title',
      },
    ]);
    expect(problems(file('title: A\nnguoi_viet: Lan'))[0]).toMatchObject({ code: 'unknown_field', field: 'nguoi_viet' });
    expect(problems(file('title: A\nnguoi_viet: Lan'))[0]!.suggestion).toBeUndefined();
  });

  it('says which kind a field belongs to when it is written in another', () => {
    expect(problems(file('title: A\nissuer: "UBND"'))).toEqual([
      { code: 'field_not_for_kind', severity: 'error', path: LESSON, line: 3, field: 'issuer', kind: 'lesson', found: 'plan', expected: ['title', 'kind', 'audience', 'topic', 'tags', 'updated', 'sources'], suggestion: 'plans/' },
    ]);
  });

  it('names path:line, the field, the value and the nearest allowed value for a bad enum', () => {
    expect(problems(file(good.replace('audience: citizen', 'audience: citizens')))).toEqual([
      { code: 'bad_enum', severity: 'error', path: LESSON, line: 4, field: 'audience', kind: 'lesson', found: 'citizens', expected: ['citizen', 'official', 'all'], suggestion: 'citizen' },
    ]);
  });

  it('reads a date written day first as the date it means, and refuses dates that do not exist', () => {
    expect(problems(file(good.replace('updated: 2026-11-23', 'updated: 23/11/2026')))).toEqual([
      { code: 'bad_date', severity: 'error', path: LESSON, line: 7, field: 'updated', kind: 'lesson', found: '23/11/2026', suggestion: '2026-11-23' },
    ]);
    expect(problems(file(good.replace('updated: 2026-11-23', 'updated: 2026-02-30')))[0]).toMatchObject({ code: 'bad_date', found: '2026-02-30' });
  });

  it('tells a file in plans/ without issuer and source that it may be a lesson in the wrong folder', () => {
    const found = problems(file('title: "Cách nộp hồ sơ"\ntags: [dvc]'), 'knowledge/plans/nop-ho-so.md');
    expect(found.map((p) => [p.code, p.field, p.suggestion])).toEqual([
      ['field_not_for_kind', 'tags', 'lessons/'],
      ['missing_field', 'issuer', 'lessons/'],
      ['missing_field', 'source', 'lessons/'],
    ]);
    const written = problems(file('title: "KH"\nkind: plan\nsource: "a.txt"'), 'knowledge/plans/kh.md');
    expect(written).toEqual([{ code: 'missing_field', severity: 'error', path: 'knowledge/plans/kh.md', line: 1, field: 'issuer', kind: 'plan' }]);
  });

  it('lists what an alert still needs, with the allowed severities', () => {
    const found = problems(file('title: "Cảnh báo"'), 'knowledge/alerts/a.md');
    expect(found.map((p) => [p.code, p.field, p.expected])).toEqual([
      ['missing_field', 'severity', ['info', 'warning', 'critical']],
      ['missing_field', 'published', undefined],
      ['missing_field', 'expires', undefined],
    ]);
    const late = problems(file('title: A\nseverity: warning\npublished: 1/12/2026 8:00\nexpires: "2026-12-15 23:59"'), 'knowledge/alerts/a.md');
    expect(late).toEqual([{ code: 'bad_date', severity: 'error', path: 'knowledge/alerts/a.md', line: 4, field: 'published', kind: 'alert', found: '1/12/2026 8:00', suggestion: '"2026-12-01 08:00"' }]);
  });

  it('warns when the kind written differs from the folder, and reads the file as written', () => {
    const source = file('title: A\nkind: alert\nseverity: info\npublished: "2026-12-01 08:00"\nexpires: "2026-12-02 08:00"');
    expect(problems(source)).toEqual([{ code: 'kind_folder_mismatch', severity: 'warning', path: LESSON, line: 3, field: 'kind', found: 'lessons/', kind: 'alert' }]);
    expect(parse(source).meta.kind).toBe('alert');
  });

  it('asks for a kind or a folder when neither says what the file is', () => {
    expect(problems(file('title: A'), 'knowledge/ghi-chu.md')).toEqual([
      { code: 'missing_kind', severity: 'error', path: 'knowledge/ghi-chu.md', line: 1, field: 'kind', expected: ['plan', 'letter', 'lesson', 'alert'] },
    ]);
    expect(problems(file('title: A\nkind: lessons'))[0]).toMatchObject({ code: 'bad_enum', field: 'kind', found: 'lessons', suggestion: 'lesson' });
  });

  it('explains a missing or unclosed front matter and broken YAML, once, with the reader’s code', () => {
    expect(problems('# Tải VNeID ở đâu?\n\nỞ App Store.\n')).toEqual([{ code: 'no_front_matter', severity: 'error', path: LESSON, line: 1, suggestion: 'Tải VNeID ở đâu?' }]);
    expect(problems('---\ntitle: a\n')).toEqual([{ code: 'unclosed_front_matter', severity: 'error', path: LESSON, line: 1 }]);
    expect(problems(file('title: Lừa đảo: cách nhận biết'))).toEqual([{ code: 'yaml_syntax', severity: 'error', path: LESSON, line: 2, found: 'BLOCK_AS_IMPLICIT_KEY' }]);
    const unclosed = problems(file('title: "A\naudience: citizen'));
    expect(unclosed).toHaveLength(1);
    expect(unclosed[0]).toMatchObject({ code: 'yaml_syntax', found: 'MISSING_CHAR' });
  });
});

describe('body validation', () => {
  it('finds a table without its separator row, and gives the row to add', () => {
    const body = '# T\n\n| Stt | Nhiệm vụ |\n| 1 | Làm A |\n';
    expect(problems(file(good, body))).toEqual([
      { code: 'table_no_separator', severity: 'error', path: LESSON, line: 12, field: 'table', suggestion: '| --- | --- |' },
    ]);
  });

  it('finds a table row with the wrong number of cells', () => {
    const body = '# T\n\n| Stt | Nhiệm vụ | Chủ trì |\n|---|---|---|\n| 1 | Làm A |\n';
    expect(problems(file(good, body))).toEqual([{ code: 'table_cells', severity: 'error', path: LESSON, line: 14, field: 'table', found: '2', expected: ['3'] }]);
  });

  it('rejects a file with no text after the front matter', () => {
    expect(problems(`---\n${good}\n---\n`)).toEqual([{ code: 'empty_body', severity: 'error', path: LESSON, line: 9 }]);
  });

  it('finds a task timing the deadline engine cannot read, in a plan', () => {
    const plan = 'title: "KH"\nissuer: "UBND tỉnh"\nsource: "a.txt"';
    const body = '# KH\n\n## 1. Việc\n\n- Đơn vị chủ trì: Sở A\n- Thời gian thực hiện: khi nào có kinh phí\n';
    expect(problems(file(plan, body), 'knowledge/plans/kh.md')).toEqual([
      { code: 'bad_timing', severity: 'error', path: 'knowledge/plans/kh.md', line: 12, field: 'Thời gian thực hiện', found: 'khi nào có kinh phí' },
    ]);
  });
});
