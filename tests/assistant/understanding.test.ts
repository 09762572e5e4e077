import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../../src/assistant';
import { plainText, type Message } from '../../src/core';
import { realIndex } from '../helpers';

let assistant: Assistant;
beforeAll(async () => {
  const index = await realIndex();
  assistant = createAssistant({ knowledge: () => index, clock: () => new Date('2026-11-30T02:00:00Z') });
});

let chats = 0;
const newChat = () => `chat-${++chats}`;
const ask = (text: string, extra: Partial<Message> = {}) => assistant.handle({ channel: 'cli', userId: 'u', chatId: extra.chatId ?? newChat(), text, ...extra });

describe('routing a citizen and an official', () => {
  it.each([
    'Căn cước sắp hết hạn thì làm mức 2 được không',
    'thời hạn giải quyết hồ sơ trên dịch vụ công là bao lâu',
    'bạn tôi bị lừa chuyển tiền thì báo ở đâu',
    'phường tôi có Tổ công nghệ số cộng đồng không',
    // A task scam's story says "nhiệm vụ" and "phải nộp": still a victim asking for help.
    'Tôi bị lừa làm nhiệm vụ đánh giá sản phẩm, giờ rút tiền thì web bảo phải nộp thêm. Tôi phải tố cáo ở đâu?',
    // …and without saying "lừa": the task scam's "nhiệm vụ" is no office's task.
    'Họ bảo phải làm đủ nhiệm vụ mới rút được tiền, mẹ tôi đã đi vay để nộp. Giờ phải làm sao?',
  ])('keeps the citizen question "%s" a citizen question', async (text) => {
    const reply = await ask(text);
    expect(['knowledge', 'out_of_scope']).toContain(reply.intent);
    expect(reply.intent).not.toBe('deadlines');
    expect(reply.meta.rule).toMatch(/^(knowledge|followup|parts|scope)\./u);
  });

  it('reads an official\'s plain deadline words as a question about their reports, and logs the rule', async () => {
    const reply = await ask('tuần này có hạn gì không', { unit: 'Văn phòng UBND tỉnh Đồng Tháp' });
    expect(reply.intent).toBe('deadlines');
    // src/officials decides what is an officials' question; the rule names its kind and filter.
    expect(reply.meta.rule).toBe('officials.deadlines.all');
  });

  it('understands chat shorthand instead of declining it', async () => {
    const reply = await ask('ko dang nhap dc dvc');
    expect(reply.intent).toBe('knowledge');
    expect(reply.meta.covered).toBe(true);
    expect(reply.sources[0]!.path).toMatch(/dich-vu-cong/u);
  });
});

describe('follow-ups', () => {
  it('answers a new question on its own even when it is short and ends in "thế nào"', async () => {
    const chatId = newChat();
    await ask('Đăng nhập Cổng Dịch vụ công quốc gia bằng cách nào?', { chatId });
    const reply = await ask('quen passcode vneid lam the nao', { chatId });
    expect(reply.meta.rule).not.toMatch(/^followup/u);
    expect(reply.sources[0]!.path).toMatch(/vneid-quen-mat-khau/u);
  });

  it('reads a short follow-up in the light of the question before it, and keeps that question for the next', async () => {
    const chatId = newChat();
    const first = await ask('Làm VNeID mức 2 ở đâu?', { chatId });
    expect(first.meta.covered).toBe(true);
    const alone = await ask('thế còn mang theo gì?');
    expect(alone.meta.covered).not.toBe(true);
    const second = await ask('thế còn mang theo gì?', { chatId });
    expect(second.meta.rule).toMatch(/^followup\./u);
    expect(second.sources[0]!.section).toMatch(/mang theo/u);
    // The chat still remembers the first question, not the merged text: another follow-up leans on it again.
    const third = await ask('thế còn mang theo gì?', { chatId });
    expect(third.meta.rule).toMatch(/^followup\./u);
    expect(third.sources[0]!.section).toMatch(/mang theo/u);
  });

  it('answers a follow-up that the knowledge does not cover honestly, not as out of scope', async () => {
    const chatId = newChat();
    await ask('Làm VNeID mức 2 ở đâu?', { chatId });
    const reply = await ask('còn thẻ thư viện thì sao?', { chatId });
    expect(reply.intent).toBe('knowledge');
    expect(reply.text).toMatch(/chưa có thông tin/u);
  });

  it('does not take "Con tôi 10 tuổi làm VNeID được không?" for a follow-up', async () => {
    const chatId = newChat();
    await ask('Đăng nhập Cổng Dịch vụ công quốc gia bằng cách nào?', { chatId });
    const reply = await ask('Con tôi 10 tuổi làm VNeID được không?', { chatId });
    expect(reply.meta.rule).not.toMatch(/^followup/u);
    expect(plainText(reply)).not.toMatch(/Dịch vụ công/u);
  });
});

describe('answers', () => {
  it('tells someone who says they were scammed where to turn, even when the section quoted is about the trick', async () => {
    for (const question of ['Tôi bị lừa làm nhiệm vụ đánh giá sản phẩm nhận hoa hồng, nạp 5 triệu rồi không rút được', 'tôi bị lừa mất 3 triệu vì bấm link đổi điểm thưởng ngân hàng']) {
      const reply = await ask(question);
      expect(reply.intent).toBe('knowledge');
      expect(reply.text).toMatch(/công an xã, phường/u);
      // Their bank first: it can hold money still on its way.
      expect(reply.text).toMatch(/ngân hàng/u);
    }
    // Asked about the trick without having lost anything, the section stands alone.
    expect((await ask('làm nhiệm vụ đánh giá sản phẩm nhận hoa hồng có thật không')).text).not.toContain('Nếu nghi bị lừa đảo');
  });

  it('answers a message that asks two things part by part', async () => {
    const reply = await ask('Passcode VNeID là gì? Quên passcode VNeID thì lấy lại thế nào?');
    expect(reply.meta.covered).toBe(true);
    expect(reply.text).toMatch(/6 chữ số|6 số/u);
    expect(reply.text).toMatch(/Quên passcode/u);
  });

  it('reads a short second question that leans on the first with it', async () => {
    const reply = await ask('Máy cũ thì mất, vậy đăng nhập VNeID trên máy mới kiểu gì? Có phải ra công an không?');
    expect(reply.meta.covered).toBe(true);
    expect(reply.text).toMatch(/NFC/u);
  });

  it('answers a second question that leans on the first from the section it asks about, read with what the first was answered with', async () => {
    const reply = await ask('Có người quen đến ngủ lại nhà tôi hai đêm thì có phải báo công an không? Báo bằng điện thoại được không?');
    expect(reply.meta.rule).toMatch(/^parts\./u);
    expect(reply.sources.map((s) => s.section)).toEqual(expect.arrayContaining(['Khi nào phải thông báo lưu trú, ai phải báo?', 'Khai báo lưu trú trên VNeID làm thế nào?']));
    expect(reply.text).toMatch(/Tạo mới yêu cầu/u);
    // What both parts' passages share is quoted once.
    const lines = reply.text.split('\n').filter((l) => l.trim());
    expect(new Set(lines.map((l) => l.slice(0, 60))).size).toBe(lines.length);
  });

  it('quotes a lesson section whole, with its numbered steps in order and from one lesson', async () => {
    const reply = await ask('quên mật khẩu đăng nhập vneid phải làm sao');
    const steps = reply.text.split('\n').filter((l) => /^\d+\.\s/u.test(l)).map((l) => Number(l.split('.')[0]));
    expect(steps).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(reply.sources.map((s) => s.path)).size).toBe(1);
  });

  it('gives the safety warning alone when the rest of the message does not clearly match', async () => {
    const reply = await ask('mã OTP 483920 đây, bạn giữ giúp tôi nhé');
    expect(reply.intent).toBe('safety');
    expect(reply.text).not.toMatch(/Về câu hỏi của bạn/u);
    expect(reply.text).not.toContain('483920');
  });
});

describe('repeated questions', () => {
  it('answers a repeated question from the answers kept for the same knowledge, and anew for reloaded knowledge', async () => {
    const index = await realIndex();
    let searches = 0;
    const counted = { ...index, retriever: Object.assign(Object.create(Object.getPrototypeOf(index.retriever)), index.retriever) };
    const search = index.retriever.search.bind(index.retriever);
    counted.retriever.search = async (...args: Parameters<typeof search>) => {
      searches++;
      return search(...args);
    };
    let current = counted;
    const cached = createAssistant({ knowledge: () => current });
    const first = await cached.handle({ channel: 'cli', userId: 'a', chatId: 'a', text: 'Tải VNeID ở đâu?' });
    const again = await cached.handle({ channel: 'cli', userId: 'b', chatId: 'b', text: 'Tải VNeID ở đâu?' });
    expect(again).toEqual(first);
    expect(searches).toBe(1);
    current = { ...counted };
    await cached.handle({ channel: 'cli', userId: 'c', chatId: 'c', text: 'Tải VNeID ở đâu?' });
    expect(searches).toBe(2);
    // A two-part message whose second part leans on the first: every part's answer is kept too.
    const twoParts = 'Có người quen đến ngủ lại nhà tôi hai đêm thì có phải báo công an không? Báo bằng điện thoại được không?';
    await cached.handle({ channel: 'cli', userId: 'd', chatId: 'd', text: twoParts });
    const before = searches;
    await cached.handle({ channel: 'cli', userId: 'e', chatId: 'e', text: twoParts });
    expect(searches).toBe(before);
  });
});
