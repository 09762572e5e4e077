import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { openKnowledgeIndex, type KnowledgeIndex, type OpenIndexOptions } from '../src/retrieval';

export const ROOT = resolve(__dirname, '..');
/** A frozen copy of the knowledge folder: tests of behaviour never read the live `knowledge/` that editors change. */
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const KNOWLEDGE_DIR = join(FIXTURES, 'knowledge');

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A temporary folder removed after the test file. */
export async function tempDir(prefix = 'tls-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** The real knowledge folder indexed into a temporary data folder. */
export async function realIndex(options: Partial<OpenIndexOptions> = {}): Promise<KnowledgeIndex> {
  return openKnowledgeIndex({ knowledgeDir: KNOWLEDGE_DIR, dataDir: await tempDir('tls-data-'), cwd: FIXTURES, ...options });
}

/** A small lesson: an SMS Banking section among others, so that its words weigh as rare words do. */
const SMS_BANKING_LESSON = [
  '---\ntitle: "Bài thử"\nkind: lesson\naudience: citizen\ntopic: an-toan-so\nupdated: 2026-11-30\nsources: ["https://example.gov.vn"]\n---\n\n# Bài thử\n',
  ...(
    [
      ['Hủy tin nhắn báo số dư (SMS Banking) ở đâu?', 'Bạn hủy SMS Banking ngay trong ứng dụng ngân hàng hoặc tại quầy giao dịch; hủy xong, biến động số dư vẫn được báo qua thông báo của ứng dụng.', 'muốn hủy sms banking thì làm thế nào'],
      ['Thẻ ATM bị nuốt thì làm gì?', 'Gọi tổng đài ngân hàng để khóa thẻ, rồi đến chi nhánh nhận lại thẻ.', 'máy atm giữ thẻ'],
      ['Quên mật khẩu VNeID thì làm sao?', 'Chọn quên mật khẩu trên màn hình đăng nhập và nhập mã OTP gửi về điện thoại.', 'quen mk vneid'],
      ['Làm khai sinh cho con qua mạng thế nào?', 'Đăng nhập dichvucong.gov.vn, chọn liên thông khai sinh, đính kèm giấy chứng sinh.', 'khai sinh online'],
      ['Đăng ký tạm trú ở đâu?', 'Người thuê trọ đăng ký tạm trú trên VNeID hoặc ở công an xã, phường.', 'thuê trọ có phải tạm trú'],
    ] as const
  ).map(([heading, text, variant]) => `## ${heading}\n\n${text}\n\nCách hỏi khác:\n- ${variant}\n`),
].join('\n');

/** An index of the fixture lexicon and SMS_BANKING_LESSON alone. */
export async function smsBankingIndex(): Promise<KnowledgeIndex> {
  const knowledgeDir = await tempDir('tls-sms-');
  await mkdir(join(knowledgeDir, 'lessons'), { recursive: true });
  await cp(join(KNOWLEDGE_DIR, 'lexicon.yaml'), join(knowledgeDir, 'lexicon.yaml'));
  await writeFile(join(knowledgeDir, 'lessons/bai-thu.md'), SMS_BANKING_LESSON);
  return openKnowledgeIndex({ knowledgeDir, dataDir: await tempDir('tls-sms-data-') });
}
