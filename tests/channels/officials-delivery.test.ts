import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { renderForZalo } from '../../src/channels/zalo/render';
import { DATABASE_FILE } from '../../src/app/runtime';
import { CHANNEL_REPLIES } from '../../src/channels/replies';
import { hashCode, newInviteCode } from '../../src/officials';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram';
import { startFakeZalo, type FakeZalo } from '../fakes/zalo';
import { eventually, startTestApp } from './harness';

const TOKEN = '7000000003:AAFakeTokenForDeliveryTests_abcdefgh';
const ZALO_TOKEN = '3234567890:zalo-delivery-secret';
let running: Awaited<ReturnType<typeof startTestApp>> | undefined;
let fake: FakeTelegram | undefined;
let zaloFake: FakeZalo | undefined;
afterEach(async () => {
  await running?.app.stop();
  running = undefined;
  await fake?.close();
  fake = undefined;
  await zaloFake?.close();
  zaloFake = undefined;
});

type App = Awaited<ReturnType<typeof startTestApp>>['app'];

/** An invite for a ward of Đồng Nai, as `npm run admin -- invite` makes it. */
async function invite(app: App, now: Date): Promise<string> {
  const code = newInviteCode();
  await app.runtime.store.createInvite({ codeHash: hashCode(code), unitId: 'dn-xa-phuong', commune: 'UBND phường Biên Hòa', expiresAt: new Date(now.getTime() + 86_400_000), now });
  return code;
}

/**
 * A web chat session made an official through the store's invite flow: the chat itself refuses /dangky (officials
 * register on Telegram or Zalo), so this stands for a sign-in the web chat does not have.
 */
async function webOfficial(app: App, session: string, now: Date): Promise<void> {
  const outcome = await app.runtime.store.redeemInvite(hashCode(await invite(app, now)), { channel: 'web', userId: session, chatId: session }, now);
  if (!outcome.ok) throw new Error(`invite not redeemed: ${outcome.reason}`);
}

describe('a draft report on the web chat', () => {
  it('comes as short-lived signed download links: the file while valid, 403 once altered or expired', async () => {
    const clock = { now: new Date('2026-06-10T02:00:00Z') };
    running = await startTestApp({}, { clock: () => clock.now });
    const session = `web-${randomUUID()}`;
    const chat = async (text: string) => {
      const response = await fetch(`${running!.app.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, text }) });
      return (await response.json()) as { text: string; files?: { name: string; url: string }[] };
    };
    expect((await chat(`/dangky ${await invite(running.app, clock.now)}`)).text).toBe(CHANNEL_REPLIES.register_elsewhere);
    await webOfficial(running.app, session, clock.now);
    const answer = await chat('/baocao');
    expect(answer.files!.map((f) => f.name)).toEqual(['Du-thao-bao-cao-tong-ket-ubnd-phuong-bien-hoa.docx', 'Phu-luc-nhiem-vu-ubnd-phuong-bien-hoa.xlsx']);
    const url = new URL(answer.files![0]!.url);
    expect(url.pathname).toMatch(/^\/tai\/[A-Za-z0-9_-]{16}$/u);

    const file = await fetch(url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''Du-thao-bao-cao-tong-ket-ubnd-phuong-bien-hoa.docx");
    const xml = await (await JSZip.loadAsync(await file.arrayBuffer())).file('word/document.xml')!.async('string');
    expect(xml).toContain('Tổng kết 01 năm triển khai phong trào');

    const altered = new URL(url);
    altered.searchParams.set('exp', String(Number(url.searchParams.get('exp')) + 3600));
    expect((await fetch(altered)).status).toBe(403);
    clock.now = new Date(clock.now.getTime() + 31 * 60_000);
    expect((await fetch(url)).status).toBe(403);
  });

  it('offers the province buttons as numbered choices a bare number picks', async () => {
    running = await startTestApp();
    const session = `web-${randomUUID()}`;
    const chat = async (text: string) => {
      const response = await fetch(`${running!.app.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, text }) });
      return (await response.json()) as { text: string; buttons?: { label: string; data: string }[] };
    };
    const ask = await chat('Sở KH&CN chủ trì những việc gì');
    expect(ask.buttons!.map((b) => b.data)).toEqual(['/tinh Đồng Tháp', '/tinh Đồng Nai', '/tinh Tỉnh chưa nêu tên']);
    const picked = await chat('2');
    expect(picked.text.split('\n')[0]).toBe('Theo các kế hoạch, Sở Khoa học và Công nghệ (Đồng Nai):');
  });
});

describe('a draft report on Telegram', () => {
  it('comes as two documents after the message', async () => {
    fake = await startFakeTelegram({ token: TOKEN, pollWaitMs: 100 });
    const documents: { chat_id: unknown; document: unknown }[] = [];
    fake.handle('sendDocument', (body) => {
      // grammY uploads the file as a multipart part named in "attach://<name>".
      const part = String(body.document).replace(/^attach:\/\//u, '');
      documents.push({ chat_id: body.chat_id, document: body[part] });
      return { message_id: 900 + documents.length, date: 0, chat: { id: Number(body.chat_id), type: 'private', first_name: 'Lan' }, document: { file_id: 'f', file_unique_id: 'u' } };
    });
    running = await startTestApp({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot });
    await eventually(() => fake!.calls.some((c) => c.method === 'getUpdates'), 5000, 'the bot to poll');
    fake.queueUpdate(fake.textUpdate({ chatId: 7001, text: `/dangky ${await invite(running.app, new Date())}` }));
    fake.queueUpdate(fake.textUpdate({ chatId: 7001, text: '/baocao' }));
    await eventually(() => documents.length >= 2 || undefined, 8000, 'two documents');
    expect(documents.map((d) => [d.chat_id, (d.document as { filename: string }).filename])).toEqual([
      ['7001', 'Du-thao-bao-cao-tong-ket-ubnd-phuong-bien-hoa.docx'],
      ['7001', 'Phu-luc-nhiem-vu-ubnd-phuong-bien-hoa.xlsx'],
    ]);
    expect(fake.sent.at(-1)!.text).toMatch(/^Dự thảo báo cáo của đơn vị theo đề cương/u);
    // Each file went out as an outbox row (the file inside it), after the message, as every reply does. The sender
    // marks a row sent once the platform's answer is back, a moment after the fake has the file.
    const outboxRows = () => {
      const db = new Database(join(running!.dataDir, DATABASE_FILE), { readonly: true });
      try {
        return db.prepare("SELECT method, state FROM outbox WHERE chat_id = '7001' ORDER BY id").all() as { method: string; state: string }[];
      } finally {
        db.close();
      }
    };
    const rows = await eventually(() => {
      const found = outboxRows();
      return found.length >= 3 && found.slice(-3).every((r) => !['pending', 'claimed', 'sending'].includes(r.state)) ? found : undefined;
    }, 8000, 'the three outbox rows to be settled');
    expect(rows.slice(-3)).toEqual([
      { method: 'sendMessage', state: 'sent' },
      { method: 'sendDocument', state: 'sent' },
      { method: 'sendDocument', state: 'sent' },
    ]);
  });

  it('shows the task buttons as an inline keyboard, one row per task', async () => {
    fake = await startFakeTelegram({ token: TOKEN, pollWaitMs: 100 });
    running = await startTestApp({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot });
    await eventually(() => fake!.calls.some((c) => c.method === 'getUpdates'), 5000, 'the bot to poll');
    fake.queueUpdate(fake.textUpdate({ chatId: 7002, text: `/dangky ${await invite(running.app, new Date())}` }));
    fake.queueUpdate(fake.textUpdate({ chatId: 7002, text: '/nhiemvu' }));
    const sent = await fake.waitForSent(2, 8000);
    const rows = (sent[1]!.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
    expect(rows.slice(0, 3).map((r) => r.map((b) => b.text))).toEqual([
      ['✅ Xong 1', '⏳ Đang làm 1', '📝 Ghi chú 1'],
      ['✅ Xong 2', '⏳ Đang làm 2', '📝 Ghi chú 2'],
      ['✅ Xong 3', '⏳ Đang làm 3', '📝 Ghi chú 3'],
    ]);
    fake.queueUpdate(fake.callbackUpdate({ chatId: 7002, data: rows[2]![0]!.callback_data, messageId: sent[1]!.message_id }));
    const [, , done] = await fake.waitForSent(3, 8000);
    expect(done!.text).toMatch(/^Đã ghi nhận: 3\. Do đặc thù mô hình tổ chức hành chính 2 cấp.* — đã hoàn thành \(UBND phường Biên Hòa, /u);
  });
});

describe('a draft report on Zalo', () => {
  it('comes as signed links in the text, through the outbox, to an official registered on Zalo', async () => {
    zaloFake = await startFakeZalo({ token: ZALO_TOKEN, pollWaitMs: 100 });
    running = await startTestApp({ ZALO_BOT_TOKEN: ZALO_TOKEN, ZALO_API_ROOT: zaloFake.apiRoot });
    await eventually(() => zaloFake!.calls.some((c) => c.method === 'getUpdates'), 5000, 'the bot to poll');
    const chatId = 'a0000000000000000007';
    zaloFake.queueUpdate(zaloFake.textUpdate({ chatId, text: `/dangky ${await invite(running.app, new Date())}` }));
    zaloFake.queueUpdate(zaloFake.textUpdate({ chatId, text: '/baocao' }));
    const report = await eventually(() => zaloFake!.sent.find((m) => m.chat_id === chatId && m.text.includes('📎 ')), 8000, 'the report with its links');
    const links = [...report.text.matchAll(/📎 (\S+): (\S+)/gu)].map((m) => ({ name: m[1]!, url: new URL(m[2]!) }));
    expect(links.map((l) => l.name)).toEqual(['Du-thao-bao-cao-tong-ket-ubnd-phuong-bien-hoa.docx', 'Phu-luc-nhiem-vu-ubnd-phuong-bien-hoa.xlsx']);
    const file = await fetch(links[1]!.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''Phu-luc-nhiem-vu-ubnd-phuong-bien-hoa.xlsx");
    expect((await JSZip.loadAsync(await file.arrayBuffer())).file('xl/workbook.xml')).not.toBeNull();
  });
});

describe('Zalo, which has no buttons', () => {
  it('gets a file as a link, choices numbered, and no task buttons (the text says what to type)', () => {
    const text = renderForZalo({
      text: 'Nhiệm vụ…',
      buttons: [
        { label: 'Đồng Tháp', data: '/tinh Đồng Tháp' },
        { label: 'Đồng Nai', data: '/tinh Đồng Nai' },
      ],
      actions: [[{ label: '✅ Xong 1', data: '/xong #abcdef' }]],
      attachments: [{ fileName: 'a.docx', mimeType: 'x', data: new Uint8Array(), url: 'https://bot.example/tai/abc' }],
    });
    expect(text).toBe('Nhiệm vụ…\n\nGõ số để chọn:\n1. Đồng Tháp\n2. Đồng Nai\n\n📎 a.docx: https://bot.example/tai/abc');
  });
});
