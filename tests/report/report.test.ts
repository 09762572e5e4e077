import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeFileError, describeProblem } from '../../src/knowledge';
import { buildReport, csvField, parsePeriod, PeriodError, renderCsv, renderHtml, renderText, type Report } from '../../src/report';
import type { KnowledgeIndex } from '../../src/retrieval';
import { scanSecrets } from '../../src/safety';
import { SqliteStore, type SourceRef } from '../../src/store';
import { realIndex, tempDir } from '../helpers';
import { type Channel } from '../../src/core';

const FROM = new Date('2026-11-01T00:00:00+07:00');
const TO = new Date('2026-12-01T00:00:00+07:00');
const at = (day: number, hour = 9) => new Date(`2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+07:00`);

const CAI_DAT: SourceRef = { path: 'knowledge/lessons/vneid-cai-dat.md', section: 'Tải VNeID ở đâu?' };
const DOI_SO: SourceRef = { path: 'knowledge/lessons/vneid-doi-so-dien-thoai-mat-may.md', section: 'Đổi số điện thoại trên VNeID ở đâu?' };
const OTP: SourceRef = { path: 'knowledge/lessons/otp-mat-khau-bao-mat.md', section: 'Mã OTP là gì?' };
const MUC_2: SourceRef = { path: 'knowledge/lessons/vneid-lam-muc-2.md', section: 'Làm VNeID mức 2 ở đâu?' };

/** Identifiers that must never reach the report. */
const HASHES = ['c0ffee00c0ffee01', 'c0ffee00c0ffee02', 'c0ffee00c0ffee03'];
const USER_IDS = ['userhash-77aa11', 'chathash-88bb22'];
const SECRET = 'Abc@12345';
const QUOTED = 'Phí "dịch vụ công", có mất tiền không?';

let index: KnowledgeIndex;
let store: SqliteStore;
let report: Report;
const downIds: number[] = [];

async function ask(question: string, options: { at: Date; channel?: Channel; intent?: string; covered?: boolean; sources?: SourceRef[]; chat?: number; followUpOf?: number }) {
  await store.recordAnswer([], {
    at: options.at,
    channel: options.channel ?? 'web',
    intent: options.intent ?? 'knowledge',
    covered: options.covered ?? (options.intent === undefined || options.intent === 'knowledge' ? true : undefined),
    question,
    sources: options.sources ?? [],
    chatHash: HASHES[options.chat ?? 0]!,
    followUpOf: options.followUpOf,
  });
}

async function rate(question: string, source: SourceRef | undefined, rating: 1 | -1, when: Date, answer = `Trả lời cho: ${question}`): Promise<number> {
  return await store.recordFeedback({
    channel: 'telegram',
    chatId: USER_IDS[1]!,
    userId: USER_IDS[0]!,
    question,
    answer,
    intent: 'knowledge',
    sources: source ? [source] : [],
    rating,
    at: when,
  });
}

beforeAll(async () => {
  index = await realIndex();
  store = new SqliteStore(join(await tempDir('tls-report-'), 'report.db'));

  // Not covered: one question in three wordings, with and without diacritics, on three channels.
  await ask('lam the nao de doi ten tren vneid', { at: at(3), covered: false, chat: 0 });
  await ask('Làm thế nào để đổi tên trên VNeID?', { at: at(4), channel: 'telegram', covered: false, chat: 1 });
  await ask('Làm thế nào để đổi tên trên VNeID?', { at: at(5), channel: 'zalo', covered: false, chat: 2 });
  await ask('Đổi tên trên VNeID được không?', { at: at(6), covered: false, chat: 1 });
  await ask('Làm sao gia hạn visa du lịch trên VNeID?', { at: at(7), covered: false });
  // The pipeline stores the question as the assistant processed it: secrets already redacted.
  await ask(scanSecrets(`Mật khẩu VNeID của tôi là ${SECRET} sao không đăng nhập được?`).redacted, { at: at(8), covered: false });
  await ask(QUOTED, { at: at(9), covered: false });
  await ask('<script>alert(1)</script> =HYPERLINK("http://x")', { at: at(9, 10), covered: false });

  // Covered answers quoting passages, and other intents.
  await ask('Tải VNeID ở đâu?', { at: at(10), sources: [CAI_DAT] });
  await ask('tai vneid o dau', { at: at(10, 11), channel: 'telegram', sources: [CAI_DAT, DOI_SO] });
  await ask('Làm VNeID mức 2 ở đâu?', { at: at(11), sources: [MUC_2] });
  await ask('xin chào', { at: at(11, 10), intent: 'greeting' });
  await ask('hạn nộp báo cáo quý', { at: at(12), intent: 'deadlines', channel: 'telegram' });

  // Ratings: "tải VNeID" 3 👎 1 👍; "đổi số" 1 👎; "OTP" 1 👎 1 👍; "mức 2" only 👍.
  downIds.push(await rate('Tải VNeID ở đâu?', CAI_DAT, -1, at(13), 'Bạn tải ứng dụng VNeID trên App Store hoặc CH Play. '.repeat(10)));
  downIds.push(await rate('tai vneid o dau', CAI_DAT, -1, at(14)));
  downIds.push(await rate('Tải VNeID ở đâu?', CAI_DAT, -1, at(15)));
  await rate('Tải VNeID ở đâu?', CAI_DAT, 1, at(16));
  await rate('Đổi số điện thoại VNeID', DOI_SO, -1, at(13));
  await rate('Mã OTP là gì?', OTP, -1, at(13));
  await rate('Mã OTP là gì?', OTP, 1, at(14));
  await rate('Làm VNeID mức 2 ở đâu?', MUC_2, 1, at(14));
  // What people asked after a 👎.
  await ask('vẫn không tải được VNeID', { at: at(13, 10), covered: false, followUpOf: downIds[0] });
  await ask('Vẫn không tải được VNeID', { at: at(14, 10), covered: false, followUpOf: downIds[1] });
  await ask('tải VNeID cho iPhone cũ', { at: at(15, 10), sources: [CAI_DAT], followUpOf: downIds[2] });

  // Outside the period: counted nowhere.
  await ask('Làm sao gia hạn visa du lịch trên VNeID?', { at: new Date('2026-10-31T23:59:00+07:00'), covered: false });
  await ask('Làm sao gia hạn visa du lịch trên VNeID?', { at: TO, covered: false });
  await rate('Đổi số điện thoại VNeID', DOI_SO, -1, new Date('2026-10-20T09:00:00+07:00'));

  report = await buildReport({ store, index, from: FROM, to: TO });
});

afterAll(() => store.close());

describe('buildReport: not-covered questions', () => {
  it('counts near-identical wordings, with or without diacritics, as one question, with the commonest wording as example', () => {
    const rename = report.notCovered.groups.find((g) => g.example === 'Làm thế nào để đổi tên trên VNeID?')!;
    expect(rename).toMatchObject({ count: 4, others: ['lam the nao de doi ten tren vneid', 'Đổi tên trên VNeID được không?'] });
    expect(rename.lastAskedAt).toEqual(at(6));
    expect(report.notCovered.groups[0]).toBe(rename);
  });

  it('keeps a different question in its own group and leaves out questions outside the period', () => {
    const visa = report.notCovered.groups.filter((g) => /visa/u.test(g.example));
    expect(visa).toEqual([{ example: 'Làm sao gia hạn visa du lịch trên VNeID?', count: 1, others: [], lastAskedAt: at(7) }]);
    expect(report.notCovered.total).toBe(report.notCovered.groups.length);
    expect(report.notCovered.groups.map((g) => g.count)).toEqual([4, 2, 1, 1, 1, 1]);
  });

  it('shows a redacted secret as "[đã ẩn]" and never the secret', () => {
    expect(report.notCovered.groups.some((g) => g.example === 'Mật khẩu VNeID của tôi là [đã ẩn] sao không đăng nhập được?')).toBe(true);
    for (const output of [JSON.stringify(report), renderText(report), renderHtml(report), renderCsv(report)]) {
      expect(output).toContain('[đã ẩn]');
      expect(output).not.toContain(SECRET);
    }
  });

  it('lists only the top groups when asked, still counting every group', async () => {
    const small = await buildReport({ store, index, from: FROM, to: TO, top: 2 });
    expect(small.notCovered).toMatchObject({ total: 6 });
    expect(small.notCovered.groups).toHaveLength(2);
    expect(renderText(small)).toContain('2. CÂU HỎI CHƯA CÓ THÔNG TIN (6 nhóm, hiện 2 nhóm hỏi nhiều nhất)');
  });
});

describe('buildReport: ratings, files and totals', () => {
  it('orders the worst-rated answers by 👎, then 👎 minus 👍, with the passage, the answer start and the follow-ups', () => {
    const answers = report.worstRated.answers;
    expect(answers.map((a) => [a.question, a.down, a.up, a.passage])).toEqual([
      ['Tải VNeID ở đâu?', 3, 1, CAI_DAT],
      ['Đổi số điện thoại VNeID', 1, 0, DOI_SO],
      ['Mã OTP là gì?', 1, 1, OTP],
    ]);
    expect(report.worstRated.total).toBe(3);
    const first = answers[0]!;
    expect(first.answer).toBe('Trả lời cho: Tải VNeID ở đâu?');
    expect(first.followUps).toEqual([
      { key: 'vẫn không tải được VNeID', count: 2 },
      { key: 'tải VNeID cho iPhone cũ', count: 1 },
    ]);
    expect(answers[1]!.followUps).toEqual([]);
  });

  it('cuts a long answer to about 200 characters on one line', async () => {
    const long = (await buildReport({ store, index, from: FROM, to: at(14) })).worstRated.answers.find((a) => a.passage?.path === CAI_DAT.path)!;
    expect(long.answer.startsWith('Bạn tải ứng dụng VNeID trên App Store hoặc CH Play. Bạn tải')).toBe(true);
    expect(long.answer.endsWith('…')).toBe(true);
    expect(Array.from(long.answer).length).toBeLessThanOrEqual(201);
  });

  it('lists the indexed files no answer quoted, and each file with its indexed time and use', () => {
    const used = new Set([CAI_DAT.path, DOI_SO.path, MUC_2.path]);
    expect(report.unusedFiles).toEqual(index.docs.map((d) => d.path).filter((p) => !used.has(p)).sort());
    expect(report.unusedFiles).toContain(OTP.path);
    expect(report.files.map((f) => f.path)).toEqual([...index.indexedAt.keys()].sort());
    const caiDat = report.files.find((f) => f.path === CAI_DAT.path)!;
    expect(caiDat).toEqual({ path: CAI_DAT.path, indexedAt: index.indexedAt.get(CAI_DAT.path), failing: false, problems: [], answered: 3 });
  });

  it('marks files failing validation, from the index and from the officials data, and lists warnings without failing the file', async () => {
    const bad = 'knowledge/lessons/vneid-la-gi.md';
    const typo = 'knowledge/lessons/vneid-cai-dat.md';
    const broken = {
      ...index,
      failing: [bad],
      problems: [
        new KnowledgeFileError({ code: 'bad_enum', path: bad, line: 4, field: 'audience', kind: 'lesson', found: 'citizens', expected: ['citizen', 'official', 'all'], suggestion: 'citizen' }),
        new KnowledgeFileError({ code: 'unknown_topic', path: typo, line: 5, field: 'topic', found: 'vnied', expected: ['vneid'], suggestion: 'vneid' }),
      ],
    };
    const officials = { problems: [new KnowledgeFileError({ code: 'duplicate_id', path: 'knowledge/units.yaml', line: 12, field: 'id', found: 'so-kh' })] };
    const withProblems = await buildReport({ store, index: broken, officials, from: FROM, to: TO });
    const enumProblem = describeProblem(broken.problems[0]!);
    expect(withProblems.files.find((f) => f.path === bad)).toMatchObject({
      failing: true,
      problems: [{ line: 4, code: 'bad_enum', severity: 'error', field: 'audience', problem: enumProblem }],
    });
    expect(withProblems.files.find((f) => f.path === typo)).toMatchObject({ failing: false, problems: [{ line: 5, code: 'unknown_topic', severity: 'warning' }] });
    const roster = withProblems.files.find((f) => f.path === 'knowledge/units.yaml')!;
    expect(roster).toMatchObject({ path: 'knowledge/units.yaml', indexedAt: undefined, failing: true, answered: 0 });
    expect(roster.problems).toEqual([{ line: 12, code: 'duplicate_id', severity: 'error', field: 'id', problem: 'mã `so-kh` được dùng hai lần: mỗi đơn vị, mỗi nhóm cần một mã (id) riêng.' }]);
    const text = renderText(withProblems);
    expect(text).toContain('5. TỆP KIẾN THỨC (67 tệp, 2 tệp có lỗi)');
    expect(text).toContain('      dòng 12: lỗi: mã `so-kh` được dùng hai lần: mỗi đơn vị, mỗi nhóm cần một mã (id) riêng.');
    expect(text).toMatch(/vneid-cai-dat\.md +\S+ \S+ +\d+ +cần xem lại/u);
    expect(renderCsv(withProblems)).toContain('\r\nproblem,knowledge/units.yaml,,,"lỗi: mã `so-kh` được dùng hai lần: mỗi đơn vị, mỗi nhóm cần một mã (id) riêng.",12\r\n');
    const html = renderHtml(withProblems);
    expect(html).toContain('<span class="warn">Cần xem lại</span><ul><li>dòng 5: cảnh báo: ');
  });

  it('counts questions per channel and intent, not covered, 👍 and 👎 in the period', () => {
    expect(report.totals).toEqual({
      questions: 16,
      notCovered: 10,
      up: 3,
      down: 5,
      byChannel: [
        { key: 'web', count: 12 },
        { key: 'telegram', count: 3 },
        { key: 'zalo', count: 1 },
      ],
      byIntent: [
        { key: 'knowledge', count: 14 },
        { key: 'deadlines', count: 1 },
        { key: 'greeting', count: 1 },
      ],
    });
  });
});

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

describe('rendering', () => {
  it('never shows a chat hash or a user id', () => {
    for (const output of [JSON.stringify(report), renderText(report), renderHtml(report), renderCsv(report)]) {
      for (const id of [...HASHES, ...USER_IDS]) expect(output).not.toContain(id);
    }
    expect(JSON.stringify(report)).not.toMatch(/chatHash|userId|chatId/u);
  });

  it('writes CSV by RFC 4180: one header, six fields a row, quoted commas and quotes, CRLF, no formulas', () => {
    const csv = renderCsv(report);
    expect(csv).toContain(`\r\nnot_covered,"Phí ""dịch vụ công"", có mất tiền không?",1,,,09/11/2026 09:00\r\n`);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['section', 'key', 'count', 'up', 'detail', 'extra']);
    expect(rows.every((r) => r.length === 6)).toBe(true);
    expect(rows.filter((r) => r[0] === 'not_covered').map((r) => r[1])).toContain(QUOTED);
    expect(rows).toContainEqual(['not_covered', 'Làm thế nào để đổi tên trên VNeID?', '4', '', 'lam the nao de doi ten tren vneid | Đổi tên trên VNeID được không?', '06/11/2026 09:00']);
    expect(rows).toContainEqual(['worst_rated', 'Tải VNeID ở đâu?', '3', '1', `${CAI_DAT.path} › ${CAI_DAT.section}`, 'Trả lời cho: Tải VNeID ở đâu?']);
    expect(rows).toContainEqual(['follow_up', 'vẫn không tải được VNeID', '2', '', 'Tải VNeID ở đâu?', `${CAI_DAT.path} › ${CAI_DAT.section}`]);
    expect(rows).toContainEqual(['total', 'questions', '16', '', '', '']);
    expect(rows).toContainEqual(['unused_file', OTP.path, '', '', '', expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/u)]);
    expect(rows).toContainEqual(['period', 'to', '', '', '01/12/2026 00:00', '2026-11-30T17:00:00.000Z']);
    expect(rows.find((r) => r[1]!.includes('HYPERLINK'))![1]).toBe('<script>alert(1)</script> =HYPERLINK("http://x")');
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(12)).toBe('12');
    expect(renderCsv(report, { bom: true }).startsWith('\uFEFFsection,key,')).toBe(true);
  });

  it('renders a Vietnamese terminal page with aligned counts and Vietnam dates', () => {
    const text = renderText(report);
    expect(text).toMatch(/^BÁO CÁO CHO BIÊN TẬP VIÊN: TRỢ LÝ SỐ\nTừ 01\/11\/2026 00:00 đến hết ngày 30\/11\/2026 \(giờ Việt Nam\)\n/u);
    expect(text).toContain(['  Câu hỏi            16', '  Chưa có thông tin  10', '  Đánh giá hữu ích    3', '  Đánh giá chưa tốt   5'].join('\n'));
    expect(text).toContain(['  Theo kênh', '    Web       12', '    Telegram   3', '    Zalo       1'].join('\n'));
    expect(text).toContain('  4 lần  Làm thế nào để đổi tên trên VNeID?\n         Cách hỏi khác: “lam the nao de doi ten tren vneid”; “Đổi tên trên VNeID được không?”\n         Lần cuối: 06/11/2026 09:00');
    expect(text).toContain(`  👎 3  👍 1  Tải VNeID ở đâu?\n      Đoạn đã dùng: ${CAI_DAT.path} › ${CAI_DAT.section}`);
    expect(text).toContain('Hỏi tiếp sau 👎: “vẫn không tải được VNeID” (2 lần); “tải VNeID cho iPhone cũ”');
    expect(text).toContain(`4. TỆP CHƯA TRẢ LỜI CÂU NÀO (${report.unusedFiles.length})\n`);
  });

  it('renders a self-contained HTML page with every value escaped', () => {
    const html = renderHtml(report, { csvHref: '?format=csv&token=a"b' });
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; =HYPERLINK(&quot;http://x&quot;)');
    expect(html).toContain('Phí &quot;dịch vụ công&quot;, có mất tiền không?');
    expect(html).toContain('<a href="?format=csv&amp;token=a&quot;b">Tải bảng CSV</a>');
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import/iu);
    expect(html).toContain('<td class="n">4</td><td>Làm thế nào để đổi tên trên VNeID?</td>');
  });

  it('renders an empty period plainly', async () => {
    const empty = await buildReport({ store, index, from: new Date('2020-01-01T00:00:00+07:00'), to: new Date('2020-01-02T00:00:00+07:00') });
    expect(empty.totals).toMatchObject({ questions: 0, notCovered: 0, up: 0, down: 0 });
    expect(empty.unusedFiles).toHaveLength(index.docs.length);
    expect(renderText(empty)).toContain('2. CÂU HỎI CHƯA CÓ THÔNG TIN (0 nhóm)\n-');
    expect(renderText(empty)).toContain('  (không có)');
    expect(parseCsv(renderCsv(empty)).every((r) => r.length === 6)).toBe(true);
  });
});

describe('parsePeriod', () => {
  const now = new Date('2026-11-23T10:05:00+07:00');
  it('defaults to the last 30 days up to now; Vietnam days with --to included', () => {
    expect(parsePeriod({}, now)).toEqual({ from: new Date('2026-10-24T10:05:00+07:00'), to: now });
    expect(parsePeriod({ days: '7' }, now)).toEqual({ from: new Date('2026-11-16T10:05:00+07:00'), to: now });
    expect(parsePeriod({ from: '2026-11-01', to: '2026-11-30' }, now)).toEqual({ from: FROM, to: TO });
    expect(parsePeriod({ from: '2026-11-01' }, now)).toEqual({ from: FROM, to: now });
    expect(parsePeriod({ from: '2026-11-01', days: '7' }, now)).toEqual({ from: FROM, to: new Date('2026-11-08T00:00:00+07:00') });
    expect(parsePeriod({ to: '2026-11-30', days: '30' }, now)).toEqual({ from: FROM, to: TO });
  });

  it('explains bad input, naming the option as it was given', () => {
    const error = (input: Parameters<typeof parsePeriod>[0], names?: Parameters<typeof parsePeriod>[2]) => {
      try {
        parsePeriod(input, now, names);
      } catch (e) {
        expect(e).toBeInstanceOf(PeriodError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(error({ days: 'abc' })).toBe("--days must be a whole number of days from 1 to 3660; got 'abc'");
    expect(error({ days: '0' })).toBe("--days must be a whole number of days from 1 to 3660; got '0'");
    expect(error({ from: '01/11/2026' })).toBe("--from must be a date written YYYY-MM-DD; got '01/11/2026'");
    expect(error({ to: '2026-02-30' })).toBe("--to is not a real date: '2026-02-30'");
    expect(error({ from: '2026-11-30', to: '2026-11-01' })).toBe('--from (2026-11-30) must be on or before --to (2026-11-01)');
    expect(error({ from: '2026-12-01' })).toBe('--from (2026-12-01) is in the future; give an earlier date');
    expect(error({ days: '7', from: '2026-11-01', to: '2026-11-30' })).toBe('give --days or both --from and --to, not all three');
    expect(error({ days: '1.5' }, { days: 'days', from: 'from', to: 'to' })).toBe("days must be a whole number of days from 1 to 3660; got '1.5'");
  });
});
