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

    const library = 'Thẻ thư viện có tích hợp vào VNeID được không?';
    const member = 'Thẻ hội viên hội nông dân có tích hợp vào VNeID được không?';
    expect((await ask(url, library)).text).toMatch(/chưa có thông tin/u);
    expect((await ask(url, member)).text).toMatch(/chưa có thông tin/u);

    let since = Date.now();
    await writeFile(
      join(dir, 'lessons', 'the-thu-vien.md'),
      '---\ntitle: "Thẻ thư viện và VNeID"\n---\n\n# Thẻ thư viện và VNeID\n\n' +
        '## Thẻ thư viện có tích hợp vào VNeID được không?\n\n' +
        'Thẻ thư viện chưa tích hợp được vào VNeID; bạn mang thẻ thư viện bản giấy khi đến thư viện.\n',
    );
    const titleOnly = await answeredFrom(url, library, /Thẻ thư viện chưa tích hợp được vào VNeID/u, 'lessons/the-thu-vien.md', since);
    expect(titleOnly).toBeLessThan(8000);

    since = Date.now();
    await writeFile(
      join(dir, 'lessons', 'the-hoi-vien.md'),
      '---\ntitle: "Thẻ hội viên và VNeID"\naudience: citizen\ntags: [thẻ hội viên, hội nông dân, vneid]\nupdated: 2026-11-30\n---\n\n' +
        '# Thẻ hội viên và VNeID\n\n## Thẻ hội viên hội nông dân có tích hợp vào VNeID được không?\n\n' +
        'Thẻ hội viên hội nông dân chưa tích hợp vào VNeID; bạn hỏi chi hội nông dân ở thôn, ấp khi cần xác nhận hội viên.\n',
    );
    const full = await answeredFrom(url, member, /chưa tích hợp vào VNeID; bạn hỏi chi hội nông dân/u, 'lessons/the-hoi-vien.md', since);
    expect(full).toBeLessThan(8000);

    // Neither lesson is refused: the admins' chat heard of no error, and the served files carry their filled-in fields.
    const docs = running.app.runtime.knowledge.current.docs;
    expect(docs.find((d) => d.path.endsWith('the-thu-vien.md'))?.meta).toMatchObject({ kind: 'lesson', audience: 'citizen', tags: [] });
    expect(docs.find((d) => d.path.endsWith('the-hoi-vien.md'))?.meta).toMatchObject({ kind: 'lesson', audience: 'citizen', tags: ['thẻ hội viên', 'hội nông dân', 'vneid'], updated: '2026-11-30' });
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
