import Database from 'better-sqlite3';
import { readdir } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/app/runtime';
import { renderBlank, renderQr, renderScreenshot, vietQrPayload } from '../../src/bench/media-images';
import { MEDIA_ERROR_TEXT, MEDIA_TEXT } from '../../src/media';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram';
import { startFakeZalo, type FakeZalo } from '../fakes/zalo';
import { mediaKnowledge } from '../media/knowledge';
import { eventually, startTestApp } from './harness';

/**
 * Images and voice notes end to end: the real app with Telegram, Zalo and the web chat, the fake platforms serving the
 * file bytes over HTTP on 127.0.0.1, real OCR and QR decoding, and a fake speech-to-text endpoint.
 */

const TG_TOKEN = '7000000002:AAFakeMediaTokenForTests_abcdefghij';
const ZALO_TOKEN = '2234567890:zalo-media-secret';
const ERROR_SHOT = () => renderScreenshot({ title: 'Thông báo', lines: ['Tài khoản của bạn đang đăng nhập trên thiết bị khác.'], button: 'Đóng' });
const NOTE = 'Ảnh có dòng: “Tài khoản của bạn đang đăng nhập trên thiết bị khác.”';
const ANSWER = /chỉ dùng được trên một điện thoại/u;
const OGG = Buffer.concat([Buffer.from('OggS'), Buffer.from([0, 2]), Buffer.alloc(22), Buffer.from('OpusHead'), Buffer.alloc(300, 7)]);

let telegram: FakeTelegram;
let zalo: FakeZalo;
let openai: FakeOpenAI;
let running: Awaited<ReturnType<typeof startTestApp>>;
let counter = 0;

beforeAll(async () => {
  telegram = await startFakeTelegram({ token: TG_TOKEN, pollWaitMs: 100 });
  zalo = await startFakeZalo({ token: ZALO_TOKEN, pollWaitMs: 100 });
  openai = await startFakeOpenAI({ mode: 'error', status: 500 });
  const { dir } = await mediaKnowledge();
  running = await startTestApp({
    KNOWLEDGE_DIR: dir,
    TELEGRAM_BOT_TOKEN: TG_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    ZALO_BOT_TOKEN: ZALO_TOKEN,
    ZALO_API_ROOT: zalo.apiRoot,
    OPENAI_BASE_URL: openai.baseURL,
    OPENAI_TRANSCRIBE_MODEL: 'whisper-vi',
    RATE_LIMIT: '100/30',
  });
  await eventually(() => telegram.calls.some((c) => c.method === 'getUpdates') && zalo.calls.some((c) => c.method === 'getUpdates'), 8000, 'both bots to poll');
});
afterAll(async () => {
  await running?.app.stop();
  await Promise.all([telegram?.close(), zalo?.close(), openai?.close()]);
});

/** Sends a Telegram update from a new chat and returns what the bot answered that chat, "đang đọc ảnh…" notices aside. */
async function telegramSays(update: (chatId: number) => Parameters<FakeTelegram['queueUpdate']>[0], timeoutMs = 20_000): Promise<string[]> {
  const chatId = 9_000 + ++counter;
  telegram.queueUpdate(update(chatId));
  return eventually(() => {
    const texts = telegram.sent.filter((m) => m.chat_id === chatId && m.text !== MEDIA_TEXT.reading).map((m) => m.text);
    return texts.length > 0 ? texts : undefined;
  }, timeoutMs, `telegram chat ${chatId} to get an answer`);
}

async function zaloSays(update: (chatId: string) => Parameters<FakeZalo['queueUpdate']>[0], timeoutMs = 20_000): Promise<string[]> {
  const chatId = `z${String(++counter).padStart(19, '0')}`;
  zalo.queueUpdate(update(chatId));
  return eventually(() => {
    const texts = zalo.sent.filter((m) => m.chat_id === chatId && m.text !== MEDIA_TEXT.reading).map((m) => m.text);
    return texts.length > 0 ? texts : undefined;
  }, timeoutMs, `zalo chat ${chatId} to get an answer`);
}

async function upload(bytes: Buffer, session = `web-session-${++counter}`) {
  const response = await fetch(`${running.app.url}/api/image?session=${session}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(bytes) });
  return { status: response.status, body: (await response.json()) as { text?: string; error?: string; intent?: string; sources?: { path: string }[] } };
}

const fileId = (name: string) => `AgACAgUAAxkBAAIB${name}`;

describe('a screenshot is answered right', () => {
  it('on Telegram, as a photo (getFile, then the file URL on the API root)', async () => {
    telegram.files.set(fileId('shot1'), ERROR_SHOT());
    const [reply] = await telegramSays((chatId) => telegram.photoUpdate({ chatId, fileId: fileId('shot1') }));
    expect(reply!.startsWith(`${NOTE}\n\n`)).toBe(true);
    expect(reply).toMatch(ANSWER);
    expect(reply).toMatch(/📄 Nguồn:/u);
    expect(telegram.calls.some((c) => c.method === 'getFile' && c.body.file_id === fileId('shot1'))).toBe(true);
  });

  it('on Telegram, as an image sent as a document', async () => {
    telegram.files.set(fileId('doc1'), ERROR_SHOT());
    const [reply] = await telegramSays((chatId) => telegram.documentUpdate({ chatId, fileId: fileId('doc1'), fileName: 'man-hinh.png', mimeType: 'image/png' }));
    expect(reply).toMatch(ANSWER);
  });

  it('on Zalo (the photo URL of message.image.received)', async () => {
    const photo = zalo.serveMedia('loi-vneid.jpg', ERROR_SHOT());
    const [reply] = await zaloSays((chatId) => zalo.imageUpdate({ chatId, photo }));
    expect(reply!.startsWith(`${NOTE}\n\n`)).toBe(true);
    expect(reply).toMatch(ANSWER);
  });

  it('on the web chat (POST /api/image)', async () => {
    const { status, body } = await upload(ERROR_SHOT());
    expect(status).toBe(200);
    expect(body.intent).toBe('knowledge');
    expect(body.text!.startsWith(`${NOTE}\n\n`)).toBe(true);
    expect(body.sources![0]!.path).toMatch(/knowledge\/lessons\/vneid-dvc-thong-bao-loi\.md$/u);
  });
});

describe('safety', () => {
  it('masks a căn cước number in a screenshot, and neither stores nor logs it, nor keeps the image', async () => {
    telegram.files.set(fileId('cccd'), renderScreenshot({ title: 'Thông tin cá nhân', lines: ['Số định danh cá nhân: 079203004512', 'VNeID báo mật khẩu không chính xác là sao?'] }));
    const [reply] = await telegramSays((chatId) => telegram.photoUpdate({ chatId, fileId: fileId('cccd') }));
    expect(reply!.split('\n')[0]).toContain('[đã ẩn]');
    expect(reply).toContain('Bạn vừa gửi số căn cước');
    expect(reply).not.toMatch(/079203004512/u);
    const db = new Database(join(running.dataDir, DATABASE_FILE), { readonly: true });
    const stored = JSON.stringify(db.prepare('SELECT * FROM questions').all());
    db.close();
    expect(stored).toContain('[đã ẩn]');
    expect(stored).not.toMatch(/079203004512/u);
    expect(running.lines.join('\n')).not.toMatch(/079203004512/u);
    const files = (await readdir(running.dataDir, { recursive: true })).map(String);
    expect(files.filter((f) => /\.(png|jpe?g|webp|gif)$/iu.test(f))).toEqual([]);
  });

  it('explains a VietQR code (Zalo) and warns about a phishing-link QR code (Telegram)', async () => {
    const qr = zalo.serveMedia('qr.png', await renderQr(vietQrPayload({ bin: '970436', account: '0071000123456', amount: 200000, message: 'Phi dich vu' })));
    const [payment] = await zaloSays((chatId) => zalo.imageUpdate({ chatId, photo: qr }));
    expect(payment).toContain('Ngân hàng: Vietcombank');
    expect(payment).toContain('Số tiền: 200.000 đồng');
    expect(payment).toContain(MEDIA_TEXT.pay_check_name);

    telegram.files.set(fileId('phish'), await renderQr('https://vneid-gov.vn.xyz/cap-nhat'));
    const [warning] = await telegramSays((chatId) => telegram.photoUpdate({ chatId, fileId: fileId('phish') }));
    expect(warning!.startsWith('⚠️ CẢNH BÁO: mã QR này mở trang vneid-gov.vn.xyz (tên miền thật: vn.xyz), KHÔNG phải trang chính thức vneid.gov.vn.')).toBe(true);
  });
});

describe('what cannot be read', () => {
  it('refuses an oversized file on every channel without reading it whole', async () => {
    const [declared] = await telegramSays((chatId) => telegram.photoUpdate({ chatId, fileId: fileId('huge'), fileSize: 6 * 1024 * 1024 }));
    expect(declared).toBe(MEDIA_ERROR_TEXT.too_large);
    expect(telegram.calls.some((c) => c.method === 'getFile' && c.body.file_id === fileId('huge'))).toBe(false);

    const big = zalo.serveMedia('big.jpg', Buffer.concat([renderBlank(), Buffer.alloc(6 * 1024 * 1024)]));
    expect(await zaloSays((chatId) => zalo.imageUpdate({ chatId, photo: big }))).toEqual([MEDIA_ERROR_TEXT.too_large]);

    const { status, body } = await upload(Buffer.alloc(6 * 1024 * 1024, 1));
    expect(status).toBe(413);
    expect(body.error).toBe(MEDIA_ERROR_TEXT.too_large);
  });

  it('stops reading a web upload that declares no size once it passes 5 MB', async () => {
    const url = new URL(`${running.app.url}/api/image?session=web-session-chunked`);
    const answer = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0;
      const req = request(url, { method: 'POST', headers: { 'content-type': 'image/png', 'transfer-encoding': 'chunked' } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent }));
      });
      req.on('error', () => {}); // the server closes the connection after answering; writes past that fail
      const chunk = Buffer.alloc(256 * 1024, 1);
      const write = () => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', write);
        }
        req.end();
      };
      write();
      setTimeout(() => reject(new Error('no answer to the chunked upload')), 20_000).unref();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: MEDIA_ERROR_TEXT.too_large });
    // Refused long before the 20 MB the client meant to send.
    expect(answer.sent).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a non-image whatever it claims to be', async () => {
    telegram.files.set(fileId('pdf'), Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n'));
    expect(await telegramSays((chatId) => telegram.documentUpdate({ chatId, fileId: fileId('pdf'), fileName: 'anh.png', mimeType: 'image/png' }))).toEqual([MEDIA_ERROR_TEXT.not_image]);
    expect((await upload(Buffer.from('đây không phải là ảnh'))).body.text).toBe(MEDIA_ERROR_TEXT.not_image);
  });

  it('says so when an image has no text', async () => {
    expect((await upload(renderBlank())).body.text).toBe(MEDIA_TEXT.no_text);
  });
});

describe('voice notes', () => {
  it('are transcribed and answered on Telegram and Zalo', async () => {
    openai.transcribe = () => 'VNeID báo mật khẩu không chính xác thì làm sao';
    telegram.files.set('AwACAgUAAxkBAAIBvoice1', OGG);
    const [tg] = await telegramSays((chatId) => telegram.voiceUpdate({ chatId, fileId: 'AwACAgUAAxkBAAIBvoice1' }));
    expect(tg!.split('\n')[0]).toBe('Trợ lý số nghe được: “VNeID báo mật khẩu không chính xác thì làm sao”');
    expect(tg).toMatch(/Quên mật khẩu/u);

    const voice = zalo.serveMedia('voice.aac', OGG);
    const [za] = await zaloSays((chatId) => zalo.voiceUpdate({ chatId, voice }));
    expect(za).toMatch(/Quên mật khẩu/u);
    expect(openai.transcriptions.filter((t) => t.model === 'whisper-vi' && t.audio.equals(OGG))).toHaveLength(2);
  });
});

describe('a flood of images', () => {
  it('reads ten images at once while text questions are answered without waiting for them', async () => {
    const chats = Array.from({ length: 10 }, (_, i) => 9_500 + i);
    chats.forEach((chatId, i) => {
      telegram.files.set(fileId(`flood${i}`), renderScreenshot({ lines: ['Tài khoản của bạn đang đăng nhập trên thiết bị khác.'], phone: i % 2 ? 'android' : 'small', dark: i % 3 === 0 }));
      telegram.queueUpdate(telegram.photoUpdate({ chatId, fileId: fileId(`flood${i}`) }));
    });
    const answeredImages = () => telegram.sent.filter((m) => chats.includes(Number(m.chat_id)) && m.text !== MEDIA_TEXT.reading).length;
    await eventually(() => telegram.calls.filter((c) => c.method === 'getFile' && String(c.body.file_id).includes('flood')).length >= 1, 5000, 'the first image to be fetched');

    const seenByText: number[] = [];
    for (const q of ['Tải ứng dụng VNeID ở đâu?', 'quen mat khau vneid', 'bị lừa chuyển tiền phải làm sao']) {
      const response = await fetch(`${running.app.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: 'web-flood-session', text: q }) });
      expect(response.status).toBe(200);
      seenByText.push(answeredImages());
    }
    // Every text answer came back while images were still being read: none queued behind them.
    expect(seenByText.every((n) => n < chats.length)).toBe(true);

    await eventually(() => answeredImages() === chats.length || undefined, 60_000, 'all ten images to be answered');
    const replies = chats.map((chatId) => telegram.sent.filter((m) => m.chat_id === chatId && m.text !== MEDIA_TEXT.reading).map((m) => m.text)[0]!);
    for (const reply of replies) expect(reply).toMatch(ANSWER);
    // The last images waited long enough for the "đang đọc ảnh" notice.
    expect(telegram.sent.some((m) => chats.includes(Number(m.chat_id)) && m.text === MEDIA_TEXT.reading)).toBe(true);
  }, 90_000);
});
