import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant';
import { contactsFileSites, createMediaAnswerer, createMediaReader, createOcrPool, createQrDecoder, MEDIA_TEXT, type MediaAnswerer } from '../../src/media';
import { foldText } from '../../src/text';
import { ERROR_LESSON_PATH, errorMessages, mediaKnowledge } from './knowledge';
import { PHONES, renderQr, renderScreenshot, vietQrPayload } from '../../src/bench/media-images';

/**
 * The media eval: screenshots of the error messages the knowledge explains, rendered at phone sizes in light and dark
 * mode, and QR codes made here, each with the answer expected of the whole media core (read → assistant → reply).
 */

const LOOKS: { phone: keyof typeof PHONES; dark: boolean }[] = [
  { phone: 'small', dark: false },
  { phone: 'android', dark: true },
  { phone: 'iphone', dark: false },
];
const messages = await errorMessages();
/**
 * Cases the whole chain gets wrong today: the image is read right but the assistant answers the wrong intent. Their
 * tests pin the wrong intent, so fixing the cause makes them fail and the entry is removed.
 */
const KNOWN_MISSES: Record<string, { intent: string; why: string }> = {};
const screenshotCases = messages.flatMap((m) => LOOKS.map((look) => ({ ...m, ...look, miss: KNOWN_MISSES[m.message] })));

interface QrCase {
  name: string;
  payload: () => string;
  /** Lines the reply must contain, in order of appearance. */
  expect: string[];
  intent: string;
}

const QR_CASES: QrCase[] = [
  {
    name: 'VietQR to a Vietcombank account with amount and message',
    payload: () => vietQrPayload({ bin: '970436', account: '0071000123456', amount: 35000, message: 'Tien nuoc thang 11' }),
    expect: ['Ngân hàng: Vietcombank', 'Số tài khoản: 0071000123456', 'Số tiền: 35.000 đồng', 'Nội dung chuyển khoản: Tien nuoc thang 11', MEDIA_TEXT.pay_check_name],
    intent: 'safety',
  },
  {
    name: 'VietQR without an amount (the payer types it)',
    payload: () => vietQrPayload({ bin: '970422', account: '0901234567' }),
    expect: ['Ngân hàng: MBBank', 'Số tiền: không ghi sẵn, bạn tự nhập', MEDIA_TEXT.pay_check_name],
    intent: 'safety',
  },
  {
    name: 'VietQR whose check digits do not match',
    payload: () => vietQrPayload({ bin: '970418', account: '21510000123', amount: 5000000, badCrc: true }),
    expect: ['Ngân hàng: BIDV', MEDIA_TEXT.pay_crc_bad, MEDIA_TEXT.pay_check_name],
    intent: 'safety',
  },
  {
    name: 'a fake Cổng Dịch vụ công login',
    payload: () => 'https://dichvucong-gov.cc/dang-nhap?ref=zalo',
    expect: ['⚠️ CẢNH BÁO: mã QR này mở trang dichvucong-gov.cc, KHÔNG phải trang chính thức dichvucong.gov.vn.', 'Trang chính thức là dichvucong.gov.vn'],
    intent: 'safety',
  },
  {
    name: 'a fake VNeID site under another country code',
    payload: () => 'http://vneid-gov.vn.xyz/kich-hoat',
    expect: ['⚠️ CẢNH BÁO: mã QR này mở trang vneid-gov.vn.xyz (tên miền thật: vn.xyz), KHÔNG phải trang chính thức vneid.gov.vn.'],
    intent: 'safety',
  },
  {
    name: 'a look-alike written with a Cyrillic letter',
    payload: () => 'https://xn--vnid-w4d.gov.vn.net/',
    expect: ['KHÔNG phải trang chính thức vneid.gov.vn', 'chữ cái lạ'],
    intent: 'safety',
  },
  {
    name: 'the real Cổng Dịch vụ công',
    payload: () => 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
    expect: ['Mã QR này mở trang dichvucong.gov.vn.', 'Đây là địa chỉ chính thức của Cổng Dịch vụ công quốc gia'],
    intent: 'safety',
  },
  {
    name: 'a QR code holding a question in words',
    payload: () => 'Mật khẩu VNeID không chính xác thì làm sao?',
    expect: ['Mã QR này chứa dòng chữ: “Mật khẩu VNeID không chính xác thì làm sao?”', 'Quên mật khẩu'],
    intent: 'knowledge',
  },
];

let media: MediaAnswerer;
beforeAll(async () => {
  const { dir, index } = await mediaKnowledge();
  const assistant = createAssistant({ knowledge: () => index, clock: () => new Date('2026-11-23T02:00:00Z') });
  const reader = createMediaReader({ ocr: createOcrPool({ workers: 1, timeoutMs: 20_000 }), qr: createQrDecoder({ timeoutMs: 5_000 }), sites: contactsFileSites(dir) });
  media = createMediaAnswerer({ assistant, reader });
});
afterAll(() => media.reader.close());

const MESSAGE = { channel: 'web' as const, userId: 'eval', chatId: 'eval' };

describe('media eval: screenshots of error messages from the knowledge', () => {
  it('has the lesson’s messages to render', () => {
    expect(messages.length).toBeGreaterThanOrEqual(3);
  });

  const cases = screenshotCases.filter((c) => !c.miss);
  const misses = screenshotCases.filter((c) => c.miss);
  const answered = async ({ message, section, phone, dark, miss }: (typeof screenshotCases)[number]) => {
    const reply = await media.answerImage(MESSAGE, { bytes: renderScreenshot({ title: 'Thông báo', lines: [message], button: 'Đóng', phone, dark }) });
    expect(foldText(reply.text.split('\n')[0]!)).toContain(foldText(message));
    if (miss) {
      expect(reply.intent).toBe(miss.intent);
      return;
    }
    expect(reply.intent).toBe('knowledge');
    expect(reply.sources[0]).toMatchObject({ path: ERROR_LESSON_PATH, section: expect.stringContaining(section) });
  };
  it.each(cases)('$message ($phone, dark: $dark) is answered from its section', answered);
  if (misses.length > 0) it.each(misses)('known miss: $message ($phone, dark: $dark) is read right but answered as $miss.intent: $miss.why', answered);
});

describe('media eval: QR codes', () => {
  it.each(QR_CASES)('$name', async (c) => {
    const reply = await media.answerImage(MESSAGE, { bytes: await renderQr(c.payload()) });
    expect(reply.intent).toBe(c.intent);
    let from = 0;
    for (const part of c.expect) {
      const at = reply.text.indexOf(part, from);
      expect(at, `"${part}" after position ${from} in:\n${reply.text}`).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
  });
});
