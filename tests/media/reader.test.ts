import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMediaReader, createOcrPool, createQrDecoder, MediaError, type MediaReader, type OcrEngine, type OfficialSites } from '../../src/media';
import { renderBlank, renderQr, renderScreenshot, vietQrPayload } from '../../src/bench/media-images';

const SITES: OfficialSites = { list: async () => [{ host: 'dichvucong.gov.vn', name: 'Cổng Dịch vụ công quốc gia' }] };
const MESSAGE = ['Tài khoản của bạn đang đăng nhập', 'trên thiết bị khác. Vui lòng đăng', 'nhập lại.'];

async function failure(promise: Promise<unknown>): Promise<MediaError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaError);
  return error as MediaError;
}

describe('reading images (real Tesseract, offline)', () => {
  let ocr: OcrEngine;
  let reader: MediaReader;
  beforeAll(() => {
    ocr = createOcrPool({ workers: 1, timeoutMs: 20_000 });
    reader = createMediaReader({ ocr, qr: createQrDecoder({ timeoutMs: 5_000 }), sites: SITES });
  });
  afterAll(() => reader.close());

  it.each([
    ['a light 400×300 screenshot', { phone: 'small', dark: false }],
    ['a dark-mode Android screenshot', { phone: 'android', dark: true }],
  ] as const)('reads %s word for word, diacritics included, without the status bar', async (_, look) => {
    const reading = await reader.readImage({ bytes: renderScreenshot({ title: 'Thông báo', lines: MESSAGE, button: 'Đóng', ...look }) }, { user: 'u1' });
    expect(reading.kind).toBe('text');
    if (reading.kind !== 'text') return;
    expect(reading.lines.join(' ')).toContain('Tài khoản của bạn đang đăng nhập trên thiết bị khác. Vui lòng đăng nhập lại.');
    expect(reading.lines).not.toContain('9:41');
    expect(reading.confidence).toBeGreaterThan(80);
  });

  it('reads a VietQR payment code', async () => {
    const reading = await reader.readImage({ bytes: await renderQr(vietQrPayload({ bin: '970415', account: '100872635', amount: 250000, message: 'Nop phi' })) }, { user: 'u1' });
    expect(reading).toMatchObject({ kind: 'payment', payment: { bin: '970415', account: '100872635', amount: 250000, message: 'Nop phi', crcValid: true } });
  });

  it('checks a link in a QR code against the official addresses', async () => {
    const reading = await reader.readImage({ bytes: await renderQr('https://dichvucong-gov.cc/xac-thuc') }, { user: 'u1' });
    expect(reading).toMatchObject({ kind: 'link', link: { verdict: 'lookalike', domain: 'dichvucong-gov.cc', official: { host: 'dichvucong.gov.vn' } } });
  });

  it('says an image without text is empty', async () => {
    expect((await reader.readImage({ bytes: renderBlank() }, { user: 'u1' })).kind).toBe('empty');
  });

  it('refuses what is not an image by its bytes, whatever it is called', async () => {
    expect((await failure(reader.readImage({ bytes: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n') }, { user: 'u1' }))).code).toBe('not_image');
    expect((await failure(reader.readImage({ bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>') }, { user: 'u1' }))).code).toBe('not_image');
  });

  it('refuses files over 5 MB', async () => {
    const big = Buffer.concat([renderBlank(), Buffer.alloc(5 * 1024 * 1024)]);
    expect((await failure(reader.readImage({ bytes: big }, { user: 'u1' }))).code).toBe('too_large');
  });

  it('ends an image that overruns its time and keeps reading the next ones', async () => {
    const hurried = createMediaReader({ ocr, limits: { ocrTimeoutMs: 1 } });
    const shot = renderScreenshot({ lines: MESSAGE, phone: 'iphone' });
    expect((await failure(hurried.readImage({ bytes: shot }, { user: 'u2' }))).code).toBe('timeout');
    const after = await reader.readImage({ bytes: renderScreenshot({ lines: MESSAGE }) }, { user: 'u2' });
    expect(after.kind).toBe('text');
  });
});

describe('queue limits', () => {
  /** An OCR engine that holds every image until released: the queue is what is under test. */
  function heldOcr() {
    const waiting: (() => void)[] = [];
    const engine: OcrEngine = {
      read: () => new Promise((resolve) => waiting.push(() => resolve([{ text: 'Tài khoản của bạn đang đăng nhập', confidence: 90 }]))),
      close: async () => {},
    };
    return { engine, waiting, releaseAll: () => waiting.splice(0).forEach((r) => r()) };
  }
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  };

  it('lets one user have queuePerUser images in progress, and everyone queueTotal', async () => {
    const held = heldOcr();
    const reader = createMediaReader({ ocr: held.engine, limits: { queuePerUser: 2, queueTotal: 3 } });
    const image = { bytes: renderBlank(200, 100) };
    const first = [reader.readImage(image, { user: 'a' }), reader.readImage(image, { user: 'a' })];
    expect((await failure(reader.readImage(image, { user: 'a' }))).code).toBe('user_busy');
    const third = reader.readImage(image, { user: 'b' });
    expect((await failure(reader.readImage(image, { user: 'c' }))).code).toBe('busy');
    expect(reader.active()).toBe(3);
    await until(() => held.waiting.length === 3);
    held.releaseAll();
    expect((await Promise.all([...first, third])).map((r) => r.kind)).toEqual(['text', 'text', 'text']);
    expect(reader.active()).toBe(0);
    const again = reader.readImage(image, { user: 'a' });
    await until(() => held.waiting.length === 1);
    held.releaseAll();
    expect((await again).kind).toBe('text');
  });

  it('tells the channel once when the work is slow', async () => {
    const held = heldOcr();
    const reader = createMediaReader({ ocr: held.engine, limits: { slowNoticeMs: 20 } });
    let notices = 0;
    const reading = reader.readImage({ bytes: renderBlank(200, 100) }, { user: 'a', onSlow: () => notices++ });
    await until(() => held.waiting.length === 1);
    await new Promise((r) => setTimeout(r, 60));
    held.releaseAll();
    await reading;
    expect(notices).toBe(1);
  });

  it('refuses images and voice when they are not configured', async () => {
    const reader = createMediaReader({});
    expect((await failure(reader.readImage({ bytes: renderBlank() }, { user: 'a' }))).code).toBe('images_off');
    expect((await failure(reader.transcribe({ bytes: Buffer.from('OggS') }, { user: 'a' }))).code).toBe('voice_off');
  });
});
