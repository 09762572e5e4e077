import { beforeAll, describe, expect, it } from 'vitest';
import { composeExtractive } from '../../src/answer';
import { parseKnowledgeFile, type Chunk } from '../../src/knowledge';
import type { KnowledgeIndex } from '../../src/retrieval';
import { realIndex } from '../helpers';
import { plainText, TUNING } from '../../src/core';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await realIndex();
});

async function answer(question: string) {
  const { passages, analysis } = await index.retriever.search(question, 4);
  return composeExtractive(analysis, passages, { idf: (t) => index.retriever.lexical.idf(t) });
}

describe('extractive composer', () => {
  it('quotes the sentence that answers, not the whole passage, and names the source', async () => {
    const a = await answer('Mô hình học tập 4T trong Chợ số - Nông thôn số gồm những gì?');
    expect(a.text).toContain('Tiểu thương - Thương mại điện tử - Thanh toán không dùng tiền mặt - Tiết kiệm số');
    expect(a.text).not.toContain('Gia đình số');
    expect(a.text).not.toMatch(/📄 Nguồn/u);
    expect(plainText(a)).toMatch(/📄 Nguồn: Kế hoạch triển khai thực hiện sáng kiến đột phá/u);
    expect(a.sources[0]!.path).toBe('knowledge/plans/dong-thap-ke-hoach-sang-kien-dot-pha-2026.md');
  });

  it('says which section a plan answer comes from, so "who" questions name the unit', async () => {
    const a = await answer('Theo kế hoạch năm 2026 của Đồng Tháp, đơn vị nào quản trị, vận hành nền tảng MOOCs?');
    expect(a.text).toMatch(/^Theo Kế hoạch triển khai thực hiện sáng kiến đột phá .* \(mục 3\. Công an tỉnh\):/u);
    expect(a.text).toContain('quản trị, vận hành nền tảng học trực tuyến mở đại trà quốc gia (MOOCs)');
  });

  it('keeps a short answer short', async () => {
    const a = await answer('Đồng Nai đặt mục tiêu bao nhiêu người dân được xác nhận phổ cập kỹ năng số trên VNeID?');
    expect(a.text).toContain('1 triệu người');
    expect(a.text.length).toBeLessThan(1200);
  });

  it('quotes a task with its lead unit and timing', async () => {
    const a = await answer('Ai chủ trì triển khai nền tảng đào tạo trực tuyến của tỉnh Đồng Tháp và thực hiện từ khi nào?');
    expect(a.text).toContain('• Đơn vị chủ trì: Sở Khoa học và Công nghệ.');
    expect(a.text).toContain('• Thời gian thực hiện: Từ tháng 6/2026.');
  });

  it('quotes parallel paragraphs together for a list question', async () => {
    const a = await answer('Kế hoạch sáng kiến đột phá năm 2026 của Đồng Tháp căn cứ vào những văn bản nào?');
    expect(a.text).toContain('13-KH/TU');
    expect(a.text).toContain('274/KH-UBND');
  });

  it('lists the items when the question asks for a list', async () => {
    const a = await answer('Văn phòng UBND tỉnh Đồng Tháp đề nghị Sở Khoa học và Công nghệ những gì?');
    expect(a.text).toContain('Hệ thống thông tin báo cáo');
    expect(a.text).toContain('khen thưởng');
  });

  /** The chosen section (score 1) and the sections scoring `score` of it, composed for the question. */
  const section = (heading: string) => index.retriever.chunks.find((c) => c.section.endsWith(heading))!;
  const composeWith = (question: string, chosen: Chunk, others: [Chunk, number][]) =>
    composeExtractive(
      index.retriever.analyse(question),
      [
        { chunk: chosen, score: 1, coverage: 0.6, matched: 5, variantMatch: 0.5 },
        ...others.map(([chunk, score]) => ({ chunk, score, coverage: 0.6, matched: 5, variantMatch: 0.3 })),
      ],
      { idf: (t) => index.retriever.lexical.idf(t) },
    );
  const sections = (answer: { sources: { section?: string }[] }) => answer.sources.map((s) => s.section);

  it('adds the opening sentences of a sibling section of the lesson scoring within TUNING.answer.siblingSection', () => {
    const signs = section('Làm sao biết Facebook, Zalo của mình bị hack?');
    const tell = section('Tài khoản bị hack, có cần báo bạn bè người thân không?');
    const compose = (score: number) => composeWith('Bạn bè bảo Zalo của tôi nhắn hỏi vay tiền, tôi phải làm gì?', signs, [[tell, score]]);
    const close = compose(TUNING.answer.siblingSection + 0.01);
    expect(sections(close)).toEqual([signs.section, tell.section]);
    expect(close.text).toContain(tell.units.find((u) => u.kind === 'sentence' && !u.intro)!.text);
    expect(sections(compose(TUNING.answer.siblingSection - 0.1))).toEqual([signs.section]);
  });

  it('adds the opening sentences, never the steps, of another lesson\'s section scoring within TUNING.answer.otherLessonSection', () => {
    const signs = section('Làm sao biết Facebook, Zalo của mình bị hack?');
    const lost = section('Tài khoản bị trừ tiền mà mình không làm giao dịch thì sao?');
    expect(lost.path).not.toBe(signs.path);
    const compose = (score: number) => composeWith('Zalo bị hack rồi tài khoản ngân hàng bị trừ tiền thì làm gì?', signs, [[lost, score]]);
    const close = compose(TUNING.answer.otherLessonSection + 0.01);
    expect(sections(close)).toEqual([signs.section, lost.section]);
    expect(close.text).toContain(lost.units.find((u) => u.kind === 'sentence' && !u.intro)!.text);
    for (const step of lost.units.filter((u) => u.kind === 'item')) expect(close.text).not.toContain(step.text);
    expect(sections(compose(TUNING.answer.otherLessonSection - 0.05))).toEqual([signs.section]);
  });

  it('adds a second section only when it scores within TUNING.answer.secondAddedSection of the chosen one', () => {
    const signs = section('Làm sao biết Facebook, Zalo của mình bị hack?');
    const tell = section('Tài khoản bị hack, có cần báo bạn bè người thân không?');
    const lost = section('Tài khoản bị trừ tiền mà mình không làm giao dịch thì sao?');
    const compose = (score: number) =>
      composeWith('Zalo bị hack rồi tài khoản ngân hàng bị trừ tiền thì làm gì?', signs, [[lost, score], [tell, TUNING.answer.siblingSection + 0.05]]);
    // The same lesson's sibling comes first even though it scores lower.
    expect(sections(compose(TUNING.answer.secondAddedSection + 0.01))).toEqual([signs.section, tell.section, lost.section]);
    expect(sections(compose(TUNING.answer.secondAddedSection - 0.02))).toEqual([signs.section, tell.section]);
  });

  it('adds, after an added section\'s opening sentences, its sentence that best answers the question', () => {
    const doc = parseKnowledgeFile(
      'knowledge/lessons/thu.md',
      `---\ntitle: Sổ tiết kiệm\n---\n\n## Mở sổ tiết kiệm online được không?\n\nĐược, ngân hàng cho mở sổ tiết kiệm trên ứng dụng.\n\n` +
        `## Sổ tiết kiệm online có an toàn không?\n\nSổ online được bảo hiểm tiền gửi như sổ giấy. Tiền gốc và lãi về tài khoản của bạn. ` +
        `Ngân hàng gửi thông báo khi sổ đến hạn. Người thừa kế rút sổ online của người đã mất tại quầy giao dịch với giấy chứng tử.\n`,
    );
    const [open, safe] = doc.chunks;
    const analysis = index.retriever.analyse('người thân đã mất để lại sổ tiết kiệm online thì người thừa kế rút thế nào');
    const text = composeExtractive(
      analysis,
      [
        { chunk: open!, score: 1, coverage: 0.6, matched: 5, variantMatch: 0.5 },
        { chunk: safe!, score: TUNING.answer.siblingSection + 0.05, coverage: 0.6, matched: 5, variantMatch: 0.3 },
      ],
      { idf: () => 1 },
    ).text;
    expect(text).toContain('Sổ online được bảo hiểm tiền gửi như sổ giấy.');
    expect(text).toContain('Người thừa kế rút sổ online của người đã mất tại quầy giao dịch với giấy chứng tử.');
    expect(text).not.toContain('Ngân hàng gửi thông báo khi sổ đến hạn.');
  });

  it('adds a section whose opening answers a kind asked that the quoted text leaves out, within TUNING.answer.askedSide', () => {
    const doc = parseKnowledgeFile(
      'knowledge/lessons/thu.md',
      `---\ntitle: Thẻ thư viện\n---\n\n## Làm thẻ thư viện bao lâu thì có?\n\nThẻ thư viện có sau 7 ngày làm việc kể từ khi nộp đơn.\n\n` +
        `## Không làm thẻ thư viện có bị phạt không?\n\nKhông làm thẻ thì không bị phạt, chỉ không mượn sách về nhà được.\n`,
    );
    const [time, fine] = doc.chunks;
    const compose = (question: string, score: number) =>
      composeExtractive(
        index.retriever.analyse(question),
        [
          { chunk: time!, score: 1, coverage: 0.6, matched: 5, variantMatch: 0.5 },
          { chunk: fine!, score, coverage: 0.6, matched: 5, variantMatch: 0.3 },
        ],
        { idf: () => 1 },
      );
    const both = 'làm thẻ thư viện mất bao lâu, không làm có bị phạt không';
    const added = compose(both, TUNING.answer.askedSide + 0.05);
    expect(sections(added)).toEqual([time!.section, fine!.section]);
    expect(added.text).toContain('Không làm thẻ thì không bị phạt');
    expect(sections(compose(both, TUNING.answer.askedSide - 0.05))).toEqual([time!.section]);
    // Asked only how long: nothing is missing.
    expect(sections(compose('làm thẻ thư viện mất bao lâu', TUNING.answer.askedSide + 0.05))).toEqual([time!.section]);
  });

  it('answers a long first section with its own opening and its numbered steps, not the lesson introduction', () => {
    const filler = 'Kẻ gian đổi kịch bản liên tục, lúc dọa nạt, lúc hứa hẹn, để người nghe không kịp suy nghĩ. '.repeat(10);
    const doc = parseKnowledgeFile(
      'knowledge/lessons/thu.md',
      `---\ntitle: Cảnh giác cuộc gọi lạ\n---\n\nBài này nói về các cuộc gọi lạ.\nNgoài cuộc gọi giả danh, còn nhiều kiểu lừa khác qua điện thoại.\n\n` +
        `## Người xưng nhân viên điện lực gọi bảo cài ứng dụng có thật không?\n\nĐây là lừa đảo giả danh điện lực. ${filler}\n\n` +
        `1. Tắt máy, không bấm link.\n2. Gọi tổng đài in trên hóa đơn tiền điện để hỏi.\n`,
    );
    const chunk = doc.chunks[0]!;
    const analysis = index.retriever.analyse('điện lực gọi bảo cài ứng dụng có đúng không');
    const a = composeExtractive(analysis, [{ chunk, score: 1, coverage: 0.8, matched: 6, variantMatch: 0.7 }], { idf: () => 1 });
    expect(a.text.startsWith('Đây là lừa đảo giả danh điện lực.')).toBe(true);
    expect(a.text).not.toContain('Ngoài cuộc gọi giả danh');
    expect(a.text).toContain('1. Tắt máy, không bấm link.');
    expect(a.text).toContain('2. Gọi tổng đài in trên hóa đơn tiền điện để hỏi.');
  });

  it('quotes every numbered step of the section, even past the usual length, not the first three and "…"', () => {
    const step = (n: number) => `${n}. Bước thứ ${n}: làm theo hướng dẫn của cán bộ công an xã, phường và giữ lại giấy hẹn để tra cứu sau này.`;
    const doc = parseKnowledgeFile(
      'knowledge/lessons/thu.md',
      `---\ntitle: Khóa tài khoản\n---\n\n## Lỡ đăng nhập VNeID vào trang lạ thì làm gì?\n\nĐổi mật khẩu và passcode ngay, rồi khóa tài khoản. ` +
        `${'Kẻ gian dùng tài khoản bị lộ để làm thủ tục dưới tên bạn, vay tiền hay mở tài khoản ngân hàng. '.repeat(4)}\n\n` +
        `${[1, 2, 3, 4, 5, 6].map(step).join('\n')}\n`,
    );
    const analysis = index.retriever.analyse('lỡ đăng nhập vneid vào trang lạ rồi');
    const text = composeExtractive(analysis, [{ chunk: doc.chunks[0]!, score: 1, coverage: 0.8, matched: 6, variantMatch: 0.7 }], { idf: () => 1 }).text;
    expect(text.length).toBeGreaterThan(TUNING.answer.maxChars);
    expect(text).toContain(step(6));
    expect(text).not.toContain('…');
  });

  it('puts the sentence answering the kind of question asked (a penalty) after the opening, before the steps', () => {
    const filler = 'Ngân hàng kiểm tra được tiền từ đâu đến và trả đúng về tài khoản đã gửi, nên bạn chỉ cần báo ngân hàng. '.repeat(18);
    const doc = parseKnowledgeFile(
      'knowledge/lessons/thu.md',
      `---\ntitle: Tiền chuyển nhầm\n---\n\n## Có tiền lạ chuyển nhầm vào tài khoản, phải làm gì?\n\nBạn không tiêu khoản tiền đó mà báo ngân hàng của mình. ${filler}\n\n` +
        `1. Không rút, không tiêu tiền lạ.\n2. Gọi tổng đài ngân hàng in sau thẻ.\n3. Chụp lại tin báo số dư.\n4. Bị gọi điện đòi thì báo công an xã.\n\n` +
        `Người cố tình tiêu tiền chuyển nhầm có thể bị phạt, thậm chí bị xử lý hình sự.\n`,
    );
    const compose = (question: string) =>
      composeExtractive(index.retriever.analyse(question), [{ chunk: doc.chunks[0]!, score: 1, coverage: 0.8, matched: 6, variantMatch: 0.7 }], { idf: () => 1 }).text;
    const penalty = 'Người cố tình tiêu tiền chuyển nhầm có thể bị phạt, thậm chí bị xử lý hình sự.';
    const asked = compose('tiền lạ chuyển nhầm vào tài khoản tôi tiêu luôn thì có sao không');
    expect(asked).toContain(penalty);
    expect(asked.indexOf(penalty)).toBeLessThan(asked.indexOf('1. Không rút'));
    // Asked what to do, the steps follow the opening as before.
    const steps = compose('tiền lạ chuyển nhầm vào tài khoản tôi phải làm gì');
    expect(steps).toContain('1. Không rút');
    expect(steps.indexOf(penalty) < 0 || steps.indexOf(penalty) > steps.indexOf('1. Không rút')).toBe(true);
  });

  it('answers lessons in plain words without the "Theo …" preamble', async () => {
    const a = await answer('tai ung dung vneid o dau');
    expect(a.text).toMatch(/App Store|CH Play|Google Play/u);
    expect(a.text.startsWith('Theo')).toBe(false);
  });
});
