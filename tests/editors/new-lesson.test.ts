import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NOTICES, formatProblem, makeProblem } from '../../src/knowledge';
import { eventually, startTestApp } from '../channels/harness';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram';
import { KNOWLEDGE_DIR, tempDir } from '../helpers';

const TOKEN = '7000000003:AAFakeTokenForNewLessons_abcdefghij';
let running: Awaited<ReturnType<typeof startTestApp>> | undefined;
let fake: FakeTelegram | undefined;

afterEach(async () => {
  await running?.app.stop();
  running = undefined;
  await fake?.close();
  fake = undefined;
});

async function copyKnowledge(): Promise<string> {
  const dir = await tempDir('tls-new-lesson-');
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

async function ask(url: string, text: string) {
  const res = await fetch(`${url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ session: `editor-${Math.random().toString(36).slice(2)}`, text }),
  });
  return (await res.json()) as { text: string; intent: string; sources: { path: string; section?: string }[] };
}

/** Asks until the answer quotes `expected` from `file`, and returns how long that took from `since`. */
async function answeredFrom(url: string, question: string, expected: RegExp, file: string, since: number): Promise<number> {
  await eventually(
    async () => {
      const answer = await ask(url, question);
      return (expected.test(answer.text) && answer.sources.some((s) => s.path.endsWith(file))) || undefined;
    },
    8000,
    `"${question}" to be answered from ${file}`,
  );
  return Date.now() - since;
}

describe('a lesson an editor writes the way the guide says', () => {
  it('is answered within seconds with only a title, and with title, audience, tags and updated', async () => {
    fake = await startFakeTelegram({ token: TOKEN, pollWaitMs: 100 });
    const dir = await copyKnowledge();
    running = await startTestApp({ KNOWLEDGE_DIR: dir, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, ADMIN_CHAT: 'telegram:-100888' });
    const { url } = running.app;

    const zalo = 'Tài khoản Zalo bị hack thì lấy lại thế nào?';
    const wallet = 'Ví điện tử bị khóa thì mở lại thế nào?';
    expect((await ask(url, zalo)).text).toMatch(/chưa có thông tin/u);
    expect((await ask(url, wallet)).text).toMatch(/chưa có thông tin/u);

    let since = Date.now();
    await writeFile(
      join(dir, 'lessons', 'zalo-bi-hack.md'),
      '---\ntitle: "Tài khoản Zalo bị hack thì làm gì?"\n---\n\n# Tài khoản Zalo bị hack thì làm gì?\n\n' +
        '## Tài khoản Zalo bị hack thì lấy lại thế nào?\n\n' +
        'Khi tài khoản Zalo bị hack, bạn lấy lại tài khoản bằng chức năng khôi phục của chính Zalo rồi đổi mật khẩu ngay.\n\n' +
        '1. Mở Zalo, chọn Lấy lại mật khẩu và làm theo hướng dẫn.\n2. Đổi mật khẩu mới, bật xác thực hai lớp.\n3. Báo người thân không chuyển tiền theo tin nhắn từ tài khoản đó.\n',
    );
    const titleOnly = await answeredFrom(url, zalo, /chức năng khôi phục của chính Zalo/u, 'lessons/zalo-bi-hack.md', since);
    expect(titleOnly).toBeLessThan(8000);

    since = Date.now();
    await writeFile(
      join(dir, 'lessons', 'vi-dien-tu-bi-khoa.md'),
      '---\ntitle: "Ví điện tử bị khóa thì làm gì?"\naudience: citizen\ntags: [ví điện tử, khóa ví, thanh toán]\nupdated: 2026-11-30\n---\n\n' +
        '# Ví điện tử bị khóa thì làm gì?\n\n## Ví điện tử bị khóa thì mở lại thế nào?\n\n' +
        'Khi ví điện tử bị khóa, bạn mở lại bằng mục hỗ trợ trong chính ứng dụng ví, không nhờ người lạ nhắn tin mời mở khóa hộ.\n',
    );
    const full = await answeredFrom(url, wallet, /mục hỗ trợ trong chính ứng dụng ví/u, 'lessons/vi-dien-tu-bi-khoa.md', since);
    expect(full).toBeLessThan(8000);

    // Neither lesson is refused: the admins' chat heard of no error, and the served files carry their filled-in fields.
    const docs = running.app.runtime.knowledge.current.docs;
    expect(docs.find((d) => d.path.endsWith('zalo-bi-hack.md'))?.meta).toMatchObject({ kind: 'lesson', audience: 'citizen', tags: [] });
    expect(docs.find((d) => d.path.endsWith('vi-dien-tu-bi-khoa.md'))?.meta).toMatchObject({ kind: 'lesson', audience: 'citizen', tags: ['ví điện tử', 'khóa ví', 'thanh toán'], updated: '2026-11-30' });
    expect(running.app.runtime.knowledge.current.failing).toEqual([]);
    expect(fake.sent.filter((m) => String(m.chat_id) === '-100888')).toEqual([]);
  });

  it('serves a lesson whose topic looks like a typo, and tells the admins what to look at', async () => {
    fake = await startFakeTelegram({ token: TOKEN, pollWaitMs: 100 });
    const dir = await copyKnowledge();
    running = await startTestApp({ KNOWLEDGE_DIR: dir, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, ADMIN_CHAT: 'telegram:-100888' });
    const file = join(dir, 'lessons', 'mat-the-atm.md');
    await writeFile(file, '---\ntitle: "Mất thẻ ATM thì làm gì?"\ntopic: thanh-toan-s0\n---\n\n# Mất thẻ ATM\n\n## Mất thẻ ATM thì khóa thẻ thế nào?\n\nKhi mất thẻ ATM, bạn khóa thẻ ngay trong ứng dụng ngân hàng.\n');
    await answeredFrom(running.app.url, 'Mất thẻ ATM thì khóa thẻ thế nào?', /khóa thẻ ngay/u, 'lessons/mat-the-atm.md', Date.now());
    const notice = await eventually(() => fake!.sent.find((m) => String(m.chat_id) === '-100888'), 8000, 'the admins chat to hear of the typo');
    const problem = makeProblem({
      code: 'unknown_topic',
      path: file,
      line: 3,
      field: 'topic',
      found: 'thanh-toan-s0',
      expected: ['vneid', 'dich-vu-cong', 'an-toan-so', 'thanh-toan-so', 'binh-dan-hoc-vu-so'],
      suggestion: 'thanh-toan-so',
    });
    expect(notice.text).toBe(`${NOTICES.adminWarnings}\n• ${formatProblem(problem)}`);
  });
});
