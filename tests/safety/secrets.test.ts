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
    ['số căn cước 001 203 004 567 có lộ không', 'id_number', '001 203 004 567'],
    ['căn cước 001-203-004567', 'id_number', '001-203-004567'],
    ['cccd: 0 0 1 0 8 5 0 1 2 3 4 5', 'id_number', '0 0 1 0 8 5 0 1 2 3 4 5'],
    ['mã 6 số 771204 ngân hàng gửi', 'otp', '771204'],
    ['code 483920 vừa gửi về máy', 'otp', '483920'],
    ['nó bảo đọc 4 8 3 9 2 0 cho nó', 'otp', '4 8 3 9 2 0'],
    ['mã xác thực 48 39 20 mới gửi', 'otp', '48 39 20'],
    ['OTP 613 907 vừa tới', 'otp', '613 907'],
    ['matkhau: Linh2003', 'password', 'Linh2003'],
    ['pass ngan hang Thu.Ha1980 co can doi khong', 'password', 'Thu.Ha1980'],
    ['mk Linh2003 có mạnh không', 'password', 'Linh2003'],
    // A year-shaped code named as one.
    ['mã PIN thẻ của tôi là 1990', 'otp', '1990'],
    // Said to be the password, even a word that looks like a web address is one.
    ['mật khẩu là abc123.com', 'password', 'abc123.com'],
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
    'Tôi chuyển 5.000.000 đồng cho shop',
    'mã OTP hết hạn từ năm 2025 à',
    'mã 6 số là mã gì',
    'đổi mật khẩu ngân hàng BIDV như thế nào',
    // An app's name near "mật khẩu" is not the password.
    'Quên mật khẩu đăng nhập BIDV SmartBanking thì làm sao lấy lại?',
    'mật khẩu phải có 8 ký tự trở lên à',
    'sđt 0912 345 678 bị khóa',
    'Cập nhật sinh trắc học sau ngày 1/1/2025 được không',
    // "mk" is "mình" here, and what follows is a link seen, not a password.
    'mk thay link dichvucong-gov.cc gui qua tin nhan, vao dc ko mn',
    // A year "tới 2027" followed by "mà" (not "mã").
    'cmnd của mk in là còn hạn tới 2027 mà, vậy mk có cần đi lm căn cước k',
    // A birth year after "mà" ("không ghi ngày tháng mà chỉ ghi năm sinh 1965").
    'giấy tờ của tôi không ghi ngày tháng mà chỉ ghi năm sinh 1965, tính tuổi nghỉ hưu thế nào',
    // Two years with "mà" between them: a wrong birth year on a paper.
    'mẹ sinh năm 1965 mà giấy khai sinh của tôi ghi 1956, sửa ở đâu',
    // "mk" is "mình" again, and what follows is an amount of money.
    'người ta thuê tk ngân hàng của mk 500k/tháng có được ko',
    'mk có 2tr5 trong tài khoản, chuyển cho mẹ được ko',
  ])('leaves ordinary text alone: "%s"', (text) => {
    expect(scanSecrets(text)).toEqual({ kinds: [], redacted: text });
  });
});
