import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant';
import {
  contactsFileSites,
  createMediaAnswerer,
  createMediaReader,
  createOcrPool,
  createQrDecoder,
  imageQuestion,
  MEDIA_ERROR_TEXT,
  MEDIA_TEXT,
  openAiTranscriber,
  type MediaAnswerer,
  type MediaMessage,
} from '../../src/media';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai';
import { ERROR_LESSON_PATH, mediaKnowledge } from './knowledge';
import { renderBlank, renderQr, renderScreenshot, vietQrPayload } from '../../src/bench/media-images';

const MESSAGE: MediaMessage = { channel: 'web', userId: 'u1', chatId: 'c1' };
/** A real Ogg page header: the start of what a Telegram voice note holds. */
const OGG = Buffer.concat([Buffer.from('OggS'), Buffer.from([0, 2]), Buffer.alloc(22), Buffer.from('OpusHead'), Buffer.alloc(200, 7)]);

let media: MediaAnswerer;
let voiceOff: MediaAnswerer;
let openai: FakeOpenAI;
const logged: object[] = [];

beforeAll(async () => {
  const { dir, index } = await mediaKnowledge();
  const log = { info: (o: object) => logged.push(o), warn: (o: object) => logged.push(o), error: (o: object) => logged.push(o) };
  const assistant = createAssistant({ knowledge: () => index, clock: () => new Date('2026-11-23T02:00:00Z'), log });
  openai = await startFakeOpenAI({ mode: 'answer', content: () => 'unused' });
  const ocr = createOcrPool({ workers: 1, timeoutMs: 20_000 });
  const qr = createQrDecoder({ timeoutMs: 5_000 });
  const transcriber = openAiTranscriber({ apiKey: 'test-key', baseURL: openai.baseURL, model: 'whisper-vi', timeoutMs: 5_000 });
  media = createMediaAnswerer({ assistant, reader: createMediaReader({ ocr, qr, transcriber, sites: contactsFileSites(dir), log }), log });
  voiceOff = createMediaAnswerer({ assistant, reader: createMediaReader({ ocr }) });
});
afterAll(async () => {
  await media.reader.close();
  await openai.close();
});

describe('an image as a question', () => {
  it('answers a screenshot of a VNeID error from the lesson about it, saying first what it read', async () => {
    const shot = renderScreenshot({ title: 'Thông báo', lines: ['Tài khoản của bạn đang đăng nhập trên thiết bị khác.'], button: 'Đóng' });
    const reply = await media.answerImage(MESSAGE, { bytes: shot });
    expect(reply.intent).toBe('knowledge');
    expect(reply.text.split('\n')[0]).toBe('Ảnh có dòng: “Tài khoản của bạn đang đăng nhập trên thiết bị khác.”');
    expect(reply.text).toContain('chỉ dùng được trên một điện thoại');
    expect(reply.sources[0]).toMatchObject({ path: ERROR_LESSON_PATH });
    expect(reply.meta.question).toBe('[ảnh] Tài khoản của bạn đang đăng nhập trên thiết bị khác.');
  });

  it('masks a căn cước number read from a screenshot, warns, and keeps it out of what is stored', async () => {
    const shot = renderScreenshot({ title: 'Thông tin cá nhân', lines: ['Số định danh cá nhân: 001090012345', 'Vì sao VNeID báo mật khẩu không chính xác?'] });
    const reply = await media.answerImage(MESSAGE, { bytes: shot });
    expect(reply.intent).toBe('safety');
    expect(reply.meta.secrets).toEqual(['id_number']);
    expect(reply.text.split('\n')[0]).toBe('Ảnh có dòng: “Thông tin cá nhân Số định danh cá nhân: [đã ẩn] Vì sao VNeID báo mật khẩu không chính xác?”');
    expect(reply.text).toContain('Bạn vừa gửi số căn cước');
    for (const kept of [reply.text, reply.meta.question, JSON.stringify(logged)]) expect(kept).not.toMatch(/001090012345|0010\s*9001\s*2345/u);
  });

  it('says when an image holds no readable text and asks for a typed question', async () => {
    const reply = await media.answerImage(MESSAGE, { bytes: renderBlank() });
    expect(reply).toMatchObject({ intent: 'help', text: MEDIA_TEXT.no_text, meta: { question: '[ảnh không có chữ]' } });
  });

  it('explains a VietQR code in plain words with the advice to check the receiver name', async () => {
    const reply = await media.answerImage(MESSAGE, { bytes: await renderQr(vietQrPayload({ bin: '970405', account: '3100205123456', amount: 1500000, message: 'Nop tien dien' })) });
    expect(reply.intent).toBe('safety');
    expect(reply.text).toBe(
      [
        'Mã QR này là mã chuyển tiền VietQR:',
        '• Ngân hàng: Agribank (Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam)',
        '• Số tài khoản: 3100205123456',
        '• Số tiền: 1.500.000 đồng',
        '• Nội dung chuyển khoản: Nop tien dien',
        '',
        MEDIA_TEXT.pay_check_name,
      ].join('\n'),
    );
  });

  it('warns clearly about a QR code leading to a fake public-service site', async () => {
    const reply = await media.answerImage(MESSAGE, { bytes: await renderQr('https://dichvucong-gov.cc/dang-nhap') });
    expect(reply.intent).toBe('safety');
    expect(reply.text.split('\n')[0]).toBe('⚠️ CẢNH BÁO: mã QR này mở trang dichvucong-gov.cc, KHÔNG phải trang chính thức dichvucong.gov.vn.');
  });

  it('names the official site a QR code opens, from the editors’ allow-list', async () => {
    const reply = await media.answerImage(MESSAGE, { bytes: await renderQr('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html') });
    expect(reply.text).toContain('Đây là địa chỉ chính thức của Cổng Dịch vụ công quốc gia');
  });

  it('refuses an oversized file and a non-image with the catalog’s words', async () => {
    expect((await media.answerImage(MESSAGE, { bytes: Buffer.alloc(5 * 1024 * 1024 + 1) })).text).toBe(MEDIA_ERROR_TEXT.too_large);
    expect((await media.answerImage(MESSAGE, { bytes: Buffer.from('just some text, not a picture') })).text).toBe(MEDIA_ERROR_TEXT.not_image);
  });
});

describe('a voice note as a question', () => {
  it('transcribes through /audio/transcriptions and answers the words as typed', async () => {
    openai.transcribe = () => 'mật khẩu VNeID không chính xác thì làm sao';
    const reply = await media.answerVoice(MESSAGE, { bytes: OGG });
    expect(reply.text.split('\n')[0]).toBe('Trợ lý số nghe được: “mật khẩu VNeID không chính xác thì làm sao”');
    expect(reply.sources[0]).toMatchObject({ path: ERROR_LESSON_PATH });
    const sent = openai.transcriptions.at(-1)!;
    expect(sent).toMatchObject({ model: 'whisper-vi', language: 'vi', filename: 'voice.ogg', mime: 'audio/ogg' });
    expect(sent.audio.equals(OGG)).toBe(true);
  });

  it('masks an OTP said aloud', async () => {
    openai.transcribe = () => 'mã OTP của tôi là 482913 có ai hỏi thì đọc không';
    const reply = await media.answerVoice(MESSAGE, { bytes: OGG });
    expect(reply.intent).toBe('safety');
    expect(reply.text).not.toContain('482913');
    expect(reply.meta.question).not.toContain('482913');
  });

  it('says kindly when the endpoint fails, when nothing was heard, and when voice is not configured', async () => {
    openai.transcribe = () => ({ status: 500 });
    expect((await media.answerVoice(MESSAGE, { bytes: OGG })).text).toBe(MEDIA_ERROR_TEXT.transcribe_failed);
    openai.transcribe = () => ' ';
    expect((await media.answerVoice(MESSAGE, { bytes: OGG })).text).toBe(MEDIA_TEXT.no_speech);
    expect((await voiceOff.answerVoice(MESSAGE, { bytes: OGG })).text).toBe(MEDIA_ERROR_TEXT.voice_off);
  });
});

describe('imageQuestion', () => {
  it('asks with the sentence lines, not the titles and buttons around them', () => {
    expect(imageQuestion(['Thông báo', 'Phiên đăng nhập đã hết hạn,', 'vui lòng đăng nhập lại', 'Đóng'])).toEqual({
      text: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
      shown: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
      note: 'Ảnh có dòng: “Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại”',
    });
  });

  it('joins a sentence the app wrapped over lines, and shortens the note at a word with …', () => {
    const q = imageQuestion(['Tài khoản của bạn đang đăng nhập trên thiết bị', 'khác. Vui lòng đăng nhập lại.'], { maxLines: 8, noteMaxChars: 40 });
    expect(q.text).toBe('Tài khoản của bạn đang đăng nhập trên thiết bị khác. Vui lòng đăng nhập lại.');
    expect(q.shown).toBe('Tài khoản của bạn đang đăng nhập trên…');
    expect(q.shown.length).toBeLessThanOrEqual(40);
  });

  it('masks secrets in what it shows, not in what it asks (the assistant warns about them)', () => {
    const q = imageQuestion(['Mã OTP của bạn là 839201, không chia sẻ cho ai']);
    expect(q.text).toContain('839201');
    expect(q.shown).toBe('Mã OTP của bạn là [đã ẩn], không chia sẻ cho ai');
  });
});
