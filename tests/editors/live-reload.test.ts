import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram';
import { KNOWLEDGE_DIR, tempDir } from '../helpers';
import { eventually, startTestApp } from '../channels/harness';
import { NOTICES, formatProblem, makeProblem } from '../../src/knowledge';

const TOKEN = '7000000002:AAFakeTokenForLiveReload_abcdefghij';
let running: Awaited<ReturnType<typeof startTestApp>> | undefined;
let fake: FakeTelegram | undefined;

afterEach(async () => {
  await running?.app.stop();
  running = undefined;
  await fake?.close();
  fake = undefined;
});

const lesson = (title: string, sentence: string, audience = 'citizen') =>
  `---\ntitle: "${title}"\nkind: lesson\naudience: ${audience}\ntopic: an-toan-so\ntags: ["thử"]\nupdated: 2026-11-23\n---\n\n# ${title}\n\n## ${title}?\n\n${sentence}\n`;

async function copyKnowledge(): Promise<string> {
  const dir = await tempDir('tls-live-');
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

async function ask(url: string, text: string) {
  const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: `editor-${Math.random().toString(36).slice(2)}`, text }) });
  return (await res.json()) as { text: string; intent: string; sources: { path: string }[] };
}

describe('live knowledge updates', () => {
  it('follows an added, changed and deleted lesson within seconds, without a restart', async () => {
    const dir = await copyKnowledge();
    running = await startTestApp({ KNOWLEDGE_DIR: dir });
    const { url } = running.app;
    const question = 'Cách nhận biết lừa đảo qua trò chơi xổ số cào điện tử kim cương';
    expect((await ask(url, question)).text).toMatch(/chưa có thông tin/u);

    const file = join(dir, 'lessons', 'xo-so-cao-kim-cuong.md');
    await writeFile(file, lesson('Trò chơi xổ số cào điện tử kim cương', 'Trò chơi xổ số cào điện tử kim cương đòi nạp tiền trước là lừa đảo.'));
    await eventually(async () => /kim cương đòi nạp tiền trước là lừa đảo/u.test((await ask(url, question)).text) || undefined, 8000, 'the new lesson to be answered');

    await writeFile(file, lesson('Trò chơi xổ số cào điện tử kim cương', 'Trò chơi xổ số cào điện tử kim cương là chiêu lừa mới: không nạp tiền, báo ngay cho công an.'));
    await eventually(async () => /chiêu lừa mới/u.test((await ask(url, question)).text) || undefined, 8000, 'the changed lesson to be answered');

    await rm(file);
    await eventually(async () => /chưa có thông tin/u.test((await ask(url, question)).text) || undefined, 8000, 'the deleted lesson to be gone');
  });

  it('keeps the last good version of a broken file, reports it with path:line in the log, /healthz and the admins chat, then takes the fix', async () => {
    fake = await startFakeTelegram({ token: TOKEN, pollWaitMs: 100 });
    const dir = await copyKnowledge();
    running = await startTestApp({ KNOWLEDGE_DIR: dir, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, ADMIN_CHAT: 'telegram:-100777' });
    const { url } = running.app;
    const file = join(dir, 'lessons', 'vneid-cai-dat.md');
    const good = await readFile(file, 'utf8');

    await writeFile(file, good.replace('audience: citizen', 'audience: citizens').replace('App Store nếu bạn dùng iPhone', 'App Store mới nếu bạn dùng iPhone'));
    const notice = await eventually(() => fake!.sent.find((m) => String(m.chat_id) === '-100777'), 8000, 'the admins chat to hear of it');
    const problem = makeProblem({ code: 'bad_enum', path: file, line: 4, field: 'audience', kind: 'lesson', found: 'citizens', expected: ['citizen', 'official', 'all'], suggestion: 'citizen' });
    expect(notice.text).toBe(`${NOTICES.adminBroken}\n• ${formatProblem(problem)}`);
    const health = (await (await fetch(`${url}/healthz`)).json()) as { index: { failing: string[] } };
    expect(health.index.failing.some((f) => f.endsWith('lessons/vneid-cai-dat.md'))).toBe(true);
    const warned = running.parsed().find((l) => l.level === 40 && l.code === 'bad_enum');
    expect(warned).toMatchObject({ file, line: 4, field: 'audience', severity: 'error', msg: `${formatProblem(problem)} (${NOTICES.stillServing})` });
    const answer = await ask(url, 'Tải VNeID ở đâu?');
    expect(answer.text).toMatch(/App Store nếu bạn dùng iPhone/u);
    expect(answer.text).not.toMatch(/App Store mới/u);

    await writeFile(file, good.replace('App Store nếu bạn dùng iPhone', 'App Store mới nếu bạn dùng iPhone'));
    await eventually(async () => /App Store mới/u.test((await ask(url, 'Tải VNeID ở đâu?')).text) || undefined, 8000, 'the fixed file to serve');
    const fixedNotice = await eventually(() => fake!.sent.find((m) => String(m.chat_id) === '-100777' && /Đã sửa xong/u.test(m.text)), 8000, 'the fix to be announced');
    expect(fixedNotice.text).toMatch(/vneid-cai-dat\.md/u);
    const after = (await (await fetch(`${url}/healthz`)).json()) as { index: { failing: string[] } };
    expect(after.index.failing).toEqual([]);
  });

  it("moves a plan's extracted tasks with the plan", async () => {
    const dir = await copyKnowledge();
    running = await startTestApp({ KNOWLEDGE_DIR: dir });
    const plan = join(dir, 'plans', 'dong-thap-ke-hoach-sang-kien-dot-pha-2026.md');
    const text = await readFile(plan, 'utf8');
    await writeFile(plan, text.replace('- Thời gian thực hiện: Từ tháng 6/2026.\n\n3. Đào tạo', '- Thời gian thực hiện: Từ tháng 9/2026.\n\n3. Đào tạo').replace(/(Triển khai nền tảng đào tạo trực tuyến[\s\S]*?Thời gian thực hiện: )Từ tháng 6\/2026/u, '$1Từ tháng 9/2026'));
    await eventually(
      () => running!.app.runtime.knowledge.officials.plans.flatMap((p) => p.tasks).find((t) => t.id === 'III.2' && t.timing === 'Từ tháng 9/2026'),
      8000,
      'task III.2 to take the new timing',
    );
    const extracted = await readFile(join(dir, 'plans', 'dong-thap-ke-hoach-sang-kien-dot-pha-2026.extracted.yaml'), 'utf8');
    expect(extracted).toContain('timing: Từ tháng 9/2026');
  });
});
