/** What chat users see from the channel layer, by code; the assistant's own wording is in src/assistant/replies.ts. */
export const CHANNEL_REPLIES = {
  non_text:
    'Trợ lý số hiện chỉ đọc được tin nhắn chữ, chưa xem được hình ảnh, nhãn dán hay tin nhắn thoại. Bạn gõ câu hỏi bằng chữ giúp tôi nhé.',
  unsupported: 'Trợ lý số chưa hiểu được loại tin nhắn này. Bạn gõ câu hỏi bằng chữ, hoặc gửi ảnh chụp màn hình, giúp tôi nhé.',
  rate_limited: 'Bạn gửi hơi nhanh, Trợ lý số cần chút thời gian. Bạn đợi khoảng nửa phút rồi gửi tiếp nhé.',
  feedback_thanks: 'Cảm ơn bạn đã góp ý! Ý kiến của bạn giúp Trợ lý số trả lời tốt hơn.',
  feedback_expired: 'Câu trả lời này đã cũ nên Trợ lý số không ghi nhận được đánh giá. Cảm ơn bạn!',
  poison: 'Xin lỗi, Trợ lý số gặp lỗi khi xử lý tin nhắn này. Bạn thử gõ lại câu hỏi bằng lời khác giúp tôi nhé.',
  register_elsewhere:
    'Cán bộ chỉ đăng ký được trên Telegram hoặc Zalo của Trợ lý số. Bạn mở Trợ lý số trên Telegram hoặc Zalo rồi gửi /dangky kèm mã mời nhé.',
  register_locked:
    'Bạn đã nhập sai mã mời quá nhiều lần nên việc đăng ký tạm khoá để bảo đảm an toàn. Bạn thử lại sau một giờ hoặc liên hệ quản trị viên đã cấp mã.',
  address_limited: 'Có quá nhiều yêu cầu từ mạng của bạn. Bạn đợi vài phút rồi thử lại nhé.',
} as const;

export type ChannelReplyCode = keyof typeof CHANNEL_REPLIES;
