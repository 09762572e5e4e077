import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES as say } from '../../src/officials';
import { ROOT, tempDir } from '../helpers';
import { knowledgeCopy, officialsHarness, PLANS, registerOfficial, vn, type Harness } from './fixtures';

const exec = promisify(execFile);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The text of a DOCX, one paragraph or table cell a line. */
async function docxText(data: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(data)).file('word/document.xml')!.async('string');
  return xml
    .split(/<\/w:p>/u)
    .map((p) => p.replace(/<[^>]+>/gu, '').replace(/&amp;/gu, '&').replace(/&quot;/gu, '"').trim())
    .filter(Boolean);
}

async function xlsxRows(data: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const rows: string[][] = [];
  workbook.getWorksheet(say.draft.appendixSheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
  return rows;
}

let h: Harness;
beforeAll(async () => {
  h = await officialsHarness(vn('2026-06-10 09:00'));
});

describe('the outline of seed 001', () => {
  it('reads its sections, the five criteria with their targets and the period the figures cover', () => {
    const outline = h.data.plans.find((p) => p.plan.path === PLANS.dongNai)!.outline!;
    expect(outline.title).toEqual(['BÁO CÁO', 'Tổng kết 01 năm triển khai phong trào “Bình dân học vụ số”']);
    expect(outline.sections.map((s) => `${s.level} ${s.heading}`)).toEqual([
      '1 I. TÌNH HÌNH TRIỂN KHAI VÀ KẾT QUẢ THỰC HIỆN',
      '2 1. Công tác lãnh đạo, chỉ đạo',
      '2 2. Kết quả thực hiện các nhiệm vụ, giải pháp triển khai Phong trào',
      '3 2.1. Tình hình thực hiện nhiệm vụ theo phân công',
      '3 2.2. Kết quả thực hiện theo các mảng nội dung giải pháp trọng tâm',
      '3 2.3. Sáng kiến, mô hình tại cơ sở',
      '2 3. Kết quả đạt được (Lượng hóa bằng số liệu cụ thể)',
      '2 4. Khó khăn, tồn tại',
      '2 5. Bài học kinh nghiệm',
      '1 II. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(outline.criteria.map((c) => [c.number, c.target, c.measure])).toEqual([
      [1, '80%', '%'],
      [2, '100%', '%'],
      [3, '80%', '%'],
      [4, '1 triệu người', 'người'],
      [5, '80%', '%'],
    ]);
    expect(outline.dataPeriod).toEqual({ text: 'tháng 05/2025 đến hết tháng 05/2026', from: '2025-05', to: '2026-05' });
    expect(outline.signature).toEqual(['THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', '(Ký, ghi rõ họ tên và đóng dấu)']);
    expect(h.data.plans.filter((p) => p.outline).map((p) => p.plan.path)).toEqual([PLANS.dongNai]);
  });
});

describe('/baocao', () => {
  it('sends a ward of Đồng Nai its draft: outline, criteria, period, deadline, its tasks with live statuses and notes, blanks marked', async () => {
    registerOfficial(h.store, 'dn-xa-phuong', { userId: 'bh', commune: 'UBND phường Biên Hòa', now: vn('2026-06-01 09:00') });
    await h.ask('ghi chú 3: đã tổng hợp số liệu 12 khu phố', { userId: 'bh', now: vn('2026-06-09 16:00') });
    const reply = await h.ask('/baocao', { userId: 'bh', now: vn('2026-06-10 09:00') });
    expect(reply.intent).toBe('tasks');
    expect(reply.text).toBe(say.draftReady('Du-thao-bao-cao-tong-ket-ubnd-phuong-bien-hoa.docx, Phu-luc-nhiem-vu-ubnd-phuong-bien-hoa.xlsx', 'CV đề nghị báo cáo tổng kết 01 năm (Sở Khoa học và Công nghệ Đồng Nai)'));
    expect(reply.attachments!.map((a) => [a.fileName, a.mimeType])).toEqual([
      ['Du-thao-bao-cao-tong-ket-ubnd-phuong-bien-hoa.docx', DOCX],
      ['Phu-luc-nhiem-vu-ubnd-phuong-bien-hoa.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);

    const lines = await docxText(reply.attachments![0]!.data);
    expect(lines.slice(0, 8)).toEqual([
      'TÊN CƠ QUAN, ĐƠN VỊ: UBND phường Biên Hòa',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: ....../BC-......',
      'Đồng Nai, ngày ..... tháng ..... năm ..........',
      'BÁO CÁO',
      'Tổng kết 01 năm triển khai phong trào “Bình dân học vụ số”',
      'Kính gửi: Sở Khoa học và Công nghệ',
    ]);
    expect(lines).toContain('Số liệu đánh giá tính từ tháng 05/2025 đến hết tháng 05/2026.');
    expect(lines).toContain('Thời hạn gửi báo cáo: hạn chót 14/06/2026 (văn bản: trước ngày 15/6/2026).');
    for (const heading of ['I. TÌNH HÌNH TRIỂN KHAI VÀ KẾT QUẢ THỰC HIỆN', '2.1. Tình hình thực hiện nhiệm vụ theo phân công', '4. Khó khăn, tồn tại', 'II. ĐỀ XUẤT, KIẾN NGHỊ']) expect(lines).toContain(heading);
    for (const n of [1, 2, 3, 4, 5]) expect(lines).toContain(`Tiêu chí ${n}`);
    expect(lines).toContain('1 triệu người');
    expect(lines).toContain('Địa phương tự đánh giá kết quả đạt được: [cần bổ sung: ..... người]');
    const task3 = lines.find((l) => l.startsWith('3. Do đặc thù mô hình tổ chức hành chính 2 cấp'))!;
    expect(task3).toContain('ghi chú: «đã tổng hợp số liệu 12 khu phố»');
    expect(task3).toContain('CV đề nghị báo cáo tổng kết 01 năm (Sở Khoa học và Công nghệ Đồng Nai), mục 1.3');
    expect(lines.find((l) => l.startsWith('1. Căn cứ chức năng'))).toContain(say.draft.blank(say.draft.blankResult));
    expect(lines.filter((l) => l === say.draft.blank(say.draft.blankSection)).length).toBeGreaterThanOrEqual(6);
    expect(lines).toContain(say.draft.appendixTitle);

    const rows = await xlsxRows(reply.attachments![1]!.data);
    expect(rows[0]).toEqual([...say.draft.appendixHeader]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(rows[3]![4]).toBe('ghi chú: «đã tổng hợp số liệu 12 khu phố»');
    expect(rows[3]![2]).toBe('UBND 95 phường, xã');
  });

  it('tells a unit whose province has no outline that there is none', async () => {
    registerOfficial(h.store, 'dt-vp-hctc', { userId: 'hctc', now: vn('2026-06-01 09:00') });
    const reply = await h.ask('/baocao', { userId: 'hctc' });
    expect(reply.text).toBe(say.draftNone('Đồng Tháp'));
    expect(reply.attachments).toBeUndefined();
  });

  it('asks an unregistered user to register first', async () => {
    expect((await h.ask('/baocao', { userId: 'nobody' })).text).toBe(say.registerFirst);
  });
});

describe('npm run admin -- draft-report', () => {
  it('writes the DOCX and the XLSX of a unit into a folder and prints their paths', async () => {
    const { knowledgeDir } = await knowledgeCopy();
    const out = await tempDir('tls-draft-');
    const env = { ...process.env, DATA_DIR: await tempDir('tls-draft-data-'), KNOWLEDGE_DIR: knowledgeDir, LOG_LEVEL: 'silent' };
    const { stdout } = await exec(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/admin.ts', 'draft-report', '--unit', 'Thành đoàn', '--plan', 'knowledge/plans/dong-nai-skhcn-de-nghi-bao-cao-tong-ket.md', '--out', out, '--today', '2026-06-10'], { cwd: ROOT, env });
    const paths = stdout.trim().split('\n');
    expect(paths).toEqual([join(out, 'Du-thao-bao-cao-tong-ket-thanh-doan-dong-nai.docx'), join(out, 'Phu-luc-nhiem-vu-thanh-doan-dong-nai.xlsx')]);
    const lines = await docxText(await readFile(paths[0]!));
    expect(lines[0]).toBe('TÊN CƠ QUAN, ĐƠN VỊ: Thành đoàn Đồng Nai');
    expect((await xlsxRows(await readFile(paths[1]!))).slice(1).map((r) => r[5])).toEqual([
      'CV đề nghị báo cáo tổng kết 01 năm (Sở Khoa học và Công nghệ Đồng Nai), mục 1.1',
      'CV đề nghị báo cáo tổng kết 01 năm (Sở Khoa học và Công nghệ Đồng Nai), mục 1.2',
    ]);
  });

  it('names the plans with an outline when the plan given has none', async () => {
    const error = await exec(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/admin.ts', 'draft-report', '--unit', 'Sở Nội vụ', '--plan', 'dong-thap-ke-hoach-sang-kien-dot-pha-2026.md'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: await tempDir('tls-draft-data-'), KNOWLEDGE_DIR: (await knowledgeCopy()).knowledgeDir },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain('dong-thap-ke-hoach-sang-kien-dot-pha-2026.md has no report outline ("ĐỀ CƯƠNG …"); plans with one: ');
  });
});
