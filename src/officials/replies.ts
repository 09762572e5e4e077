/** What the officials' features say, in one place. */

export const REGISTER_FIRST =
  'Để xem nhiệm vụ và tình trạng của đơn vị, bạn cần đăng ký là cán bộ của đơn vị: xin quản trị viên Trợ lý số một mã mời, ' +
  'rồi gửi /dangky <mã mời> (ví dụ: /dangky TLS-ABCD-EFGH-JKMN-PQRS). Mỗi mã chỉ dùng một lần. Trợ lý số không hiển thị nhiệm vụ của đơn vị khi chưa đăng ký.';

export const REGISTER_USAGE = 'Cách đăng ký: gửi /dangky kèm mã mời quản trị viên đã cấp, ví dụ: /dangky TLS-ABCD-EFGH-JKMN-PQRS.';

export const REDEEM_REFUSED: Record<'unknown' | 'used' | 'expired' | 'revoked', string> = {
  unknown: 'Mã mời không đúng. Bạn kiểm tra lại từng chữ (mã có dạng TLS-ABCD-EFGH-JKMN-PQRS) hoặc xin quản trị viên mã mới.',
  used: 'Mã mời này đã được dùng rồi; mỗi mã chỉ dùng được một lần. Bạn xin quản trị viên một mã mới nhé.',
  expired: 'Mã mời này đã hết hạn. Bạn xin quản trị viên một mã mới nhé.',
  revoked: 'Mã mời này đã bị quản trị viên thu hồi. Bạn liên hệ quản trị viên để được cấp mã khác.',
};

export const registered = (unit: string) =>
  `Đăng ký thành công: bạn là cán bộ của ${unit}. Gõ /nhiemvu để xem nhiệm vụ của đơn vị, /hanbaocao để xem hạn báo cáo, ` +
  '/xong <mã nhiệm vụ> khi hoàn thành, /capnhat <mã nhiệm vụ> <ghi chú> để cập nhật tiến độ. Trợ lý số sẽ nhắc trước các hạn (gõ /nhacnho tat để tắt).';

export const UNKNOWN_UNIT = (name: string) =>
  `Không tìm thấy đơn vị «${name}» trong danh sách đơn vị của các kế hoạch. Bạn kiểm tra lại tên, hoặc nhờ quản trị viên bổ sung vào knowledge/units.yaml.`;

export const ONLY_OWN_UNIT = 'Bạn chỉ cập nhật được nhiệm vụ của chính đơn vị mình. Gõ /nhiemvu để xem mã các nhiệm vụ của đơn vị.';
export const UPDATE_NEEDS_REGISTRATION = 'Chỉ cán bộ đã đăng ký mới cập nhật được tình trạng nhiệm vụ. ' + REGISTER_USAGE;
export const UPDATE_USAGE = 'Cách dùng: /xong <mã nhiệm vụ>, hoặc /capnhat <mã nhiệm vụ> <ghi chú>. Mã nhiệm vụ nằm trong ngoặc vuông ở danh sách /nhiemvu, ví dụ [III.2].';
export const AMBIGUOUS_UNIT_UPDATE = 'Tên đơn vị khớp với đơn vị ở nhiều tỉnh; hãy ghi rõ tỉnh (ví dụ "Sở Khoa học và Công nghệ Đồng Tháp") để cập nhật.';

export const REMINDERS_ON = 'Đã bật nhắc hạn: Trợ lý số sẽ nhắn trước các hạn của đơn vị bạn.';
export const REMINDERS_OFF = 'Đã tắt nhắc hạn. Gõ /nhacnho bat để bật lại.';
export const REMINDERS_USAGE = 'Gõ /nhacnho bat để bật hoặc /nhacnho tat để tắt nhắc hạn.';

export const NO_DEADLINES = 'Không tìm thấy hạn nào khớp với câu hỏi trong các kế hoạch hiện có.';
export const NO_TASKS = (unit: string) => `Các kế hoạch hiện có chưa giao nhiệm vụ nào cho ${unit}.`;
