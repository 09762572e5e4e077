import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, PROBLEM_SEVERITY, describeProblem, formatProblem, makeProblem, type ProblemCode } from '../../src/knowledge';

const sample = (code: ProblemCode) =>
  makeProblem({ code, path: 'knowledge/lessons/x.md', line: 3, field: 'audience', found: 'citizens', expected: ['citizen', 'official', 'all'], suggestion: 'citizen', kind: 'lesson' });

describe('the editors’ message catalog', () => {
  it('words every problem code in Vietnamese, with nothing left blank', () => {
    for (const code of PROBLEM_CODES) {
      for (const problem of [sample(code), makeProblem({ code, path: 'a.md', line: 1 })]) {
        const text = describeProblem(problem);
        expect(text.length, code).toBeGreaterThan(20);
        expect(text, code).not.toMatch(/undefined|null|\[object/u);
        expect(text, code).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
      }
    }
  });

  it('puts the location and the severity first, as every output shows it', () => {
    expect(formatProblem(sample('bad_enum'))).toMatch(/^knowledge\/lessons\/x\.md:3: lỗi: /u);
    expect(formatProblem(sample('no_sources'))).toMatch(/^knowledge\/lessons\/x\.md:3: cảnh báo: /u);
    expect(PROBLEM_SEVERITY.unknown_topic).toBe('warning');
    expect(PROBLEM_SEVERITY.unknown_field).toBe('error');
  });

  it('says what was found, what is allowed and what to write instead (pinned sentences)', () => {
    expect(formatProblem(sample('bad_enum'))).toBe(
      "knowledge/lessons/x.md:3: lỗi: trường `audience` ghi 'citizens', không phải giá trị được dùng. Có phải ý bạn là `citizen`? " +
        'Giá trị được dùng: citizen (người dân), official (cán bộ), all (cả hai).',
    );
    expect(
      formatProblem(makeProblem({ code: 'unknown_field', path: 'knowledge/lessons/x.md', line: 8, field: 'tittle', kind: 'lesson', expected: ['title', 'kind', 'audience'], suggestion: 'title' })),
    ).toBe('knowledge/lessons/x.md:8: lỗi: trường `tittle` không có trong bài học. Có phải ý bạn là `title`? Các trường được dùng: title, kind, audience.');
    expect(formatProblem(makeProblem({ code: 'missing_field', path: 'knowledge/plans/kh.md', line: 1, field: 'issuer', kind: 'plan', suggestion: 'lessons/' }))).toBe(
      'knowledge/plans/kh.md:1: lỗi: kế hoạch cần trường `issuer` (cơ quan ban hành văn bản) mà chưa có. ' +
        'Tệp trong plans/ được đọc là văn bản chính thức (kế hoạch, công văn); nếu đây là bài học cho người dân, hãy chuyển tệp sang lessons/. ' +
        'Thêm một dòng, ví dụ: issuer: "UBND tỉnh Đồng Tháp"',
    );
    expect(formatProblem(makeProblem({ code: 'unlisted_phone', path: 'knowledge/lessons/x.md', line: 20, found: '1900 0386', suggestion: '1900 0368' }))).toBe(
      'knowledge/lessons/x.md:20: cảnh báo: số 1900 0386 không có trong knowledge/contacts.yaml. Đối chiếu số với nguồn chính thức: ' +
        'đúng thì thêm vào contacts.yaml (kèm nơi đã kiểm tra), sai thì sửa bài. Số gần giống trong danh sách: 1900 0368.',
    );
    expect(formatProblem(makeProblem({ code: 'no_variants', path: 'knowledge/lessons/x.md', line: 12, field: 'Tải VNeID ở đâu?', expected: ['5'] }))).toBe(
      'knowledge/lessons/x.md:12: cảnh báo: mục “Tải VNeID ở đâu?” chưa có danh sách “Cách hỏi khác:”. Thêm dưới mục một dòng Cách hỏi khác: ' +
        'rồi ít nhất 5 dòng “- …” ghi những cách người dân hay hỏi điều này (có dấu, không dấu, viết tắt như trên điện thoại).',
    );
  });
});
