import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyse, compileLexicon, contentTokens, outsideLimits, parseLexicon, withStatedAges } from '../../src/understanding';
import { KNOWLEDGE_DIR } from '../helpers';

const lexicon = compileLexicon(parse(readFileSync(join(KNOWLEDGE_DIR, 'lexicon.yaml'), 'utf8')));
const read = (text: string) => analyse(text, lexicon);
const concepts = (text: string) => read(text).concepts.map((c) => c.typed.join(' '));

describe('years of birth', () => {
  it('reads a year of birth as the age it gives this year, and leaves other years alone', () => {
    expect(withStatedAges('Mẹ tôi sinh năm 1965, đổi thẻ xong còn phải đổi nữa không?', lexicon, 2026)).toBe('Mẹ tôi 61 tuổi, đổi thẻ xong còn phải đổi nữa không?');
    expect(withStatedAges('toi sn 1986 the lam nam 2021 co phai doi ko', lexicon, 2026)).toBe('toi 40 tuổi the lam nam 2021 co phai doi ko');
    expect(withStatedAges('Năm sinh: 2012, làm căn cước được chưa', lexicon, 2026)).toBe('14 tuổi, làm căn cước được chưa');
    expect(withStatedAges('thẻ làm năm 2021, sinh năm 2030', lexicon, 2026)).toBe('thẻ làm năm 2021, sinh năm 2030');
  });
});

describe('normalising a question through the lexicon', () => {
  it('writes chat shorthand out before anything else, and keeps fillers out of the content', () => {
    const a = read('quen mk vneid r ad oi');
    expect(a.normalized).toBe('quên mật khẩu vneid rồi admin oi');
    expect(contentTokens(a)).toEqual(['quen', 'mat', 'khau', 'vneid']);
  });

  it('reads a Q&A letter\'s greeting, thanks and legal boilerplate as fillers, but not a lawyer in a story', () => {
    const letter = read('Chào Luật sư, cho tôi hỏi thời hạn đăng ký tạm trú theo quy định hiện hành? Xin cảm ơn Luật sư!');
    expect(contentTokens(letter)).not.toContain('luat');
    expect(contentTokens(letter)).not.toContain('hanh');
    expect(contentTokens(read('người tự xưng luật sư gọi đòi chuyển tiền'))).toContain('luat');
  });

  it('reads a web address with a name the lexicon does not list as "đường link" plus the listed names', () => {
    expect(contentTokens(read('đổi quà tại bidv-diemthuong.top có thật không'))).toEqual(contentTokens(read('đổi quà tại đường link có thật không')));
    expect(contentTokens(read('vào dichvucong.gov.vn đăng nhập'))).toEqual(['vao', 'dichvucong', 'gov', 'vn', 'dang', 'nhap']);
    expect(contentTokens(read('dichvucong-gov.cc có thật không'))).toEqual(['duong', 'link', 'dichvucong', 'gov', 'that']);
    expect(read('vào dichvucong-gov.cc').normalized).toContain('dichvucong-gov.cc');
  });

  it('reads an opening greeting as a filler, so "chào ad, …" weighs only the question', () => {
    expect(contentTokens(read('chào ad, định danh mức 2 làm ở đâu ạ'))).toEqual(contentTokens(read('định danh mức 2 làm ở đâu')));
    expect(contentTokens(read('Cháu chào ad ạ, cho cháu hỏi làm căn cước ở đâu'))).not.toContain('chao');
  });

  it('reads "với chính quyền" as a filler: the office is named by the paper asked about', () => {
    expect(contentTokens(read('bố mất hôm qua, cần làm giấy tờ gì với chính quyền'))).not.toContain('quyen');
    expect(contentTokens(read('chính quyền xã có thu phí khai tử không'))).toContain('quyen');
  });

  it('reads the old name "chế độ hộ sản" as the maternity benefit', () => {
    expect(read('nhận nuôi con có được hưởng chế độ hộ sản không').normalized).toContain('thai sản');
  });

  it('writes out "ktx" as the dormitory', () => {
    expect(read('o ktx co can tam tru ko').normalized).toContain('ký túc xá');
  });

  it('reads two words of shorthand together before each alone ("ck mk" is a husband, "ck" a transfer)', () => {
    const pairs = compileLexicon({ shorthand: { ck: 'chuyển khoản', mk: 'mật khẩu', 'ck mk': 'chồng mình' } });
    expect(analyse('ck mk muốn vay mua nhà', pairs).normalized).toBe('chồng mình muốn vay mua nhà');
    expect(analyse('ck nhầm cho ck mk rồi, quên mk', pairs).normalized).toBe('chuyển khoản nhầm cho chồng mình rồi, quên mật khẩu');
    // A comma between them keeps them apart.
    expect(analyse('đã ck, mk thì quên', pairs).normalized).toBe('đã chuyển khoản, mật khẩu thì quên');
  });

  it('reads three words of shorthand together, the longest run first, never across a comma', () => {
    const runs = compileLexicon({ shorthand: { ck: 'chuyển khoản', mk: 'mật khẩu', 'ck mk': 'chồng mình', 'lấy lại mk': 'lấy lại mật khẩu', 'công ty mk': 'công ty mình' } });
    expect(analyse('công ty mk không đóng bảo hiểm', runs).normalized).toBe('công ty mình không đóng bảo hiểm');
    expect(analyse('lấy lại mk vneid sao', runs).normalized).toBe('lấy lại mật khẩu vneid sao');
    expect(analyse('công ty, mk không biết', runs).normalized).toBe('công ty, mật khẩu không biết');
    expect(analyse('ck mk bảo', runs).normalized).toBe('chồng mình bảo');
  });

  it('never glues words written apart, and splits letters from digits', () => {
    expect(read('ko dang nhap dc dvc').tokens).toEqual(['khong', 'dang', 'nhap', 'duoc', 'dich', 'vu', 'cong']);
    expect(concepts('lm muc2 o dau v')).toEqual(['lam', 'muc 2']);
    expect(concepts('lv2 la gi')).toEqual(['muc 2']);
    expect(read('ck nham stk').normalized).toBe('chuyển khoản nham số tài khoản');
    // "mk" before a level number is a level, not a password.
    expect(read('vneid mk 2 vs mk1 khac j').normalized).toBe('vneid mức 2 với mức 1 khac gì');
    expect(read('quen mk vneid').normalized).toBe('quên mật khẩu vneid');
    // "mk" asking for advice or help is the writer ("tư vấn mk nên…"), after "quên, đổi, lộ…" a password.
    expect(read('tu van mk nen vay ngan hang nao').normalized).toBe('tu vấn mình nen vay ngan hang nao');
    expect(read('quen mk nen lam gi').normalized).toBe('quên mật khẩu nen lam gi');
    expect(read('giup mk voi, bi lo mk roi').normalized).toBe('giúp mình voi, bi lộ mật khẩu roi');
    // Alone, "mk" is read by the rest of the message: a password beside a login, an app or an account, else the writer.
    expect(read('mk bi dau da day nen uong thuoc j').normalized).toBe('mình bi dau da day nen uong thuoc gì');
    // Only the words near it decide: "đổi" six words on is about the card, not a password.
    expect(read('mk sap 60t r, co can di doi the can cuoc nua ko').normalized).toMatch(/^mình sap 60 tuổi/u);
    // "hk" is a household registration beside moving it, striking it off or residence, else the teen-code "không".
    expect(read('chuyen nha r thi hk o que co phai xoa k').normalized).toContain('hộ khẩu o que');
    expect(read('e hk bik cai vneid').normalized).toBe('em không biết cai vneid');
    // "vk" alone is a wife, and "vk ck" a couple, though "ck" alone is a transfer ("chuyển khoản").
    expect(read('vk ck mk o tro, dang ky thuong tru dc ko').normalized).toBe('vợ chồng mình o tro, dang ky thuong tru được không');
    expect(read('vk e sap sinh').normalized).toBe('vợ em sap sinh');
    expect(read('vk di lam xa').normalized).toBe('vợ di lam xa');
    // After "tên, nhà, bố, mẹ, với, của", "ck" is the husband again: a house in his name is no transfer.
    expect(read('nha dung ten ck, ve nha ck an tet').normalized).toBe('nha dung tên chồng, ve nhà chồng an tet');
    expect(read('ck tien cho me ck').normalized).toBe('chuyển khoản tien cho mẹ chồng');
    expect(read('ck tuoi dan vs vk tuoi hoi').normalized).toBe('chồng tuổi dan với vợ tuoi hoi');
    // "bh" is an insurance beside paying, buying or its card, else "bây giờ".
    expect(read('tra cuu qua trinh dong bh o dau').normalized).toBe('tra cuu qua trinh dong bảo hiểm o dau');
    expect(read('bh lam sao ad').normalized).toBe('bây giờ lam sao admin');
    // "mk làm mất" is the writer losing something, even in a message about VNeID.
    expect(read('mk lam mat cccd r, lam lai tren vneid dc ko').normalized).toBe('mình làm mat căn cước rồi, lam lai tren vneid được không');
    expect(read('mk vneid bi sai hoai').normalized).toBe('mật khẩu vneid bi sai hoai');
    expect(read('mk cua tai khoan ngan hang bi lo').normalized).toBe('mật khẩu cua tai khoan ngan hang bi lo');
  });

  it('reads "lên tận nơi" as the documents\' "trực tiếp"', () => {
    const inPerson = read('đăng ký tạm trú online mà không phải lên tận nơi').concepts.find((c) => c.typed.join(' ') === 'len tan noi');
    expect(inPerson?.alternatives.map((a) => a.join(' '))).toContain('truc tiep');
  });

  it('does not count "chuyện gì sẽ xảy ra" (how a question is asked) as what it is about', () => {
    const asked = concepts('Chuyện gì sẽ xảy ra nếu mình lỡ ấn vào link độc?');
    for (const word of ['chuyen', 'xay', 'xay ra', 'chuyen gi se xay ra']) expect(asked).not.toContain(word);
    expect(asked).toContain('link');
  });

  it('reads a part of a message as the whole message was typed, not by the marks its written-out shorthand added', () => {
    // "lm o dau v ad", once written out, looks typed with diacritics: read alone, "o dau" would be taken as written.
    const part = 'làm o dau vậy admin';
    expect(analyse(part, lexicon).exact).toBe(true);
    expect(analyse(part, lexicon).questionTypes).not.toContain('where');
    expect(analyse(part, lexicon, { exact: false }).questionTypes).toContain('where');
    expect(read('e 14t r co bat buoc lam the can cuoc ko, lm o dau v ad').exact).toBe(false);
  });

  it('reads a web address as written: its "ck" is no chuyển khoản', () => {
    expect(read('link ck-nhanh.cc, vao dc ko').normalized).toBe('link ck-nhanh.cc, vao được không');
    expect(read('ck nhanh, vao dc ko').normalized).toBe('chuyển khoản nhanh, vao được không');
  });

  it('reads shorthand right after a number by its own table ("13t" is an age, "500k" an amount, "k" alone "không")', () => {
    expect(read('e 13t lm vneid dc k').normalized).toBe('em 13 tuổi làm vneid được không');
    expect(read('luong 500k/ngay').tokens).toEqual(['luong', '500', 'nghin', 'ngay']);
    expect(read('t k biet').tokens).toContain('khong');
  });

  it('writes out chat spellings of whole words ("mún", "nhg", "oto")', () => {
    expect(read('e mún đổi bằng lái oto online thì cần nhg j').normalized).toBe('em muốn đổi bằng lái ô tô trực tuyến thì cần những gì');
  });

  it('reads "thực hiện như thế nào" as the way a question is asked, not as what it is about', () => {
    expect(concepts('thủ tục đăng ký tạm trú thực hiện như thế nào')).toEqual(['thu', 'tuc', 'dang ky tam tru']);
  });

  it('gives a phrase every way of saying it, the knowledge\'s word first among the others', () => {
    const a = read('em bị bắn nhầm tiền');
    const mistaken = a.concepts.find((c) => c.typed.join(' ') === 'ban nham')!;
    expect(mistaken.alternatives).toContainEqual(['chuyen', 'nham']);
    expect(read('xài app ngân hàng').concepts[0]!.alternatives).toContainEqual(['dung']);
    const freelance = read('làm nghề tự do thì đóng bảo hiểm sao').concepts.find((c) => c.typed.join(' ') === 'lam nghe tu do')!;
    expect(freelance.alternatives).toContainEqual(['lao', 'dong', 'tu', 'do']);
    const helper = read('người giúp việc tại gia có được đóng bảo hiểm không').concepts.find((c) => c.typed.join(' ') === 'nguoi giup viec')!;
    expect(helper.alternatives).toContainEqual(['giup', 'viec', 'gia', 'dinh']);
  });

  it('matches a word typed with diacritics only with the same diacritics', () => {
    // "vậy" ends a question; "vay" (to borrow) is what it is about.
    expect(contentTokens(read('vay tiền qua app có an toàn không vậy'))).toContain('vay');
    expect(contentTokens(read('tải vneid ở đâu vậy'))).not.toContain('vay');
    expect(read('Nghỉ hè cháu tôi lên chơi').concepts.some((c) => c.typed[0] === 'chau')).toBe(true);
  });


  it('keeps the syllables of a word typed without diacritics that would read as a filler alone ("ho so" is hồ sơ, not "hở")', () => {
    expect(concepts('nop ho so o dau')).toEqual(['nop', 'ho', 'so']);
    expect(concepts('no xau co vay duoc khong')).toEqual(['no', 'xau', 'vay']);
    expect(concepts('dang ky nha mang')).toContain('nha');
    // Alone, or typed with diacritics, the filler is still a filler and the particle of a question still a particle.
    expect(concepts('tai vneid o dau ho')).not.toContain('ho');
    expect(concepts('đăng ký ở đâu nhá')).not.toContain('nha');
    const only = compileLexicon({ fillers: ['hở'], words: ['hồ sơ'] });
    expect(analyse('ho so', only).concepts.map((c) => c.typed.join(' '))).toEqual(['ho', 'so']);
    expect(analyse('ho so', compileLexicon({ fillers: ['hở'] })).concepts.map((c) => c.typed.join(' '))).toEqual(['so']);
  });
  it('drops an accented filler only when typed with its diacritics ("cái" is a classifier, "cai" may be "cài")', () => {
    const lexicon = compileLexicon({ accented_fillers: ['cái'] });
    const typed = (q: string) => analyse(q, lexicon).concepts.map((c) => c.typed.join(' '));
    expect(typed('quét cái mã này có sao không')).not.toContain('cai');
    expect(typed('cai app ngan hang moi')).toContain('cai');
    expect(typed('cài app ngân hàng mới')).toContain('cai');
  });
  it("notices a scam's story told in the question", () => {
    expect(read('có người tự xưng công an gửi link bảo cài lại VNeID').scamStory).toBe(true);
    expect(read('co nguoi xung nhan vien ngan hang goi').scamStory).toBe(true);
    expect(read('cài lại VNeID thế nào').scamStory).toBe(false);
  });

  it('notices when the person needs a remedy, and what kind of question is asked', () => {
    expect(read('lỡ bấm link rồi').remedy).toBe(true);
    expect(read('làm sao để không bấm nhầm link').remedy).toBe(false);
    // A story of a loss that asks how to avoid it next time wants the prevention.
    expect(read('em bị lừa mất tiền rồi, phải làm sao').remedy).toBe(true);
    // Asked to pay more before a withdrawal: already paid, whatever the closing question.
    expect(read('họ bảo phải thanh toán thêm đơn mới rút được, tôi có nên chuyển thêm không').remedy).toBe(true);
    expect(read('em chuyển tiền rồi mới biết bị lừa, lần sau phải làm sao cho khỏi bị lừa kiểu này').remedy).toBe(false);
    // A heading about keeping parents safe is prevention, though it names the scam.
    expect(read('Làm sao để bố mẹ không bị lừa bằng cuộc gọi video giả mặt?').remedy).toBe(false);
    expect(read('Tôi muốn học chuyển tiền qua điện thoại mà sợ bị lừa, cần nhớ những gì?').remedy).toBe(false);
    // Words in quotation marks are what the scam message said, not the asker's own wish.
    expect(read('tôi đã nhập mật khẩu vào link "cập nhật để tránh khóa tài khoản"').remedy).toBe(true);
    expect(read('tôi đã nhập mật khẩu, giờ làm sao để tránh bị trừ tiền').remedy).toBe(false);
  });

  it('reads a happening asked about in a closing "có … không?" as not happened, unless the story says it did', () => {
    expect(read('Cài sinh trắc học rồi thì có còn bị lừa mất tiền nữa không?').remedy).toBe(false);
    expect(read('bam vao link la co bi mat tien khong a').remedy).toBe(false);
    expect(read('lỡ bấm vào link lạ rồi, có bị mất tiền không').remedy).toBe(true);
    expect(read('tôi bị lừa mất tiền rồi, có lấy lại được không').remedy).toBe(true);
    expect(read('chuyển nhầm tiền thì có lấy lại được không').remedy).toBe(true);
    expect(read('cap nhat sinh trac hoc o dau').questionTypes).toEqual(['where']);
    expect(read('vì sao phải cập nhật sinh trắc học').questionTypes).toEqual(['why']);
    expect(read('con tôi có nên đi làm ở nước ngoài không').questionTypes).toEqual(['advice']);
    // "chỗ nào" inside "khác chỗ nào" asks a difference, not a place.
    expect(read('mức 2 với mức 1 khác chỗ nào').questionTypes).toEqual(['difference']);
    expect(read('làm mức 2 chỗ nào').questionTypes).toEqual(['where']);
    expect(read('stk ngan hang bi khoa').subjects).toEqual(['bank']);
    expect(read('đăng nhập dịch vụ công bằng vneid').subjects.sort()).toEqual(['public_services', 'vneid']);
    // Land papers are their own subject, so a torn household book is not answered as a torn land certificate.
    expect(read('sổ đỏ bị chuột cắn rách').subjects).toEqual(['land']);
    expect(read('sổ hộ khẩu bị chuột cắn rách').subjects).toEqual(['permanent_residence']);
  });

  it('reads a long question with a story by its last asking clause too', () => {
    const a = read(
      'Facebook người chị họ ở Mỹ nhắn mượn tiền, trước đó còn gọi video khoảng 9 giây nên tôi chuyển tiền, ai cũng khuyên thôi bỏ qua – có nên trình báo công an không?',
    );
    expect(a.focus?.original).toBe('có nên trình báo công an không?');
    expect(a.concepts.filter((c) => c.focus).map((c) => c.typed.join(' '))).toEqual(['trinh bao', 'cong an']);
    expect(read('quên mật khẩu vneid').focus).toBeUndefined();
    // A statement after the question ("Tôi định ra ngân hàng.") is not what is asked.
    const after = read('Người xưng điện lực bảo tôi cài ứng dụng lạ, tôi đã xóa ứng dụng đó rồi, giờ dùng điện thoại tiếp được chưa? Tôi định ra ngân hàng tất toán sổ tiết kiệm.');
    expect(after.focus?.original).toBe('giờ dùng điện thoại tiếp được chưa?');
    // Asked first and told after ("… có an toàn không? Nghe nói …"): the whole message is the question, not its story's end.
    const first = read('Cầm cố điện thoại qua app có an toàn không? Nghe nói có người bị đòi gấp ba, còn bị dọa gọi cho cả danh bạ.');
    expect(first.focus).toBeUndefined();
    // "Phụ huynh nên làm gì?" names who asks, not what about: the story's clause before it joins the focus.
    const role = read('Cháu nhà tôi học lớp 7, có người lạ trên mạng dụ cháu gửi ảnh và địa chỉ nhà. Phụ huynh nên làm gì?');
    expect(role.focus?.original).toMatch(/gửi ảnh/u);
    // "Và có tốn phí gì không?" asks the cost of what was asked before it, not of any fee.
    const cost = read('Con em 3 tuổi đang nằm viện mà em lỡ làm mất thẻ bảo hiểm y tế của cháu. Em muốn làm lại thẻ thì làm ở đâu? Và có tốn phí gì không?');
    expect(cost.focus?.original).toMatch(/^Em muốn làm lại thẻ/u);
  });

  it('leaves what the person did not do out of the asking clause', () => {
    const a = read('Thẻ của tôi tự nhiên nhận một loạt tin nhắn trừ tiền, tiền chuyển qua ví điện tử, không cho ai mượn thẻ, không bấm link lạ. Tôi phải làm gì?');
    expect(a.focus?.original).toBe('tiền chuyển qua ví điện tử, Tôi phải làm gì?');
    // "Tôi phải làm sao?" names nothing: the event before it is what the person asks about.
    const story = read('Tôi được gọi báo trúng quà tri ân, họ bảo kết bạn Zalo rồi gửi đường link điền thông tin, giờ Zalo của tôi bị người khác chiếm. Tôi phải làm sao?');
    expect(story.focus?.original).toBe('giờ Zalo của tôi bị người khác chiếm. Tôi phải làm sao?');
    // A denial that is itself the question stays: "không nhận được mã OTP thì làm sao?".
    const asked = read('Tôi đổi điện thoại mới, cài lại ứng dụng ngân hàng, đăng nhập xong thì không nhận được mã OTP thì làm sao?');
    expect(asked.focus?.original).toMatch(/không nhận được mã OTP/u);
  });

  it('asks about what came of a cause, not about the cause ("do … nên tôi làm mất sổ")', () => {
    const a = read('Hồi trước tôi làm ở xưởng may mấy năm. Sau đó do chuyển nhà mấy lần nên tôi đã đánh rơi sổ bảo hiểm xã hội ở đâu không biết. Giờ tôi phải làm sao?');
    expect(a.focus?.original).toMatch(/^tôi đã đánh rơi sổ bảo hiểm xã hội/u);
    expect(a.concepts.filter((c) => c.focus).map((c) => c.typed.join(' '))).not.toContain('chuyen');
  });

  it('reads "+86" or "00855" as a call from abroad, but not "+84"', () => {
    expect(contentTokens(read('Có số lạ +86 gọi tới'))).toEqual(expect.arrayContaining(['nuoc', 'ngoai']));
    expect(contentTokens(read('số +84 912 gọi'))).not.toContain('ngoai');
  });

  it('sees a message that leans on the one before it', () => {
    expect(read('còn mức 1 thì sao?').leansOnPrevious).toBe(true);
    expect(read('Con tôi 10 tuổi làm VNeID được không?').leansOnPrevious).toBe(false);
  });
});

describe('the lexicon file', () => {
  it('reports a wrong section and a wrong value with their lines, as problem codes', () => {
    const { problems } = parseLexicon('shorthand:\n  ko: không\nsynonyms:\n  - [a, b]\nphrases:\n  - [một]\n', 'knowledge/lexicon.yaml');
    expect(problems.map((p) => ({ code: p.code, line: p.line, field: p.field }))).toEqual([
      { code: 'bad_value', line: 5, field: 'phrases.0' },
      { code: 'unknown_field', line: 3, field: 'synonyms' },
    ]);
  });

  it('reports broken YAML without throwing', () => {
    const { problems } = parseLexicon('shorthand: [ko: không\n', 'knowledge/lexicon.yaml');
    expect(problems[0]!.code).toBe('yaml_syntax');
  });

  it('lets an editor add a word without code', () => {
    const { lexicon: extended } = parseLexicon('shorthand:\n  cmt: căn cước\nphrases:\n  - [căn cước, thẻ chip]\n', 'x.yaml');
    expect(analyse('cmt bị mất', extended).normalized).toBe('căn cước bị mất');
    expect(analyse('thẻ chip hết hạn', extended).concepts[0]!.alternatives).toContainEqual(['can', 'cuoc']);
  });
});

describe('a stated age', () => {
  const altsOf = (q: string, number: string) => analyse(q, lexicon).concepts.find((c) => c.typed.join(' ') === number)?.alternatives;

  it("is found wherever a text speaks of ages, since lessons give ranges, not the person's age", () => {
    expect(altsOf('em 13 tuổi làm vneid được không', '13')).toEqual([['13'], ['tuoi']]);
    expect(altsOf('con toi 10t co lam can cuoc duoc khong', '10')).toEqual([['10'], ['tuoi']]);
  });

  it("keeps a rule's bound to its number, and a number that is not an age", () => {
    expect(altsOf('làm căn cước cho con dưới 14 tuổi thế nào', '14')).toEqual([['14']]);
    expect(altsOf('chuyển tiền trên 10 triệu có phải quét mặt không', '10')).toEqual([['10']]);
  });

  it("tells a person's age from a rule's range, capped or floored", () => {
    expect(read('Tôi 80 tuổi, có phải lên công an không').statedAges).toEqual([80]);
    expect(read('Trẻ dưới 14 tuổi có bắt buộc làm thẻ căn cước không?').ageLimits).toEqual([{ side: 'below', age: 14 }]);
    expect(read('con chưa đủ 18 tuổi có mở tài khoản được không').ageLimits).toEqual([{ side: 'below', age: 18 }]);
    expect(read('trẻ từ đủ 6 tuổi đến dưới 14 tuổi').ageLimits).toEqual([{ side: 'from', age: 6 }, { side: 'below', age: 14 }]);
    expect(read('chuyển trên 10 triệu').ageLimits).toEqual([]);
    // Words that give a range by themselves (lexicon age_groups).
    expect(read('Người già không có điện thoại thông minh có làm được mức 2 không?').ageLimits).toEqual([{ side: 'from', age: 60 }]);
    expect(outsideLimits(80, [{ side: 'below', age: 14 }])).toBe(true);
    expect(outsideLimits(10, [{ side: 'from', age: 6 }, { side: 'below', age: 14 }])).toBe(false);
    expect(outsideLimits(5, [{ side: 'from', age: 6 }])).toBe(true);
  });
});

describe('household registration said the short way', () => {
  it('reads "nhập khẩu" as permanent residence, its subject and its wording', () => {
    const a = read('nhập khẩu online cần giấy gì');
    expect(a.subjects).toContain('permanent_residence');
    expect(a.concepts[0]!.alternatives).toContainEqual(['dang', 'ky', 'thuong', 'tru']);
  });

  it('knows "cần giấy gì" asks for the documents, as "cần giấy tờ gì" does', () => {
    expect(read('nhập khẩu cần giấy gì').questionTypes).toEqual(['documents']);
    expect(read('đăng ký thường trú cần giấy tờ gì').questionTypes).toEqual(['documents']);
  });
});

describe("a bank's own name for its balance messages", () => {
  it('reads "BSMS" as the balance text messages', () => {
    expect(read('BIDV trừ phí BSMS tháng này cao').normalized).toContain('tin nhắn báo số dư');
  });
});

describe('shorthand for benefits, papers and businesses', () => {
  it('reads "tcth" as the unemployment benefit and "bhtn" as its insurance', () => {
    expect(read('nghi viec dc huong tcth bn thang').normalized).toContain('trợ cấp thất nghiệp');
    expect(read('cty co dong bhtn cho e ko').normalized).toContain('bảo hiểm thất nghiệp');
  });

  it('reads "hc" as the passport when it is lost or needed for a flight, and as studying otherwise', () => {
    expect(read('hc cua e mat r, tuan sau e bay').normalized).toContain('hộ chiếu');
    expect(read('con e dang hc lop 5').normalized).toContain('học');
    expect(read('con e dang hc lop 5').normalized).not.toContain('hộ chiếu');
  });

  it('reads "hkd" and "ho kd" as the household business', () => {
    expect(read('hkd cua mk muon doi dia chi').normalized).toContain('hộ kinh doanh');
    expect(read('ho kd cua mk muon doi dia chi').normalized).toContain('kinh doanh');
  });

  it('reads "bh" beside sick leave as the insurance that pays it', () => {
    expect(read('nghỉ ốm dc bh trả tối đa bn ngày').normalized).toContain('bảo hiểm');
  });
});
