import { beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LexicalIndex, openKnowledgeIndex, plainQuery, type KnowledgeIndex } from '../../src/retrieval';
import { stripDiacritics } from '../../src/text';
import { KNOWLEDGE_DIR, realIndex, smsBankingIndex, tempDir } from '../helpers';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await realIndex();
});

const QUESTIONS: [string, RegExp][] = [
  ['Tải ứng dụng VNeID ở đâu?', /vneid-cai-dat/u],
  ['Làm định danh điện tử mức 2 cần mang gì?', /vneid-lam-muc-2/u],
  ['Quên mật khẩu VNeID phải làm sao?', /vneid-quen-mat-khau/u],
  ['Có người chuyển tiền nhầm vào tài khoản của tôi', /lua-dao-chuyen-tien-nham/u],
  ['Mô hình học tập 4T trong Chợ số - Nông thôn số', /dong-thap-ke-hoach-sang-kien-dot-pha-2026/u],
  ['Đồng Nai đặt mục tiêu bao nhiêu người được xác nhận phổ cập kỹ năng số trên VNeID', /dong-nai/u],
];

describe('retrieval over the knowledge folder', () => {
  it.each(QUESTIONS)('finds the right passage for "%s"', async (question, expected) => {
    const { passages, covered } = await index.retriever.search(question, 3);
    expect(covered).toBe(true);
    expect(passages[0]!.chunk.path).toMatch(expected);
  });

  // Diacritics make a question more precise ("lúa" is not "lừa"), so the lists may differ below the answer.
  it.each(QUESTIONS)('finds the same answer without diacritics: "%s"', async (question) => {
    const accented = await index.retriever.search(question, 5);
    const plain = await index.retriever.search(stripDiacritics(question), 5);
    expect(plain.covered).toBe(true);
    expect(plain.passages[0]!.chunk.id).toEqual(accented.passages[0]!.chunk.id);
  });

  it('reads a syllable typed with diacritics as written, without them as any word that folds the same', async () => {
    const accented = await index.retriever.search('Cách trồng lúa năng suất cao', 5);
    const lua = accented.passages.filter((p) => /lua-dao/u.test(p.chunk.path));
    const plain = await index.retriever.search('lua dao qua dien thoai', 5);
    expect(plain.passages[0]!.chunk.path).toMatch(/lua-dao|bi-lua/u);
    for (const p of lua) expect(p.coverage).toBeLessThan(0.5);
  });

  it('treats a question the knowledge does not cover as not covered', async () => {
    const { covered } = await index.retriever.search('Cách nuôi cá rô phi trong ao đất', 3);
    expect(covered).toBe(false);
  });

  it('marks a question covered only by scattered shared words as loose, and one whose passage holds its word pairs as not', async () => {
    // "gấp đôi", "tiền", "tháng" appear in a loan-app lesson, but none of the question's word pairs ("tiền điện", "tăng gấp").
    const electricity = await index.retriever.search('Tiền điện tháng này tăng gấp đôi trong khi nhà vẫn dùng như cũ, là sao vậy?', 4);
    expect(electricity.covered).toBe(true);
    expect(electricity.loose).toBe(true);
    const scam = await index.retriever.search('e mới bị lừa 5tr qua fb, bh báo ở đâu v', 4);
    expect(scam.covered).toBe(true);
    expect(scam.loose).toBe(true);
    const level2 = await index.retriever.search('Làm định danh điện tử mức 2 cần mang gì?', 4);
    expect(level2.loose).toBe(false);
    const story = await index.retriever.search('Có người chuyển tiền nhầm vào tài khoản của tôi rồi gọi điện đòi tôi chuyển trả vào một số tài khoản khác', 4);
    expect([story.covered, story.loose]).toEqual([true, false]);
  });

  it('loads the stored index the second time, and rebuilds when a file changes', async () => {
    const dataDir = await tempDir('tls-data-');
    const knowledgeDir = await tempDir('tls-kn-');
    await cp(KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
    const first = await openKnowledgeIndex({ knowledgeDir, dataDir });
    const second = await openKnowledgeIndex({ knowledgeDir, dataDir });
    expect([first.fromCache, second.fromCache]).toEqual([false, true]);
    expect(second.chunks.length).toBe(first.chunks.length);
    // The loaded index, question variants included (stored, not built again), ranks as the one just built.
    const ranked = async (index: typeof first, q: string) =>
      (await index.retriever.search(q, 3)).passages.map((p) => [p.chunk.section, p.score, p.variantMatch, p.matchedVariant]);
    for (const q of ['quen mk vneid r ad oi', 'làm mức 2 ở đâu', 'bị lừa chuyển tiền rồi báo ở đâu']) expect(await ranked(second, q)).toEqual(await ranked(first, q));
    const file = join(knowledgeDir, 'lessons/vneid-cai-dat.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nMột câu mới về cá rô phi.\n`);
    const third = await openKnowledgeIndex({ knowledgeDir, dataDir });
    expect(third.fromCache).toBe(false);
    expect((await third.retriever.search('cá rô phi', 1)).passages[0]!.chunk.path).toMatch(/vneid-cai-dat/u);
  });
});

/** The index over a knowledge folder of its own: these files, and the fixture lexicon as `editLexicon` leaves it. */
async function indexOver(files: readonly string[][], editLexicon: (lexicon: string) => string = (lexicon) => lexicon): Promise<KnowledgeIndex> {
  const knowledgeDir = await tempDir('tls-own-');
  await writeFile(join(knowledgeDir, 'lexicon.yaml'), editLexicon(await readFile(join(KNOWLEDGE_DIR, 'lexicon.yaml'), 'utf8')));
  for (const [path, text] of files) {
    await mkdir(dirname(join(knowledgeDir, path!)), { recursive: true });
    await writeFile(join(knowledgeDir, path!), text!);
  }
  return openKnowledgeIndex({ knowledgeDir, dataDir: await tempDir('tls-own-data-') });
}

describe('question variants about another subject', () => {
  const lesson = (name: string, heading: string, text: string, variants: string[]) => [
    `lessons/${name}.md`,
    `---\ntitle: "${heading}"\nkind: lesson\naudience: citizen\ntopic: vneid\ntags: ["căn cước"]\nupdated: 2026-11-30\nsources: ["Luật Căn cước 2023"]\n---\n\n# ${heading}\n\nBài mẫu.\n\n## ${heading}\n\n${text}\n\nCách hỏi khác:\n${variants.map((v) => `- ${v}`).join('\n')}\n`,
  ];
  const files = [
    lesson('vneid-bi-khoa', 'Vì sao tài khoản VNeID bị khóa?', 'Tài khoản VNeID bị khóa khi thẻ căn cước bị thu hồi.', ['căn cước hết hạn chưa đổi vneid có bị khóa không']),
    lesson('ngan-hang-can-cuoc', 'Thẻ căn cước hết hạn thì ngân hàng làm sao?', 'Giao dịch có thể bị tạm dừng; hãy cập nhật thẻ mới với ngân hàng.', ['đổi căn cước xong phải làm gì với tài khoản ngân hàng']),
  ];
  const topPath = async (subjects: boolean, lessons = files, question = 'Căn cước của tôi hết hạn rồi mà chưa đổi, tài khoản ngân hàng có bị khóa không?') => {
    const built = await indexOver(lessons, (lexicon) => (subjects ? lexicon : lexicon.replace(/^subjects:\n(?: .*\n)+/mu, '')));
    return (await built.retriever.search(question, 2)).passages[0]!.chunk.path;
  };

  it('weighs a variant naming another app or institution than the question less, however many words they share', async () => {
    expect(await topPath(true)).toMatch(/ngan-hang-can-cuoc/u);
    // The same knowledge without the lexicon's subjects: the VNeID variant's shared words win.
    expect(await topPath(false)).toMatch(/vneid-bi-khoa/u);
  });

  it("reads a variant that names no subject as being about its heading's", async () => {
    const unnamed = [
      lesson('vneid-mo-khoa', 'Tài khoản VNeID bị khóa thì mở lại thế nào?', 'Bạn đến công an xã, phường để mở khóa tài khoản VNeID.', ['bị khóa rồi giờ mở lại ở đâu']),
      lesson('ngan-hang-mo-khoa', 'Tài khoản ngân hàng bị khóa thì làm gì?', 'Bạn gọi tổng đài của ngân hàng.', ['khóa rồi thì sao']),
    ];
    const question = 'tài khoản ngân hàng bị khóa rồi giờ mở lại ở đâu';
    expect(await topPath(true, unnamed, question)).toMatch(/ngan-hang-mo-khoa/u);
    expect(await topPath(false, unnamed, question)).toMatch(/vneid-mo-khoa/u);
  });
});

describe("a scam's story", () => {
  it('is answered from the safety lessons, while the same topic asked plainly keeps its how-to lesson', async () => {
    const topOf = async (q: string) => (await index.retriever.search(q, 3)).passages[0]!.chunk.topic;
    expect(await topOf('có người tự xưng công an gọi bảo VNeID bị lỗi phải cài lại theo link')).toBe('an-toan-so');
    expect(await topOf('có người xưng nhân viên ngân hàng gửi link bảo cập nhật sinh trắc học')).toBe('an-toan-so');
    expect(await topOf('cập nhật sinh trắc học ngân hàng thế nào')).toBe('thanh-toan-so');
  });
});

describe('a long question answered by the section that asks what it asks', () => {
  const sectionOf = async (question: string) => (await index.retriever.search(question, 3)).passages[0]!.chunk.section.split(' › ').at(-1);

  it('answers "có nên … không?" after a story with the lesson\'s "có nên" section, not its "có thật không" one', async () => {
    const story =
      'Tháng trước chị tôi nhận việc xem quảng cáo, thả tim video trên điện thoại, mấy hôm đầu được trả vài trăm nghìn. Hôm nay người trong nhóm bảo muốn nhận đơn lớn thì phải chuyển trước 5 triệu.';
    expect(await sectionOf(`${story} Chị tôi có nên chuyển không?`)).toMatch(/^Làm nhiệm vụ được trả tiền rồi.*có nên nạp\?$/u);
  });

  it('answers "giờ phải làm gì?" after a story of what happened with the remedy section', async () => {
    const story =
      'Sáng nay tôi nhận tin nhắn báo điểm thưởng ngân hàng sắp hết hạn, tôi bấm vào đường link để đổi quà rồi điền tên đăng nhập, mật khẩu và mã OTP, lát sau tài khoản bị trừ 5 triệu.';
    expect(await sectionOf(`${story} Bây giờ tôi phải làm gì?`)).toMatch(/^Lỡ bấm link/u);
  });

  it('does not take a "vì sao … mất hết tiền?" heading for the remedy a "giờ phải làm gì?" asks for', async () => {
    const story = 'Có người xưng điện lực bảo cài ứng dụng, tôi cài xong bị mất hết tiền trong tài khoản.';
    expect(await sectionOf(`${story} Giờ phải làm gì?`)).toMatch(/^Lỡ cài ứng dụng lạ/u);
  });

  it('gives the remedy bonus to sections whose heading is a remedy, not to one whose variant only says "bị lừa"', async () => {
    const { passages } = await index.retriever.search('chuyen nham tien cho nguoi la, gio lay lai the nao', 5);
    const rank = (heading: string) => passages.findIndex((p) => p.chunk.section.endsWith(heading));
    expect(rank('Bị lừa chuyển tiền rồi phải làm sao?')).toBeGreaterThanOrEqual(0);
    expect(rank('Bị lừa chuyển tiền rồi phải làm sao?')).toBeLessThan(rank('Vì sao không nên trả lại tiền cho người gọi đến?'));
  });

  /** An index of one small lesson made of these sections (heading, text, question variants). */
  const lessonIndex = async (sections: [string, string, string[]][]) => {
    const knowledgeDir = await tempDir('tls-kn-');
    await mkdir(join(knowledgeDir, 'lessons'), { recursive: true });
    await cp(join(KNOWLEDGE_DIR, 'lexicon.yaml'), join(knowledgeDir, 'lexicon.yaml'));
    const front = '---\ntitle: "Bài thử"\nkind: lesson\naudience: citizen\ntopic: an-toan-so\nupdated: 2026-11-30\nsources: ["https://example.gov.vn"]\n---\n\n# Bài thử\n';
    const body = sections.map(([heading, text, variants]) => `## ${heading}\n\n${text}\n\nCách hỏi khác:\n${variants.map((v) => `- ${v}`).join('\n')}\n`);
    await writeFile(join(knowledgeDir, 'lessons/bai-thu.md'), [front, ...body].join('\n'));
    const small = await openKnowledgeIndex({ knowledgeDir, dataDir: await tempDir('tls-data-') });
    return async (question: string) => (await small.retriever.search(question, 2)).passages[0]!.chunk.section.split(' › ').at(-1);
  };

  it('prefers the section whose heading asks the kind of question asked ("… ở đâu?")', async () => {
    const sectionIn = await lessonIndex([
      ['Đến tuổi nào thì phải đổi thẻ căn cước?', 'Thẻ căn cước phải đổi khi người có thẻ đủ 25 tuổi, đủ 40 tuổi và đủ 60 tuổi.', ['thẻ căn cước đủ 40 tuổi có phải đổi không']],
      ['Đổi thẻ căn cước ở đâu?', 'Thẻ căn cước đủ 25 tuổi, 40 tuổi, 60 tuổi phải đổi thì bạn đổi tại công an xã, phường.', ['thẻ căn cước đủ 40 tuổi thì đổi chỗ nào']],
    ]);
    expect(await sectionIn('thẻ căn cước năm nay tôi đủ 40 tuổi, đổi ở đâu')).toBe('Đổi thẻ căn cước ở đâu?');
  });

  it("weighs an asker's age as the word 'tuổi' when likening questions, whether or not its number appears in the knowledge", async () => {
    const knowledgeDir = await tempDir('tls-age-');
    await mkdir(join(knowledgeDir, 'lessons'), { recursive: true });
    await cp(join(KNOWLEDGE_DIR, 'lexicon.yaml'), join(knowledgeDir, 'lexicon.yaml'));
    const front = '---\ntitle: "Bài thử"\nkind: lesson\naudience: citizen\ntopic: vneid\nupdated: 2026-11-30\nsources: ["https://example.gov.vn"]\n---\n\n# Bài thử\n';
    const section = (heading: string, text: string, variant: string) => `## ${heading}\n\n${text}\n\nCách hỏi khác:\n- ${variant}\n`;
    await writeFile(
      join(knowledgeDir, 'lessons/bai-thu.md'),
      [
        front,
        section('Định danh mức 2 dùng được những gì?', 'Mức 2 giúp làm thủ tục trên mạng.', 'mẹ tôi 70 tuổi làm mức 2 thì được gì'),
        // "60" is in the knowledge, "35" is not: an age's likeness must not depend on that.
        section('Khi nào phải đổi thẻ căn cước?', 'Thẻ căn cước phải đổi khi đủ 25 tuổi, 40 tuổi và 60 tuổi.', 'đến tuổi nào phải đổi thẻ'),
      ].join('\n'),
    );
    const { retriever } = await openKnowledgeIndex({ knowledgeDir, dataDir: await tempDir('tls-age-data-') });
    const likeness = (age: number) => retriever.variantMatch(retriever.analyse(`bố tôi ${age} tuổi làm định danh mức 2 ở đâu`), 'mẹ tôi 70 tuổi làm mức 2 thì được gì');
    expect(likeness(60)).toBeCloseTo(likeness(35), 6);
  });

  it('answers a question told as done ("lỡ … rồi") with a remedy, not with the section that asks "có nên …?"', async () => {
    const sectionIn = await lessonIndex([
      ['Có nên bấm vào đường link người lạ gửi không?', 'Không nên bấm đường link người lạ gửi qua tin nhắn: trang giả đòi nhập mật khẩu ngân hàng để lấy tiền.', ['tin nhắn gửi link lạ có bấm được không']],
      ['Lỡ bấm link rồi thì làm gì?', 'Gọi ngay tổng đài ngân hàng để khóa tài khoản, rồi đổi mật khẩu vừa nhập.', ['lỡ bấm link rồi giờ làm sao']],
    ]);
    expect(await sectionIn('Tôi lỡ bấm vào đường link lạ trên Zalo rồi nhập cả mật khẩu ngân hàng, giờ phải làm gì trước?')).toBe('Lỡ bấm link rồi thì làm gì?');
  });

  it('keeps the section whose question variant the message repeats almost word for word, even when a sibling is a remedy', async () => {
    const sectionIn = await lessonIndex([
      ['Máy ATM giữ luôn thẻ của mình thì làm gì?', 'Gọi tổng đài ngân hàng để khóa thẻ, rồi mang thẻ căn cước đến ngân hàng quản lý máy để nhận lại thẻ.', ['thẻ bị máy atm của ngân hàng khác giữ lại thì lấy lại ở đâu']],
      ['Bị trừ tiền mà máy ATM không nhả tiền thì sao?', 'Gọi tổng đài ngân hàng của mình để tra soát, tiền sẽ được hoàn lại vào tài khoản; thẻ ATM của ngân hàng khác cũng vậy.', ['máy atm của ngân hàng khác giữ tiền lại, lấy lại ở đâu']],
    ]);
    expect(await sectionIn('the bi may atm cua ngan hang khac giu lai, lay lai o dau')).toBe('Máy ATM giữ luôn thẻ của mình thì làm gì?');
  });

  it("puts a section limited to ages the question's person is not after one for any age", async () => {
    const sectionIn = await lessonIndex([
      ['Trẻ dưới 14 tuổi có bắt buộc làm thẻ căn cước không?', 'Không bắt buộc: trẻ dưới 14 tuổi làm thẻ căn cước khi cha mẹ có nhu cầu.', ['con 10 tuổi có bắt buộc làm căn cước không']],
      ['Người già yếu không tự đến công an được thì làm thẻ căn cước thế nào?', 'Người nhà báo công an xã, phường để cán bộ đến tận nhà làm thẻ căn cước.', ['mẹ tôi già yếu làm căn cước ở nhà được không']],
    ]);
    expect(await sectionIn('Mẹ tôi 80 tuổi, già yếu, làm thẻ căn cước có bắt buộc phải lên công an không?')).toBe('Người già yếu không tự đến công an được thì làm thẻ căn cước thế nào?');
    expect(await sectionIn('Con tôi 10 tuổi, làm thẻ căn cước có bắt buộc không?')).toBe('Trẻ dưới 14 tuổi có bắt buộc làm thẻ căn cước không?');
    // A section for the elderly is not a teenager's.
    const forAge = await lessonIndex([
      ['Người già có làm được định danh mức 2 không?', 'Người cao tuổi vẫn làm được định danh mức 2 tại công an xã, phường.', ['bà tôi có làm được mức 2 không']],
      ['Mấy tuổi thì được làm mức 2?', 'Công dân từ đủ 14 tuổi làm mức 2 tại công an xã, phường.', ['con tôi mấy tuổi thì làm mức 2']],
    ]);
    expect(await forAge('em 16 tuổi có làm được mức 2 không')).toBe('Mấy tuổi thì được làm mức 2?');
    // A teenager's age is not an adult's: the "dưới 14" section also says what holds from 14.
    expect(await sectionIn('Con tôi 15 tuổi, làm thẻ căn cước có bắt buộc không?')).toBe('Trẻ dưới 14 tuổi có bắt buộc làm thẻ căn cước không?');
  });

  it('covers with a lower share a question the caller found naming one of its topics', async () => {
    const { retriever } = await smsBankingIndex();
    // It holds under 0.6 of the section's words, and matches its heading and variant under 0.6.
    const question = 'tháng nào cũng bị trừ phí sms banking, bỏ dịch vụ đó được không';
    const plain = await retriever.search(question, 2);
    expect(plain.rule).toBe('weak');
    const named = await retriever.search(question, 2, undefined, { namesTopic: true });
    expect(named.rule).toBe('topic');
    expect(named.passages[0]!.chunk.section).toMatch(/SMS Banking/u);
  });

  it('keeps the higher share for a short question even when it names a topic: what it lacks is what it asks about', async () => {
    // Half its words are in the section on which papers VNeID holds, but not the card it asks about.
    const found = await index.retriever.search('Thẻ thư viện có tích hợp vào VNeID được không?', 4, undefined, { namesTopic: true });
    expect(found.passages[0]!.chunk.section).toMatch(/tích hợp/u);
    expect(found.rule).toBe('weak');
  });

  it('leaves a short question to retrieval alone', async () => {
    expect(await sectionOf('Tin nhắn đổi điểm thưởng ngân hàng kèm link thì phải làm gì?')).toMatch(/^Tin nhắn báo đổi điểm thưởng/u);
  });
});

describe('LexicalIndex', () => {
  it('ranks by BM25 with bigram matches and reports coverage', () => {
    const lexical = LexicalIndex.build([
      { body: 'Cài đặt ứng dụng VNeID từ App Store hoặc CH Play.' },
      { body: 'Thanh toán bằng mã QR trên ứng dụng ngân hàng.' },
      { body: 'Ứng dụng học tập trực tuyến.' },
    ]);
    const hits = lexical.search(plainQuery('cai dat ung dung vneid'), 3);
    expect(hits[0]!.doc).toBe(0);
    expect(hits[0]!.coverage).toBeCloseTo(1);
    expect(hits.slice(1).every((h) => h.coverage < 0.5)).toBe(true);
  });

  it('survives a round trip through JSON', () => {
    const lexical = LexicalIndex.build([{ body: 'mã OTP' }, { body: 'căn cước gắn chip' }]);
    const copy = LexicalIndex.fromJSON(JSON.parse(JSON.stringify(lexical.toJSON())));
    expect(copy.search(plainQuery('can cuoc'), 1)).toEqual(lexical.search(plainQuery('can cuoc'), 1));
  });

  it('keeps every weight exactly, so a stored index ranks as the one just built', () => {
    // A heading's word pair weighs 0.75 and a variant's 0.3 of a body word: 0.225 when a variant asks the heading.
    const lexical = LexicalIndex.build([{ body: 'Nộp ở cơ quan bảo hiểm.', heading: 'Bảo hiểm xã hội ở đâu?', variants: ['nộp ở phường nào'] }]);
    const stored = lexical.toJSON();
    expect(stored.tfs.flat()).toContain(Math.fround(0.3 * 0.75));
    expect(LexicalIndex.fromJSON(JSON.parse(JSON.stringify(stored))).toJSON()).toEqual(stored);
  });
});

describe('who a caller claimed to be', () => {
  it("puts the lesson whose title names the impersonated party before another with the same story", async () => {
    const pathOf = async (q: string) => (await index.retriever.search(q, 3)).passages[0]!.chunk.path;
    expect(await pathOf('co so la goi noi la ben cong an, bat tai ung dung de xac minh ho so, co nen tai khong')).toMatch(/lua-dao-gia-danh-cong-an/u);
    expect(await pathOf('có người gọi xưng là nhân viên điện lực, bắt tải ứng dụng để xác minh hồ sơ')).toMatch(/lua-dao-gia-danh-dien-luc/u);
  });

  it('reads the party within a few words of the claim', () => {
    const lexicon = index.retriever.analyse('gọi bảo là cán bộ công an xã, còn dọa báo ngân hàng khóa thẻ');
    expect(lexicon.claimedCallers).toEqual(['cong an']);
  });
});

describe('an amount asked after a story', () => {
  const lessonFile = [
    'lessons/bhxh-tu-nguyen.md',
    `---\ntitle: "Bảo hiểm xã hội tự nguyện"\nkind: lesson\naudience: citizen\ntopic: dich-vu-cong\ntags: ["bhxh"]\nupdated: 2026-11-30\nsources: ["Luật Bảo hiểm xã hội 2024"]\n---\n\n# Bảo hiểm xã hội tự nguyện\n\nBài mẫu.\n\n` +
      `## Ai được tham gia bảo hiểm xã hội tự nguyện?\n\nNgười làm ruộng, bán hàng ở chợ, làm tự do đều tham gia được để về già có lương hưu.\n\nCách hỏi khác:\n- bán hàng ở chợ có tham gia bảo hiểm xã hội tự nguyện được không\n- làm tự do muốn có lương hưu thì tham gia được không\n\n` +
      `## Bảo hiểm xã hội tự nguyện mỗi tháng đóng bao nhiêu tiền?\n\nMỗi tháng đóng 22% mức thu nhập tự chọn, thấp nhất 330.000 đồng.\n\nCách hỏi khác:\n- mức đóng thấp nhất một tháng là bao nhiêu\n`,
  ];
  const sectionFor = async (amountType: boolean) => {
    const built = await indexOver([lessonFile], (lexicon) => (amountType ? lexicon : lexicon.replace(/^  amount: .*\n/mu, '')));
    const question = 'Tôi bán hàng ở chợ, làm tự do, muốn tham gia bảo hiểm xã hội tự nguyện để về già có lương hưu. Mỗi tháng tôi phải đóng bao nhiêu?';
    return (await built.retriever.search(question, 2)).passages[0]!.chunk.section.split(' › ').at(-1);
  };

  it('is answered by the section that gives the amount, not the one the story matches word for word', async () => {
    expect(await sectionFor(true)).toMatch(/đóng bao nhiêu tiền\?$/u);
    // Without the lexicon's "amount" kind of question, the story's words win.
    expect(await sectionFor(false)).toMatch(/^Ai được tham gia/u);
  });
});
