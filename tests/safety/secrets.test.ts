import { describe, expect, it } from 'vitest';
import { REDACTED, scanSecrets } from '../../src/safety';

describe('scanSecrets', () => {
  it.each([
    ['Mã OTP ngân hàng của tôi là 482913, kiểm tra giúp', 'otp', '482913'],
    ['ma otp la 482913', 'otp', '482913'],
    ['482913 là mã OTP', 'otp', '482913'],
    ['passcode 123456', 'otp', '123456'],
    ['Mật khẩu VNeID của tôi là Hoa@123456, tôi quên cách đăng nhập', 'password', 'Hoa@123456'],
    ['mk: hoamai1975', 'password', 'hoamai1975'],
    ['mat khau cua toi la hoamaiXinh', 'password', 'hoamaiXinh'],
    ['số căn cước 079203012345 có đúng không', 'id_number', '079203012345'],
    ['CCCD 079 203 012345', 'id_number', '079 203 012345'],
    ['thẻ của tôi 9704 0000 1234 5678 bị khóa', 'card_number', '9704 0000 1234 5678'],
    ['the visa 4111111111111111', 'card_number', '4111111111111111'],
  ])('finds and hides the secret in "%s"', (text, kind, secret) => {
    const scan = scanSecrets(text);
    expect(scan.kinds).toEqual([kind]);
    expect(scan.redacted).not.toContain(secret);
    expect(scan.redacted).toContain(REDACTED);
  });

  it.each([
    'quên mật khẩu vneid phải làm sao',
    'mật khẩu là gì vậy',
    'Hạn nộp báo cáo trước ngày 15/12/2026',
    'chỉ tiêu 1.000.000 người, 80%',
    'gọi 1900 0368 hoặc 156 hay nhắn 5656',
    'Số điện thoại 0912345678',
    'mã số thuế 8012345678',
    'Mã QR của tôi không quét được',
    'thẻ 4111111111111112 không hợp lệ',
  ])('leaves ordinary text alone: "%s"', (text) => {
    expect(scanSecrets(text)).toEqual({ kinds: [], redacted: text });
  });
});
