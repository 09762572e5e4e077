import type { VietQrPayment } from './emvco';
import type { MediaErrorCode } from './errors';
import type { LinkCheck } from './links';

/** Everything the image and voice side says to a chat user, in one place, keyed by code. */

export const MEDIA_TEXT = {
  reading: 'Trợ lý số đang đọc ảnh, bạn chờ một chút nhé…',
  listening: 'Trợ lý số đang nghe tin nhắn thoại, bạn chờ một chút nhé…',
  no_text:
    'Trợ lý số chưa đọc được chữ nào trong ảnh này (ảnh có thể mờ, tối, bị che hoặc không có chữ). ' +
    'Bạn gõ câu hỏi bằng chữ giúp tôi nhé, ví dụ: “VNeID báo tài khoản đang đăng nhập trên thiết bị khác”.',
  no_speech: 'Trợ lý số chưa nghe rõ tin nhắn thoại này. Bạn nói lại chậm hơn, hoặc gõ câu hỏi bằng chữ giúp tôi nhé.',
  pay_check_name:
    '⚠️ Trước khi chuyển tiền, hãy xem kỹ tên người nhận mà ứng dụng ngân hàng hiện ra sau khi quét mã: phải đúng người, đúng cơ quan bạn định trả. ' +
    'Không chuyển tiền theo mã QR do người lạ gửi, kể cả người xưng là công an, cán bộ hay nhân viên ngân hàng.',
  pay_crc_bad: '⚠️ Mã này có dấu hiệu bị sửa hoặc chụp chưa rõ (phần kiểm tra của mã không khớp). Đừng chuyển tiền theo mã này; hãy xin lại mã trực tiếp từ người nhận.',
  link_never_share: 'Không nhập mật khẩu, mã OTP hay số thẻ vào trang web mở từ mã QR hoặc đường link do người lạ gửi.',
} as const;

/** The reply when an image or voice note cannot be handled, by the reason. */
export const MEDIA_ERROR_TEXT: Record<MediaErrorCode, string> = {
  too_large: 'Tệp bạn gửi lớn quá (trên 5 MB) nên Trợ lý số không đọc được. Bạn chụp màn hình rồi gửi ảnh chụp, hoặc gõ câu hỏi bằng chữ nhé.',
  not_image: 'Tệp này không phải là ảnh Trợ lý số đọc được (chỉ đọc ảnh JPG, PNG, WebP, GIF). Bạn gửi ảnh chụp màn hình, hoặc gõ câu hỏi bằng chữ nhé.',
  not_audio: 'Trợ lý số không nghe được tệp âm thanh này. Bạn gửi tin nhắn thoại thông thường, hoặc gõ câu hỏi bằng chữ nhé.',
  fetch_failed: 'Trợ lý số chưa tải được tệp bạn gửi. Bạn gửi lại sau ít phút, hoặc gõ câu hỏi bằng chữ nhé.',
  timeout: 'Tệp này cần quá nhiều thời gian để đọc. Bạn thử gửi ảnh chụp rõ hơn, chỉ phần có chữ, hoặc gõ câu hỏi bằng chữ nhé.',
  busy: 'Trợ lý số đang đọc nhiều ảnh cùng lúc. Bạn đợi khoảng một phút rồi gửi lại, hoặc gõ câu hỏi bằng chữ nhé.',
  user_busy: 'Trợ lý số vẫn đang đọc các ảnh bạn gửi trước. Bạn đợi có câu trả lời rồi hãy gửi tiếp nhé.',
  images_off: 'Trợ lý số trên máy chủ này chưa bật chức năng đọc ảnh. Bạn gõ câu hỏi bằng chữ giúp tôi nhé.',
  voice_off: 'Trợ lý số chưa nghe được tin nhắn thoại. Bạn gõ câu hỏi bằng chữ giúp tôi nhé, có dấu hay không dấu đều được.',
  transcribe_failed: 'Trợ lý số chưa nghe được tin nhắn thoại này. Bạn thử lại sau, hoặc gõ câu hỏi bằng chữ nhé.',
  closed: 'Trợ lý số đang khởi động lại. Bạn gửi lại sau ít phút nhé.',
  failed: 'Trợ lý số gặp lỗi khi đọc tệp này. Bạn thử gửi lại, hoặc gõ câu hỏi bằng chữ nhé.',
};

const quote = (text: string) => `“${text}”`;

export const imageNote = (line: string) => `Ảnh có dòng: ${quote(line)}`;
export const voiceNote = (line: string) => `Trợ lý số nghe được: ${quote(line)}`;
export const qrTextNote = (line: string) => `Mã QR này chứa dòng chữ: ${quote(line)}`;

const money = (amount: number) => `${new Intl.NumberFormat('vi-VN').format(amount)} đồng`;

export function paymentText(p: VietQrPayment): string {
  const bank = p.bank ? `${p.bank.shortName} (${p.bank.name})` : `mã ngân hàng ${p.bin} (Trợ lý số không biết ngân hàng này)`;
  const lines = [
    'Mã QR này là mã chuyển tiền VietQR:',
    `• Ngân hàng: ${bank}`,
    `• ${p.to === 'card' ? 'Số thẻ' : 'Số tài khoản'}: ${p.account}`,
    `• Số tiền: ${p.amount !== undefined ? money(p.amount) : 'không ghi sẵn, bạn tự nhập'}`,
    `• Nội dung chuyển khoản: ${p.message ?? '(không có)'}`,
  ];
  if (p.receiver) lines.push(`• Tên ghi trong mã: ${p.receiver} (tên này ai cũng ghi được, hãy tin tên ứng dụng ngân hàng hiện ra)`);
  if (!p.crcValid) lines.push('', MEDIA_TEXT.pay_crc_bad);
  lines.push('', MEDIA_TEXT.pay_check_name);
  return lines.join('\n');
}

export function linkText(link: LinkCheck): string {
  const where = link.host === link.domain ? link.host : `${link.host} (tên miền thật: ${link.domain})`;
  const letters = link.punycode ? ' Địa chỉ này dùng chữ cái lạ trông giống chữ thường để đánh lừa người xem.' : '';
  switch (link.verdict) {
    case 'official':
      return `Mã QR này mở trang ${where}.\nĐây là địa chỉ chính thức của ${link.official!.name}. Khi đăng nhập, bạn vẫn xem lại thanh địa chỉ đúng là ${link.official!.host}.`;
    case 'lookalike':
      return [
        `⚠️ CẢNH BÁO: mã QR này mở trang ${where}, KHÔNG phải trang chính thức ${link.official!.host}.${letters}`,
        'Đây rất có thể là trang giả mạo để lấy tài khoản, mật khẩu, mã OTP hoặc tiền của bạn. Đừng mở trang này và đừng nhập thông tin gì.',
        `Trang chính thức là ${link.official!.host}: bạn tự gõ địa chỉ này hoặc dùng ứng dụng chính thức.`,
      ].join('\n');
    case 'government':
      return `Mã QR này mở trang ${where}, có đuôi .gov.vn của cơ quan nhà nước, nhưng chưa có trong danh sách địa chỉ Trợ lý số đã kiểm duyệt.${letters}\n${MEDIA_TEXT.link_never_share}`;
    case 'unknown':
      return `Mã QR này mở trang ${where}. Đây không phải trang của cơ quan nhà nước và Trợ lý số chưa biết trang này.${letters}\n${MEDIA_TEXT.link_never_share}`;
  }
}
