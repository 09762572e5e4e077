import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNSUPPORTED_REPLY } from '../../src/channels/pipeline';
import { MESSAGES } from '../../src/officials';
const { redeemRefused: REDEEM_REFUSED, registerFirst: REGISTER_FIRST } = MESSAGES;
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram';
import { KNOWLEDGE_DIR, ROOT, tempDir } from '../helpers';

/**
 * The reviewer's check, as a real process: what `npm start -- --port 0` runs (the build when src/ changed, then the
 * compiled server, started here directly so the signal reaches it without npm in between) with a Telegram bot
 * pointed at a fake Telegram, the real admin command for the invite, and SIGTERM at the end.
 */
const exec = promisify(execFile);
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const TOKEN = '7000000002:AAFakeTokenForTheStartCommand_abcdefg';
const UNIT = 'Văn phòng UBND tỉnh Đồng Tháp';
/** A task's code as lists show it: "📄 <document>, mục III.2". */
const TASK_CODE = /, mục (?:PL-)?(?:[IVX]+|\d+)(?:\.[\da-z]+)+/u;

let fake: FakeTelegram;
let child: ChildProcess | undefined;
let env: NodeJS.ProcessEnv;
let url: string;
let stdout = '';
let stderr = '';
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

beforeAll(async () => {
  fake = await startFakeTelegram({ token: TOKEN, pollWaitMs: 200 });
  env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TZ: 'Asia/Ho_Chi_Minh',
    DATA_DIR: await tempDir('tls-start-'),
    KNOWLEDGE_DIR,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    LOG_LEVEL: 'warn',
  };
  // detached: its own process group, so afterAll can also reach the node process tsx starts under it.
  await exec(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT });
  const started = spawn(process.execPath, ['dist/cli/start.js', '--port', '0'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child = started;
  exited = new Promise((resolve) => started.once('exit', (code, signal) => resolve({ code, signal })));
  started.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  started.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`start did not print its URL within 60 s.\nstdout: ${stdout}\nstderr: ${stderr}`)), 60_000);
    const check = () => {
      const match = /Trợ lý số đang chạy: (http:\/\/localhost:\d+) /u.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    started.stdout!.on('data', check);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`start exited with ${code} before printing its URL.\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
    check();
  });
  // The bot is live once it polls.
  const until = Date.now() + 20_000;
  while (!fake.calls.some((c) => c.method === 'getUpdates')) {
    if (Date.now() > until) throw new Error(`the Telegram bot never polled.\nstderr: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}, 90_000);

/** Whether any process of the child's group is still alive. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterAll(async () => {
  const pid = child?.pid;
  if (child && pid !== undefined) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
  }
  await fake?.close();
});

/** Sends a text from a chat and returns everything the bot sent to that chat in answer (all parts). */
async function say(chatId: number, text: string): Promise<string> {
  const before = fake.sent.length;
  fake.queueUpdate(fake.textUpdate({ chatId, text }));
  await fake.waitForSent(before + 1, 15_000);
  // A long answer comes in several parts: let them arrive.
  let count = -1;
  while (count !== fake.sent.length) {
    count = fake.sent.length;
    await new Promise((r) => setTimeout(r, 300));
  }
  return fake.sent
    .slice(before)
    .filter((m) => m.chat_id === chatId)
    .map((m) => m.text)
    .join('\n');
}

describe('npm start as a real process', () => {
  it('prints its URL and answers a citizen with and without diacritics over Telegram', async () => {
    expect(stdout).toMatch(/bots: Telegram\. Ctrl\+C để dừng\./u);
    for (const [chat, text] of [
      [3001, 'Tải ứng dụng VNeID ở đâu?'],
      [3002, 'tai ung dung vneid o dau'],
    ] as const) {
      const reply = await say(chat, text);
      expect(reply).toMatch(/App Store|CH Play/u);
      expect(reply).toMatch(/📄 Nguồn:/u);
    }
  }, 30_000);

  it('registers an official with a code from the admin command and shows only that unit its tasks', async () => {
    const { stdout: out } = await exec(TSX, ['src/cli/admin.ts', 'invite', '--unit', UNIT], { cwd: ROOT, env });
    const code = out.trim().split('\n').at(-1)!.trim();
    expect(code).toMatch(/^TLS(-[A-Z]{4}){4}$/u);
    expect(out).toContain(UNIT);

    // Someone who has not registered sees the explanation, never a unit's tasks.
    for (const question of ['/nhiemvu', 'Đơn vị tôi còn nhiệm vụ nào?']) {
      const reply = await say(4002, question);
      expect(reply, question).toBe(REGISTER_FIRST);
      expect(reply).not.toMatch(TASK_CODE);
      expect(reply).not.toMatch(/Khen thưởng/iu);
    }

    expect(await say(4001, `/dangky ${code}`)).toMatch(new RegExp(`^Đăng ký thành công: bạn là cán bộ của ${UNIT}`, 'u'));
    const tasks = await say(4001, '/nhiemvu');
    expect(tasks).toMatch(new RegExp(`^Nhiệm vụ của ${UNIT}`, 'u'));
    expect(tasks).toMatch(/Khen thưởng/iu);
    expect(tasks).toMatch(TASK_CODE);

    // The same code a second time is refused, and that user still sees nothing of the unit.
    expect(await say(4003, `/dangky ${code}`)).toBe(REDEEM_REFUSED.used);
    const other = await say(4003, '/nhiemvu');
    expect(other).toBe(REGISTER_FIRST);
    expect(other).not.toMatch(TASK_CODE);
  }, 40_000);

  it('answers a sticker and a 20,000-character message, then keeps answering', async () => {
    const before = fake.sent.length;
    fake.queueUpdate(fake.stickerUpdate({ chatId: 5001 }));
    await fake.waitForSent(before + 1, 15_000);
    expect(fake.sent.at(-1)).toMatchObject({ chat_id: 5001, text: UNSUPPORTED_REPLY });

    const long = await say(5002, `Quên mật khẩu VNeID phải làm sao? ${'x'.repeat(20_000)}`);
    expect(long).toMatch(/chỉ đọc 1000 ký tự đầu/u);
    expect(await say(5003, 'tai vneid o dau')).toMatch(/App Store|CH Play/u);
  }, 40_000);

  it('reports health with GET /healthz', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; index: { passages: number }; database: string };
    expect(body).toMatchObject({ status: 'ok', database: 'ok' });
    expect(body.index.passages).toBeGreaterThan(0);
  });

  it('stops on SIGTERM with exit code 0 within 15 s, saying so', async () => {
    const started = Date.now();
    child!.kill('SIGTERM');
    const result = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000))]);
    expect(result, `stdout: ${stdout}\nstderr: ${stderr}`).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(stdout).toContain('Trợ lý số đã dừng.');
    expect(stderr).not.toContain(TOKEN);
  }, 20_000);
});
