import { execFile } from 'node:child_process';
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatProblem, makeProblem, type ProblemInput } from '../../src/knowledge';
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

const line = (input: ProblemInput) => formatProblem(makeProblem(input));
const PROBLEM_LINE = /^\S+:\d+: (lỗi|cảnh báo): \S/u;

describe('npm run ingest', () => {
  it('--check passes the fixture knowledge with warnings only, exit 0, every line path:line and a summary, touching no index', async () => {
    const { knowledge, data } = await copy();
    // A lesson written before sources and question variants were asked for.
    const lesson = join(knowledge, 'lessons/bai-cu.md');
    await writeFile(lesson, '---\ntitle: "Bài cũ"\n---\n\n# Bài cũ\n\n## Bị lừa chuyển tiền rồi phải làm sao?\n\nGọi ngay tổng đài ngân hàng để khóa tài khoản, rồi báo công an.\n');
    const result = await run(['--check', '--today', '2026-12-01'], { KNOWLEDGE_DIR: knowledge, DATA_DIR: data });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const summary = lines.pop()!;
    expect(summary).toMatch(/^Đã kiểm tra 67 tệp kiến thức, units\.yaml, contacts\.yaml và 4 tệp nhiệm vụ trích ra: 0 lỗi, (\d+) cảnh báo \(không có lỗi; nên xem các cảnh báo\)\.$/u);
    expect(Number(/0 lỗi, (\d+) cảnh báo/u.exec(summary)![1])).toBe(lines.length);
    expect(lines.every((l) => PROBLEM_LINE.test(l) && l.includes(': cảnh báo: '))).toBe(true);
    // The fixture lessons' numbers and sites are all in contacts.yaml; only the old lesson is warned about.
    expect(lines).toEqual([
      line({ code: 'no_sources', path: lesson, line: 1, kind: 'lesson' }),
      line({ code: 'no_variants', path: lesson, line: 7, field: 'Bị lừa chuyển tiền rồi phải làm sao?', expected: ['5'] }),
    ]);
    expect(lines.some((l) => /unlisted_|không có trong knowledge\/contacts\.yaml/u.test(l))).toBe(false);
    expect(await readdir(data)).toEqual([]);
  });

  it('--check warns about a question variant the scope rules would decline, at its line, so editors can reword it', async () => {
    const { knowledge, data } = await copy();
    const lesson = join(knowledge, 'lessons/lai-suat.md');
    const variants = ['gửi tiết kiệm online có an toàn không', 'lãi suất gửi tiết kiệm ngân hàng nào cao nhất', 'gui tiet kiem tren app co bi lua khong', 'sổ tiết kiệm online là gì', 'mở sổ tiết kiệm trên điện thoại'];
    await writeFile(
      lesson,
      `---\ntitle: "Gửi tiết kiệm trên ứng dụng"\nkind: lesson\naudience: citizen\ntopic: thanh-toan-so\nupdated: 2026-11-30\nsources: ["Thông tư 48/2018/TT-NHNN"]\n---\n\n# Gửi tiết kiệm trên ứng dụng\n\n## Gửi tiết kiệm trên ứng dụng ngân hàng có an toàn không?\n\nCó, khi dùng ứng dụng chính thức của ngân hàng.\n\nCách hỏi khác:\n${variants.map((v) => `- ${v}`).join('\n')}\n`,
    );
    const result = await run(['--check', '--today', '2026-12-01'], { KNOWLEDGE_DIR: knowledge, DATA_DIR: data });
    expect(result.code).toBe(0);
    const heading = 'Gửi tiết kiệm trên ứng dụng ngân hàng có an toàn không?';
    expect(result.stdout.split('\n').filter((l) => l.includes('lai-suat.md'))).toEqual([
      line({ code: 'declined_variant', path: lesson, line: 18, field: heading, found: variants[1], expected: ['prices'] }),
    ]);
  });

  it('--check lists every error with path:line in markdown, roster and reviewed records, after the warnings, and exits 1', async () => {
    const { knowledge, data } = await copy();
    const lesson = join(knowledge, 'lessons/vneid-cai-dat.md');
    await writeFile(lesson, (await readFile(lesson, 'utf8')).replace('audience: citizen', 'audience: citizens'));
    const plan = join(knowledge, 'plans/dong-thap-ke-hoach-sang-kien-dot-pha-2026.md');
    const planText = (await readFile(plan, 'utf8')).replace('- Thời gian thực hiện: Từ tháng 6/2026.', '- Thời gian thực hiện: khi nào có kinh phí.');
    await writeFile(plan, planText);
    const roster = join(knowledge, 'units.yaml');
    const rosterText = (await readFile(roster, 'utf8')).replace('in: [dt-vp-phong-ban]', 'in: [dt-vp-phong-ban-khong-co]');
    await writeFile(roster, rosterText);
    const records = join(knowledge, 'plans/dong-nai-skhcn-de-nghi-bao-cao-tong-ket.extracted.yaml');
    await writeFile(records, (await readFile(records, 'utf8')).replace('kind: report', 'kind: deadline'));

    const result = await run(['--check'], { KNOWLEDGE_DIR: knowledge, DATA_DIR: data });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    const errors = lines.filter((l) => l.includes(': lỗi: '));
    expect(errors).toHaveLength(4);
    expect(lines.slice(-5, -1)).toEqual(errors);
    expect(errors).toContain(
      line({ code: 'bad_enum', path: lesson, line: 4, field: 'audience', kind: 'lesson', found: 'citizens', expected: ['citizen', 'official', 'all'], suggestion: 'citizen' }),
    );
    const timingLine = planText.split('\n').findIndex((l) => l.includes('khi nào có kinh phí')) + 1;
    expect(errors).toContain(line({ code: 'bad_timing', path: plan, line: timingLine, field: 'Thời gian thực hiện', found: 'khi nào có kinh phí.' }));
    const refLine = rosterText.split('\n').findIndex((l) => l.includes('dt-vp-phong-ban-khong-co')) + 1;
    expect(errors).toContain(line({ code: 'unknown_ref', path: roster, line: refLine, field: 'in', found: 'dt-vp-phong-ban-khong-co' }));
    expect(errors.some((l) => l.startsWith(`${records}:`) && /`deadlines\.\d+\.kind` ghi 'deadline', không phải giá trị được dùng\. Giá trị được dùng: report, event/u.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/: 4 lỗi, \d+ cảnh báo \(4 tệp có lỗi, cần sửa\)\.$/u);
    expect(await readdir(data)).toEqual([]);
    expect(await readFile(records, 'utf8')).toContain('kind: deadline');
  });

  it('--check accepts a lesson with only a title, and warns on what protects its facts, by the age given', async () => {
    const { knowledge, data } = await copy();
    const file = join(knowledge, 'lessons/vi-dien-tu.md');
    await writeFile(file, '---\ntitle: "Ví điện tử là gì?"\nupdated: 2025-06-01\n---\n\n# Ví điện tử là gì?\n\n## Ví điện tử là gì?\n\nHỏi thêm ở số 1900 1234 hoặc vidientu-gov.vn.\n');
    const result = await run(['--check', '--today', '2026-12-01'], { KNOWLEDGE_DIR: knowledge, DATA_DIR: data, KNOWLEDGE_MAX_AGE_DAYS: '180' });
    expect(result.code).toBe(0);
    const mine = result.stdout.split('\n').filter((l) => l.startsWith(`${file}:`));
    expect(mine).toEqual([
      line({ code: 'no_sources', path: file, line: 1, kind: 'lesson' }),
      line({ code: 'stale_updated', path: file, line: 1, field: 'updated', found: '2025-06-01', expected: ['180'], suggestion: '2026-12-01' }),
      line({ code: 'no_variants', path: file, line: 8, field: 'Ví điện tử là gì?', expected: ['5'] }),
      line({ code: 'unlisted_phone', path: file, line: 10, found: '1900 1234' }),
      line({ code: 'unlisted_web', path: file, line: 10, found: 'vidientu-gov.vn' }),
    ]);
    expect(result.stdout).toMatch(/: 0 lỗi, \d+ cảnh báo/u);
  });

  it('--check reports a mistyped section of lexicon.yaml with its line and the name meant, and exits 1', async () => {
    const { knowledge, data } = await copy();
    const lexicon = join(knowledge, 'lexicon.yaml');
    const text = await readFile(lexicon, 'utf8');
    await writeFile(lexicon, `${text}\nphrase:\n  - [bắn tiền, chuyển tiền]\n`);
    const result = await run(['--check', '--today', '2026-12-01'], { KNOWLEDGE_DIR: knowledge, DATA_DIR: data });
    expect(result.code).toBe(1);
    const sections = ['shorthand', 'shorthand_by_context', 'after_number', 'phrases', 'fillers', 'accented_fillers', 'words', 'endings', 'question_words', 'question_ends', 'question_types', 'answer_cues', 'subjects', 'birth_year', 'age_bounds', 'age_below', 'age_groups', 'remedy_markers', 'prevention_markers', 'whether_frame', 'scam_markers', 'claimed_callers', 'follow_up_openers', 'follow_up_closers', 'denials', 'consequence', 'reported_questions', 'plain_words', 'also_asks', 'also_asks_after_sentence', 'typed_as_is', 'web_names'];
    const at = text.split('\n').length + 1;
    expect(result.stdout).toContain(line({ code: 'unknown_field', path: lexicon, line: at, field: 'phrase', expected: sections, suggestion: 'phrases' }));
  });

  it('builds the index with a summary, and exits 1 while still indexing the valid files when one is broken', async () => {
    const { knowledge, data } = await copy();
    const ok = await run([], { KNOWLEDGE_DIR: knowledge, DATA_DIR: data });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Đã lập chỉ mục \d+ đoạn từ 66 tệp \(62 bài học, 3 công văn, 1 kế hoạch\) trong [\d.]+ giây; 0 lỗi, \d+ cảnh báo\.\n$/u);
    expect(ok.stdout).not.toMatch(/Đã cập nhật .*extracted\.yaml/u);
    expect(ok.stderr).toMatch(/building the index/u);
    expect((await stat(join(data, 'index/manifest.json'))).isFile()).toBe(true);

    const broken = join(knowledge, 'lessons/hong.md');
    await writeFile(broken, '---\ntitle: "Hỏng"\naudience: moi nguoi\n---\n\n# Hỏng\n\nNội dung.\n');
    const bad = await run([], { KNOWLEDGE_DIR: knowledge, DATA_DIR: data });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(line({ code: 'bad_enum', path: broken, line: 3, field: 'audience', kind: 'lesson', found: 'moi nguoi', expected: ['citizen', 'official', 'all'] }));
    expect(bad.stdout).toMatch(/Đã lập chỉ mục \d+ đoạn từ 66 tệp .*; 1 lỗi, \d+ cảnh báo\. 1 tệp có lỗi/u);
  });
});
