import type { SecretKind } from '../safety';
import type { OutOfScopeReason } from '../safety';
import { foldText } from '../text';

/** Everything the assistant itself says (not quoted from knowledge), in one place. */

export const TOPIC_MENU = [
  { label: 'VNeID', data: 'topic:vneid', question: 'VNeID là gì, dùng để làm gì?' },
  { label: 'Dịch vụ công', data: 'topic:dich-vu-cong', question: 'Cổng Dịch vụ công quốc gia là gì, đăng nhập thế nào?' },
  { label: 'An toàn số', data: 'topic:an-toan-so', question: 'Làm sao nhận biết và phòng tránh lừa đảo trên mạng?' },
  { label: 'Thanh toán số', data: 'topic:thanh-toan-so', question: 'Thanh toán không dùng tiền mặt là gì, có an toàn không' },
  { label: 'Dành cho cán bộ', data: 'topic:can-bo', question: '/trogiup_canbo' },
  { label: '🔔 Nhận cảnh báo', data: 'topic:canh-bao', question: '/canhbao bat' },
] as const;

export const GREETING =
  'Xin chào! Tôi là Trợ lý số của phong trào “Bình dân học vụ số”. Tôi giúp bà con dùng ứng dụng VNeID, làm thủ tục trên Cổng Dịch vụ công, ' +
  'thanh toán không dùng tiền mặt an toàn và phòng tránh lừa đảo trên mạng. Cán bộ có thể hỏi hạn báo cáo và nhiệm vụ của đơn vị.\n' +
  'Bạn cứ gõ câu hỏi, có dấu hay không dấu đều được, hoặc chọn một chủ đề bên dưới.';

export const ACKNOWLEDGED = 'Dạ. Bạn cần hỏi thêm gì cứ nhắn Trợ lý số nhé.';

export const THANKS = 'Dạ, không có gì ạ. Khi cần, bạn cứ nhắn câu hỏi cho Trợ lý số nhé.';

export const HELP =
  'Trợ lý số trả lời dựa trên tài liệu đã được kiểm duyệt về:\n' +
  '• Ứng dụng VNeID, tài khoản định danh điện tử mức 1, mức 2\n' +
  '• Cổng Dịch vụ công quốc gia, nộp hồ sơ và trả phí trực tuyến\n' +
  '• Thanh toán không dùng tiền mặt (mã QR, ứng dụng ngân hàng)\n' +
  '• Nhận biết và phòng tránh lừa đảo, nơi báo cáo khi bị lừa\n' +
  '• Phong trào Bình dân học vụ số và Tổ công nghệ số cộng đồng\n' +
  'Cảnh báo lừa đảo mới: /canhbao bat để nhận, /canhbao tat để ngừng.\n' +
  'Dành cho cán bộ: /hanbaocao (hạn báo cáo), /nhiemvu (nhiệm vụ của đơn vị), /xong <nhiệm vụ>, /capnhat <nhiệm vụ> <ghi chú>, /dangky <mã mời>.\n' +
  'Ví dụ: “làm định danh mức 2 ở đâu”, “bị lừa chuyển tiền phải làm sao”.';

export const OFFICIALS_HELP =
  'Dành cho cán bộ các đơn vị:\n' +
  '• Đăng ký: xin mã mời từ quản trị viên, rồi gửi /dangky <mã mời>\n' +
  '• /hanbaocao: các hạn báo cáo của đơn vị (hạn chót, còn mấy ngày, quá hạn, đã nộp)\n' +
  '• /nhiemvu: nhiệm vụ đơn vị chủ trì, phối hợp và tình trạng, có số thứ tự và nút Xong, Đang làm, Ghi chú\n' +
  '• Cập nhật: «xong 2», «đang làm 2», «ghi chú 2 <nội dung>», «đã nộp báo cáo quý II», «hoàn tác»\n' +
  '• /tonghop: tóm tắt tình hình để báo cáo lãnh đạo; /baocao: dự thảo báo cáo tổng kết (Word, Excel)\n' +
  'Bạn cũng có thể hỏi: “tuần này có hạn gì không?”, “đơn vị tôi còn nhiệm vụ nào chưa xong?”.';

const OUT_OF_SCOPE_TAIL =
  'Tôi chỉ hỗ trợ về ứng dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, phòng tránh lừa đảo trên mạng, ' +
  'phong trào Bình dân học vụ số, và hạn báo cáo, nhiệm vụ cho cán bộ. Bạn có câu hỏi nào về những việc này không ạ?';

export function outOfScope(reason: OutOfScopeReason): string {
  if (reason === 'injection') {
    return `Xin lỗi, tôi không thể thay đổi hay tiết lộ cách Trợ lý số được thiết lập. ${OUT_OF_SCOPE_TAIL}`;
  }
  if (reason === 'harmful') {
    return `Xin lỗi, Trợ lý số không hướng dẫn xâm nhập tài khoản của người khác hay làm giả giấy tờ: việc đó vi phạm pháp luật. ${OUT_OF_SCOPE_TAIL}`;
  }
  if (reason === 'device') {
    return `Xin lỗi, Trợ lý số không hướng dẫn sửa điện thoại, máy tính, mạng wifi hay tài khoản trò chơi; bạn có thể hỏi cửa hàng bán máy hoặc tổng đài nhà mạng. ${OUT_OF_SCOPE_TAIL}`;
  }
  return `Xin lỗi, câu hỏi này nằm ngoài phạm vi của Trợ lý số nên tôi không trả lời được. ${OUT_OF_SCOPE_TAIL}`;
}

const SECRET_WARNINGS: Record<SecretKind, string> = {
  otp: 'Bạn vừa gửi một mã OTP (mã xác thực). Mã OTP chỉ dành cho chính bạn: tuyệt đối không đọc hay gửi mã OTP cho bất kỳ ai. Ngân hàng, công an không bao giờ xin mã OTP: người xin mã, dù xưng là ai, là kẻ lừa đảo. Nếu đã lỡ đưa mã cho người khác, hãy gọi ngay tổng đài ngân hàng (số in trên thẻ hoặc trong ứng dụng) để khóa tài khoản.',
  password: 'Bạn vừa gửi mật khẩu. Không bao giờ gửi mật khẩu qua tin nhắn cho ai, kể cả cho Trợ lý số. Bạn nên đổi mật khẩu ngay trong ứng dụng.',
  id_number: 'Bạn vừa gửi số căn cước (12 số). Chỉ đưa số căn cước khi làm thủ tục với cơ quan nhà nước hay nơi bạn tin cậy, không gửi cho người lạ hay trang web không rõ nguồn gốc.',
  card_number: 'Bạn vừa gửi số thẻ ngân hàng. Không gửi số thẻ, mã CVV hay ảnh thẻ cho ai qua tin nhắn. Nếu đã lỡ gửi cho người lạ, hãy gọi ngay tổng đài ngân hàng để khóa thẻ.',
};

export const ABOUT_YOUR_QUESTION = 'Về câu hỏi của bạn:';

/** After the answer to the part of a message the assistant covers, for the part it does not. */
export const OTHER_PART_OUT_OF_SCOPE =
  'Phần còn lại trong tin nhắn của bạn nằm ngoài phạm vi của Trợ lý số nên tôi không trả lời; bạn nên hỏi nơi chuyên về việc đó.';

export function secretWarning(kinds: SecretKind[]): string {
  return ['⚠️ Cảnh báo an toàn', ...kinds.map((k) => SECRET_WARNINGS[k]), 'Trợ lý số đã ẩn thông tin này, không lưu lại và không gửi đi đâu.'].join('\n');
}

/** The first steps after a scam: added to an answer for someone who says they were scammed, when it lacks them. */
export const SCAM_HELP = 'Nếu nghi bị lừa đảo: gọi ngay tổng đài ngân hàng của bạn (số in sau thẻ) để khóa tài khoản, báo công an xã, phường gần nhất, gọi 156 hoặc nhắn 5656 để phản ánh.';

/** Where to get help, chosen by what the question is about. */
function helpFor(question: string): string[] {
  const q = foldText(question);
  const lines: string[] = [];
  if (/\b(lua|gia danh|gia mao|chiem doat|mat tien|chuyen nham|trung thuong|hack)\b/u.test(q)) {
    lines.push(SCAM_HELP);
  }
  if (/\b(vneid|dinh danh|can cuoc|cccd|muc 2|muc 1)\b/u.test(q)) {
    lines.push('Về VNeID, căn cước: hỏi công an xã, phường nơi gần bạn, hoặc tổng đài VNeID 1900 0368.');
  }
  if (/\b(dich vu cong|thu tuc|ho so|giay to)\b/u.test(q)) {
    lines.push('Về thủ tục hành chính: hỏi bộ phận một cửa của UBND xã, phường.');
  }
  if (/\b(ngan hang|the atm|chuyen khoan|vi dien tu|qr|thanh toan)\b/u.test(q)) {
    lines.push('Về tài khoản, thẻ ngân hàng: gọi tổng đài của chính ngân hàng bạn dùng (số in sau thẻ).');
  }
  lines.push('Tổ công nghệ số cộng đồng ở thôn, ấp, khu phố nơi bạn ở có thể hướng dẫn trực tiếp.');
  return lines;
}

export function notCovered(question: string): string {
  return [
    'Xin lỗi, hiện Trợ lý số chưa có thông tin về câu hỏi này trong tài liệu đã được kiểm duyệt, nên tôi không trả lời để tránh hướng dẫn sai.',
    'Bạn có thể hỏi:',
    ...helpFor(question).map((l) => `• ${l}`),
  ].join('\n');
}

export const TRUNCATED_NOTE = (kept: number) => `(Tin nhắn của bạn khá dài, Trợ lý số chỉ đọc ${kept} ký tự đầu. Bạn có thể hỏi ngắn từng ý một.)`;

export const EMPTY_MESSAGE = 'Bạn hãy gõ câu hỏi bằng chữ, ví dụ: “cách cài VNeID”. Gõ /trogiup để xem Trợ lý số giúp được gì.';

export const OFFICIALS_NOT_READY =
  'Trợ lý số đã hiểu đây là câu hỏi về hạn báo cáo hoặc nhiệm vụ của đơn vị, nhưng phần tra cứu dành cho cán bộ chưa được bật trên máy chủ này. ' +
  'Bạn vui lòng hỏi trực tiếp đơn vị đầu mối của kế hoạch.';
