/** What chat users see from the channel layer, by code; the assistant's own wording is in src/assistant/replies.ts. */
export const CHANNEL_REPLIES = {
  non_text:
    'Trợ lý số hiện chỉ đọc được tin nhắn chữ, chưa xem được hình ảnh, nhãn dán hay tin nhắn thoại. Bạn gõ câu hỏi bằng chữ giúp tôi nhé.',
  rate_limited: 'Bạn gửi hơi nhanh, Trợ lý số cần chút thời gian. Bạn đợi khoảng nửa phút rồi gửi tiếp nhé.',
  feedback_thanks: 'Cảm ơn bạn đã góp ý! Ý kiến của bạn giúp Trợ lý số trả lời tốt hơn.',
  feedback_expired: 'Câu trả lời này đã cũ nên Trợ lý số không ghi nhận được đánh giá. Cảm ơn bạn!',
  poison: 'Xin lỗi, Trợ lý số gặp lỗi khi xử lý tin nhắn này. Bạn thử gõ lại câu hỏi bằng lời khác giúp tôi nhé.',
} as const;

export type ChannelReplyCode = keyof typeof CHANNEL_REPLIES;
