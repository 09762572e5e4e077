/**
 * What the assistant declines, as data. Each rule matches the analysed question (folded, chat shorthand written out):
 * `any` phrases as whole words, `patterns` where word order matters. A rule with `always` declines even when the
 * question uses the assistant's own words (an injection, a request to hack or forge); the others decline only
 * questions without a core topic word ("đầu tư vàng lãi cao có phải lừa đảo" stays in scope).
 */
export interface ScopeRule {
  reason: OutOfScopeReason;
  always?: boolean;
  any?: readonly string[];
  /**
   * Phrases of this topic that decline even beside a core word ("lãi suất gửi tiết kiệm ngân hàng nào cao"), unless
   * the question is about a scam or an account's safety (SCAM_WORDS).
   */
  strong?: readonly string[];
  /** Words that keep a question with a `strong` phrase or pattern in scope (default SCAM_WORDS). */
  safeWith?: readonly string[];
  /** Phrases that contain an `any` phrase without its meaning: with one, `any` and `patterns` do not decline ("người yêu cầu"). */
  notWith?: readonly string[];
  patterns?: readonly RegExp[];
  /** Patterns that decline even beside a core word, as `strong` phrases do ("phim Hàn nào về lừa đảo hay"). */
  strongPatterns?: readonly RegExp[];
}

export type OutOfScopeReason = 'injection' | 'harmful' | 'device' | 'prices' | 'weather' | 'sport' | 'entertainment' | 'creative' | 'health' | 'personal' | 'general';

/** A stranger's "cheap remittance" for workers abroad ("dịch vụ gửi tiền về phí thấp, tỷ giá cao", "mua thẻ game rồi gửi mã"). */
const REMITTANCE_OFFER = ['dich vu gui tien', 'dich vu chuyen tien', 'nhan gui tien', 'nhan chuyen tien', 'gui tien ho', 'chuyen tien ho', 'chuyen ho tien', 'gui ho tien'];

/** Asked for more after paying ("lại đòi thêm tiền", "báo sai cú pháp, bắt chuyển lại"): both a scam told and a victim's story. */
const ASKED_FOR_MORE = ['lai doi them', 'doi them tien', 'doi them phi', 'van doi them', 'bat gui lai', 'bat chuyen lai', 'bao chuyen lai', 'sai cu phap'];

/** A doubt that came after paying ("giờ mới thấy nghi", "rồi mới biết"): a victim's story, and a scam's. */
const DOUBT_AFTER = ['moi thay nghi', 'nghi bi lua', 'nghi minh bi lua', 'roi moi biet'];

/**
 * A cost asked ("chuyển mạng giữ số có mất tiền không"): "mất tiền" there is a price, not money lost to a scam, so it
 * neither tells of a scam nor keeps a question in scope. "có bị mất tiền không" (fear of a loss) is not among them.
 */
export const COST_ASKED = ['co mat tien khong', 'co mat tien gi khong'];

/**
 * Money paid to a business's "staff" into a personal account, then the other side gone ("chuyển 120 triệu thì họ biến
 * mất"), or a stranger's service asking to be paid before anything is done ("đòi chuyển trước mấy triệu"): all tell of
 * a scam.
 */
const PAID_THEN_GONE = ['vao tai khoan ca nhan', 'ho bien mat', 'nguoi ban bien mat', 'bien mat voi', 'om tien', 'mat hut', 'doi chuyen truoc', 'doi chuyen tien truoc', 'doi chuyen khoan truoc', 'bat chuyen truoc', 'bao chuyen truoc', 'doi coc truoc'];

/** Everything lost ("mất sạch tiền"): both a scam told and a victim's story. */
const LOST_ALL = ['mat het tien', 'mat sach tien'];

/**
 * A message in a service's name asking to re-enter a card ("email báo Netflix tạm dừng, cập nhật thẻ", "iCloud hết dung
 * lượng, thanh toán lỗi"): phishing, whatever the service.
 */
const CARD_PHISHING = ['cap nhat the', 'cap nhat thong tin the', 'nhap lai the', 'nhap thong tin the', 'thanh toan that bai', 'thanh toan loi'];

/**
 * A caller or a Zalo account claiming the car inspection centre ("đổi tem kiểm định", "tải app đặt lịch đăng kiểm"): a
 * scam, though what an inspection costs is not the assistant's.
 */
const INSPECTION_SCAM = ['doi tem', 'thay tem', 'xung dang kiem', 'nhan vien dang kiem', 'can bo dang kiem', 'dang kiem goi', 'trung tam dang kiem co goi', 'goi dien cho chu xe', 'app dang kiem', 'ung dung dang kiem', 'dat lich dang kiem', 'dang kiem online', 'dang kiem qua zalo', 'dang kiem qua ung dung', 'dang kiem xe qua ung dung', 'dang kiem that hay gia', 'gia danh dang kiem', 'lua dao dang kiem'];

/** A parent off work to nurse a sick child asks what social insurance pays, not how to treat the fever. */
/** Sick leave and the rest after an illness: beside an illness's name they make the question one of insurance benefits. */
const SICK_LEAVE = ['nghi om', 'om dau', 'che do om', 'nghi duong suc'];

const SICK_CHILD_LEAVE = ['nghi lam cham con', 'nghi cham con', 'nghi viec cham con', 'nghi che do', 'nghi cham soc con', 'nghi de cham soc con', 'che do om dau', 'che do con om', 'huong che do', 'huong bhxh', 'bao hiem xa hoi tra', 'nghi om dau thi duoc huong', 'om dau duoc huong', 'tien om dau', 'nghi om duoc bao hiem', 'phan tram luong'];

/**
 * How a voluntary contributor's pension rate is set ("tỉ lệ lương hưu BHXH tự nguyện") is in the BHXH lesson; a personal
 * pension worked out ("công thức tính lương hưu của tôi bao nhiêu") is not.
 */
const VOLUNTARY_PENSION = ['bhxh tu nguyen', 'bao hiem xa hoi tu nguyen', 'bao hiem tu nguyen', 'tu dong bao hiem', 'tu dong bhxh', 'ty le luong huu', 'ti le luong huu', 'ty le huong', 'ti le huong'];

/** When a pension lands in the bank account ("lương hưu tháng này bao giờ về tài khoản") is the pension lesson's, not pay news. */
const PENSION_PAID = ['huu thang nay', 'huu ve tai khoan', 'huu chua ve', 'huu bao gio ve', 'huu khi nao ve', 'huu ngay nao ve'];

/** A child spending a parent's money in a game ("tự lấy điện thoại của tôi chuyển 3 triệu mua vật phẩm game"). */
const CHILD_SPENDS_PARENTS = ['mua vat pham', 'lay dien thoai cua', 'dung dien thoai cua bo', 'dung dien thoai cua me', 'tai khoan cua bo', 'tai khoan cua me', 'the cua bo', 'the cua me'];

/** "Mới có phiếu" (then the slip comes) folds like a share, "cổ phiếu". */
const SLIP_COMES = ['moi co phieu', 'da co phieu', 'chua co phieu', 'co phieu chua', 'nhan phieu', 'lay phieu'];

/** A fee asked before a loan is paid out, the loan-app scam's sign; a school's fee ("học phí") is none. */
const LOAN_FEE = ['dong phi', 'nop phi', 'phi truoc', 'phi giai ngan', 'phi ho so', 'phi bao hiem', 'phi dich vu', 'mat phi', 'thu phi', 'tra phi', 'chuyen phi', 'phi xu ly', 'phi kich hoat', 'phi duyet', 'phi the chap', 'phi vay'];

/** A scam told in words ("bị lừa", "giả danh", "người xưng công an", "mất tiền"): keeps a topic's `strong` phrases from declining it. */
const SCAM_TOLD = ['lua dao', 'bi lua', 'lua tien', 'mat tien', 'chiem doat', 'gia danh', 'gia mao', 'mao danh', 'nguoi xung', 'tu xung', 'goi xung', 'xung la', 'xung can bo', 'xung cong an', 'bao mua them', 'bat mua them', ...LOST_ALL, 'bao chuyen them', 'bat chuyen them', 'bao chuyen khoan truoc', 'bat chuyen khoan truoc', 'bao chuyen tien truoc', 'bat chuyen tien truoc', 'bao nap them', 'bat nap them', 'tu nhan la', 'tu nhan cong an', 'nhan la cong an', 'chan luon', 'block luon', ...ASKED_FOR_MORE, ...PAID_THEN_GONE];

/** A victim telling what happened to them ("tôi bị lừa", "mất tiền"): a citizen's story, never an official's question. */
export const VICTIM_WORDS = ['bi lua', 'lua tien', 'mat tien', 'bi chiem doat', 'bi tru tien', ...DOUBT_AFTER, 'roi moi phat hien', 'sau do moi biet', 'thi moi biet', 'chan lien lac', 'thi bi chan', 'roi bi chan', 'roi chan', 'goi khong duoc nua', 'khong lien lac duoc nua', 'khong nghe may nua', 'tai khoan mat', 'tai khoan bi mat', ...LOST_ALL, 'bi rut het', 'bi rut sach', ...ASKED_FOR_MORE];

/** What a victim says was lost ("bị mất 20 triệu", "bị mất nick Zalo"); "bị mất ngủ", "bị mất sóng" tell of no scam. */
export const VICTIM_PATTERNS = [/\bbi mat (\d+|tien|tai khoan|het|sach|nick|zalo|facebook|fb|vi|dien thoai|dt|the|quyen|so tien)\b/u];

/** Bait of an investment or romance scam: a stranger met online, profits that cannot be withdrawn without paying first. */
const WITHDRAWAL_BAIT = ['lam quen', 'bắt đóng', 'khong rut duoc', 'muon rut', 'rut lai'];

/** Money that has not come into an account ("lương hưu tháng này chưa về tài khoản", "… về chưa"): a payment question, not an amount. */
const NOT_ARRIVED = ['chua ve tai khoan', 'khong ve tai khoan', 'chua vao tai khoan', 'chua nhan duoc tien', 'chua thay tien', 've chua', 'da ve chua', 'vao tai khoan chua'];

/** An investment pushed in a chat group with a promised return, or a platform's licence asked about. */
const INVESTMENT_BAIT = ['ung dung dau tu', 'app dau tu', 'goi dien moi', 'nhom zalo', 'nhom telegram', 'tren zalo', 'tren telegram', 'hua lai', 'cam ket lai', 'duoc cap phep', 'co giay phep', 'ket ban', 'ru dau tu', 'ru tham gia', 'moi tham gia', 'nguoi la ru', 'nguoi la moi'];

/** Talk of a trading group that lures into a fake exchange ("vào lệnh", "khoe lãi", "rủ lên sàn"). */
const TRADING_BAIT = ['vao lenh', 'len san', 'khoe lai', 'trading', 'san ao'];

/** A fee asked before a job starts ("đóng 580.000 đồng trước khi nhận việc"): the job scam. */
const JOB_FEE = ['truoc khi nhan viec', 'moi duoc nhan viec', 'moi nhan viec', 'phi nhan viec', 'phi dao tao', 'tien dong phuc', 'phi giu cho'];

/** Scam words beyond those (an OTP, a password, a hack, extortion…): with one, a question is about safety. */
const SCAM_STORY = [...SCAM_TOLD, 'otp', 'mat khau', 'hack', 'hacker', 'deepfake', 'phai lua', 'lua khong', 'la lua', 'tong tien', 'chi ma', 'ho ma', 'hinh nhay cam', 'anh nhay cam', 'clip nhay cam', 'video nhay cam', 'bat chuyen', 'nap tien vao', 'chuyen tien vao san', 'bi tru tien', 'choi thu', 'tang them', 'dang tin khong', 'co dang tin', 'room vip', 'nhom vip', 'keo vao nhom', 'them vao nhom', 'keo vo nhom', 'add vao nhom', 'add vo nhom', 'nap tien vo', 'nap them', 'nhan hoa hong', 'huong hoa hong', 'tien hoa hong', 'lam viec online', 'viec lam online', 'kiem tien online', 'lam viec truc tuyen', 'viec lam truc tuyen', 'kiem tien truc tuyen', 'duoc tra tien', 'cam ket lai', 'hoa hong cao', 'con tien khong', 'muon tam', 'lay chenh', 'tien chenh', 'nap cang nhieu', 'cang nhieu cang lai', 'nhiem vu cang', 'nap tong', 'nhom truong roi', 'truong nhom roi', 'kem lai', 'huong lai cao hon', 'ung dung hen ho', 'app hen ho', 'chac chan co lai', 'khong bao gio lo', 'thong tin noi bo', ...DOUBT_AFTER, 'trang giả', 'fanpage giả', 'bat coc', 'tien chuoc', 'doi chuoc', 'chuoc nguoi', 'gỡ giúp', 'nhận gỡ', 'khong tra loi nua', ...WITHDRAWAL_BAIT, ...TRADING_BAIT, ...JOB_FEE];

/** What keeps an everyday topic that borrows the assistant's words in scope: a scam told, a link, a code, a stranger, VNeID. */
const PROBE_THEMES_SAFE = [...SCAM_TOLD, 'link', 'otp', 'mat khau', 'nguoi la', 'so la', 'tai khoan ca nhan', 'vneid', 'dich vu cong'];

/**
 * A parent's money or papers asked about beside their forgetfulness or illness ("mẹ bị lẫn, rút tiền trong tài khoản
 * của mẹ thế nào", "bố lẫn rồi, ai làm giám hộ"): a question for the bank or the commune, not a doctor's.
 */
const PARENT_MONEY = ['tai khoan', 'rut tien', 'so tiet kiem', 'giam ho', 'nang luc hanh vi', 'uy quyen'];

/** Staying on to work after a tourist or student visa ("sang Hàn bằng visa du lịch rồi ở lại làm việc"): illegal work abroad, not a trip. */
const STAYING_ON = ['o lai lam', 'tron o lai', 'lam chui'];

/** Registering a residence, asked of a house however it was bought ("mua bằng giấy tay … nhập khẩu được không"). */
const RESIDENCE_ASKED = ['nhap khau', 'nhap ho khau', 'chuyen khau', 'chuyen ho khau', 'dang ky thuong tru'];

/** Whether the health insurance pays for a treatment ("mổ cận thị có được hưởng BHYT không"): the BHYT lesson's, not a doctor's. */
const BHYT_PAYS = ['duoc huong bhyt', 'duoc huong bao hiem y te', 'huong bhyt', 'huong bao hiem y te', 'bhyt chi tra', 'bao hiem y te chi tra', 'bhyt tra', 'bao hiem y te tra', 'bhyt thanh toan', 'bao hiem y te thanh toan', 'quy bhyt', 'quy bao hiem y te', 'duoc bhyt', 'duoc bao hiem y te',
  'bang the bhyt', 'bang the bao hiem y te', 'duoc huong bao hiem', 'bao hiem y te co', 'bao hiem chi tra', 'bao hiem co chi tra', 'bao hiem co tra', 'bao hiem tra'];

/** A "promotion" that asks for a scratched phone card's code ("khuyến mãi x10 thẻ nạp … bấm *103*…*mã thẻ#"): the card-code scam. */
const PHONE_CARD_CODE = ['the nap', 'ma the', 'cao the', 'mua the cao', 'nap qua trang', 'nap qua mot trang'];

/** Cooking asked ("cách làm bánh", "nấu canh"): never the assistant's, whatever word stands beside it. */
const COOKING = /\b(cach lam (banh|mon|kim chi|dua muoi|dua chua|nem|cha lua|mut)|nau (com|canh|pho|bun|lau))\b/u;

/** "phim" (a film), not a key pressed: "bấm phím", "bàn phím" fold to the same word. */
const FILM = String.raw`(?<!\b(bam|nhan|an|go|ban|bam vao|nhan vao) )\bphim`;

/** A name changed at the commune ('ra phường xin đổi tên cho cháu'), for whatever reason the story gives. */
const NAME_CHANGED = ['xin doi ten', 'doi ten cho', 'doi ten con', 'thay doi ho tich'];

export const SCOPE_RULES: readonly ScopeRule[] = [
  {
    // "Developer mode", "jailbreak" asked of the bot; a phone's ("iPhone đã jailbreak", "tắt chế độ nhà phát triển
    // của điện thoại") is the bank app's business.
    reason: 'injection',
    strong: ['developer mode', 'jailbreak', 'che do nha phat trien'],
    safeWith: ['dien thoai', 'iphone', 'android', 'ios', 'ngan hang', 'root', 'may tinh', 'ung dung', 'app', 'tat che do', 'go loi usb', 'tuy chon nha phat trien'],
  },
  {
    reason: 'injection',
    always: true,
    any: ['system prompt', 'prompt he thong', 'dan mode', 'prompt cua ban', 'sys', 'inst'],
    patterns: [
      // "Bỏ qua mọi hướng dẫn", "quên hết các chỉ dẫn trước đó"; not "quên mật khẩu, hướng dẫn lấy lại" or "làm quen
      // rồi hướng dẫn đầu tư", where the guide is the one asked for.
      /\b(bo qua|phot lo|quen|lo di|xoa|vo hieu hoa)\b (di |het )?(moi|tat ca|toan bo|het) (cac |nhung )?(huong dan|chi dan|chi thi|quy tac|lenh|rang buoc|prompt|cai dat)\b/u,
      /\b(bo qua|phot lo|quen|lo di|xoa|vo hieu hoa)\b (di |het )?(cac |nhung |moi |tat ca |toan bo |het may |may )?(huong dan|chi dan|chi thi|quy tac|lenh|rang buoc|prompt|cai dat)\b.{0,15}\b(truoc|phia tren|o tren|ban dau|cua ban|he thong|duoc giao)\b/u,
      /\bignore\b.{0,30}\b(instructions?|rules?|prompt)\b/u,
      /\b(tiet lo|in ra|cho (toi )?xem|hien thi|dua ra|doc lai|lap lai)\b.{0,25}\b(prompt|chi dan|huong dan he thong|cau lenh he thong|quy tac cua ban|huong dan ban duoc giao)\b/u,
      // "đóng vài triệu" (paying a few million) folds to the same words as "đóng vai".
      /\b(dong vai(?! (trieu|tram|chuc|nghin|ngan|van|tr|k|dong|lan|buoi|thang|ngay)\b)|gia vo la|hay tro thanh|act as|pretend)\b/u,
      /\b(tu (gio|nay|bay gio)|ke tu (gio|nay)) ban (la|se la|dong vai)\b/u,
      /\bban (khong|chang) (con )?(la|phai la) tro ly\b/u,
      // Asked of the assistant ("trả lời không giới hạn", "trợ lý không giới hạn"), not a limit of a card or the law.
      /\b(ban|tro ly|bot|ai|tra loi|noi)\b.{0,12}\b(khong gioi han|khong bi gioi han)\b|\b(bo moi gioi han|khong kiem duyet)\b/u,
    ],
  },
  {
    // Asked how to break into someone else's account or forge papers: never helped, whatever the words.
    reason: 'harmful',
    always: true,
    // An app advertised for reading a spouse's messages, asked about as a risk ("thấy quảng cáo … cài thử có sao không").
    notWith: ['quang cao', 'co sao khong', 'co nen cai', 'co an toan', 'ma doc', 'lua dao'],
    any: ['lam gia can cuoc', 'lam gia the can cuoc', 'lam gia giay to', 'lam gia cccd', 'ban hack', 'hack full', 'doc trom tin nhan', 'xem trom tin nhan', 'bat wifi nha hang xom', 'mat khau wifi nha hang xom', 'pha mat khau'],
    patterns: [
      // "bị hack" is a victim asking for help ("chị bị hack Facebook"), never someone asking how to hack.
      // "hứa lấy lại tiền bằng cách hack app lừa đảo" tells what a scammer offered.
      /\b((?<!\bbang )cach|lam sao|chi|huong dan)\b.{0,20}(?<!\bbi )\bhack\b/u,
      // "kẻ gian hack tài khoản của tôi" is a victim's story, not a request.
      /(?<!\b(bi|ke gian|ke xau|hacker|chung no) )\bhack\b.{0,30}\b(cua(?! (toi|minh|em|tao|chau)\b)|nguoi yeu|ny|vo|chong|ban gai|ban trai|hang xom|nguoi khac)\b/u,
      // "kẻ gian làm giả được cả giấy phép" tells how a scam works.
      /(?<!\b(ke gian|chung|ho|bi|lua dao) )\b(lam|in|mua) gia\b(?! bang (ai|cong nghe|tri tue|deepfake|phan mem|ung dung|app)\b).{0,20}\b(can cuoc|cccd|giay to|bang|chung chi|ho chieu|hop dong|giay xac nhan|giay khai sinh|bien lai|giay nghi om|sao ke|so ho khau|giay chung nhan|giay kham|giay phep|the bhyt|the bao hiem|hoa don|con dau|bill)\b/u,
      // The paper named first, "giả" after ("chỉ em chỗ làm cái căn cước giả", "cách lm giấy khai sinh giả để…"); "giả"
      // folds as "giá", so a price asked after it ("làm căn cước giá bao nhiêu") is not read as forgery.
      /\b(cach|chi|huong dan|o dau|cho nao|dia chi|nhan lam|dich vu)\b.{0,30}\b(lam|in|mua|dat)\b( cai| mot| 1)?( the| to| ban| cuon| quyen)? (can cuoc|cccd|cmnd|bang dai hoc|bang lai|bang cap|bang tot nghiep|giay khai sinh|giay to|ho chieu|so do|so ho khau|hop dong|giay xac nhan|bien lai|giay nghi om|sao ke|bill|con dau)( \S+){0,2} gia(?=$| ·| (de|hoac|hay|va|vs|voi|cho|nhu|giong|duoc|ko|khong|lam|the|nha|a|ha)\b)/u,
      // A real paper altered for a purpose ("sửa năm sinh cho trẻ lại 3 tuổi", "sửa ảnh hợp đồng cho giống thật", "sửa biên
      // lai thành số tiền khác", "sửa ngày trên giấy nghỉ ốm cho nhiều ngày hơn") or a fake message written to look real.
      /(\b(cach|chi|huong dan|giup|gium|dum|lam sao)\b.{0,40}\b(sua|chinh|lam|edit|doi|viet|tao)|\b(viet|soan|tao) (giup|gium|dum|ho)\b)\b.{0,80}\b(photoshop|giong that|nhu that|giong thiet|nhu thiet|cho tre lai|tre lai \d+ tuoi|thanh da duyet|thanh so tien khac|nhieu ngay hon|lui lai \d+ nam|di hoc som|cho du tuoi|cho dat|khong can kham|giao dich thanh cong|cho qua|gia them \d+ tuoi|luong huu som)\b/u,
      // A face check or an OTP got round ('bypass verify khuôn mặt', 'fake OTP'), or a faking app asked for ('app nào làm giả').
      /\b(cach|chi|huong dan|lam sao|bay)\b.{0,40}\b(vuot qua|bypass|qua mat|lach|fake)\b.{0,30}\b(xac thuc|khuon mat|sinh trac|otp|quet mat|face|verify)\b|\b(app|ung dung|phan mem|web) nao\b.{0,10}\blam gia\b/u,
      // Someone else's chats opened ('vào facebook của bồ cũ xem tin nhắn').
      /\b(cach|chi|lam sao|huong dan)\b.{0,60}\b(vao|xem|doc|mo)\b.{0,20}\b(facebook|fb|zalo|tin nhan|messenger|instagram)\b.{0,10}\bcua (bo cu|ny cu|nguoi yeu cu|nguoi yeu|ny|vo|chong|ban gai|ban trai|nguoi khac|ng khac)\b/u,
      // Someone else's whereabouts looked up by their card or account ('xem định vị người khác qua số căn cước').
      /\b(xem|tim|theo doi|lay)\b.{0,15}\b(dinh vi|vi tri)\b.{0,20}\b(nguoi khac|cua vo|cua chong|nguoi yeu|ny)\b/u,
      // A look-alike of an official site built, or a caller's number spoofed ("làm trang web giống hệt dichvucong.gov.vn",
      // "giả số hiển thị thành 1900 0368").
      /\b(cach|chi|huong dan|giup|gium)\b.{0,20}\b(lam|tao|thiet ke|code)\b.{0,15}\b(trang web|web|website|app|ung dung)\b.{0,30}\b(giong het|nhai)\b|\bgia so hien thi\b/u,
      // Someone else's bank app opened without its password or OTP.
      /\b(cach|chi|huong dan|lam sao)\b.{0,30}\b(mo khoa|vao|dang nhap|truy cap|be khoa|pha khoa)\b.{0,40}\b(nguoi khac|ng khac)\b.{0,40}\bkhong (biet|can|co) (mat khau|otp|ma otp|ma)\b/u,
    ],
  },
  {
    // Which temple answers prayers best ("chùa nào cầu con linh nhất"), even on the way to make a card.
    reason: 'general',
    strongPatterns: [/\b(chua|den|mieu|phu) nao\b.{0,30}\b(linh|thieng)\b/u],
    safeWith: SCAM_TOLD,
  },
  {
    // Hacking back at the scammer ("hack ngược lại fb của thằng lừa đảo để lấy lại tiền"): never helped, though the
    // scam itself is the assistant's.
    reason: 'harmful',
    always: true,
    // A stranger who promised to hack the scammer ("hứa giúp lấy lại tiền bằng cách hack app lừa đảo") is a scam told.
    notWith: ['hua', 'bang cach hack'],
    patterns: [/\b(cach|lam sao|chi|huong dan|giup)\b.{0,20}(?<!\bbi )\bhack\b.{0,40}\b(lua dao|ke gian|ke lua)\b|\bhack nguoc\b/u],
  },
  {
    // Which lender pays out fastest or cheapest ("cần vay online gấp, app nào giải ngân nhanh lãi suất thấp nhất"), even
    // after a scam: a loan chosen; whether a lender is a scam stays.
    reason: 'prices',
    strongPatterns: [/\b(app|ung dung|ngan hang|cho|web) nao\b.{0,30}\b(giai ngan|cho vay)\b.{0,30}\b(nhanh|lai suat thap|lai thap|de nhat|de duyet)\b/u],
    safeWith: ['co phai lua', 'lua dao khong', 'co lua', 'uy tin khong', 'co that khong', 'tin duoc khong', 'an toan khong', 'chuyen nham', 'chuyen khoan nham', 'ck nham', 'nhan nham', 'nham tai khoan',
      // A fee asked before the loan is paid out ('bắt đóng phí bảo hiểm trước'): the loan-fee scam.
      'dong phi', 'nop phi', 'phi bao hiem', 'phi truoc', 'chuyen phi'],
  },
  {
    // Choosing between phone brands ("Samsung hay iPhone"), even for the bank's app: which phone to buy is not what the
    // knowledge answers, though the bank app's own troubles are.
    // A budget makes it shopping even for a phone that reads the card's chip ("điện thoại có NFC dưới 3 triệu nên mua hãng nào").
    reason: 'device',
    strongPatterns: [
      /\b(samsung|iphone|oppo|xiaomi|vivo|realme|nokia)\b.{0,20}\bhay\b.{0,5}\b(samsung|iphone|oppo|xiaomi|vivo|realme|nokia)\b/u,
      /\b(dien thoai|dt|nfc)\b.{0,30}\b(duoi|tam|khoang|tren) \d+ ?(trieu|tr|cu)\b.{0,30}\b(hang nao|loai nao|may nao|con nao|mua gi|mua hieu)\b/u,
    ],
    safeWith: SCAM_TOLD,
  },
  {
    // A month's phone bill that rose ("cước điện thoại tháng này lên 300 nghìn") is the carrier's account, even told as
    // money taken ("bị trừ nhiều"); services the SIM was signed up for without asking are the value-added-services lesson's.
    reason: 'device',
    strong: ['cuoc dien thoai thang', 'cuoc thang nay', 'tien cuoc thang', 'hoa don cuoc'],
    safeWith: [...SCAM_STORY, 'dich vu gia tri gia tang', 'dich vu cong them', 'tu dang ky', 'khong dang ky', 'tin nhan', 'no cuoc', 'khoa sim', 'khoa thue bao', 'goi bao'],
  },
  {
    // What a divorce does to the house and land ("muốn ly hôn thì chia căn nhà và mảnh đất thế nào", "đòi ly hôn, nhà
    // mua sau khi đăng ký kết hôn thì chia tài sản sao") is family law, even for a couple whose marriage was registered.
    reason: 'general',
    strongPatterns: [/\bly hon\b.{0,90}\bchia (doi|ra|nhu the nao|the nao|sao)\b|\bly hon\b.{0,40}\bchia\b|\bly hon\b.{0,60}\bcon ai nuoi\b|\bchia\b.{0,30}\b(nha|dat|tai san)\b.{0,30}\bly hon\b|\bly hon\b.{0,120}\bchia (tai san|nha|dat|tien)\b/u,
      // Whether to divorce at all ('chồng lấy tiền trong tài khoản chung đi cờ bạc, có nên ly hôn không').
      /\b(co nen|nen) ly hon\b/u],
    // A scam lost to ("chồng bị lừa đầu tư mất hết tiền, muốn ly hôn thì tài sản chia thế nào") leaves the share family
    // law; a caller in a court's name is the scam's.
    safeWith: ['gia danh', 'mao danh', 'xung la', 'tu xung', 'nguoi xung', 'goi xung', 'xung can bo'],
  },
  {
    // Whether to open a shop ('nghỉ thai sản ở nhà chán, có nên mở shop online bán quần áo'): business advice. Registering
    // the business or taking payment by QR is the lessons'.
    reason: 'general',
    strongPatterns: [/\b(co nen|nen) (mo|kinh doanh|buon ban)\b.{0,15}\b(shop|cua hang|quan|tiem|sap)\b/u],
    safeWith: [...SCAM_TOLD, 'qr', 'chuyen khoan', 'thanh toan', 'ho kinh doanh', 'dang ky kinh doanh', 'giay phep'],
  },
  {
    // What a delivery costs ('phí giao hàng của Shopee bây giờ bao nhiêu một đơn'); a shipper's call for a fee on a parcel
    // nobody ordered is the delivery scam.
    reason: 'prices',
    strongPatterns: [/\b(phi|gia|cuoc)( dich vu)? (ship|giao hang|van chuyen)\b.{0,40}\b(bao nhieu|bn)\b/u],
    // A card or a passport posted home by the police is the papers' lessons'.
    safeWith: [...SCAM_TOLD, 'shipper goi', 'goi bao', 'nhan tin', 'chuyen khoan', 'chuyen tien', 'link', 'khong dat', 'khong mua', 'can cuoc', 'cccd', 'ho chieu', 'buu chinh', 'tra ket qua', 'gui ve nha'],
  },
  {
    // How to talk a relative round ('anh chị không chăm bố mẹ, nên nói sao cho anh chị hiểu'; 'bố mẹ chồng đòi giữ sổ
    // tiết kiệm, nên nói chuyện thế nào cho êm'): family advice, whatever paper or account it concerns.
    reason: 'personal',
    strongPatterns: [/\b(nen|phai) noi (sao|gi|the nao|nhu the nao|chuyen the nao|chuyen sao)\b|\bnoi chuyen (voi \w+ )?(the nao|sao|nhu the nao) cho (em|on|hieu|khoi cai nhau|do cai nhau)\b/u,
      // A marriage in trouble ('nghi chồng ngoại tình, làm sao để giữ gia đình'); "ngoài tỉnh" folds the same, so
      // whose affair is named.
      /\b(chong|vo|nguoi yeu|ny) ngoai tinh\b|\bgiu (gia dinh|hanh phuc)\b/u,
      // How to talk to a spouse, a teenager who will not listen ('con 15 tuổi cãi bố, không nghe lời, bố mẹ nên làm gì').
      /\bnen noi chuyen (voi|vs) \w+ (the nao|sao|nhu the nao|ra sao)\b/u,
      /\b(con|chau)\b.{0,30}\b(khong nghe loi|cai bo|cai me|cai lai bo me|hu hong)\b/u,
      // Getting a child off the phone to sleep or study ('làm sao cho cháu ngủ sớm', '… bớt dùng điện thoại mà chăm học').
      /\blam sao (de |cho )?(chau|con|be)\b.{0,25}\b(ngu som|bot dung dien thoai|bot dung dt|bot luot|cham hoc|chiu hoc)\b/u],
    // What to tell a relative caught in a romance or loan scam is the scam's lesson; so is a child spending a parent's money.
    safeWith: [...SCAM_STORY, ...CHILD_SPENDS_PARENTS, 'hen ho', 'ket tien', 'chua gap mat', 'cho vay', 'quen tren mang', 'quen qua mang', 'chuyen tien', 'nap tien', 'tai khoan'],
  },
  {
    // Whether a residence wins a place at a state school ('có thường trú ở Hà Nội thì con có chắc được vào trường cấp 1
    // công lập'); the residence paper a school asks for stays in scope.
    reason: 'general',
    strong: ['vao truong cap 1', 'vao truong cap 2', 'truong cap 1 cong lap', 'truong cap 2 cong lap', 'chac duoc vao truong'],
    safeWith: [...SCAM_TOLD, 'xac nhan cu tru', 'giay xac nhan', 'giay to', 'ho so', 'thu tuc', 'ct07'],
  },
  {
    // Farming ('cách bón phân cho lúa để khỏi bị lỗ vốn'): unaccented, the rice is "lừa", so only a scam named in full
    // keeps it.
    reason: 'general',
    strong: ['bon phan', 'phun thuoc sau', 'giong lua', 'sau benh hai', 'sau cuon la', 'ruong lua', 'thuoc tru sau', 'ray nau', 'dao on'],
    safeWith: ['lua dao', 'mat tien', 'chuyen tien', 'chuyen khoan', 'gia mao', 'gia danh', 'mao danh', 'link'],
  },
  {
    // How an estate is shared among heirs ("anh em tranh nhau, chia thừa kế thế nào cho đúng luật", "đòi chia mảnh đất ông
    // để lại", "chia mảnh đất bố để lại thế nào cho đúng luật"), whatever paper (a death registered, a land certificate)
    // was dealt with before.
    reason: 'general',
    strongPatterns: [/\bchia (thua ke|di san) (the nao|ra sao|sao|nhu nao|nhu the nao|cho dung|bao nhieu)\b|\b(tranh chap|tranh nhau|gianh nhau)\b.{0,40}\b(thua ke|di san|chia dat|chia nha)\b|\b(doi|tranh|gianh) chia\b.{0,30}\b(dat|nha|tai san|di san)\b.{0,20}\bde lai\b|\b(dat|nha|tai san)\b.{0,25}\bde lai\b.{0,30}\b(tranh chap|tranh nhau|gianh nhau)\b/u,
      /\bchia\b.{0,20}\b(dat|nha|tai san|di san)\b.{0,20}\bde lai\b.{0,20}\b(the nao|ra sao|sao|cho dung)\b/u],
    safeWith: SCAM_TOLD,
  },
  {
    // Which phone to buy ("cài VNeID xong máy nóng, nên mua đt hãng nào tốt"), or where to have it or a motorbike mended,
    // unless it is a phone that reads the card's chip.
    reason: 'device',
    strongPatterns: [
      /\b(mua|chon)\b.{0,15}(?<!\bxe )\b(dien thoai|dt|may)\b.{0,40}(?<!\bngan )\b(hang nao|loai nao|nao tot|gi tot)\b/u,
      // Not a passport's kind ('hộ chiếu gắn chip hay không gắn chip, nên chọn loại nào').
      /(?<!\bho chieu\b.{0,80})\b(mua|chon) (hieu|hang|loai) (gi|nao)\b|\b(mua|chon) (dien thoai|dt|may) nao\b/u,
      /\btam \d+ ?(trieu|tr|cu)\b.{0,25}\b(nen mua|mua gi|mua hieu|mua loai)\b/u,
      /\b(nen|co nen) mua (dien thoai|dt|may) moi\b/u,
      // Where a battery or a screen is replaced cheaply ("cài VNeID xong máy tụt pin, thay pin ở đâu rẻ").
      /\b(thay|sua) (pin|man hinh)\b.{0,15}\b(o dau|bao nhieu|gia|re)\b/u,
    ],
    // A motorbike that will not start ('mới có bằng lái xe máy mà xe Wave đề hoài không nổ').
    strong: ['de khong no', 'de hoai khong no', 'xe khong no', 'khong no may', 'xe chet may'],
    safeWith: [...SCAM_TOLD, 'nfc', 'doc chip', 'quet chip'],
  },
  {
    // A medicine asked for the shock a scam left ('bị lừa mất tiền nên mất ngủ, huyết áp lên cao, nên cho uống thuốc gì'):
    // the scam told does not make the medicine the assistant's; a medicine sold or pushed by a caller does.
    reason: 'health',
    strongPatterns: [/\b(nen|cho) (uong|dung) thuoc (gi|nao)\b|\b(uong|dung) thuoc (gi|nao) (cho|de)\b|\bthuoc (ngu|an than)\b.{0,20}\b(loai|gi|nao)\b/u,
      // A dose asked ('nên uống metformin bao nhiêu viên một ngày'), whatever the card pays for it.
      /\b(nen|phai) uong\b.{0,30}\bbao nhieu (vien|lan|ml|mg)\b/u],
    safeWith: ['ban thuoc', 'quang cao', 'chi tra', 'thanh toan', 'danh muc thuoc', 'cap thuoc', 'gia danh', 'mao danh', 'xung', 'goi dien', 'nhan tin', 'link', 'dat mua', 'chuyen tien', 'chuyen khoan'],
  },
  {
    // A medicine to take or drops to use ("làm giấy khai sinh xong thì bé bị sốt, cho uống thuốc gì"), whatever paper was
    // dealt with before; what the health insurance pays for a medicine stays in scope.
    reason: 'health',
    strongPatterns: [
      /\b(uong|nho|boi|dung|mua) thuoc (gi|nao)\b|\bthuoc gi\b.{0,15}\b(cho|de|thi)\b/u,
      // …or which one is good ('thuốc xương khớp nào tốt cho người già'); what to eat to recover ('nên cho bà ăn uống gì để mau hồi phục').
      /\bthuoc\b.{0,25}\b(nao|loai nao) tot\b/u,
      /\ban uong gi\b|\ban gi (de|cho) (mau|nhanh|chong)? ?(khoe|hoi phuc|lanh)\b/u,
      // …or which kind of a fever or pain medicine ('cho cháu uống hạ sốt loại nào').
      /\b(uong|dung|mua) (thuoc )?(ha sot|giam dau|khang sinh|siro ho)\b.{0,10}\b(loai nao|loai gi|gi|nao)\b/u,
      // When or how much of a medicine to take ("thuốc huyết áp uống sáng hay tối thì tốt hơn").
      // ("đi ăn uống tôi hay đưa thẻ cho nhân viên quẹt" folds to the same words: eating out is no dose.)
      /(?<!\ban )\buong (buoi )?(sang|toi|trua|truoc|sau)\b.{0,20}\b(hay|tot)\b|\buong (luc nao|khi nao|may vien|bao nhieu vien)\b/u,
      // …or before or after a meal, the medicine named ("nên uống metformin trước hay sau bữa ăn").
      /\b(uong|dung)\b.{0,20}\b(truoc|sau) (hay|hoac) (truoc|sau)\b|\b(uong|dung)\b.{0,20}\b(truoc|sau) (bua an|khi an)\b/u,
      // Switching medicine on one's own ("thuốc uống mãi không đỡ, có nên tự đổi sang thuốc khác").
      /\b(co nen|nen) (tu )?(doi|chuyen) sang (thuoc|thuc pham chuc nang|dong y)\b|\buong mai khong (do|khoi)\b/u,
      // How long a course lasts ("kháng sinh uống mấy ngày thì khỏi").
      /\b(uong|uong thuoc|dung thuoc) (may|bao nhieu) ngay\b|\bmay ngay (thi |moi )?khoi\b/u,
    ],
    safeWith: [...SCAM_TOLD, 'ban thuoc', 'quang cao thuoc', 'chi tra', 'thanh toan', 'danh muc thuoc', 'cap thuoc'],
  },
  {
    // Borrowing: which app or bank lends fast and cheap, what a loan needs ("app nào cho vay nhanh lãi thấp", "vay qua app có
    // cần thế chấp"). A loan app told as a scam, or a fee asked up front, is the loan-app lesson's.
    // Offers that ask for the card's photos or a fee before paying out ("chỉ cần gửi ảnh cccd", "đóng phí trước mới giải
    // ngân") are the scam the lesson warns of.
    reason: 'prices',
    // Folded, a bare "vay" is also "vậy", so a loan is named by the words around it. A loan against a pension book
    // ("vay ngân hàng bằng sổ hưu") and how to borrow fast online are loans too.
    strong: ['bang so huu', 'the chap so huu', 'cam so luong huu', 'the chap so luong huu', 'so luong huu de vay', 'cam so huu', 'vay theo luong huu', 'vay bang luong huu', 'vay von ngan hang chinh sach', 'vay ngan hang chinh sach', 'vay von chinh sach'],
    strongPatterns: [/\b(lam sao|cach|lam the nao de) vay (tien )?(online|truc tuyen|nhanh)\b/u, /\b(app|ung dung) vay( tien| von)? nao\b.{0,40}\b(lai|the chap|nhanh|de)\b/u, /\bthe chap\b.{0,40}\b(de vay|vay ngan hang|vay duoc|vay tien)\b|\bvay (ngan hang|von ngan hang)\b.{0,80}\b(the chap|lai suat)\b/u, /\b(app|ung dung|ngan hang|ben) nao\b.{0,30}\b(cho vay|vay (tien|von|nhanh|online|tin chap|the chap|mua)|duyet nhanh|lai thap|lai suat thap)\b|\b(cho vay|vay (tien|von|nhanh|online|tin chap|the chap|mua|qua app))\b.{0,40}\b((app|ung dung|ngan hang|ben) nao|lai suat bao nhieu)\b/u],
    // "lua" typed bare is "lúa" (rice) as often as "lừa": a scam is told by SCAM_TOLD's longer phrases.
    safeWith: [...SCAM_TOLD, ...LOAN_FEE, 'giai ngan', 'can cuoc', 'cccd', 'gui anh', 'chup', 'co nen', 'co sao', 'quang cao', 'to roi', 'nguoi la', 'goi moi', 'nhan tin', 'nap tien', 'dat coc', 'link', 'doi no', 'khung bo', 'danh ba',
      // A bank refusing a mortgage over the old ID number on the title ("sổ đỏ ghi chứng minh thư 9 số").
      'chung minh thu', 'chung minh nhan dan', 'cmnd', 'so dinh danh', 'tu choi'],
  },
  {
    // Where to go on a trip ("làm xong hộ chiếu, đi Hàn Quốc tự túc 5 ngày nên đi chơi những chỗ nào"); a tour or a room
    // paid to a stranger is the travel scams' lesson.
    reason: 'general',
    strong: ['di choi nhung cho nao', 'nen di choi', 'di choi o dau', 'cho nao dep', 'dia diem du lich', 'du lich tu tuc'],
    // A camera fine caught on the trip, paid from home ('bị phạt nguội lúc đi du lịch, đóng phạt ở nơi cư trú được không').
    safeWith: [...SCAM_TOLD, 'tour', 'dat phong', 've may bay', 'coc', 'phat nguoi', 'nop phat', 'dong phat'],
  },
  {
    // A room's rent ("thuê phòng trọ khu Cầu Giấy giá bao nhiêu một tháng", "thuê phòng trọ … để tạm trú giá bao nhiêu") or a
    // wedding's restaurant ("đặt tiệc cưới ở nhà hàng nào rẻ mà ngon", "tổ chức tiệc cưới ở nhà hàng hay ở nhà cho tiết
    // kiệm"), even asked after registering a stay or a marriage.
    reason: 'prices',
    strongPatterns: [
      /\b(thue|gia) phong tro\b.{0,30}\bbao nhieu\b|\bcho thue\b.{0,10}\bbao nhieu tien\b.{0,20}\b(hop ly|la vua|moi thang|1 thang|mot thang)\b|\bthue (phong|nha|tro|can ho)\b.{0,50}\bgia (bao nhieu|khoang|tam|re)\b/u,
      /\b(dat|to chuc) tiec cuoi\b.{0,40}\b(nha hang|o dau|re|ngon|tiet kiem)\b/u,
    ],
    safeWith: [...SCAM_TOLD, 'dat coc', 'chuyen coc'],
  },
  {
    // Which way of paying a shop gives the bigger discount ("thanh toán khi nhận hàng hay chuyển khoản thì được giảm giá
    // nhiều hơn"): a shop's offer; a discount code sent by a stranger is the shopping scams'.
    reason: 'prices',
    strong: ['giam gia nhieu hon', 'duoc giam nhieu hon', 'duoc giam gia nhieu'],
    safeWith: [...SCAM_STORY, 'link', 'ma giam gia'],
  },
  {
    // How long a court case takes ("đang kiện ra tòa thì bao lâu có kết quả"), even a case about a scam; custody and a
    // parent's visits after a divorce ("vợ cũ đưa con vào Sài Gòn, có cản trở quyền thăm con không"): for the court or a
    // lawyer.
    reason: 'general',
    strong: ['quyen tham con', 'can tro tham con', 'quyen nuoi con', 'gianh quyen nuoi', 'nguoi truc tiep nuoi con'],
    // A parent given custody changing the child's surname or residence is civil status.
    strongPatterns: [/\b(kien ra toa|dang kien|toa xu|xet xu)\b.{0,30}\b(bao lau|khi nao|may thang)\b/u,
      // Whether a suit would be won, its court fee, or the petition drafted ("kiện ra tòa có thắng không, viết giùm đơn
      // khởi kiện"); money sent by mistake and not returned is the lesson's.
      /\b(kien|khoi kien)\b.{0,40}\b(co thang|thang khong|thang duoc|an phi)\b/u,
      /\b(soan|viet|lam)\b( giup| gium| ho| dum)?( \S+){0,2} don (khoi )?kien\b|\b(kien ra toa|khoi kien)\b.{0,25}\b(lam|viet|soan) don\b/u],
    safeWith: ['chuyen nham', 'nhan nham', 'nham tai khoan', 'nham so', 'chuyen lon', 'lay lai tien', 'trinh bao', 'to giac', 'doi ho', 'thay doi ho', 'khai sinh', 'ho tich', 'thuong tru', 'tam tru', 'tach khau', 'nhap khau'],
  },
  {
    // What to eat after giving birth or to lose weight ("nghỉ thai sản, ăn gì cho nhiều sữa", "giảm cân nhanh thì ăn gì"):
    // a doctor's advice, whatever benefit the mother is on. A slimming product sold by a stranger is the fake-ads scam.
    reason: 'health',
    strong: ['an gi cho', 'nen an gi', 'an gi de', 'giam can', 'loi sua', 'nhieu sua', 'mat sua', 'it sua'],
    // Which brand of formula or nappies is good ("làm khai sinh xong, nên cho bé uống sữa bột hãng nào"), whatever paper
    // was dealt with before.
    strongPatterns: [/\b(sua bot|sua cong thuc|sua cho be|bim|ta dan|ta quan)\b.{0,30}\b(hang|hieu|loai) (nao|gi)\b/u],
    safeWith: [...SCAM_STORY, 'quang cao', 'ban hang', 'livestream'],
  },
  {
    // Whether an office is hiring ("BHXH tỉnh có đang tuyển nhân viên không, em mới tốt nghiệp kế toán"), or a job found
    // for someone out of work ("đang thất nghiệp, giới thiệu việc làm lương 10 triệu"): a job search, not a benefit. A job
    // that asks for a fee first is the job scams' lesson.
    reason: 'general',
    // A CV or an application letter written for someone, and a company asked for that takes someone on.
    any: ['viet cv', 'lam cv', 'cai cv', 'thu xin viec', 'don xin viec', 'cong ty nao nhan', 'cty nao nhan'],
    // Where to look for work ('tìm việc bảo vệ nên tìm trên trang nào'); the monthly job-search report of the unemployment
    // benefit ('báo tìm việc hằng tháng ở đâu') is the benefit's.
    patterns: [/\bco viec gi\b.{0,30}\b(luong cao|lam o nha|lam tai nha)\b/u, /\btim viec\b(?! hang thang)(?!.{0,25}\bhang thang\b).{0,60}\b(trang nao|app nao|ung dung nao|o dau|cho nao|ban thoi gian)\b/u],
    strong: ['dang tuyen', 'tuyen nhan vien', 'tuyen dung nhan vien', 'gioi thieu viec lam luong', 'gioi thieu cho viec', 'tim giup viec lam', 'tim giup cong viec', 'cho nao tuyen', 'tim giup em cho lam', 'tim giup cho lam', 'cho lam luong cao'],
    safeWith: [...SCAM_STORY, ...JOB_FEE, 'phi', 'coc', 'nop tien', 'nap tien', 'chuyen tien', 'kich hoat', 'viec nhe luong cao', 'cong tac vien', 'khong can kinh nghiem', 'nuoc ngoai', 'trung tam dich vu viec lam', 'tro cap that nghiep',
      // Paid seats at a seminar that sells an investment ('đăng tuyển người dự hội thảo, trả 200 nghìn').
      'hoi thao'],
  },
  {
    // A phone case that holds the identity card ("ốp lưng có ngăn kẹp thẻ căn cước, mua ở đâu rẻ"): shopping.
    reason: 'device',
    strong: ['op lung', 'bao da dien thoai', 'op dung the', 'vi hay op'],
    // Whether the case must come off to read the card's chip is the VNeID lesson's.
    safeWith: [...SCAM_STORY, 'chip', 'nfc', 'quet', 'vneid'],
  },
  {
    // A ticket's fare ("giá vé máy bay đi Đà Nẵng dịp Tết bao nhiêu"), even asked with how to pay it; tickets sold by a
    // stranger are the travel scams'.
    reason: 'prices',
    // …or a cheap one asked for ('trên dịch vụ công có bán vé máy bay không, cần vé đi Đà Nẵng giá rẻ').
    strongPatterns: [/\bgia ve (may bay|tau|xe)\b.{0,40}\bbao nhieu\b|\b(can|tim) ve\b.{0,30}\bgia re\b/u],
    safeWith: [...SCAM_TOLD, 've gia', 'nguoi la', 'link', 'chuyen coc', 'tai khoan ca nhan'],
  },
  {
    // When a trip is best ("làm xong hộ chiếu, tháng mấy đi Nhật ngắm hoa anh đào đẹp nhất"), studying for an exam ("ôn
    // thi vào lớp 10 môn toán"), a job to take on at home ("nghỉ thai sản, có việc gì làm online kiếm thêm"): asked beside
    // a paper or a benefit already dealt with. A job offer told as a scam, or checked before paying, stays in scope.
    reason: 'general',
    strong: ['ngam hoa', 'hoa anh dao'],
    strongPatterns: [
      /\bthi vao lop \d+\b.{0,20}\b(may mon|mon gi|mon nao|bao nhieu diem|diem chuan)\b|\bon thi\b.{0,30}\b(mon|hieu qua|cach on)\b/u,
      /\b(thang may|thang nao|mua nao)\b.{0,25}\b(dep nhat|dep|dong khach|re nhat)\b/u,
      /\bviec (gi|nao)\b.{0,20}\b(lam online|lam them|kiem them|lam tai nha)\b/u,
      // …or a way to earn ('đang nghỉ thai sản ở nhà, có cách nào kiếm thêm tiền online không').
      /\b(cach nao|lam sao|lam gi)\b.{0,15}\bkiem (them )?(tien|thu nhap)\b/u,
    ],
    safeWith: [...SCAM_TOLD, 'nap tien', 'dat coc', 'dong phi', 'co that', 'uy tin', 'an toan', 'bang lai', 'lai xe', 'sat hach'],
  },
  {
    // What a job earns ("làm tài xế giao hàng công nghệ thu nhập một tháng khoảng bao nhiêu"), unless asked for the
    // insurance one pays on it.
    reason: 'general',
    strongPatterns: [/\bthu nhap (mot |1 |moi )?thang\b.{0,20}\bbao nhieu\b/u],
    safeWith: [...SCAM_TOLD, 'bao hiem', 'ho ngheo', 'can ngheo', 'tro cap', 'luong huu', 'muc dong'],
  },
  {
    // Which vaccine to give a baby first ("làm giấy khai sinh xong, nên cho bé tiêm vaccine gì trước").
    reason: 'health',
    strongPatterns: [/\btiem (vaccine|vac xin|phong)\b.{0,20}\b(gi|nao|mui nao)\b|\b(vaccine|vac xin) (gi|nao)\b/u],
    safeWith: [...SCAM_TOLD, 'so suc khoe', 'so tiem', 'lich su tiem', 'vneid'],
  },
  {
    // A leak at home and the tradesman to fix it ("trần nhà vệ sinh bị thấm nước, gọi thợ nào sửa").
    reason: 'general',
    strong: ['tham nuoc', 'bi tham', 'chống thấm', 'goi tho nao', 'tho nao sua', 'sua mai nha', 'mai nha bi', 'lop lai mai', 'sua nha o dau', 'cong ty sua nha', 'bị dột', 'dot mai', 'mua ton', 'lop ton'],
    // A paper soaked through the leak ('nhà dột, giấy chứng nhận kết hôn bị ướt nát') is to be issued again.
    safeWith: [...SCAM_TOLD, 'mat khau', 'luu tru', 'ngu nho', 'o nho', 'giay chung nhan', 'giay to', 'ban chinh', 'giay khai sinh', 'so do', 'bi uot', 'uot nat'],
  },
  {
    // Looking good in an ID photo ("chụp ảnh thẻ làm hộ chiếu nên trang điểm, mặc áo màu gì cho đẹp"), putting savings into
    // Bitcoin, a husband who will not share his pension: advice the knowledge does not give. A coin "platform" pushed in a
    // group or an app is the investment scam's lesson.
    reason: 'general',
    // A cream for wrinkles seen in the card's photo ("chụp ảnh thẻ thấy mặt già quá, có kem nào trị nếp nhăn").
    strong: ['mua bitcoin', 'chiu chia', 'khong chiu dua tien', 'khong chiu dua luong', 'chiu dua tien', 'nep nhan', 'kem duong', 'kem nao', 'tri mun', 'tri nam'],
    strongPatterns: [/\b(mau gi|mau nao)\b.{0,20}\b(cho dep|dep nhat|an anh)\b|\btrang diem\b.{0,30}\b(cho dep|mau gi)\b/u],
    safeWith: [...SCAM_TOLD, 'san', 'nhom', 'zalo', 'facebook', 'telegram', 'link', 'app', 'ung dung', 'nap', 'hoa hong', 'lai', 'rut', 'vip', 'ru'],
  },
  {
    // Which hospital or doctor is the best ("bệnh viện nào có bác sĩ mổ tim giỏi nhất"), even from one whose BHYT card is
    // in VNeID.
    reason: 'health',
    strongPatterns: [/\b(benh vien|bac si|phong kham)\b.{0,40}\b(gioi nhat|tot nhat|uy tin nhat)\b/u],
    safeWith: SCAM_STORY,
  },
  {
    // Fixing a phone, a computer, the wifi or a game account: they share words with the topics ("mật khẩu wifi",
    // "tài khoản game bị hack", "điện thoại chậm") but the knowledge is about papers, public services, payment and
    // scams. A scam told with them ("bị lừa nạp game mất tiền") stays in scope.
    reason: 'device',
    strong: [
      'mat khau wifi', 'pass wifi', 'mk wifi', 'doi mat khau wifi', 'cuc phat wifi', 'modem', 'router', 'wifi yeu', 'song wifi', 'wifi cham', 'mang cham', 'mang bi yeu', 'mang qua yeu', 'mang rat yeu',
      // A slow phone to be wiped and set up again ('máy bị virus hay sao mà chạy chậm, cài lại máy như nào').
      'chay cham', 'cai lai may', 'diet virus', 'khoi phuc cai dat goc',
      'lag', 'giat lag', 'bi do may', 'do may qua', 'treo may', 'may bi do', 'dien thoai bi do', 'hao pin', 'pin yeu', 'chai pin', 'thay pin', 'sac khong vao', 'thay man hinh', 'vo man hinh',
      'bo nho day', 'day bo nho', 'giai phong bo nho', 'du dung luong', 'het dung luong', 'dung luong bo nho', 'sim sap het han', 'han su dung sim', 'gia han them bao nhieu ngay', 'giai phong dung luong', 'sac pin khong vao', 'sua cho re', 'man hinh chap chon', 'tang song', 'kich song', 'goi noi mang', 'goi ngoai mang', 'tang toc', 'don rac', 'cai lai win', 'cai win', 'up rom', 'root may', 'virus may tinh', 'may tinh cham', 'dien thoai cham',
      'hong camera', 'camera bi mo', 'camera chup mo', 'hu camera', 'camera bi hu', 'sua camera', 'thay camera', 'sua dien thoai',
      // "hỏng camera" typed "hong camera" reads as "không camera".
      'khong camera',
      'camera an ninh', 'camera wifi', 'camera giam sat', 'camera nha', 'camera hanh trinh',
      'man hinh soc', 'bi soc man hinh', 'soc xanh', 'loi man hinh', 'sua o dau re', 'sua dau re', 'sua dien thoai o dau', 'mua dien thoai nao', 'nen mua dien thoai nao', 'nen mua dien thoai gi', 'dien thoai nao tot', 'dien thoai nao chup', 'nen mua may nao', 'mua may nao', 'chup anh co dep', 'chup anh dep khong', 'cong sac', 'chan sac', 'cam sac', 'cuc sac', 'cu sac', 'day sac', 'sac bi nong', 'nong khi sac', 'may bi nong', 'dien thoai bi nong', 'pin khong len', 'khong len pin', 'sac khong len', 'khong vao pin', 'sac khong vao pin', 'sac mai khong', 'chon may nao', 'nen chon dien thoai', 'chon dien thoai nao', 'acc game', 'tai khoan game', 'nick game', 'nap game', 'nap kim cuong', 'game',
      'goi cuoc', 'goi data', 'dang ky 4g', 'dang ky 5g', 'goi 4g', 'goi 5g', 'dung luong data', 'het data', 'cap quang', 'lap wifi', 'lap mang', 'lap internet', 'goi internet', 'hong pin', 'pin chi len', 'mo khoa bang van tay', 'cam bien van tay', 'cai dat van tay', 'cai van tay', 'them van tay', 'chuyen vung quoc te', 'roaming', 'sim du lich', 'song 2g', 'cuc gach', 'chuyen danh ba', 'toan bo danh ba', 'danh ba va anh', 'tat tu dong cap nhat', 'tu tai cap nhat', 'ton data', 'gioi han thoi gian dung', 'chan youtube', 'dong bo danh ba', 'sao chep danh ba', 'copy danh ba', 'mua dien thoai cu', 'mua may cu', 'dien thoai cu da qua su dung',
      'ket sat', 'khoa cua', 'khoa van tay cua', 'tho khoa', 'qr wifi', 'qr cho wifi', 'ma qr wifi', 'wifi nha', 'chia se wifi',
      'mat khau windows', 'mat khau dang nhap windows', 'cai lai windows', 'nen chon loai nao', 'dien thoai chu to', 'app hoc truc tuyen cua truong', 'tai khoan goc', 'kiem tra tai khoan goc',
      'sim dep', 'so dep de nho', 'doi sang android', 'doi sang iphone', 'tu iphone sang android', 'tu android sang iphone',
      // A phone's screen lock, a smart TV's apps, a desktop that shuts itself down, credit borrowed from the carrier.
      'quen mat khau man hinh', 'mo khoa bang khuon mat', 'mo khoa khuon mat', 'face id', 'quen ma mo khoa', 'quen mk man hinh', 'quen pass man hinh', 'quen ma khoa man hinh', 'quen hinh mo khoa', 'smart tv', 'tivi', 'ti vi', 'android tv', 'may tinh ban', 'quat tan nhiet', 'tu tat may', 'hay tu tat', 'gia han them ngay', 'ung tien nha mang', 'ung tien dien thoai', 'ung tien tu nha mang', 'ung data',
      'app hoc tap', 'ung dung hoc tap', 'tai khoan hoc tap',
      // Probe 24's: a Windows password, a school's learning platforms, a home internet bill, a SIM's balance code.
      'mat khau win', 'mk win', 'pass win', 'vnedu', 'cuoc internet', 'hoa don internet', 'cuoc wifi', 'cuoc tra sau', 'thue bao tra sau', 'tien cuoc dien thoai', 'hoa don dien thoai', 'kiem tra tai khoan sim', 'bam so gi',
    ],
    // Paying for a laptop by card with a surcharge ('cà thẻ bị thu thêm 2%') is a card payment, not the machine.
    notWith: ['ca the', 'quet the', 'phi quet the', 'phi ca the', 'phu phi'],
    // A phone dropped in water or taken for repair; beside a core word ("thẻ căn cước ngâm nước") it stays in scope.
    any: ['roi xuong nuoc', 'rot xuong nuoc', 'roi vao nuoc', 'bi vao nuoc', 'ngam nuoc', 'khong len nguon', 'cuu du lieu', 'khoi phuc du lieu', 'tiem sua',
      // A computer's or a phone's own fault or update ("laptop báo màn hình xanh", "có nên lên iOS mới"), the coverage of
      // a network ("mạng 5G có ở quê chưa").
      'man hinh xanh', 'tu khoi dong lai', 'may tinh xach tay', 'laptop', 'len ios', 'cap nhat ios', 'ios moi', 'cap nhat android', 'cham may', 'hay bi do', 'may bi do', 'bi do may', 'treo may', 'bi lag', 'giat lag', 'mang 5g', 'song 5g', 'mang 4g', 'song 4g', 'phu song',
      // A weak signal, a touch screen that froze, a swollen battery, a phone that shuts down, a school app that crashes,
      // a top-up locked after wrong card codes, a plan for calling abroad.
      'song dien thoai yeu', 'rot cuoc goi', 'do cam ung', 'liet cam ung', 'loi cam ung', 'pin bi phong', 'phong pin', 'sap nguon', 'mat het du lieu', 'app hoc truc tuyen', 'ung dung hoc truc tuyen', 'khoa nap', 'nap the sai', 'nhap sai ma the', 'goi goi quoc te', 'dang ky goi quoc te',
      // A copy of Windows not activated; a keyboard that will not type Vietnamese.
      'windows', 'ban quyen', 'phong to chu', 'chu nho qua', 'app bi vang', 'bo go', 'go tieng viet', 'laban key', 'gboard', 'pin trau',
      // Moving or backing up a phone's photos ("chuyển ảnh sang máy tính bằng dây cáp").
      'day cap', 'cap usb', 'chuyen anh', 'sao luu anh', 'anh sang may tinh', 'anh vao may tinh',
      // A phone that froze or whose screen stays dark ('điện thoại Samsung bị đơ, không lên màn hình').
      'khong len man hinh', 'man hinh khong len', 'den man hinh', 'man hinh den'],
    strongPatterns: [
      // A camera gone blurry or broken, or replaced ("thay cam"): a repair, however it is typed around it.
      /\bcamera\b.{0,30}\bbi (mo|hu|nhoe|vo)\b/u,
      /\bthay (cam|camera)\b/u,
      // A SIM with a number easy to remember ("sim 10 số đẹp mua ở đâu").
      /\bsim\b.{0,12}\bso dep\b/u,
      // A phone that heats while charging or playing ("nóng ran khi sạc").
      /\bnong\b.{0,10}\bkhi (sac|choi game|luot|xem)\b/u,
      // A phone to buy within a budget ("mua đt tầm 5 triệu").
      /\b(mua|chon|tu van)\b.{0,30}\b(may|dien thoai|dt)\b.{0,30}\b(tam|duoi|khoang|tren) \d+\s*(tr|trieu|cu)\b/u,
      // Moving a number to another carrier ("chuyển từ mạng Viettel sang Mobi giữ nguyên số").
      /\b(chuyen|doi)\b.{0,20}\bmang\b.{0,40}\b(giu (nguyen )?so|sang (viettel|mobi\w*|vina\w*|vietnamobile|itel))\b/u,
    ],
    // Children's gaming time is a topic of the online-safety lesson, and so is a stranger who befriends a child in a game
    // ("kẻ xấu làm quen trong game, dụ gửi video"); a card charged for a game is a fraud.
    // A call selling a data plan that ends with the SIM cut ("người gọi mời gói 5G, soạn tin gửi 901, mất sóng") is a scam.
    // A son's face on a video call asking for money, seen while watching TV, is the deepfake scam.
    safeWith: [...SCAM_TOLD, ...REMITTANCE_OFFER, 'chuyen gap', 'goi video', 'co nen chuyen', 'chuyen tien', 'chuyen tien ve', 'gui tien ve', 'deepfake', 'otp', 'vneid', 'dinh danh', 'muc 2', 'can cuoc', 'cccd', 'chip', 'dich vu cong', 'ngan hang', 'sinh trac', 'tru tien', 'bi tru', 'lay the', 'lay tien', 'nguoi la', 'ke xau', 'ke gian', 'lam quen', 'du do', 'du tre', 'du con', 'tong tien', 'tre em', 'hoc sinh', 'duoi 18', 'gioi han', 'quy dinh', 'luat nao', 'nguoi goi', 'gọi báo', 'gọi mời', 'goi dien moi', 'soan tin', 'mat song', 'tu gia han', 'tu dong gia han', 'thu hoi so', 'bi thu hoi', 'dich vu gia tri gia tang', 'tu dang ky', 'lương', 'luong cao', 'muc luong', 'nhan luong', 'viec lam', 'dan con', 'hua tang', 'tang do', 'tuyển', 'tuyển dụng', 'tuyển người', 'tuyển nhân viên', 'tuyển lao động', 'tuyển ctv', 'tuyển cộng tác viên', 'lien ket the', 'het sach tien', 'tien tiet kiem', 'qua ao', 'tang qua', 'than tuong', 'tu tai khoan', ...CARD_PHISHING, ...CHILD_SPENDS_PARENTS,
      // A child threatened over a game account and made to pay ('đe dọa phải chuyển tiền chuộc').
      'de doa', 'tien chuoc', 'chuoc lai', 'lay lai tien', 'lay lai duoc tien',
      // A caller claiming an unpaid phone bill ('báo nợ cước, thuê bao bị khóa trong 2 giờ') is a scam.
      'no cuoc', 'doi tien cuoc', 'tai khoan ca nhan',
      // A phone that acts by itself and is feared to be run by someone else ('có phải bị ai điều khiển từ xa không').
      'ai dieu khien', 'bi dieu khien', 'ma doc', 'bi cai',
      // A code sent to the phone handed to a stranger for free game gems: the account-theft scam.
      'ma vua gui', 'gui ma', 'doc ma', 'tang kim cuong', 'kim cuong mien phi',
      // A television "won" in a message that asks for a click and a shipping fee is the prize scam.
      'trung thuong', 'bam vao link', 'bam link', 'phi ship', 'phi van chuyen',
      // A game's scams told by a parent: a child blackmailed with pictures, a top-up site that took the money, a middleman's
      // deposit, a "task" that pays commission, a modded game sent as an APK, a parent's card charged, screen-time controls.
      'doa tung', 'nhay cam', 'tong tien', 'khong thay gi', 'co that khong', 'that hay gia', 'trung gian', 'tien coc', 'coc truoc', 'nhiem vu', 'hoa hong', 'apk', 'the tin dung', 'google play', 'kiem soat', 'gio choi', 'nap tien vao', 'ma gui ve'],
  },
  {
    // What a photo studio charges for ID photos ("chụp ảnh thẻ 3x4 ở tiệm bao nhiêu tiền"): a shop's price, unless the
    // photo is asked for a paper's own file or fee.
    reason: 'prices',
    strongPatterns: [/\b(anh the|chup anh)\b.{0,40}\b(bao nhieu tien|gia bao nhieu|het bao nhieu|mat bao nhieu|gia ca)\b/u],
    safeWith: [...SCAM_STORY, 'ho chieu', 'passport', 'can cuoc', 'cccd', 'vneid', 'dich vu cong', 'le phi', 'thi thuc', 'visa'],
  },
  {
    reason: 'prices',
    // A bill that rose told with a link or an app sent to fix it is the fake power company's scam.
    // Stocks pushed in a chat group with a promised return, or a platform's licence asked: the investment scam's checks.
    notWith: ['gui link', 'link cai', 'mang ten dien luc', 'app dien luc', 'ung dung dien luc', ...INVESTMENT_BAIT, ...PHONE_CARD_CODE,
      ...SLIP_COMES],
    // A floating rate, a charging post's price (even paid by QR).
    // Which card pays the most back ("thẻ tín dụng hoàn tiền nào tốt nhất") is a product's choice.
    // A vehicle's on-road price ('xe SH giờ giá lăn bánh bao nhiêu').
    strong: ['gia lan banh', 'nao khuyen mai', 'khuyen mai nhieu', 'nhieu khuyen mai', 'khuyen mai nhat', 'the tin dung hoan tien', 'the hoan tien nao', 'the nao tot nhat', 'tu dong quay vong', 'quay vong ky moi', 'tai tuc', 'so tiet kiem het han', 'so tiet kiem den han', 'tiet kiem den han', 'bao hiem tien gui', 'ngan hang bi pha san', 'ngan hang pha san', 'lai suat tha noi', 'tha noi', 'tru sac', 'tram sac', 'sac xe dien', 'vang sjc', 'vang nhan', 'mua vang', 'chi vang', 'tich diem', 'chiet khau', 'the tin dung nao', 'hoan tien nhieu', 'loai nao ben', 'loai nao tot', 'ví da', 'ngan hang nao tot', 'ngan hang nao han muc', 'han muc cao nhat', 'lai suat thap nhat', 'mo the tin dung ngan hang nao', 'the tin dung ngan hang nao', 'lai suat vay', 'vay mua nha', 'vay the chap', 'vay mua xe', 'lai suat ngan hang', 'western union', 'moneygram', 'phi chuyen tien quoc te', 'lai suat gui tiet kiem', 'lai suat tiet kiem', 'lai suat cao nhat', 'gui tiet kiem ngan hang nao', 'lai cao nhat', 'lai thap nhat', 'tra gop ngan hang nao', 'mua xe tra gop', 'mua xe may tra gop', 'mua tra gop can', 'ngan hang nao lai', 'ky han', 'gia vang', 'chung khoan', 'cổ phiếu', 'chung chi quy', 'tai khoan so dep', 'vay tin chap', 'vay mua o to', 'tra gop 0', 'lai the tin dung', 'lai suat the tin dung', 'du no the tin dung', 'tra cham du no', 'lai cao hon', 'duoc lai cao', 'shopee hay lazada', 'lazada hay shopee', 'ben nao re hon', 'cai nao re hon', 'cho nao re hon', 'noi nao re hon', 'phi re nhat', 'phi thap nhat', 'ngan hang nao re', 'ngan hang nao phi'],
    // Stock tips pushed by strangers ("bị thêm vào nhóm Room VIP", "gọi mời đầu tư") are the investment scam.
    // A message or an email claiming money sent by Western Union, with a link to claim it, is phishing.
    // Gold ordered online from a shop's page or app and never delivered ('đặt mua vàng online, chuyển khoản rồi không nhận được').
    safeWith: [...SCAM_STORY, ...REMITTANCE_OFFER, ...INVESTMENT_BAIT, ...SLIP_COMES, 'vang tich tru online', 'tich xanh', 'khong nhan duoc vang', 'chua nhan duoc vang', 'link', 'nhan la', 'gui email', 'an toan khong', 'co an toan', 'moi dau tu', 'goi moi', 'nhom dau tu', 'len vip', 'bi chan', 'chuyen coc', 'khoan coc', 'tien coc', 'tien ao', 'san giao dich', 'tin duoc khong', 'mat von',
      // Gold sold in groups below the shops' price: the gold scam, not a price asked.
      'khong qua trung gian', 're hon gia niem yet', 'thap hon gia niem yet', 'day dau tu',
      // A shop's name borrowed by a Facebook page that takes payment before delivery: the fake-shop scam.
      'trang facebook mang ten', 'fanpage mang ten', 'chuyen khoan truoc', 'chuyen tien truoc', 'lo chuyen', 'im lang',
      // A loan's paperwork at the commune or an app lender's harassment: not a rate asked.
      'doc than', 'tinh trang hon nhan', 'doi no', 'app vay', 'vay app', 'vay online',
      // Money put in a scheme and not paid back ("ủy thác … không rút ra được, làm sao lấy lại tiền").
      'lay lai tien', 'uy thac', ...PHONE_CARD_CODE,
      // A loan or a card opened in one's name with a stolen ID ('kiểm tra có khoản vay, thẻ tín dụng nào đứng tên mình').
      'dung ten minh', 'dung ten toi', 'anh can cuoc', 'chua tung mo', 'chua he mo', 'khong he mo'],
    // A water or power meter; closing a savings book early.
    any: ['lon giong', 'heo giong', 'ga giong', 'vit giong', 'bo giong', 'dong ho nuoc', 'dong ho dien', 'rut truoc han', 'tat toan truoc han', 'mat het lai', 'mat lai', 'chung khoan', 'cổ phiếu', 'vn index', 'vnindex', 'gia ca thi truong', 'lai suat gui tiet kiem', 'gui tiet kiem', 'tinh tien lai', 'tien lai tiet kiem', 'ma giam gia', 'khuyen mai', 'san sale', 'voucher', 'bac thang', 'bieu gia dien', 'tinh tien dien', 'o to cu', 'oto cu', 'mua o to',
      // Charging an electric vehicle.
      'sac day pin', 'sac xe'],
    patterns: [
      // "giá lúa hôm nay" but not a "tin nhắn giả lừa": the pattern reads folded words, where "giả" is "giá".
      /\bgia (vang|xang|dau|bac|dien|lua(?= (gao|hom nay|tuoi|kho|vu|mua|bao nhieu|tang|giam|nam nay|thang|tuan))|gao|heo|lon|ca phe|tieu|sau rieng|dat|nha|chung cu|bitcoin|usd|do la|coin|co phieu|thit|rau|xe|iphone|ip|dien thoai)\b/u,
      /\bthi truong (vang|chung khoan|bat dong san)\b/u,
      // A power bill's amount from the meter ("300 số điện tính ra bao nhiêu").
      /\b\d+\s*(so|kwh) dien\b(?! thoai)|\bkwh\b/u,
      // A bill that rose ('tiền điện tháng này tăng gấp đôi').
      /\btien (dien|nuoc)\b.{0,30}\btang\b/u,
      // What a parcel costs to send ("gửi thùng hàng qua bưu điện hết bao nhiêu"); a shipper's fee is often a scam's.
      /\b(gui|chuyen)\b.{0,60}\bqua (buu dien|chuyen phat nhanh|viettel post|vnpost)\b.{0,30}\bbao nhieu\b/u,
      // A courier's rate asked outright ('phí chuyển phát nhanh 10 ký vào Sài Gòn hết bao nhiêu').
      /\b(phi|cuoc|gia cuoc|tien) (chuyen phat( nhanh)?|ship|giao hang|van chuyen|gui hang)\b.{0,60}\b(bao nhieu|may tien)\b/u,
      // A room to rent looked for ('quanh khu công nghiệp có phòng trọ nào giá dưới 2 triệu'); a deposit sent for one is the
      // rental scam's, kept by its core words.
      /\b(co|tim|kiem|can thue|muon thue|chi) (cho )?(phong tro|nha tro|phong)\b.{0,20}\b(nao|o dau)\b.{0,30}\b(gia|re|duoi)\b|\bphong tro\b.{0,30}\bgia (duoi|tam|khoang|re|bao nhieu)\b/u,
      // A water bill by the cubic metre ("nhà 5 người dùng 20 khối").
      /\b\d+\s*(khoi|m3)\b|\btinh theo (khoi|m3|so dien|bac)\b/u,
      /\b(tien|hoa don( tien)?) (dien|nuoc)\b.{0,30}\b(cao bat thuong|cao qua|tang vot|tang manh)\b/u,
      // "thật hay giả thế nào", "quốc gia" fold to the same word as a price; "giá trị gia tăng", "gia hạn", "gia đình" are none.
      /(?<!\b(that hay|hay|quoc|la|nghi|dung) )\bgia (?!(tri|tang|han|dinh)\b).{0,20}\b(hom nay|bao nhieu|the nao)\b/u,
      /\b(mua|ban) .{0,25}\b(o dau|cho nao) (re|uy tin|chinh hang)\b/u,
      /\b(mua|ban) .{0,20}\b(re|uy tin|chinh hang)\b/u,
      /\b(loai|hang|hieu|mau) nao (ben|tot|dep|re)\b/u,
      // Which of two products is better ("Viettel Money với MoMo cái nào tốt hơn"); "VNeID mức 1 với mức 2" names a core topic.
      /\bcai nao (tot|loi|re|hay|ngon|uy tin) hon\b/u,
      // A fare or a timetable; whether a ticket seller is real is the scams topic.
      // "mẹ già về ở với con" folds to the same words as a fare.
      /(?<!\b(quoc|me|bo|ba|ong|cha|nguoi|ma|cu) )\bgia ve\b(?! (o|voi|que|song|nha|day)\b)|\bve (may bay|tau|xe)\b.{0,40}\b(bao nhieu|may gio|luc may gio|gio nao|luc nao|re nhat)\b/u,
    ],
    // Even beside core words:
    strongPatterns: [
      // where to put savings or a pension ('nên đầu tư vàng hay bất động sản'; property adverts in spam calls stay),
      /\b(nen|co nen)\b.{0,30}\b(bat dong san|mua dat)\b/u,
      // a loan's rate ("vay 50tr app ngân hàng lãi suất bn"),
      /\bvay\b( \S+){0,6} lai suat\b.{0,25}\b(bao nhieu|nhieu khong|cao khong)\b/u,
      // which bank to keep savings in,
      /\b(gui|so) tiet kiem\b.{0,60}\b(an toan hon|lai cao|lai hon|loi hon|lai suat)\b/u,
      // a credit card's late interest and fees, or which card to open,
      /\bthe tin dung\b.{0,60}\b(lai|phi phat|lai phat|phi thuong nien)\b.{0,30}\bbao nhieu\b|\bthe (ghi no|tin dung) (hay|vs|va|voi) the (tin dung|ghi no)\b/u,
      /\bthe tin dung\b.{0,30}\b(tre han|tra cham|cham tra|qua han thanh toan)\b/u,
      // what limit a new card gets,
      /\bmo the tin dung\b.{0,40}\bhan muc\b.{0,15}\b(bao nhieu|bn)\b/u,
      // what a card's yearly fee is ('phí thường niên thẻ ATM bao nhiêu'),
      /\bphi thuong nien\b.{0,40}\b(bao nhieu|het bao nhieu|mat bao nhieu|duoc mien|mien phi)\b/u,
      // which bank waives it ('mở thẻ tín dụng ở ngân hàng nào thì được miễn phí thường niên'),
      /\bmien phi thuong nien\b|\b(mo|lam) the\b.{0,25}\bngan hang nao\b/u,
      // a loan's monthly interest,
      /\bvay\b.{0,40}\blai (bao nhieu|bn)\b/u,
      // a private loan's monthly rate ('cho tôi vay 5 triệu, lãi bao nhiêu một tháng'),
      /\blai (bao nhieu|bn) (mot|1|moi) thang\b/u,
      // the cheapest or best phone plan, even to be paid from a bank app,
      /\b(goi cuoc|goi 4g|goi 5g|goi data|goi mang)\b.{0,40}\b(re nhat|nao re|nao tot|nao nhieu|bao nhieu tien|nao loi|loi hon|re hon)\b/u,
      // an exchange rate ("công ty, giá" folds to the same words),
      /(?<!\bcong )\bt[yi] gia\b/u,
      // money exchanged,
      /\bdoi\b.{0,15}\b(do la|do|dola|usd|yen|euro|won|nhan dan te|te)\b.{0,40}\b(bao nhieu|ty gia|ti gia)\b/u,
      // interest worked out,
      /\b(tinh giup|tinh dum|tinh ho|tinh xem)\b.{0,80}\blai\b/u,
      /\bgui\b.{0,30}\blai\b.{0,40}\b(duoc bao nhieu|bao nhieu tien)\b/u,
      // what a ticket costs, even one sold in a bank app ("vé đi Đà Nẵng tháng 1 giá bao nhiêu"),
      /\bve (may bay|tau|xe|di)\b.{0,40}\b(gia bao nhieu|het bao nhieu|bao nhieu tien)\b/u,
      // where a ticket is cheap or easy to get ("đặt vé tàu online trang nào rẻ").
      /\bve (may bay|tau|xe)\b.{0,40}\b(trang nao|app nao|ung dung nao|o dau|cho nao|hang nao|nha xe nao)\b.{0,20}\b(re|de mua|con ve|gia tot)\b/u,
      // what an installment purchase costs up front ("mua iPhone trả góp bằng căn cước trả trước bao nhiêu phần trăm"),
      /\btra gop\b.{0,40}\b(phan tram|tra truoc|lai suat|bao nhieu|may thang|ky han)\b/u,
      // what a room or a house rents for ('giá thuê phòng trọ gần Bách khoa bao nhiêu một tháng'),
      /\bgia thue (phong|nha|tro|can ho|mat bang)\b|\b(tien|gia) (phong tro|thue tro|thue phong|thue nha)\b.{0,40}\b(bao nhieu|khoang|tam)\b/u,
      // help with a power or water bill ("hộ nghèo được hỗ trợ tiền điện bao nhiêu"), a credit card's higher limit,
      /\bho tro tien (dien|nuoc)\b/u,
      /\btang han muc (the tin dung|the)\b|\bthe tin dung\b.{0,20}\btang han muc\b/u,
      // whether to buy land or gold while its price rises ("giá đất đang lên, có nên mua thêm để đầu tư"),
      /\bgia (dat|nha|chung cu|vang)\b.{0,40}\b(dang len|tang|co nen mua|nen mua|de dau tu)\b/u,
      // which bank is easiest for a loan or a card ("mở thẻ tín dụng bank nào dễ duyệt nhất"),
      /\b(ngan hang nao|bank nao|o dau|cho nao)\b.{0,15}\b(de|nhanh) (duyet|vay|mo|cho vay)\b/u,
      // A loan for a house or a car ("vay ngân hàng 500 triệu mua nhà thì lãi suất bao nhiêu"), even beside the bank.
      /\bvay\b.{0,60}\b(mua|xay|sua) (nha|xe|dat|o to|oto|chung cu|can ho)\b/u,
      // whether a price or a share will rise ("cổ phiếu VCB mai lên hay xuống").
      /\b(gia|co phieu|cp|chung khoan|vang|do la|usd|bitcoin|coin|ty gia|ti gia|vn ?index)\b.{0,40}\b(len|tang) hay (xuong|giam)\b/u,
    ],
  },
  {
    // A lucky day or matching ages for a wedding or a move ('xem giúp ngày đẹp đăng ký kết hôn'), even beside the
    // marriage registration that the general rule's safe words keep.
    reason: 'general',
    strong: ['ngay dep', 'ngay tot', 'ngay nao dep', 'ngay nao tot', 'gio dep', 'gio hoang dao', 'ngay hoang dao', 'xem tuoi', 'hop tuoi'],
    safeWith: SCAM_TOLD,
  },
  {
    // What a traffic offence costs is traffic law; a fine message, its link, or checking fines on VNeID stays in scope, and
    // so does a worker hit on the way home who asks what work-accident insurance pays ('xe đi ngược chiều đâm vào …'), or
    // an insured worker hurt after drinking who asks for the benefit.
    reason: 'general',
    strong: ['vuot den do', 'vuot den vang', 'nong do con', 'khong doi mu bao hiem', 'chay qua toc do', 'vuot qua toc do', 'di nguoc chieu', 'di sai lan', 'do xe sai cho',
      // Using a phone or earphones while riding ('đi xe máy có được nghe điện thoại bằng tai nghe bluetooth không').
      'deo tai nghe', 'tai nghe bluetooth', 'bang tai nghe', 'nghe dien thoai khi', 'vua lai xe vua', 'dung dien thoai khi lai'],
    safeWith: [...SCAM_TOLD, 'phat nguoi', 'camera', 'giay moi', 'tra cuu', 'vneid', 'vnetraffic', 'link', 'tin nhan', 'gọi bảo', 'nguoi goi', 'nop phat', 'nop tien phat', 'dong phat', 'dong tien phat', 'quyet dinh xu phat', 'co that khong', 'otp', 'tai nan lao dong', 'tham gia bhxh', 'tham gia bao hiem xa hoi', 'huong che do'],
  },
  {
    reason: 'weather',
    // The weather, even on the day one means to make a căn cước.
    // How cold a place gets and what to wear there ("tạm trú ở Đà Lạt tháng 12 có lạnh lắm không, nên mang áo gì").
    strong: ['thoi tiet', 'du bao thoi tiet', 'du bao mua', 'con mua lu', 'mua lu nua', 'du bao tuan', 'troi co mua', 'trời có nắng', 'trời mưa không', 'co lanh lam khong', 'co lanh khong', 'nen mang ao', 'mang ao gi', 'ret dam', 'ret hai', 'trời lạnh', 'áo khoác gì', 'áo khoác nào', 'mang áo khoác'],
    any: ['nhiet do', 'cơn bão', 'ap thap nhiet doi', 'mưa bão', 'có mưa không', 'trời mưa', 'trời nắng', 'am lich', 'ngay am'],
    // Rain asked for a day without diacritics ("mai hà nội mưa ko" types as "mai ha noi mua ko").
    strongPatterns: [/\b(mai|ngay mai|hom nay|chieu nay|toi nay|sang mai|cuoi tuan|tuan sau|tuan nay|dem nay)\b(?: \S+){0,3} (co )?mua( nua| to| lon)? (ko|khong|k|hk|hong)\b/u,
      /\b(toi nay|dem nay|mai|ngay mai|hom nay|chieu nay|tuan nay)\b bao (co )?vao (khong|ko|k)\b/u],
    // A scam told beside it ('mai trời có mưa không, tôi định ra ngân hàng trình báo vụ bị lừa') leaves the rain the
    // weather's; a storm warning sent with a link is the scam's.
    safeWith: ['link', 'duong link', 'tin nhan canh bao'],
  },
  {
    reason: 'sport',
    // A match's score even with chat shorthand that reads as a core word ("trận ck AFF": chung kết, not chuyển khoản).
    // A penalty kick is named with its kick: "phạt đền" alone folds like a fine's "phạt đến 12 triệu".
    strong: ['da bong', 'da banh', 'ti so', 'ty so', 'aff', 'world cup', 'bong da', 'tran dau', 'truc tiep tran', 'xem truc tiep bong', 'tran chung ket', 'qua phat den', 'da phat den', 'sut phat den', 'loat phat den', 'penalty', 'thu mon', 'luat bong'],
    any: ['bong da', 'world cup', 'vo dich', 'ty so', 'tran dau', 'doi tuyen', 'cau thu', 'sea games', 'olympic', 'v league', 'ngoai hang anh', 'champions league', 'the thao', 'bong chuyen', 'quan vot', 'huy chuong vang', 'aff cup'],
    patterns: [/\b(da|dau) (voi|vs|gap) (thai lan|indonesia|malaysia|han quoc|nhat|trung quoc|doi nao)\b/u, /\bvn da\b/u,
      // A national team's kick-off ('đt việt nam đá mấy giờ': "đt" is the team, read by the lexicon as a phone).
      /\bviet nam da (may|luc)\b/u],
  },
  {
    reason: 'entertainment',
    // A child's top-ups in a game paid with the parents' money ("con lấy tiền nạp game, đòi hãng trả lại tiền"); a name
    // changed at the commune because a fortune teller found it unlucky, a civil-status procedure.
    notWith: ['nap game', 'nap vao game', 'nap vao tro choi', 'tra lai tien', 'hoan tien', ...NAME_CHANGED],
    any: [
      'ca si', 'dien vien', 'hoa hau', 'showbiz', 'nghe si', 'tro choi', 'bai hat hay', 'bai hat noi tieng', 'truyen cuoi', 'chuyen cuoi', 'xem boi',
      'boi toan', 'xem tu vi', 'la so tu vi', 'tu vi tuoi', 'tu vi nam', 'tu vi hom nay', 'cung hoang dao', 'phong thuy', 'ket qua ve so', 'danh de', 'danh so de', 'ghi so de', 'danh lo', 'choi lo de', 'ghi lo de', 'xsmb', 'xsmn', 'xsmt', 'lien quan mobile', 'game lien quan', 'free fire', 'pubg',
      'tang follow', 'tang luot follow', 'tang like', 'tang view', 'idol', 'kpop', 'chinh anh', 'chinh sua anh', 'edit anh', 'ghep anh', 'app chup anh', 'lam dep anh', 'nghe nhac', 'tuoi lam an', 'tuoi xong dat', 'ngay tot', 'boi giup', 'van khan', 'bai khan', 'cung ram', 'cung gio', 'mam cung', 'le chua',
    ],
    // Films even when named after a scam ("phim Lừa đảo chiếu rạp").
    strong: ['tinh cach', 'nang khieu', 'hop tuoi', 'xem tuoi', 'xem giup tuoi', 'tuoi co hop', 'tuoi hop khong', 'than so hoc', 'chieu rap', 'rap phim', 'xem phim', 'phim chieu', 'bo phim', 'phim nao hay', 'xem phim nao', 'phim hay ve', 'bo phim ve', 'netflix', 'xem tu vi', 'la so tu vi', 'tu vi tuoi', 'tu vi nam', 'xem boi', 'phong thuy', 'cung hoang dao', 'cung sao', 'giai han', 'mac do mau gi', 'mac mau gi', 'menh gi', 'hop menh', 'menh kim', 'menh moc', 'menh thuy', 'menh hoa', 'menh tho'],
    // Watching films or voting for singers for pay, with deposits, is the task scam.
    // A phone used only for calls and films ("chỉ biết nghe gọi, xem phim") tells who asks about VNeID, not what.
    safeWith: [...NAME_CHANGED, 'bi lua', 'lua tien', 'mat tien', 'chuyen tien', 'chiem doat', 'otp', 'mat khau', 'link', 'nap tien', 'nap them', 'khong rut duoc', 'duoc tra tien', 'hoa hong', 'nghe goi', 'vneid', 'tai khoan dinh danh', 'dinh danh dien tu', 'dinh danh muc', ...CARD_PHISHING, 'so the', 'tam dung', 'email bao', 'tin nhan bao'],
    patterns: [/\bboi\b.{0,20}\b(nam|tuoi|tinh duyen|su nghiep)\b/u, new RegExp(`${FILM}\\b`, 'u')],
    strongPatterns: [
      new RegExp(`${FILM} (han|my|trung|thai|nao|hay|gi|tinh cam|ve|hai|hanh dong|kinh di|hoat hinh|tai lieu|le|bo|truyen hinh)\\b`, 'u'),
      // A film to watch, whatever it is about ("phim … nào để cuối tuần xem").
      new RegExp(`${FILM}\\b.{0,40}\\bxem\\b`, 'u'),
      /\b(gioi thieu|vai|may|mot so) (bo )?phim\b/u,
      // The game Liên Quân ("tk liên quân bị khóa 7 ngày"), not an account "liên quan đến vụ án".
      /\b(tai khoan|tk|acc|nick) lien quan\b(?! (den|toi|vu|toi vu))/u,
      /\b(kc|kim cuong|skin|rank|tuong|quan huy) lien quan\b(?! (den|toi|vu))|\blien quan (free|mien phi)\b/u,
      // A film asked about by name ("phim 'The Bourne Identity' tên tiếng Việt là gì").
      new RegExp(`${FILM}\\b.{0,60}\\b(chieu|ten tieng viet|dien vien|tap may|xem o dau)\\b`, 'u'),
    ],
  },
  {
    // How a film ends or who plays in it, even when the film is about a scam ("phim bị lừa tình cảm tập cuối").
    reason: 'entertainment',
    strongPatterns: [new RegExp(`${FILM}\\b.{0,50}\\b(tap cuoi|tap \\d+|ket thuc (sao|the nao|ra sao)|dien vien|nhan vat)\\b`, 'u')],
    safeWith: ['mua ve', 'dat ve', 'chuyen tien', 'chuyen khoan', 'mat tien', 'otp', 'link', 'nap tien'],
  },
  {
    // A lottery ticket checked or bought ("dò vé số", "quét QR trên vé số xem trúng không"); a lottery win that asks for a
    // fee, a message or a call, or a "lottery" game told as a scam, stays in scope.
    reason: 'entertainment',
    strong: ['xo so', 'vietlott', 'tren ve so', 'to ve so', 'mua ve so', 'trung ve so', 'ban ve so', 'do ve so'],
    // A lottery seller asking about her papers ("bán vé số …, muốn làm căn cước") is no lottery question; an app named
    // after a lottery company that pays commission for deposits ("nộp tiền làm nhiệm vụ, nhận hoa hồng") is the task scam.
    safeWith: [...SCAM_TOLD, 'hoa hong', 'lam nhiem vu', 'nop tien vao', 'tro cap', 'luong huu', 'otp', 'mat khau', 'link', 'nop phi', 'dong phi', 'nap tien', 'tin nhan', 'gọi bảo', 'nguoi goi', 'goi dien', 'lam can cuoc', 'giay khai sinh', 'giay to', 'dinh danh',
      // A lottery seller asking which insurance she may join ('bán vé số có được đóng bảo hiểm thất nghiệp không').
      'bao hiem'],
  },
  {
    // A computer's own fingerprint reader or system ("laptop win 11 cài vân tay sinh trắc học bị lỗi"), unless it is
    // used for the bank, VNeID or the public services portal.
    reason: 'device',
    strongPatterns: [/\b(laptop|win 1[01]|windows|macbook|may tinh)\b.{0,40}\b(loi|khong nhan|fix|sua|driver|cap nhat|cai dat|cham|nong|treo|do|sap nguon)\b/u],
    safeWith: [...SCAM_STORY, 'ngan hang', 'vneid', 'dich vu cong', 'dinh danh', 'can cuoc', 'trung thuong', 'qua tang', 'dat mua', 'mua hang'],
  },
  {
    // Everyday features of apps and home machines, office work, money habits, learning, neighbours: "nhập số căn cước
    // vào Excel", "photo căn cước 2 mặt", "quét mã QR trên điều hòa", "nhắc khéo người mượn tiền". A scam told keeps
    // such a question in scope, and a form of the public services ("tờ khai dịch vụ công file Word") stays too.
    reason: 'general',
    strong: [
      'excel', 'file word', 'microsoft word', 'tren word', 'can le', 'chu to hon', 'chu to len', 'sieu thi nao', 'dang khuyen mai', 'powerpoint', 'may photo', 'photo 2 mat', 'photo hai mat', 'in 2 mat', 'in hai mat', 'may in', 'ket giay', 'font chu', 'phong chu',
      'chiem bo nho', 'chiem het bo nho', 'chatgpt', 'chat gpt',
      'dieu hoa', 'may lanh', 'tu lanh', 'may giat', 'noi com dien',
      'quan ly chi tieu', 'chi tieu hop ly', 'thoi quen chi tieu', 'bo thoi quen', 'lo quan ly tien', 'quan ly tai chinh ca nhan', 'ai nay giu', 'gop chung lai',
      'ghi chep thu chi', 'thu chi gia dinh', 'chia tien chi tieu', 'de danh duoc', 'de danh tien', 'tieu lo', 'sac du phong',
      'hoc tieng anh', 'hoc them tieng anh', 'hoc phi dai hoc', 'hoc phi truong dai hoc', 'tieng anh online', 'tieng anh co ban', 'tieng anh giao tiep', 'hoc go phim',
      'de khong no', 'xe khong no', 'thay nhot', 'bugi',
      // A dog barking, written with its accents: "chờ sửa" (waiting for a repair) folds the same.
      'chó sủa', 'chỉ cho sửa', 'hang xom nuoi', 'dau xe chan', 'do xe chan', 'chan truoc cong', 'chan cong nha', 'mat long', 'nhac kheo', 'doi kheo',
      've tau', 'duong sat', 'lich tau', 'xe khach',
      // Pets, tyres and electric cars, traffic rules on the road, personal income tax, hospital cover, a neighbour's
      // building work, who invented something: probe 18's themes, none a question of the assistant's topics.
      // ("xe điện" alone would take "giấy phép lái xe điện tử".)
      'thu cung', 'nuoi meo', 'con meo', 'meo con', 'cho meo', 'lop xe', 'thay lop', 'lop khong sam', 'o to dien', 'xe may dien', 'vinfast', 'sac day pin',
      'giam tru gia canh', 'nguoi phu thuoc', 'quyet toan thue', 'chung chi quy', 'nut tuong', 'phat minh ra', 'nuoc nao phat minh', 'ai phat minh',
    ],
    // A child given to neighbours to raise ('cho vợ chồng hàng xóm nuôi, nay muốn xin lại con') is an adoption.
    safeWith: [...SCAM_STORY, 'mo tai khoan', 'tai khoan ngan hang', 'app ngan hang', 'ung dung ngan hang', 'quet mat', 'xac thuc khuon mat', 'sinh trac', 'chup man hinh', 'anh chup', 'con nuoi', 'xin lai con', 'nhan lai con', 'nguoi la', 'so la', 'nick la', 'dich vu cong', 'to khai', 'mau don', 'vneid', 'bao cao', 'tien dien', 'luu tru', 'chuyen coc', 'dat coc', 'tien coc', 'tai khoan ca nhan', 'lay lai tien', 'an toan khong', 'co an toan', 'trang web la',
      // An electric motorbike registered like any other ('xe máy điện có phải đăng ký biển số không').
      'bien so', 'dang ky xe',
      // A bite's rabies shots asked of the health insurance ('bị chó mèo cắn tiêm phòng dại có được bảo hiểm y tế trả không').
      ...BHYT_PAYS,
      // A name to change, whatever job or place the story names ('cha làm nghề bẻ ghi đường sắt nên đặt tên vậy').
      'doi ten', 'doi sang ten', 'thay doi ho ten', 'thay doi ten'],
  },
  {
    // A social account's display name ("đổi tên hiển thị Facebook"), unless it is a bank account's name, which the
    // rules on account names govern.
    reason: 'general',
    strong: ['ten hien thi'],
    safeWith: [...SCAM_STORY, 'ngan hang', 'tai khoan thanh toan', 'so tai khoan', 'stk', 'ten tai khoan', 'chu tai khoan', 'vneid', 'dich vu cong'],
  },
  {
    // A teacher's homework, annual leave at work, opening a pawnshop, a child hooked on the phone: they borrow the
    // topics' words ("mã QR qua Zalo", "đủ 12 tháng", "tiệm cầm đồ") but ask nothing of a paper, a public service, a
    // payment or a scam. A link, money sent, a password, a stranger or a card handed over keeps them in scope ("cô giáo
    // gửi link nộp tiền", "tiệm cầm đồ giữ căn cước").
    reason: 'general',
    strong: ['bai tap', 'nghi phep nam', 'phep nam', 'ngay phep', 'mo tiem cam do', 'kinh doanh cam do', 'mo hieu cam do', 'nghien dien thoai', 'nghien dt', 'nghien game'],
    // Leave days saved for the wedding keep the marriage papers a citizen's question ('để dành ngày phép, về quê xin
    // xác nhận tình trạng hôn nhân').
    safeWith: [...SCAM_TOLD, 'link', 'otp', 'mat khau', 'nguoi la', 'hoc phi', 'chuyen tien', 'chuyen khoan', 'tru tien', 'can cuoc', 'cccd', 'ket hon', 'hon nhan',
      // Days off for antenatal visits taken from annual leave: the maternity benefit's; sick days once the annual leave is
      // used up ('nghỉ hết phép năm rồi bị ốm có được hưởng chế độ ốm đau'): the sickness benefit's.
      'kham thai', 'thai san', 'om dau', 'nghi om'],
  },
  {
    // A criminal case's own business: a defence lawyer's fee, a plea for a reduced sentence or clemency written, a job
    // for someone leaving prison. A caller asking money to "lo giảm án" is the fake-officer scam's lesson.
    reason: 'general',
    strong: ['luat su bao chua', 'thue luat su', 'don xin giam an', 'don xin an xa', 'don xin dac xa', 'viet don xin giam', 'nhan nguoi co tien an', 'nguoi co tien an vao lam'],
    safeWith: [...SCAM_TOLD, 'chuyen tien', 'nop tien', 'chuyen khoan', 'lo giam an', 'chay an'],
  },
  {
    // Rules of the road ("đèn vàng có được đi tiếp", "lấn làn ô tô bị phạt bao nhiêu"): declined unless the question
    // names a core topic (a fine looked up or paid online, a link).
    reason: 'general',
    any: ['den vang', 'lan o to', 'lan oto', 'lan xe o to'],
  },
  {
    // Probes 20 and 21's themes: a shop's exchange and warranty terms, a gym's membership, a motorbike's battery and a
    // car's servicing, the gearbox of a used car, speed limits, vehicle insurance, children carried on a motorbike, a
    // contract not renewed or a job changed after maternity leave, tax on a shop's or a landlord's takings, setting up a
    // company, a loan's monthly instalment, buying a flat or renting on, turning garden land into residential land, a
    // maths exercise, a school's fees and insurance, a flight's cheapest date. Each borrows a word of the topics
    // ("chuyển khoản", "ngân hàng", "online", "sổ đỏ") but asks none of them; a scam told keeps it in scope.
    reason: 'general',
    strong: [
      'video mo hop', 'quay video mo hop', 'doi size', 'mac khong vua', 'bao hanh chinh hang', 'doi moi 1 doi 1', '1 doi 1', 'bao hanh bao lau', 'het han bao hanh', 'het bao hanh',
      'het han doi tra', 'quyen doi tra', 'khong doi duoc nua', 'phieu bao hanh', 'goi hoi vien', 'phong gym', 'phong tap',
      'toc do toi da', 'bao hiem trach nhiem dan su', 'bao hiem xe may', 'bao hiem xe cua', 'bao hiem o to', 'bao hiem xe o to', 'bao hiem vat chat', 'bao hiem than vo', 'bao hiem nguoi ngoi tren xe', 'bao hiem tai nan',
      'von dieu le', 'thanh lap cong ty', 'san tu khau tru', 'khau tru thue', 'muc duoc mien thue', 'duoc mien thue', 'ghi so rieng',
      'co nen mua nha', 'co nen mua chung cu', 'nen mua luc nay', 'thue nha them', 'luc nao thi re', 'luc nao re nhat',
      'chuyen bo phan', 'sang bo phan', 'luong thap hon truoc',
      'ac quy', 'acquy', 'binh ac quy', 'bao duong dinh ky', 'gara', 'so tu dong', 'số sàn', 'hang nao it hong',
      'khong ky tiep', 'ky tiep hop dong', 'khong gia han hop dong',
      'doanh thu mot nam', 'doanh thu hang nam', 'doanh thu khoang', 'thue cho thue', 'ghi so sach', 'so sach ke toan',
      'tra goc lai', 'goc lai moi thang',
      'len tho cu', 'tho cu', 'chuyen muc dich su dung dat', 'tien su dung dat', 'dat vuon',
      'giai giup bai', 'giai giup em bai', 'giai giup e bai', 'giai bai toan', 'bai toan', 'van toc', 'quang duong',
    ],
    strongPatterns: [/\bcho (\d|hai|ba) (dua|be|chau|tre|nguoi)\b.{0,30}\bxe (may|dap)\b/u],
    // The way to work is a work accident's, not a maths problem ('tai nạn trên quãng đường từ nhà đến công ty').
    // A contract renewed past retirement age asked with its insurance ('ký tiếp hợp đồng … không đóng BHXH có đúng
    // không', 'có được hưởng trợ cấp thất nghiệp') is the insurance lessons'.
    safeWith: [...PROBE_THEMES_SAFE, 'hoa don dien tu', 'tai nan lao dong', 'dong bao hiem xa hoi', 'tro cap that nghiep', 'bao hiem that nghiep'],
  },
  {
    // Probe 22's themes: goods exchanged or a price charged above the shelf's, a shop's sales software and its books
    // matched with what came in by card and QR, a household business's tax filing, wages paid late, a teenager's hours
    // of part-time work, a rent raised or a tenant put out, a car carrying more people than its seats, a student's loan
    // or a fee waived, a flight moved to another day, a coach route. Each borrows a word of the topics ("thanh toán bằng
    // thẻ", "mã QR", "qua ngân hàng", "app") but asks none of them; a scam told keeps it in scope.
    reason: 'general',
    strong: [
      'mới cho đổi', 'không cho đổi', 'doi hang duoc', 'doi tra hang', 'chinh sach doi tra', 'khong doi tra', 'cao hon gia niem yet', 'sai gia niem yet', 'tinh sai gia', 'phan chenh lech',
      'quan ly ban hang', 'khop so lieu', 'may pos',
      'phuong phap ke khai', 'chuyen sang ke khai',
      'cham tra luong', 'tra luong cham', 'no luong', 'cham luong', 'lai cham tra',
      'luong theo gio', 'lam toi da', 'lam them buoi toi', 'lam them quan', 'part time', 'parttime',
      'tang gia thue', 'tang tien nha', 'tang tien phong', 'doi tang gia', 'duoi ra khoi',
      'qua so nguoi', 'cho qua so', 'qua so cho', 'cho qua tai',
      'mien giam hoc phi', 'giam hoc phi', 'vay von sinh vien', 'vay von hoc sinh', 'tin dung hoc sinh',
      'phi doi ve', 'doi ngay bay', 'doi chuyen bay', 'doi ten ve', 'doi ten nguoi bay', 'doi ve may bay',
      // Probe 23's: holiday pay, clocking in, a work accident, a deposit kept by a landlord, land on a handwritten paper,
      // a school's fees raised, a hotel booking cancelled.
      'luong ngay le', 'lam ngay le', 'nghi bu', 'cham cong', 'khong tra lai tien coc', 'khong tra coc', 'doi lai tien coc', 'doi lai duoc tien coc', 'lay lai tien coc', 'lay lai duoc tien coc', 'lay lai coc', 'giay viet tay', 'tang hoc phi', 'hoc phi tang', 'chuyen truong', 'huy phong', 'huy dat phong',
      // Probe 24's: a delivery still pending, a return button, a shop's book of takings, a deposit kept on leaving early,
      // a plot's zoning, a wall over the boundary, a parents' fund at school, a package tour.
      'bao dang giao', 'van dang giao', 'nut tra hang', 'yeu cau tra hang', 'ghi so thu chi', 'giu het tien coc', 'chuyen di truoc han', 'tra phong truoc han', 'dinh quy hoach', 'quy hoach', 'lan qua dat', 'quy phu huynh', 'tour tron goi', 'mua tour',
      // Advice on where to go and for how long ('tư vấn tour Đà Lạt 3 ngày').
      'tu van tour', 'goi y lich trinh', 'lich trinh du lich',
    ],
    // A room booked then cancelled ("đặt phòng ks trên app r giờ muốn hủy").
    // A deposit asked back and refused ("đòi cọc thì chủ nhà không trả"); "đòi cọc" alone is a seller asking for one.
    strongPatterns: [/\bdat phong\b.{0,40}\bhuy\b/u, /\bdoi (lai )?(tien )?coc\b.{0,30}\bkhong tra\b/u],
    // An accident at work told without the insurance's name ("làm thời vụ không hợp đồng, bị tai nạn lúc làm việc chủ có
    // chịu viện phí không"): the employer's duty, which the knowledge does not cover. "Tai nạn lao động" is the
    // work-accident lesson's (what the insurance pays), so it is not among these.
    any: ['ben xe', 'xe giuong nam', 'xe limousine', 'tai nan luc lam viec', 'no lop', 'lop du phong', 're phai', 'bị dột', 'tran nha'],
    // Leave for antenatal visits ("nghỉ khám thai có bị chấm công, trừ lương không") is a maternity benefit.
    // A card whose chip was swapped at the till is a fraud, not a till's question.
    // A card that will not pay by tapping at a shop's POS ('thẻ chip không thanh toán chạm được') is the customer's
    // payment question.
    // Whether part-time or clocked-in work carries social insurance ('làm part time có phải đóng bhxh không') is the
    // compulsory insurance lesson's.
    // A stranger's message offering paid likes ('sđt lạ nhắn trúng tuyển job part time, chỉ cần like video') is the task scam.
    // An app to "clock in" that is not in the store, pushed by an online recruiter, is the fake-app scam.
    safeWith: [...PROBE_THEMES_SAFE, ...NOT_ARRIVED, ...RESIDENCE_ASKED, ...SCAM_TOLD, 'tai ung dung', 'tai app', 'ch play', 'app store', 'trung tuyen', 'like video', 'chi can like', 'tha tim', 'so dien thoai la', 'dong bhxh', 'dong bao hiem xa hoi', 'luong huu', 'tro cap', 'kham thai', 'thai san', 'danh trao', 'trao chip', 'thay chip', 'chip gia', 'contactless', 'thanh toan cham', 'cham the', 'chip',
      // The health card refused on a holiday ('hôm nghỉ bù lễ đi khám, bệnh viện không thanh toán BHYT').
      ...BHYT_PAYS, 'thanh toan bhyt', 'thanh toan bao hiem y te'],
  },
  {
    // Where to book a hotel for a holiday; a booking paid to a fanpage or an account, or told as a scam, stays in scope.
    reason: 'general',
    strong: ['dat phong khach san', 'dat khach san', 'dat phong o dau'],
    safeWith: [...SCAM_TOLD, 'fanpage', 'page', 'trang web', 'trang dat phong', 'facebook', 'zalo', 'chuyen khoan', 'coc', 'tai khoan', 'link', 'an toan', 'tin duoc', 'tich xanh', 'that khong', 'uy tin'],
  },
  {
    // What a driving course costs ("học lại bằng B2 hết bao nhiêu"): a school's price. Re-taking the test after a
    // licence expired ("bằng quá hạn có phải thi lại không") stays in scope.
    reason: 'general',
    strongPatterns: [/\bhoc (lai )?(bang lai|lai xe|bang [a-f]\d?)\b.{0,30}\b(het|mat|ton|bao nhieu)\b/u],
    safeWith: SCAM_TOLD,
  },
  {
    // A land tax's amount, a company's bookkeeping, an apartment block's fees: their words ("phí quản lý", "thuế đất",
    // "15 triệu") reach the fee and payment lessons, but none of them is asked of a public service or a bank.
    reason: 'general',
    any: ['thue su dung dat', 'thue dat phi nong nghiep', 'dat phi nong nghiep', 'hach toan', 'tai san co dinh', 'chung cu',
      // A hotel to pick on a trip, a web address bought for a shop ('tên miền .vn mua ở đâu để làm trang web cho quán').
      'view dep', 'khach san nao', 'ks nao', 'homestay nao', 'khu nao re', 'khu nao an toan', 'thue tro khu nao', 'tro khu nao', 'mua ten mien', 'ten mien .vn', 'lam trang web', 'lam website', 'thiet ke web'],
  },
  {
    reason: 'creative',
    always: true,
    any: ['van nghi luan', 'bai nghi luan', 'nghi luan xa hoi', 'de nghi luan', 'lap dan y', 'lam dan y', 'viet dan y', 'dan y ngan', 'dieu van', 'dieu tu', 'loi cam ta'],
    patterns: [
      // "thơ" (a poem) folds like "thợ" (a worker): "làm thợ may" is a trade, so a bare "thơ" needs what it is about;
      // "thư tình" (a love letter) folds like "thụ tinh" ("làm thụ tinh trong ống nghiệm"), told apart by what follows.
      /\b(viet|sang tac|lam|soan|nghi)\b.{0,25}\b(bai tho|tho (ve|cho|tang|tinh|luc bat|chuc|mung|hay)|bai van|doan van|van ta|bai hat|truyen ngan|truyen cuoi|cau chuyen|thu tinh(?! (trong|nhan tao|ong nghiem))|loi chuc|stt|status|ca dao|kich ban|bai rap|tieu thuyet|bai phat bieu|loi phat bieu|dien van|loi khai mac|bai cam nhan)\b/u,
      // A message to customers or friends written for the asker ("tin nhắn cảm ơn khách"), not one reported to 5656.
      /\b(viet|soan)( (giup|gium|ho|dum))?\b.{0,25}\btin nhan (cam on|chuc|xin loi|moi|chao|quang cao)\b/u,
      /\bke (cho (toi|minh|em|chau|con) nghe )?(mot )?(cau )?(chuyen|truyen) (cuoi|co tich|ma|kinh di|thieu nhi|ngu ngon|vui|hay)\b/u,
      // "có tích hợp" folds to "co tich": only "truyện cổ tích" names a folk tale.
      /\b(truyen|tho|tieu thuyet|bai van)\b.{0,30}\b(nhan vat|nv|tac gia)\b.{0,10}\b(nao|la ai|gi)\b/u,
      /\btam cam\b|\btruyen kieu\b|\btruyen co tich\b/u,
      // A school essay named before the ask ('con có bài văn tả người thân, viết giúp 1 bài tả bà nội').
      /\bbai van (ta|ke|mieu ta|nghi luan)\b/u,
      // A translation asked for, whatever the sentence says ("dịch câu 'tôi quên mật khẩu' sang tiếng Anh").
      /\b(dich (cau|doan|bai|sang|ra) (tieng|sang)|dich .{1,40} sang tieng)\b/u,
    ],
  },
  {
    reason: 'health',
    // A doctor faked in an advert to sell a cure ("video bác sĩ giới thiệu thuốc chữa khỏi tiểu đường") is a scam.
    // "nhà thuộc hộ cận nghèo" folds like a pharmacy and a cough medicine.
    notWith: ['thuoc ho ngheo', 'thuoc ho can ngheo', 'video bac si', 'clip bac si', 'video co bac si', 'theo video', 'bac si gioi thieu', 'gioi thieu thuoc', 'bac si noi tieng', 'gia danh bac si', 'mao danh bac si', 'quang cao thuoc', 'deepfake', ...PARENT_MONEY, ...SICK_CHILD_LEAVE,
      // Leave from work for antenatal visits ('được nghỉ mấy ngày để đi khám thai') is the maternity lesson's.
      'de di kham thai', 'nghi di kham thai', 'nghi kham thai',
      // A chronic illness's medicine drawn on the health card, and its re-visit date ('tiểu đường lĩnh thuốc bảo hiểm mấy
      // tháng một lần'), are the insurance lesson's.
      'thuoc bao hiem', 'linh thuoc', 'cap thuoc', 'lay thuoc', 'ngay tai kham', 'lich tai kham', 'giay chuyen tuyen', 'giay chuyen vien',
      // Leave before the birth asked by the husband ('vợ mang thai bốn tháng, muốn vợ nghỉ làm mấy tháng cuối trước khi
      // sinh, có chế độ nào').
      'che do nao', 'nghi truoc khi sinh', 'nghi lam truoc khi sinh',
      // A disabled person's identity card ('con bị bệnh Down, làm giấy tờ tùy thân được không').
      'giay to tuy than', 'lam can cuoc', 'lam the can cuoc',
      // Leave a pregnancy lost or ended gives ('sẩy thai được nghỉ 50 ngày, tôi được nghỉ bao nhiêu ngày') is maternity
      // benefit.
      'duoc nghi', 'nghi bao nhieu ngay', 'nghi may ngay',
      // Sick leave an illness gives ('bị ung thư phải điều trị dài, nghỉ ốm được bảo hiểm trả tối đa bao nhiêu ngày').
      ...SICK_LEAVE],
    // Whether a food or a milk is good ("hộp sữa … người già uống có tốt không"), whatever its QR code says.
    // Renewing a household's card online ("thẻ BHYT hộ gia đình sắp hết hạn, đóng trên mạng được không"), buying one
    // ("mua BHYT hộ gia đình ở đâu") or what it costs a person ("BHYT hộ gia đình năm nay đóng bao nhiêu") is a public
    // service paid online, in the BHXH lesson.
    // What unemployment, maternity or a pension pays ("mức hưởng trợ cấp thất nghiệp bao nhiêu phần trăm") is a benefit
    // of the BHXH lessons, not health cover.
    // What a BHYT card pays in general ('mức hưởng bảo hiểm y tế', 'thẻ BHYT hộ gia đình được hưởng bao nhiêu') is the
    // insurance lesson's, and so is what it pays for a visit outside one's registered hospital ('trái tuyến được hưởng
    // bao nhiêu phần trăm').
    // A booking app sent as a file ('file cài app đặt lịch khám đuôi apk') is the fake-app scam.
    safeWith: [...SCAM_STORY, ...BHYT_PAYS, 'apk', 'file cai', 'ghi muc huong', 'trai tuyen', 'dung tuyen', 'thong tuyen', 'chuyen tuyen', 'giay chuyen vien', 'noi dang ky kham', 'muc huong bao hiem y te', 'muc huong cua the', 'bao hiem y te ho gia dinh', 'bi du', 'du mua', 'hoi thao', 'trung thuong', 'co that khong', 'co phai that', 'uy tin khong', 'an toan khong', 'gia han', 'vssid', 'vneid', 'dich vu cong', 'tren mang', 'dong bao hiem y te', 'mua bao hiem y te', 'mua the bao hiem y te', 'mua bhyt', 'mua the bhyt', 'nop tien bao hiem y te', 'dong tien bao hiem y te', 'ma the', 'goi bao', 'phi ho so', 'that nghiep', 'thai san', 'luong huu', 'tro cap', ...SICK_CHILD_LEAVE, 'het han',
      // A young child's card not yet issued ("chưa có thẻ, dùng giấy khai sinh được không") is in the birth lesson.
      'chua co the', 'chua phat the', 'chua nhan duoc the', 'giay khai sinh', 'giay chung sinh',
      // What a lump sum or a pension pays ("mức hưởng BHXH một lần") is social insurance, not health cover; so is sick
      // leave after an operation ('mổ ruột thừa, nghỉ ốm xong vẫn mệt, có được nghỉ dưỡng sức không').
      'bao hiem xa hoi', 'bhxh', ...SICK_LEAVE],
    // A newborn's jaundice and its light therapy ('bé sơ sinh vàng da có cần chiếu đèn'); written with its accents, as
    // "hộ chiếu đến" folds the same. Whether the card pays for a treatment ('mổ đục thủy tinh thể BHYT chi trả bao
    // nhiêu', 'thuốc ngoài danh mục BHYT chi trả') is the health insurance lesson's, so those words are not here.
    strong: ['vàng da', 'chiếu đèn', 'luc doi hay luc no', 'uong luc doi', 'uong luc no', 'uong truoc hay sau an', 'nhin an sang', 'phai nhin an', 'co nhin an', 'nha thuoc', 'hieu thuoc', 'quay thuoc', 'uong co tot', 'an co tot', 'hop sua', 'sua bot', 'sua nay', 'thuc pham chuc nang', 'muc huong', 'huong bao nhieu phan tram', 'ruot thua', 'kham rang', 'chua rang', 'tram rang', 'don bac si', 'dat lich kham', 'lich kham benh', 'kham suc khoe tong quat', 'kham tong quat', 'bi can thi', 'mo can thi', 'mo mat', 'rang su', 'nieng rang', 'nho rang'],
    any: ['sốt', 'sốt cao', 'ho khan', 'cảm cúm', 'đau bụng', 'đau đầu', 'chóng mặt', 'tieu duong', 'huyet ap', 'anh sang xanh', 'bao ve mat', 'kinh chong', 'tieu chay', 'non oi', 'phat ban', 'dau rang', 'mang thai', 'an kieng', 'giam can', 'tang can', 'mỏi mắt', 'khô mắt', 'nhỏ mắt', 'dem buoc', 'buoc chan', 'ung thu', 'chua ung thu', 'bi lan', 'lan tri', 'lu lan', 'mat tri nho', 'suy giam tri nho', 'sa sut tri tue', 'alzheimer', 'dang tri',
      // A child's development ("4 tuổi chưa nói được câu dài").
      'cham noi', 'chua noi duoc cau', 'noi chua ro', 'tu ky', 'tang dong',
      // A vaccine's price, exercises after an operation.
      'vac xin', 'vaccine', 'trung tam tiem chung', 'phi tiem', 'vat ly tri lieu', 'tap phuc hoi',
      // A medicine opened weeks ago, which specialist to see.
      'siro', 'mo nap', 'thuoc ho', 'kham dich vu', 'kham chuyen khoa', 'chuyen khoa nao', 'kham dich vu hay', 'thay khop', 'khop goi', 'mo noi soi', 'chua noi soi', 'noi chua soi', 'xet nghiem mau', 'nhin an', 'goi noi tru', 'goi ngoai tru', 'bao hiem suc khoe tu nhan',
      // Aches and what to eat for them ("hay bị chuột rút, có nên uống canxi"); which doctor is good for the heart.
      'chuot rut', 'canxi', 'vitamin', 'dau lung', 'dau khop', 'thoai hoa', 'bac si nao', 'tim mach', 'kham tim', 'benh vien nao tot', 'benh vien nao gioi', 'kham o dau tot', 'kham o dau gioi'],
    // "bệnh viện, chùa" folds like "bệnh … chữa": a hospital is not an illness; "có nên ẩn đi" (hiding a post) like "nên ăn".
    patterns: [/\b(benh(?! vien)|thuoc) .{0,20}\b(chua|uong|tri|gi)\b/u, /\buong thuoc\b/u, /\b(nen an|khong nen an|(?<!cong )an gi)\b(?! (di|bot|so|thong tin|bai|anh|ten|danh))/u],
  },
  {
    reason: 'personal',
    // "Có người yêu cầu cài…" is someone demanding, not a lover; a daughter's boyfriend come to stay asks about lưu trú
    // ("dẫn bạn trai về nhà ở ba đêm, nhà tôi có phải báo với ai không").
    // An ex threatening to post intimate pictures ("dọa đăng ảnh nóng") is extortion.
    // Marrying a foreign partner ("kết hôn với người Hàn Quốc thì làm ở cơ quan nào") is civil status.
    // A dating group that charges fee after fee ("nhóm Hẹn hò - Kết nối tình yêu … đóng tiếp phí") is the romance scam.
    // Whether a couple may marry at all ('cùng dòng họ bên nội … có được tiến tới hôn nhân'), or must register a shared
    // room ('ở chung phòng trọ với bạn trai … có phải đăng ký gì với công an').
    notWith: ['nguoi yeu cau', 'bao voi ai', 'phai bao voi', 'phai khai bao', 've nha o', 'o nha toi', 'o nho', 'lam thu tuc gi', 'doa dang', 'anh nong', 'dang ky ket hon', 'ket hon voi nguoi', 'thu tuc ket hon',
      'tien toi hon nhan', 'dong ho', 'ket hon voi nhau', 'dang ky gi', 'vi pham phap luat',
      // Two families found related ('hỏi ra mới biết có họ với nhà tôi, tính ra cũng 4 đời'): may they marry.
      'co ho voi', 'ho hang voi', 'can huyet', 'xin cuoi',
      'hen ho', 'dong phi', 'tien phi', 'chuyen tien', 'quay thuong'],
    any: ['người yêu', 'ny', 'crush', 'tỏ tình', 'chia tay', 'bạn gái', 'bạn trai', 'tình yêu', 'thất tình', 'dỗ bạn gái', 'cua gái', 'tán gái'],
    // "Định danh" of one's gender is not the electronic identity.
    strong: ['dinh danh gioi tinh', 'xu huong tinh duc', 'lgbt', 'gioi tinh thu ba', 'bot buon', 'nguoi ve that tinh', 'bo di lay vo', 'bo di lay chong'],
    // Comforting someone after a breakup; a romance scam that took money stays in scope.
    safeWith: ['tien', 'chuyen khoan', 'vay tien', 'cho vay', 'muon tien', 'dau tu', 'link', 'otp', 'tai khoan'],
    // "dỗ" folds like "đó", "đổi": only a making-up asked for ("giận … làm lành", "… làm sao dỗ" at the end).
    patterns: [/\b(gian|ghen)\b.{0,30}\b(lam lanh|xin loi)\b/u, /\blam sao do\s*$/u],
  },
  {
    // A species' name ("tên khoa học", "định danh loài"); a wedding gift's amount, unless a wedding card came as a link.
    reason: 'general',
    strong: ['ten khoa hoc', 'dinh danh loai', 'dinh danh cay', 'tên cây', 'tên loài hoa', 'tên các loài hoa', 'mung cuoi', 'tien mung', 'di dam cuoi', 'dam cuoi ban', 'to chuc dam cuoi', 'chi phi dam cuoi', 'tiec cuoi', 'dam cuoi het', 'định lý', 'pitago', 'pi ta go', 'thuc don', 'in ma qr', 'qr in len', 'in len thiep', 'sao cho dep', 'ngan hang de thi', 'de thi trac nghiem', 'de thi thu', 'ngan hang cau hoi'],
    // A seller printing the bank's QR to be paid ("in mã QR ngân hàng dán ở quầy") is payment, not design.
    safeWith: [...SCAM_TOLD, 'link', 'apk', 'cai', 'the cao', 'nhan thuong', 'qua tri an', 'trung thuong', 'nhan tien', 'ban hang', 'cho khach', 'khach chuyen', 'khach quet', 'o cho', 'ban o cho', 'dan o sap', 'o quay', 'quay hang', 'tap hoa', 'cua hang', 'ket hon',
      // A bank account opened for a child's lucky money ('mở tài khoản ngân hàng cho con để gửi tiền mừng tuổi').
      'mo tai khoan', 'tai khoan ngan hang', 'tai khoan cho con'],
  },
  {
    // How an estate is shared among heirs ("sổ tiết kiệm của bố chia cho các con thế nào") is inheritance law; how the bank
    // pays heirs out ("bố mất, rút tiền trong tài khoản thế nào") stays with the lesson.
    reason: 'general',
    // Heirs sharing it out ("anh em chia nhau thế nào cho đúng") or quarrelling over land left by parents ("tranh chấp mảnh
    // đất bố mẹ để lại").
    strongPatterns: [
      /\bchia\b.{0,30}\b(cac con|anh em|anh chi em|moi nguoi|vo con|cac chau)\b.{0,25}\b(the nao|ra sao|nhu the nao|bao nhieu|moi nguoi bao nhieu)\b/u,
      /\b(anh em|cac con|anh chi em)\b.{0,15}\bchia (nhau )?(the nao|ra sao|nhu the nao)\b/u,
      /\btranh chap\b.{0,20}\b(dat|nha|tai san|vuon|ruong)\b/u,
      /\bde lai\b.{0,15}\b(dat|manh dat|nha|tai san)\b.{0,40}\btranh chap\b/u,
      /\b(dat|manh dat|nha) (bo me|ong ba|cha me)\b.{0,40}\bchia\b/u,
      /\bdi chuc\b.{0,60}\bchia\b/u,
    ],
    // Residence at a home under dispute ('nhà bà ngoại đang tranh chấp đất, nhập khẩu vào đó được không'): the law bars a new
    // registration there, a residence question.
    safeWith: [...SCAM_TOLD, 'nhap khau', 'dang ky thuong tru', 'dang ky tam tru', 'chuyen khau'],
  },
  {
    // Writing software, even about OTPs ("tạo mã OTP trong nodejs"): only a scam told keeps it in scope.
    reason: 'general',
    strong: ['nodejs', 'node js', 'python', 'javascript', 'java', 'lap trinh', 'viet code', 'source code', 'ma nguon', 'github', 'thu vien nao', 'dung thu vien'],
    // "PHP 55.000" is an amount in Philippine pesos on a card statement, not the language.
    strongPatterns: [/\bphp\b(?!\s*\d)/u],
    safeWith: SCAM_TOLD,
  },
  {
    reason: 'general',
    // Exams and recruitment, driving tests, wages, design: "khám tuyển nghĩa vụ công an", "mẹo thi lý thuyết bằng lái", "công ty chuyển khoản lương chậm", "mã QR menu".
    strong: [
      'le phi truoc ba', 'trước bạ', 'dat cay atm', 'dat mot cay atm', 'chuyen nha tron goi', 'cong ty chuyen nha', 'dich vu chuyen nha', 'vu trom', 'trom xe', 'ngon ngu lap trinh', 'ly hon', 'ly di', 'chia tai san', 'thua ke', 'tranh chap dat', 'tranh chap loi di', 'loi di chung', 'lan dat', 'lan chiem dat', 'nghia vu quan su', 'nghia vu cong an', 'kham tuyen', 'hoc bang lai', 'hoc lai xe', 'thi ly thuyet', 'thi sa hinh', 'sa hinh', 'thi mo phong', 'phan mo phong', 'bai mo phong', 'thi bang lai xe may', 'thi bang lai xe hang', 'meo thi', 'bo de thi', 'trung tam dao tao lai xe', 'tuyen sinh', 'diem chuan',
      'quyet toan thue', 'thue mon bai', 'le phi mon bai', 'thue thu nhap', 'thue tncn', 'thue bao nhieu phan tram', 'dong thue bao nhieu', 'nop thue bao nhieu', 'thue gia tri gia tang', 'thue gtgt', 'thue vat', 'thue suat', 'hoa don dieu chinh', 'hoa don thay the', 'hoa don co ma', 'hoa don khong co ma', 'luong co so', 'cong chuc moi', 'chay grab', 'chay xe om', 'xe 50cc', 'xe 50 cc', 'di nhung dau', 'ngay 2 dem', 'ngay 3 dem', 'cai nhau', 'mau thuan gia dinh', 'me chong con dau', 'me chong va con dau', 'bao cao tai chinh', 'luong giao vien', 'luong co ban', 'muc luong', 'bang luong', 'viet cv', 'cv xin viec', 'phong van xin viec', 'phung duong', 'bao hiem nhan tho', 'bao hiem o to', 'bao hiem xe may',
      // School marks and their weights ("điểm trung bình môn học kỳ", "bài kiểm tra giữa kỳ hệ số mấy"); changing money for a trip.
      'diem trung binh', 'kiem tra giua ky', 'kiem tra cuoi ky', 'he so may', 'he so 2', 'diem tong ket', 'doi tien baht', 'doi tien o vn', 'mang bao nhieu tien', 'bao nhieu tien tieu',
      // Land bought as an investment ('chồng bảo đầu tư đất nền ở Long An là có lời, có nên mua').
      'dat nen', 'dau tu dat',
      // Land shared or disputed among heirs and neighbours ('tranh chấp với anh trai về mảnh đất', 'chia đất thế nào cho công
      // bằng', 'sổ đỏ ghi sai ranh giới, nhà bên lấn sang').
      'tranh chap voi', 'anh em chia dat', 'chia dat the nao', 'chia dat cho cong bang', 'lan sang', 'sai ranh gioi',
      'mua ban dat', 'lap di chuc', 'di chuc', 'dang kiem xe', 'dang kiem o to', 'diem thi tot nghiep', 'diem thi dai hoc', 'diem thi vao lop', 'tra cuu diem thi', 'thi tot nghiep',
      'hoc vien canh sat', 'hoc vien an ninh', 'truong canh sat', 'truong cong an', 'thi vao hoc vien', 'thi nganh cong an',
      'thi tuyen', 'xet tuyen', 'thi cong chuc', 'tuyen cong chuc', 'thi vien chuc', 'tuyen vien chuc', 'thu phu', 'luong huu thang', 'luong huu khi nao', 'luong huu tang', 'dieu chinh luong huu', 'tang bao nhieu phan tram', 'lay bao nhieu diem', 'thi vao truong', 'thi dai hoc', 'diem xet tuyen', 'xin visa', 'the xanh', 'quoc tich my', 'ai phat minh', 'phat minh ra', 'nguyen ly hoat dong', 'hoat dong theo nguyen ly', 'theo nguyen ly nao', 'theo nguyen ly gi', 'ra doi nam nao', 'loai chim', 'loai cay', 'con chim', 'dong vat', 'thuc vat', 'cham luong', 'no luong', 'luong cham', 'tranh chap lao dong', 'sa thai', 'thiet ke menu', 'thiet ke logo', 'menu quan', 'menu nha hang',
      'qr menu', 'ma qr menu', 'menu qr', 'nau mon', 'nen nau', 'mon gi ngon', 'ho so xin viec', 'don xin viec', 'bang cap gi', 'xin viec nhan vien', 'cong ty nao dang tuyen', 'cho nao dang tuyen', 'noi nao dang tuyen', 'tuyen ke toan', 'don xin nghi viec', 'don xin thoi viec', 'don xin nghi phep', 'giay vay no', 'giay vay tien', 'viet giay vay', 'giay no', 'di grab', 'xe grab', 'cuoc grab', 'cuoc taxi', 'truoc day ten la gi', 'truoc day goi la gi', 'ielts', 'toeic', 'toefl', 'dinh danh thuong hieu', 'nhan dien thuong hieu', 'xay dung thuong hieu', 'dich vu cong ich', 'marketing', 'tep khach hang', 'karaoke', 'gay on ao', 'thi vao nganh', 'tuyen cong nhan', 'cong nhan ve sinh', 'tuyen lao dong', 'nen di choi dau', 'di choi dau', 'diem nao choi', 'nhung diem nao choi', 'nen di dau choi', 'cho nao choi', 'diem tham quan', 'dia diem tham quan', 'homestay nao', 'khach san nao', 'nha nghi nao', 'dia diem du lich', 'quan an ngon', 'an gi ngon', 'nao ngon', 'dac san', 'vua re vua dep', 'qua sinh nhat', 'goi y qua', 'tang qua gi', 'mua qua gi',
      // Designing with a QR code: "làm menu mã QR bằng Canva".
      'lam menu', 'canva',
      // A visa's proof of funds; how many provinces there are now.
      'chung minh so du', 'bao nhieu tinh thanh', 'con bao nhieu tinh',
      // A residence status abroad (Japan's "tư cách lưu trú", "kỹ năng đặc định" visas) is not residence at home.
      'tu cach luu tru', 'ky nang dac dinh',
      // How a couple keeps its money, even in a bank ("vợ chồng nên để chung một tài khoản hay giữ riêng lương"); wages,
      // even paid by transfer ("chuyển khoản lương thiếu phụ cấp", "lương tối thiểu vùng", "làm thêm giờ").
      'vo chong nen', 'giu rieng luong', 'tien phu cap', 'thieu phu cap', 'luong toi thieu', 'lam them gio',
      // A flight's baggage; a ride to the airport.
      'hanh ly xach tay', 'ky hanh ly', 'dat grab', 'xach tay duoc mang', 'mang toi da',
      // A driving course for a car licence, an aptitude test's marks, a foreign language to learn before working abroad.
      'hoc lai o to', 'hoc lai oto', 'hoc lai xe o to', 'hoc bang b1', 'hoc bang b2', 'hoc bang c', 'tra diem thi', 'xem diem thi', 'danh gia nang luc', 'hoc tieng han', 'hoc tieng nhat', 'hoc tieng trung',
      // Work rules (leave, probation, night shifts), a neighbour's wall over the boundary, a land deal on a handwritten
      // paper, a school's app and sums, university choices, vaccination dates, a shop's invoices and books, a baggage
      // allowance: probe 19's themes, none a question of the assistant's topics.
      'nghi phep', 'thu viec', 'lam ca dem', 'tinh ca dem', 'xay lan', 'lan dat', 'lan sang dat', 'giay tay', 'dang ky nguyen vong', 'nguyen vong 1', 'nguyen vong xet tuyen', 'may nguyen vong', 'bao nhieu nguyen vong', 'hinh chu nhat', 'chu vi', 'tai khoan hoc truc tuyen', 'lich tiem', 'tiem phong', 'may tinh tien', 'phan mem hoa don', 'xuat hoa don', 'so ke toan', 'ghi so ke toan', 'ky gui duoc bao nhieu',
      // A tax deduction for school fees.
      'duoc giam thue', 'giam tru thue',
      // Choosing where to stay on a trip ("chỗ lưu trú nào đẹp mà rẻ"): a traveller's choice, not declaring a stay.
      'dep ma re', 'vua dep vua re', 'cho luu tru nao', 'nen o khu nao', 'nen chon cho o', 'nen chon cho luu tru', 'nen mac gi', 'mac gi cho', 'mang theo ao am',
      // Looking for an office job ('bảo hiểm xã hội có tuyển nhân viên văn phòng không, tôi muốn xin việc'); joining the
      // police ('xin việc làm công an phường cần chiều cao bao nhiêu').
      'muon xin viec', 'tuyen nhan vien van phong',
      'xin viec lam cong an', 'vao lam cong an', 'tuyen dung cong an', 'chieu cao', 'can nang',
      // Social housing, an eye clinic's booking, working out a shop's tax: questions near the topics' words ("xã hội",
      // "đặt lịch", "hộ kinh doanh") that the knowledge does not answer. A poor household's certificate is the
      // disability and poor-household lesson's.
      'nha o xa hoi', 'kham mat', 'benh vien mat', 'dat lich kham', 'cach tinh thue',
    ],
    // A maternity or unemployment benefit is paid by social insurance, not by the employer: "công ty trả lương hay bảo hiểm trả".
    // Registering residence in a house bought on a handwritten paper ("nhà mua giấy tay có nhập khẩu được không") is residence.
    // A passport printed without the place of birth ('hộ chiếu không ghi nơi sinh, xin visa bị đòi') is the passport's
    // question.
    // An expired licence renewed after a theory retest ('hết hạn 7 tháng, xin cấp lại GPLX, thi lý thuyết') and a night
    // shift's sick day ('ca đêm xin nghỉ do ốm, chế độ ốm') are the licence and BHXH lessons'.
    // A child's nationality chosen at birth ('muốn cho cháu mang quốc tịch cha') is civil status, whatever the country;
    // what may be stamped in a passport ('đóng dấu kỷ niệm vào trang trống trong hộ chiếu') is about the passport, whatever the trip;
    // leave asked for a wife's delivery or with the insurance benefit ('chồng được nghỉ phép bao nhiêu ngày khi vợ sinh') is
    // the maternity and sickness rules'; a spouse who marries again before the divorce ends ('ly thân … đã cưới người khác') is
    // marriage law the lessons answer.
    // A school asking for the child's identity card ('trường bảo phải có căn cước để đăng ký tuyển sinh lớp 10').
    // A paid fix offered by a stranger ('nhận lo cho con được miễn nghĩa vụ quân sự, đặt cọc trước') is a scam told.
    // A scholarship that asks a guarantee fee into a director's account is a scam told, not a visa asked.
    safeWith: [...SCAM_TOLD, ...WITHDRAWAL_BAIT, ...STAYING_ON, ...NOT_ARRIVED, 'phi bao lanh', 'tai khoan giam doc', 'nhan lo', 'lo cho con', 'lo mien', 'lo hoan', 'chay mien', 'dat coc truoc', 'nhan qua tai khoan', 'chuyen sang nhan', 'dong bao hiem cho', 'dong bao hiem theo luong', 'so la', 'co can cuoc', 'can cuoc de', 'mien thi thuc', 'da vao quoc tich', 'da nhap quoc tich', 'mang quoc tich', 'quoc tich cha', 'quoc tich me', 'quoc tich cho con', 'vao ho chieu', 'trong ho chieu', 'trang ho chieu', 'vo sinh', 'huong che do', 'chua ly hon', 'dang co vo', 'dang co chong', 'mot vo mot chong', 'thai san', 'om dau', 'bhxh tra', 'bao hiem tra', 'tro cap that nghiep', 'thong bao luu tru', 'chung minh nhan dan', 'ho khau', 'khong khop', 'ly lich tu phap', 'noi sinh', 'cap lai gplx', 'cap lai giay phep lai xe', 'cap lai bang lai', 'nghi do om', 'che do om', 'vneid', 'chung thuc', 'ban sao', 'can cuoc dien tu', 'trung thuong', 'trung giai', 'nop phi', 'the cao', 'lam can cuoc', 'lam the can cuoc', 'cap can cuoc', 'doi can cuoc', 'lam cccd', 'tinh trang hon nhan', 'doc than', 'doi ho', 'doi ten cho con', 'doi sang ho', 'theo ho me', 'mang ho me', 'lay ho me', 'dinh danh dien tu', 'tai khoan dinh danh', 'phi ho so', 'dong phi', 'doi phi', 'xung', 'co that khong', 'co phai that', 'phai lua', 'lua khong', 'la lua', 'uy tin khong', 'an toan khong', 'cai app', 'cai ung dung', 'link', 'hoan thue', 'gọi bảo', 'nguoi goi', 'goi dien bao', 'otp', 'khai tu', 'giay chung tu', 'giay khai sinh', 'khai sinh', 'trich luc', 'chot so', 'so bhxh', 'so bao hiem', 'dong bao hiem xa hoi theo',
      // The salary insurance is paid on ('mức lương đóng là bao nhiêu'); a buyer and a seller quarrelling over a transfer
      // debited but not arrived ('tiền bên ông bị trừ mà tài khoản tôi không thấy vô').
      'muc luong dong', 'luong dong bao hiem', 'luong dong bhxh', 'tien bi tru', 'khong thay vo', 'chua thay vo',
      // A camera fine caught on a trip ('bị phạt nguội lúc đi du lịch, đóng phạt ở nơi cư trú được không'); the card a
      // pension is paid to, lost ('lãnh lương hưu qua thẻ ATM, làm mất thẻ, tiền lương hưu tháng sau có mất không').
      'phat nguoi', 'nop phat', 'dong phat', 'mat the', 'lam mat the',
      // A child's residence moved after a divorce ('ly hôn, muốn chuyển thường trú của cháu về theo mẹ').
      'chuyen thuong tru', 'dang ky thuong tru', 'nhap khau vao', 'nhap khau ve', 'thuong tru cho con', 'thuong tru cua con', 'thuong tru cua chau', 'chuyen khau', 'nhap khau cho',
      // Whether some work counts for social insurance ('chạy xe ôm công nghệ, có được đóng BHXH không', '24 tháng nghĩa
      // vụ quân sự có được tính là thời gian tham gia BHXH'), and what a work accident pays ('tai nạn lao động nghỉ điều
      // trị có được trả lương không').
      'duoc dong bao hiem xa hoi', 'duoc tham gia bao hiem xa hoi',
      // Whether a probation contract carries social insurance ('thời gian thử việc có phải đóng BHXH không').
      'phai dong bhxh', 'phai dong bao hiem xa hoi', 'phai tham gia bhxh', 'phai tham gia bao hiem xa hoi', 'duoc dong bao hiem', 'duoc dong bhxh',
      // A month's contribution left unpaid, military service added to the years paid ('cộng dồn thời gian đóng BHXH').
      'khong dong bhxh', 'khong dong bao hiem', 'cong don', 'thoi gian tham gia bao hiem xa hoi', 'thoi gian dong bao hiem xa hoi', 'cong noi', 'tai nan lao dong',
      // Divorced spouses registering their marriage again ('ly hôn rồi muốn quay lại với nhau'); marrying again when a
      // spouse has been missing for years ('biệt vô âm tín … có phải ly hôn trước khi kết hôn với người khác'); a child of
      // divorced parents adopted by a relative ('em trai ly hôn muốn cho con làm con nuôi của tôi').
      // The age a driving licence may be had at ('16 tuổi thi bằng lái xe máy được chưa') is the licence lesson's.
      'may tuoi thi bang', 'tuoi thi bang', 'tuoi duoc thi bang', 'tuoi duoc cap bang', 'du tuoi thi bang',
      // A work accident's lump sum ('chết trên đường đi công tác, có được trợ cấp một lần bằng 36 tháng lương tối thiểu').
      'tro cap mot lan', 'di cong tac',
      // A passport lost while home on leave ('về Việt Nam nghỉ phép thì bị mất hộ chiếu').
      'mat ho chieu', 'lam lai ho chieu', 'cap lai ho chieu',
      'quay lai voi nhau', 'quay lai song voi nhau', 'song lai voi nhau', 'ket hon lai', 'tai hop', 'song chung lai', 'biet tich', 'biet vo am tin', 'mat tich', 'mat lien lac', 'ket hon voi nguoi khac', 'lay chong khac', 'lay vo khac', 'con nuoi',
      'khong co tin tuc', 'bat tin', 'lay chong moi', 'lay vo moi', 'tai hon', 'chong mat', 'vo mat',
      // An adult child's guardian asked before an inheritance is shared ('con bị tâm thần, tôi có phải được công nhận là người
      // giám hộ để làm thừa kế').
      'giam ho',
      // A coin that "pays a salary" for each recruit, an admission letter with a personal account to pay, a "diplomatic
      // quota" flat sold for a deposit: scams, whatever the school or the housing.
      'tien ao', 'hoa hong', 'ru them', 'so tai khoan ca nhan', 'giu cho', 'suat ngoai giao', ...BHYT_PAYS, 'dung the bhyt', 'dung the bao hiem y te',
      // A parent taking the children to a household of their own after a divorce ('ly hôn rồi, muốn tách khẩu cho mình và
      // con', 'muốn đứng riêng 1 sổ hộ').
      'tach khau', 'tach ho', 'rieng 1 so ho', 'rieng mot so ho', 'rieng so ho', 'ho rieng',
      // A year's co-payment on a BHYT card above six months of the base salary ('cùng chi trả … hơn 6 tháng lương cơ bản').
      'cung chi tra', ...RESIDENCE_ASKED,
      // Papers for a job or a visa ("xác nhận cư trú bổ sung hồ sơ xin việc", "cần hộ chiếu mới để xin visa"), and what
      // unemployment pays on a wage.
      'cu tru', 'lam ho chieu', 'cap ho chieu', 'ho chieu moi', 'ho chieu cu', 'bao hiem that nghiep', 'qua doi', 'nguoi da mat', 'nguoi mat', 'tin duoc khong', 'nhom zalo', 'nhom facebook', ...INSPECTION_SCAM, ...VOLUNTARY_PENSION, ...PENSION_PAID,
      // The registration fee paid before a new vehicle's online registration ("đăng ký xe mới có phải nộp trước bạ").
      'dang ky xe', 'bam bien so',
      // A Vietnamese passport for a child holding another nationality ('con có quốc tịch Mỹ làm hộ chiếu Việt Nam').
      'ho chieu viet nam', 'ho chieu vn', 'passport viet nam', 'passport vn',
      // A residence certificate asked for a job application ('xác nhận thông tin cư trú để nộp hồ sơ xin việc').
      'xac nhan cu tru', 'thong tin cu tru', 'ct07',
      // Residence asked by a man of military-service age ('chồng trong tuổi nghĩa vụ quân sự đi làm xa đăng ký tạm trú').
      'dang ky tam tru', 'lam tam tru', 'khai bao tam vang', 'tam vang',
      // A divorce abroad recorded before marrying again ('đã ly hôn ở nước ngoài, giờ đăng ký kết hôn').
      'dang ky ket hon', 'ghi chu ly hon', 'ly hon o nuoc ngoai', 'toa nuoc ngoai', 'toa an nuoc ngoai',
      // A child's ethnicity changed before a university exam ('đổi dân tộc cho con để được ưu tiên thi đại học').
      'doi dan toc', 'theo dan toc', 'xac dinh lai dan toc',
      // A parent's money left in a bank after a death ("bố tôi mất đột ngột, trong tài khoản còn tiền"); the house and
      // land an estate holds stay the notary's question.
      'tai khoan ngan hang con', 'tai khoan con tien', 'tien trong tai khoan', 'trong tai khoan cua', 'tai khoan cua bo', 'tai khoan cua me', 'tai khoan cua cha', 'tai khoan cua ba', 'tai khoan cua ong',
      'so tiet kiem dung ten', 'so tiet kiem cua', 'cuon so tiet kiem', 'the atm cua', 'khong tim thay so',
      // A seller asking how customers pay ("bán đặc sản, khách toàn xin quét mã"); a guesthouse keeping the card
      // ("nhà nghỉ nào cũng bắt để lại căn cước").
      'khach quet', 'khach chuyen khoan', 'de lai can cuoc', 'de lai cccd', 'giu can cuoc', 'giu lai can cuoc', 'giu the can cuoc', 'giu cccd',
      // A bank's balance messages, whatever the asker does for a living ("ba tôi chạy xe ôm, phí tin nhắn báo số dư lên 300 nghìn").
      'bao so du', 'bien dong so du', 'sms banking', 'phi tin nhan'],
    // Not everyday life: a trip offered by someone met online ('quen trên mạng rủ sang châu Phi du lịch, lo hết chi phí')
    // is a lure, and a guest come to stay ('lên ở nhà tôi một tuần để ôn thi, có phải báo công an không') is lưu trú.
    // Nor is staying on to work after a visa (STAYING_ON), or anything told as illegal, or a trade learnt with the
    // unemployment benefit's support ('đang nhận thất nghiệp, muốn đi học nghề có được hỗ trợ không'), or a wedding held by
    // a spouse not yet divorced ('ly thân … cô ấy đã làm đám cưới với người khác').
    notWith: [...INSPECTION_SCAM, 'ly than', 'chua ly hon', 'tro cap that nghiep', 'bao hiem that nghiep', 'nhan that nghiep', 'huong that nghiep', 'lanh that nghiep', 'nguoi that nghiep', 'tien that nghiep', 'ho so that nghiep', 'dang huong that nghiep', 'quen tren mang', 'quen qua mang', 'ru toi sang', 'ru sang', 'bao cong an', 'bao voi cong an', 'bao cho cong an', ...STAYING_ON, 'bat hop phap',
      // Leave to travel ('có hộ chiếu rồi, đi du lịch nước ngoài có phải xin phép công an không') is the passport's question;
      // a licence's points ('bằng lái có tính điểm … còn bao nhiêu điểm') are no school marks.
      'xin phep', 'tinh diem', 'tru diem', 'diem bang lai', 'diem giay phep'],
    // How to pull over when a traffic officer signals ('csgt thổi còi thì tấp vào lề') is traffic law.
    any: ['tap vao le', 'thoi coi', 'dinh nui', 'song dai nhat', 'chau luc', 'dai duong', 'lich tau', 'gio tau', 'lap trinh', 'viet code', 'code python', 'javascript', 'translate', 'vu tru', 'hanh tinh', 'khung long', 'chien tranh the gioi', 'cach nau', 'mon an', 'nau an', 'wifi cham', 'mang cham', 'cup dien', 'lich cup dien', 'lich cat dien', 'lich mat dien', 'bao gio co dien', 'may giat', 'tu lanh', 'dieu hoa', 'bai tap', 'on thi', 'giai phuong trinh', 'giai bai', 'bai toan', 'du lich', 'khach san', 'homestay', 'nen o khu nao', 'di choi o dau', 'thu cung', 'vat nuoi', 'cho meo', 'tang don', 'tang doanh so', 'keo khach', 'tiktok shop', 'mo shop', 'dang ky shop', 'nhanh ban', 'ban cho nhanh', 'ban nhanh hon', 'ban hang tren tiktok', 'ban hang tren shopee',
      // Schooling and booking a trip ("học thêm toán ở đâu", "vé máy bay Tết nên đặt trước bao lâu").
      'di hoc them', 'cho hoc them', 'hoc them o dau', 'thi vao lop 10', 'hoc nghe', 'truong chuyen', 'truong thuong', 'truong cong lap', 'bao nhieu diem', 'mam co', 'dam cuoi',
      // Which school to choose ('xin vào trường cấp 1 nào tốt gần nhà').
      'cap 1 nao', 'cap 2 nao', 'cap 3 nao', 'truong nao gan',
      // Lessons missed at school ('con nghỉ ốm 3 ngày, xin cô giáo cho học bù').
      'hoc bu', 'xin co giao',
      // Public or private school ('vào lớp 1 nên học trường công hay trường tư').
      'truong tu', 'truong tu thuc', 'truong quoc te',
      // Where a shop buys its stock, running ads, practising English with strangers ('nhập hàng ở chợ đầu mối nào rẻ',
      // 'chạy quảng cáo Facebook mỗi ngày tốn bao nhiêu', 'kết bạn Zalo với người nước ngoài để luyện nói tiếng Anh').
      'nhap hang o', 'nhap hang re', 'cho dau moi', 'chay quang cao', 'luyen noi', 'luyen tieng anh',
      // A restaurant or the trays for the wedding, an inheritance shared: asked after the paper is done ('đăng ký kết hôn
      // xong rồi, tiệc cưới đặt nhà hàng nào', '…nên đặt bao nhiêu mâm'; 'làm khai tử rồi, giờ chia thừa kế thế nào').
      'nha hang nao', 'dat nha hang', 'chia thua ke', 'bao nhieu mam', 'moi mam', 'dat tiec',
      // Whether to buy a home on instalments or rent ('kết hôn xong rồi thì nên mua nhà trả góp hay thuê nhà ở').
      'mua nha tra gop', 'nen mua nha', 'mua nha hay thue', 'thue nha hay mua',
      // Keeping a household's accounts.
      'ghi chep chi tieu', 'quan ly chi tieu', 'so chi tieu',
      // Electric cars, a used motorbike's frame, sales days.
      'o to dien', 'oto dien', 'khung suon', 'xe bi tai nan', 'xe da bi tai nan', 'black friday', 'nang gia len',
      // Overtime pay, a couple's money, returning goods bought online.
      'tang ca', 'lam them ngay le', 'lam them vao ngay le', 'luong lam them', 'doi tra hang', 'giao den bi vo', 'hang bi vo', 'giao sai mau', 'giao sai size', 'lam bao ve', 'luong tam bao nhieu', 'dat truoc bao lau', 'mua truoc bao lau',
      // A bonus owed by the employer.
      'luong thang 13', 'thuong tet',
      // A speed limit.
      'toc do toi da', 'gioi han toc do', 'duong cao toc', 'km h', 'chay toi da'],
    patterns: [
      /\b(dan so|dien tich) (cua|nuoc|the gioi)\b/u,
      // Where to find cheap tickets ("săn vé máy bay Tết giá rẻ book ở đâu"), unless asked whether a seller is real.
      /^(?!.*\b(lua|co that|an toan|uy tin|gia mao)\b).*\b(san|dat|mua|book) ve (may bay|tau|xe)\b.{0,40}\b(o dau|trang nao|app nao|web nao)\b/u,
      // Import duty on goods bought abroad, not a parcel a caller wants a fee for.
      /^(?!.*\b(goi|nhan tin|qua|lua|phi hai quan|chuyen tien|chuyen khoan)\b).*\bthue nhap khau\b/u,
      // A savings book in a child's name.
      /\b(mo|lam) so tiet kiem cho (con|be|chau)\b/u,
      // Booking a trip early ("đặt vé máy bay … trước bao lâu thì rẻ").
      /\bdat (ve|phong)\b.{0,50}\btruoc bao lau\b/u,
      // A capital city, not a sum collected ("khoản thu đó" folds alike).
      /(?<!\b(khoan|tien|muc|cac|nhung|nguon) )\bthu do\b/u,
      /\b(chu tich nuoc|thu tuong|tong bi thu|tong thong|bo truong)\b.{0,30}\b(la ai|hien nay|bao nhieu tuoi)\b/u,
      /\bnuoc nao\b/u,
      /\b(cach (trong|nuoi|cham soc) (lua|cay|ca|ga|heo|lon|bo|rau|hoa))\b/u,
      COOKING,
      /\bai (phat minh|sang lap|tim ra|la tac gia|viet|la nguoi dau tien)\b/u,
      /\b(cong thuc (nau|lam|hoa hoc|toan)|cong thuc mon)\b/u,
      /\blich su (viet nam|the gioi|trieu)\b/u,
      /\b(cong an|quan doi|bo doi|cong chuc|vien chuc|giao vien|nganh)\b.{0,20}(?<!\btruc )\btuyen\b/u,
      /\b(tuyen|tuyen dung|tuyen sinh) (cong an|quan doi|bo doi|cong chuc|vien chuc|giao vien)\b/u,
      /\btuyen (dung|sinh|quan)\b.{0,30}\b(dieu kien|ho so|bao nhieu tuoi|thi gi|mon gi|chi tieu|khi nao)\b/u,
      /\d+\s*x\s*[+-]\s*\d+\s*=/u,
      // A car's periodic inspection (now that "oto" reads as "ô tô", a licence's word); "đang kiểm tra" folds alike.
      /\bdang kiem\b(?! tra)/u,
      // A school renamed after the merger, or its fees ('trường cấp 2 có đổi tên không, học phí năm nay bao nhiêu'); paying a
      // fee by a bank app keeps its core words.
      /\btruong (cap \d|cap (mot|hai|ba)|tieu hoc|thcs|thpt|mam non|trung hoc)\b.{0,40}\b(doi ten|hoc phi)\b|\bhoc phi\b.{0,30}\b(bao nhieu|nam nay)\b/u,
      // Extra lessons for a child ('nên cho cháu học thêm toán ở trung tâm nào').
      /\bhoc them\b.{0,30}\b(trung tam nao|o dau|thay nao|co nao|lop nao)\b|\b(nen cho|co nen cho)\b.{0,20}\bhoc them\b/u,
      // Who wrote a song and when ('bài hát … do ai sáng tác, năm nào').
      /\bbai hat\b.{0,60}\b(ai sang tac|do ai|cua ai|tac gia|sang tac nam)\b/u,
      // A job looked for ('tìm việc làm công nhân ở Bình Dương lương cao, có ký túc xá không').
      // Reporting one's job search while on unemployment benefit ('báo tìm việc hằng tháng ở đâu') is the benefit's.
      /(?<!\bbao )\btim viec( lam)?\b.{0,40}\b(luong|o dau|cong ty nao|cho nao|ky tuc xa|bao an)\b/u,
      // The turnover from which a seller owes tax ("doanh thu bao nhiêu một năm thì phải nộp thuế").
      /\bdoanh thu\b.{0,40}\b(nop|dong|chiu|khai) thue\b/u,
      // A pet's chip or jab ("gắn chip cho chó"), not a căn cước's chip.
      /\b(gan chip|cay chip|tiem phong|tiem)\b.{0,10}\bcho (cho|meo)\b/u,
    ],
    strongPatterns: [
      // How long a bad debt keeps one from borrowing ("nợ xấu CIC bao lâu mới vay lại được").
      /\bno xau\b.{0,15}\bbao lau\b.{0,25}\b(vay|xoa|het)\b|\bbao lau\b.{0,30}\b(vay lai|duoc vay (lai|tien|von|tiep))\b/u,
      // Sharing a household's wages between spending and saving.
      /\b(chia|phan bo|can doi)\b.{0,15}\b(chi tieu|tieu)\b.{0,20}\btiet kiem\b/u,
      // A credit card's minimum payment and its interest.
      /\b(tra|thanh toan|dong) (muc |so tien |so )?toi thieu\b/u,
      // Returning goods the shop got wrong ("giao sai màu, trả hàng hoàn tiền thế nào"): the shop's or the platform's
      // returns, not a refund a caller, a shipper or a link offers.
      /^(?!.*\b(shipper|chuyen khoan|chuyen tien|link|goi|nhan tin|zalo|otp|lua)\b).*\b(giao sai|giao nham|giao thieu|hang bi vo|hang bi hong|hang bi loi)\b.{0,30}\b(doi tra|tra hang|doi hang|hoan tien)\b/u,
      // Taking the driving test, not using the licence one has ("đã thi sát hạch, có giấy hẹn, được chạy xe chưa"), even
      // though "bằng lái" is a topic word.
      /\b(thi|hoc|on thi|ly thuyet) (bang lai|lai xe|sat hach)\b.{0,40}\b(o dau|trung tam|bao nhieu cau|mat bao lau|may buoi|de dau|meo|bo de|bao nhieu tien|het bao nhieu|mat bao nhieu|chi phi|hoc phi)\b/u,
      // How much tax ("nộp bao nhiêu tiền thuế"); quitting a job; selling more online ("làm sao để nhiều người mua").
      /\b(nop|dong|tinh) bao nhieu (tien )?thue\b/u,
      // Tax on a rent or a shop's income ('cho thuê phòng trọ … có phải nộp thuế không').
      /\bcho thue\b.{0,80}\b((nop|dong|chiu|tinh) thue|thue (tinh|bao nhieu|may phan tram))\b/u,
      /\bnghi viec\b.{0,40}\b(bao truoc|tru luong|tro cap thoi viec)\b/u,
      /\b(lam sao|cach)\b.{0,50}\b(nhieu nguoi mua|dong khach|ban chay|nhieu don)\b/u,
      // Wages paid late ("trả lương"), not a pension paid into an account ("chi trả lương hưu").
      /\btra luong\b(?! huu)/u,
      // A bank's opening hours ("di động của" and "100.000 đồng của" fold to "dong cua").
      /\b(ngan hang|phong giao dich|chi nhanh)\b.{0,40}(?<!\b(di|\d+|nghin|ngan|trieu|ty) )\b(mo cua|dong cua)\b|(?<!\b(di|\d+|nghin|ngan|trieu|ty) )\b(mo cua|dong cua)\b.{0,30}\b(ngan hang|phong giao dich)\b/u,
      // Photo tips.
      /\bchup anh\b.{0,50}\b(cho dep|dep hon|khong bi toi|sang hon|cho sang)\b/u,
      // The QR code printed on a product (a bottle, a box, a label) tells of the product, not a payment.
      /\bqr\b.{0,15}\b(tren|o|cua) (chai|hop|lon|bao bi|goi|san pham|nhan|vo hop|thung|ly|coc)\b/u,
      // Whether labour export is worth it and what it costs ("có nên đi xklđ Hàn Quốc, tổng chi phí tầm bao nhiêu").
      /\bco nen di (xuat khau lao dong|xkld|lao dong)\b/u,
      /\b(xuat khau lao dong|xkld)\b.{0,40}\b(can chuan bi|bao nhieu tien|chi phi|hoc tieng)\b/u,
      // A job's pay or hiring round at a named employer ("nhân viên giao dịch ngân hàng lương bao nhiêu", "Agribank tuyển
      // dụng khi nào"), and a scholarship to study abroad: even beside the bank's name, not the assistant's.
      /\b(nhan vien|giao dich vien|ke toan|cong nhan|giao vien|bac si|y ta|tu van vien)\b.{0,30}\bluong\b.{0,15}\b(bao nhieu|bn|cao khong|co cao)\b/u,
      /\bluong (cua )?(nhan vien|giao dich vien|ke toan|cong nhan|giao vien|bac si|y ta|tu van vien)\b.{0,50}\b(bao nhieu|bn|khoang|cao khong)\b/u,
      // Tax on a pension; a loan to a friend not paid back ("cho bạn mượn tiền mà không trả thì kiện thế nào"), told with
      // its story ("anh trai vay 200 triệu, tôi chuyển khoản có biên lai mà giờ không trả, kiện thế nào").
      /\bluong huu\b.{0,20}\b(danh thue|tinh thue|chiu thue|nop thue)\b/u,
      /\b(muon|vay)\b.{0,90}\b(khong tra|khong chiu tra|quyt|xu no)\b.{0,60}\b(kien|toa|khoi kien)\b/u,
      /\btuyen dung\b.{0,30}\b(khi nao|bao gio|thang may|dot nao|vi tri nao|yeu cau gi|can bang gi|nam nay (khong|co khong))\b|\btuyen dung\b.{0,60}\bluong (bao nhieu|bn)\b/u,
      /\b(xin|hoc bong|ho so|dieu kien|chi phi)\b.{0,20}\bdu hoc\b.{0,30}\b(can gi|can nhung gi|the nao|o dau|bao nhieu|dieu kien gi)\b/u,
      // Buying on instalments as a deal ("mua iPhone trả góp qua thẻ tín dụng có lợi hơn trả thẳng không").
      /\btra gop\b.{0,50}\b(loi hon|co loi|re hon|re nhat|lai suat)\b/u,
      // 0% instalments ("mua trả góp iPhone 0% qua thẻ tín dụng có mất phí gì không").
      /\btra gop\b.{0,25}\b0\b/u,
      // How much is proper to give ("chuyển khoản cho người yêu bao nhiêu là hợp lý").
      /\bbao nhieu( tien)? (thi |la )?(hop ly|vua phai|lich su|phai phep)\b/u,
      // A visa to live abroad is not the residence at home ("tạm trú ở Nhật cần visa nào"), unless asked of VNeID or
      // the public services portal; a card named Visa is in scope.
      /^(?!.*\b(vneid|dich vu cong)\b).*\b((xin|lam) (loai |the )?visa|visa (nao|gi|du lich|lao dong|du hoc|dinh cu|tam tru|thuong tru))\b/u,
      // What a landlord may charge for power or water, whatever deposit was paid by transfer.
      /\b(chu nha|chu tro|nha tro|phong tro|thue tro|thue phong)\b.{0,50}\b(tien|gia) (dien|nuoc)\b/u,
      /\b(tien|gia) (dien|nuoc) \d+\s*(k|nghin|ngan|d|dong)?\s*\/\s*(so|kwh|khoi|nguoi)\b/u,
    ],
  },
  {
    // Where to have a phone mended cheaply or which phone to buy at a price ('thay màn hình ở đâu rẻ mà không mất dữ liệu
    // app bank', 'điện thoại nào màn hình to cài VNeID cho ông bà, tầm 3 triệu'): a shop's answer even when the bank app or
    // VNeID is named; a repairer who emptied an account is a scam.
    reason: 'device',
    strongPatterns: [
      /\b(thay|sua)\b.{0,40}\b(o dau|cho nao|tiem nao|cua hang nao)\b.{0,15}\b(re|uy tin|tot)\b/u,
      /\bdien thoai nao\b.{0,80}\b(gia|tam|duoi|khoang) \d+\s*(tr|trieu|cu)\b/u,
    ],
    safeWith: [...SCAM_TOLD, ...VICTIM_WORDS, 'nguoi la', 'ke gian', 'bi rut', 'bi tru'],
  },
  {
    // What a named bank charges for a transfer ('phí chuyển tiền liên ngân hàng của Vietcombank bây giờ là bao nhiêu'): a
    // price list; a fee deducted without cause, or one asked by a caller, is a scam's or a dispute's.
    reason: 'prices',
    strongPatterns: [/\bphi (chuyen tien|chuyen khoan)( lien ngan hang)?\b.{0,40}\b(vietcombank|vcb|bidv|agribank|vietinbank|techcombank|mbbank|tpbank|sacombank|vpbank|acb|ngan hang nao)\b|\bphi chuyen (tien|khoan) lien ngan hang\b.{0,40}\bbao nhieu\b/u],
    safeWith: [...SCAM_TOLD, ...VICTIM_WORDS, 'bi tru', 'tru phi', 'co dung khong', 'quoc te', 'nuoc ngoai', 'qr'],
  },
  {
    // What a tour costs ('tour du lịch cho người cao tuổi đi Đà Lạt 4 ngày giá bao nhiêu'); a tour sold cheap online with a
    // deposit asked is the travel scam's.
    reason: 'prices',
    strongPatterns: [/\btour\b.{0,50}\bgia (bao nhieu|bn)\b|\bgia tour\b/u],
    safeWith: [...SCAM_TOLD, ...VICTIM_WORDS, 'coc', 'chuyen khoan', 'web', 'trang', 'fanpage', 'co that', 'gia re bat ngo', 're bat thuong', 'nhiem vu', 'hoa hong', 'nap tien', 'khong rut duoc'],
  },
  {
    // Goods delivered wrong and sent back ('ck tiền mua áo trên shopee mà shop giao sai màu, đổi trả kiểu gì'): a shop's
    // returns, even paid by transfer; an order paid outside the platform and never sent is the shopping scam's.
    reason: 'general',
    strongPatterns: [/\b(giao sai|giao nham|giao thieu|hang loi|sai mau|sai size|khong dung mau)\b.{0,40}\b(doi tra|doi hang|tra hang|doi lai|hoan hang)\b|\b(doi tra|doi hang|tra hang)\b.{0,40}\b(giao sai|sai mau|sai size|hang loi)\b/u],
    safeWith: [...SCAM_TOLD, ...VICTIM_WORDS, 'ngoai san', 'ngoai ung dung', 'zalo', 'facebook', 'khong giao', 'chan', 'khong nhan duoc hang', 'link'],
  },
  {
    // A landlord keeping a deposit after the tenant leaves ('chủ trọ giữ 3 triệu tiền cọc không trả, kiện ở đâu') is a civil
    // dispute; a deposit sent online for a room never seen is the rental scam's lesson.
    reason: 'general',
    // A landlord claiming a dead tenant's rent from the family ('chủ trọ đòi trả tiền phòng còn nợ của người đã mất').
    strongPatterns: [/\b(chu nha|chu tro)\b.{0,40}\b(no|tien phong|tien nha|tien tro)\b.{0,30}\bnguoi (da )?mat\b/u, /\b(chu nha|chu tro)\b.{0,40}\b(giu|khong tra|khong hoan|khong chiu tra|quyt)\b.{0,20}\bcoc\b|\bcoc\b.{0,40}\b(chu nha|chu tro)\b.{0,30}\b(khong tra|khong hoan|khong chiu tra|giu lai)\b/u],
    safeWith: [...SCAM_TOLD, ...VICTIM_WORDS, 'chan', 'online', 'tren mang', 'qua mang', 'chua gap', 'chua xem', 'chua den', 'xoa tin', 'mat lien lac'],
  },
  {
    // Last, so the rules above keep their reasons. Keeping a marriage happy ("mới đăng ký kết hôn mà cãi nhau suốt, làm sao cho êm ấm"): advice, not civil status.
    reason: 'personal',
    // A husband's drinking or his share of the housework ('chồng nhậu suốt, làm sao cho ổng bớt nhậu', 'thất nghiệp ở nhà
    // mà không phụ vợ việc nhà'); vegetables grown for the old parents.
    strong: ['em am', 'hanh phuc gia dinh', 'giu hanh phuc', 'hoa thuan', 'lam lanh', 'bot nhau', 'nhau suot', 'phu vo viec nha', 'phu viec nha', 'nen trong rau', 'trong rau gi', 'trong rau sach'],
    safeWith: SCAM_TOLD,
  },
  {
    // A lender chosen by its rate, even beside the ID card ("app nào lãi thấp mà không cần thẻ căn cước"); a loan offer told
    // with a fee, a photo or a link asked is the loan-app scam.
    reason: 'prices',
    strongPatterns: [/\b(app|ung dung|ben) nao\b.{0,30}\b(lai thap|lai suat thap|lai re)\b/u],
    safeWith: [...SCAM_TOLD, 'lua', 'phi', 'giai ngan', 'gui anh', 'chup', 'nap tien', 'dat coc', 'link', 'doi no', 'khung bo', 'danh ba', 'co nen', 'co sao', 'an toan'],
  },
  {
    // A shopping site's own account ("tk shopee bị khóa, làm sao mở lại"); paid by QR or a wallet, or told as a scam, it stays.
    reason: 'general',
    strong: ['tk shopee', 'tai khoan shopee', 'tk lazada', 'tai khoan lazada', 'tk tiki', 'tai khoan tiki'],
    safeWith: [...SCAM_TOLD, 'lua', 'gia mao', 'link', 'otp', 'goi dien', 'nhan tin', 'tin nhan', 'shopeepay', 'shopee pay', 'lien ket', 'vi dien tu'],
  },
  {
    // Cleaning a phone to make it faster ("có cách nào dọn rác cho điện thoại chạy nhanh hơn"), whatever app filled it;
    // a chat app's messages kept through a reinstall ("xoá đi cài lại có mất tin nhắn không").
    reason: 'device',
    strong: ['don rac cho dien thoai', 'don rac dien thoai', 'don dep dien thoai', 'dien thoai chay nhanh hon', 'may chay nhanh hon', 'mat het tin nhan', 'sao luu tin nhan', 'khoi phuc tin nhan', 'co mat tin nhan',
      // A computer's memory ('vào cổng dịch vụ công chậm, nên nâng cấp RAM lên bao nhiêu GB').
      'nang cap ram', 'them ram', 'bao nhieu gb'],
    safeWith: SCAM_TOLD,
  },
  {
    // Asks that no area word makes the assistant's, whatever is told before them: which school to choose, how to cook,
    // a visa's savings, idle money ("nhàn rỗi", with its tones: folded it is "nhận rồi") or a coin to invest in. A scam
    // told keeps them.
    reason: 'general',
    strong: ['truong nao tot', 'chon truong nao', 'can so tiet kiem', 'so tiet kiem bao nhieu', 'triệu nhàn rỗi', 'tiền nhàn rỗi', 'dau tu bitcoin', 'bitcoin co nen',
      // Which stock to buy ('người mới đầu tư chứng khoán nên mua mã cổ phiếu nào'); a photo app to look better on Facebook.
      'co phieu nao', 'nen mua co phieu', 'app chinh anh', 'chinh anh dep', 'chinh anh cho dep', 'nao chinh anh', 'de dang fb', 'de dang facebook',
      // A flat's price by the square metre, bought to register a child's residence for school; a school taking pupils
      // from outside its area ("trái tuyến", which the health card's rules also say) and its fees.
      'mot met vuong', 'moi met vuong', 'bao nhieu tien mot met', 'gia chung cu', 'gia can ho',
      'hoc sinh trai tuyen', 'nhan trai tuyen', 'tuyen sinh trai tuyen', 'hoc phi bao nhieu', 'hoc phi la bao nhieu', 'hoc phi mot thang',
      // A wallet or card holder to buy, however the card in it is named ("ví nhỏ đựng thẻ căn cước, loại da nào bền mà rẻ").
      'vi dung the', 'vi nho dung', 'bao dung the', 'vo boc the', 'bao boc the', 'loai da nao', 'bang da loai nao', 'dep ma ben', 'ben ma re', 'vua ben vua re',
      // A job wanted now, even from the employment service centre ("trung tâm dịch vụ việc làm đang có việc gì lương cao").
      'tim viec gap', 'can tim viec', 'dang co viec gi', 'viec gi luong cao', 'viec nao luong cao'],
    strongPatterns: [COOKING,
      // Which medicine to add after a visit ('khám bằng thẻ BHYT rồi mà vẫn đau, nên uống thêm thuốc gì').
      /\bnen uong( them)? thuoc\b|\buong( them)? thuoc gi\b/u],
    safeWith: [...SCAM_TOLD, ...INVESTMENT_BAIT, 'lua', 'link', 'otp', 'nap tien', 'rut tien', 'khong rut duoc', 'san giao dich', 'san ao', 'app dau tu', 'hoa hong', 'loi nhuan'],
  },
  {
    // Which way of buying is cheaper ("mua hàng trên Shopee trả khi nhận hàng hay chuyển khoản trước thì rẻ hơn"): a
    // shop's price, not a payment's safety (a payment's fees abroad are the remittance lesson's, and are not bought
    // goods); a seller's discount for paying first told as a doubt ("có nên", "có lừa không") stays.
    reason: 'prices',
    strongPatterns: [/\b(mua hang|mua do|dat hang)\b.{0,60}\bhay\b.{0,50}\bthi re hon\b/u],
    safeWith: [...SCAM_TOLD, 'lua', 'co nen', 'an toan', 'co sao', 'co tin'],
  },
  {
    // Mending a card at home ("thẻ căn cước bị cong, ép cho phẳng lại được không"): a card too damaged to read is
    // reissued, which the knowledge answers when asked without the mending. Mending a tap or a pipe ("vòi nước trong nhà
    // tắm cứ rỉ, tự sửa thế nào"), even in a room just registered.
    reason: 'general',
    strong: ['ep cho phang', 'ep phang', 'lam phang lai', 'cho phang lai', 'ui cho phang'],
    strongPatterns: [/\b(voi nuoc|ong nuoc|bon cau|bon rua|cong thoat)\b.{0,40}\b(ri|ro|chay|tac|hong|ri nuoc)\b|\btu sua\b.{0,20}\b(the nao|sao|nhu the nao)\b.{0,20}\b(tho|khoi goi)\b/u],
    safeWith: SCAM_TOLD,
  },
  {
    // Which SIM or data plan is cheapest ('sim 4g nhà mạng nào rẻ nhất'); the call offering a free 4G upgrade is the SIM-swap scam.
    reason: 'prices',
    strongPatterns: [/\b(sim|goi cuoc|goi data|goi 4g|goi 5g|nha mang)\b.{0,30}\b(re nhat|nao re|uu dai nhat|nhieu data nhat)\b/u],
    safeWith: [...SCAM_TOLD, 'nang cap sim', 'otp', 'link', 'doc ma', 'bam ma'],
  },
  {
    // Where a discount is best ('mua thẻ cào ở đâu được chiết khấu cao nhất'): shopping. A "promotion" asking for a
    // scratched card's code is the card-code scam.
    reason: 'prices',
    strongPatterns: [/\bchiet khau (cao|nhieu|tot)\b/u],
    safeWith: [...SCAM_TOLD, 'ma the', 'cao the', 'nap qua trang', 'nap qua mot trang', 'doc ma', 'gui ma', 'link'],
  },
  {
    // Whether two people's ages match for a wedding ('tuổi vợ chồng có hợp nhau không, năm nay cưới có tốt không'): fortune telling.
    reason: 'entertainment',
    strongPatterns: [/\btuoi\b.{0,40}\bhop nhau\b|\bnam nay cuoi\b.{0,15}\b(tot|dep|hop)\b/u],
    safeWith: SCAM_TOLD,
  },
  {
    // A plane ticket booked cheaply ('cổng dịch vụ công có đặt được vé máy bay không, đặt vé Tết cho rẻ'); a ticket paid
    // to a stranger's account and never sent is the ticket scam.
    reason: 'general',
    strong: ['dat ve may bay', 'dat duoc ve may bay', 've may bay gia re', 'san ve re', 'san ve may bay'],
    safeWith: [...SCAM_TOLD, 'chuyen tien', 'chuyen khoan', 'khong nhan duoc ve', 'chua nhan duoc ve', 'dai ly', 'link', 'coc', 'fanpage', 'ho chieu', 'vneid', 'can cuoc', 'lua', 'co that', 'tren mang', 'an toan'],
  },
  {
    // Who pays for a crash ('bị xe khác tông, bên kia không chịu bồi thường tiền sửa xe thì kiện ở đâu'): a civil claim.
    // What the health insurance pays after an accident stays in scope.
    reason: 'general',
    strongPatterns: [/\b(tong|va cham|dung xe|tai nan)\b.{0,60}\bboi thuong\b|\bboi thuong\b.{0,40}\b(sua xe|tai nan|va cham)\b/u],
    safeWith: [...SCAM_TOLD, ...BHYT_PAYS, 'bhyt', 'bao hiem y te', 'tai nan lao dong', 'bhxh', 'bao hiem xa hoi'],
  },
  {
    // Selling well online ('bán bưởi trên Shopee, nên chụp ảnh, viết mô tả sản phẩm thế nào cho hấp dẫn'): marketing, not payment.
    reason: 'general',
    strongPatterns: [/\b(chup anh|viet mo ta|mo ta san pham)\b.{0,50}\b(hap dan|dat hang|thu hut|ban chay)\b|\bcho dat hang\b/u],
    safeWith: [...SCAM_TOLD, 'qr', 'chuyen khoan', 'thanh toan', 'hoa don', 'thue'],
  },
  {
    // Keeping damp out of furniture ('sổ BHXH để trong tủ gỗ bị ẩm mốc, có cách nào chống ẩm cho tủ'): home care. A book
    // spoilt by damp is reissued, which the lessons answer when asked.
    reason: 'general',
    // Not 'chống mối' (termites): 'lấy chồng mới' folds the same.
    strong: ['chong am', 'chong moc'],
    safeWith: [...SCAM_TOLD, 'cap lai', 'cap doi', 'lam lai', 'doi so', 'so moi', 'con gia tri', 'con dung duoc'],
  },
  {
    // Land bought or held ('Việt kiều Mỹ có được đứng tên mua đất ở quê không'): land law. A deposit taken for land by a
    // stranger is the scams' lesson; a residence registered on one's land stays in scope.
    reason: 'general',
    strong: ['dung ten mua dat', 'dung ten dat', 'duoc mua dat', 'dung ten so do', 'mua dat o que'],
    safeWith: [...SCAM_TOLD, 'coc', 'thuong tru', 'tam tru', 'cu tru', 'can cuoc', 'ho chieu'],
  },
  {
    // When the power comes back ('mất điện từ sáng, mấy giờ thì có điện lại'): the power company's. A call threatening a
    // cut unless a bill is paid by link is the fake power company's scam.
    reason: 'general',
    strong: ['co dien lai', 'khi nao co dien', 'may gio co dien', 'lich cat dien', 'lich mat dien'],
    safeWith: [...SCAM_TOLD, 'link', 'tien dien', 'hoa don', 'thanh toan', 'chuyen khoan', 'nhan vien dien luc', 'xung dien luc'],
  },
  {
    // Saving a video from a social network ('cách tải video từ fb về điện thoại'): a phone's use, not the assistant's.
    reason: 'device',
    strongPatterns: [/\btai (video|clip|phim|nhac|bai hat)\b.{0,20}\b(fb|facebook|youtube|tiktok|zalo|ve (dt|dien thoai|may))\b/u],
    safeWith: [...SCAM_TOLD, 'vneid', 'link la', 'ma doc'],
  },
  {
    // Heirs or siblings quarrelling over how a parent's savings are shared ('anh em tranh chấp sổ tiết kiệm bố mẹ để lại,
    // chia thế nào cho đúng'): family law. What the bank asks of heirs stays in scope when asked without the quarrel.
    reason: 'general',
    strongPatterns: [/\b(tranh chap|cai nhau|tranh nhau|gianh nhau)\b.{0,60}\bso tiet kiem\b|\bchia (the nao|sao|ra sao) cho (cong bang|dung)\b/u],
    safeWith: SCAM_TOLD,
  },
  {
    // Goods sent to the wrong buyer ('chuyển nhầm hàng cho khách trên Shopee thì đòi lại thế nào'): a shop's matter, not a transfer.
    reason: 'general',
    // A shipper's call about an order "transferred by mistake" to a monthly plan is the shipper scam.
    strongPatterns: [/\b(gui|giao) nham (hang|don)\b|\bchuyen nham hang\b/u],
    safeWith: [...SCAM_TOLD, 'shipper', 'tru tien', 'bi tru', 'huy don', 'hang thang', 'tai khoan'],
  },
  {
    // How long a child may use a phone ('trẻ 10 tuổi nên cho dùng điện thoại mấy tiếng một ngày'): parenting.
    reason: 'general',
    strongPatterns: [/\b(dung|choi|xem) (dien thoai|dt|ipad|may tinh bang)\b.{0,15}\bmay (tieng|gio)\b/u],
    safeWith: SCAM_TOLD,
  },
  {
    // Whether to take a bank's consumer loan and at what rate ('ứng dụng ngân hàng có mục vay tiêu dùng 50 triệu, lãi suất
    // bao nhiêu, có nên vay'): a loan product. A lender asking a fee first is the loan scam.
    reason: 'prices',
    strongPatterns: [/\bvay tieu dung\b.{0,40}\b(lai suat|co nen)\b|\blai suat\b.{0,40}\bco nen vay\b/u],
    safeWith: [...SCAM_TOLD, ...LOAN_FEE, 'link', 'app la', 'ung dung la', 'nguoi la'],
  },
  {
    // Which formula a baby should drink ('sữa công thức nào cho trẻ sơ sinh tăng cân tốt'), even after its birth papers.
    reason: 'health',
    strong: ['sua cong thuc', 'sua bot nao', 'sua nao tot', 'sua cho tre so sinh'],
    safeWith: SCAM_TOLD,
  },
  {
    // A parcel's postage and time ('gửi thùng hàng 10 ký qua bưu điện mất mấy ngày, cước bao nhiêu'), a motorbike's
    // service cost ('phí bảo dưỡng xe máy định kỳ'): a courier's and a garage's prices. Papers returned by post stay in scope.
    reason: 'prices',
    strongPatterns: [/\b(thung hang|kien hang|goi hang|buu pham|buu kien)\b.{0,60}\b(cuoc|bao nhieu|may ngay)\b/u, /\bbao duong (xe|dinh ky)\b/u],
    safeWith: [...SCAM_TOLD, 'ho so', 'ket qua', 'giay to', 'can cuoc', 'ho chieu', 'bang lai', 'shipper goi', 'khong dat', 'quet the', 'tra bang the', 'chuyen khoan'],
  },
  {
    // Which lender to pick for a cheap, quick loan ("vay tiền online qua app nào lãi thấp mà giải ngân nhanh"): the loan
    // rule keeps anything naming the payout, since a fee asked before it is the loan-app scam; choosing an app is not.
    reason: 'prices',
    strongPatterns: [
      /\b(app|ung dung|ben|cho|trang) nao\b.{0,30}\b(lai thap|lai suat thap|lai re)\b.{0,30}\bgiai ngan (nhanh|ngay|lien)\b/u,
      // …or where to borrow cheaply ('đang thất nghiệp thì vay tiền ở đâu lãi suất thấp').
      /\bvay( tien)?( online| truc tuyen)? o dau\b.{0,20}\b(lai suat thap|lai thap|lai re|de|nhanh)\b/u,
      // …or where the payout comes fastest ('vay bằng căn cước online chỗ nào giải ngân nhanh nhất').
      /\b(cho nao|o dau|app nao|ung dung nao|ben nao|trang nao)\b.{0,20}\bgiai ngan (nhanh|ngay|lien)\b|\bgiai ngan nhanh nhat\b/u,
    ],
    safeWith: [...SCAM_TOLD, 'lua', 'phi', 'dat coc', 'chuyen truoc', 'co nen', 'co that', 'uy tin', 'an toan', 'danh ba'],
  },
  {
    // Which studio takes a good, cheap photo ("ảnh thẻ 3x4 nộp hồ sơ xin việc, tiệm nào chụp đẹp mà rẻ"), even after the
    // card's own photo, which the police take at the counter.
    reason: 'prices',
    strongPatterns: [/\b(tiem|studio|cho) nao\b.{0,20}\bchup\b|\bchup\b.{0,20}\b(dep ma re|re ma dep|vua dep vua re)\b/u],
    safeWith: SCAM_TOLD,
  },
  {
    // Working abroad as a job choice ("xuất khẩu lao động Đài Loan ngành nào lương cao nhất", "đi làm Hàn Quốc lương tháng
    // được bao nhiêu, có nên đi"), a husband abroad asked to send more home, an estate's house shared among siblings
    // ("bố mất, chia căn nhà đó thế nào cho công bằng"): the job market and family matters. A job offer that asks for a
    // fee or a deposit is the job scams' lesson.
    reason: 'general',
    strong: ['nganh nao luong cao', 'luong cao nhat', 'luong thang duoc bao nhieu', 'gui ve nhieu hon', 'gui nhieu hon', 'chia can nha', 'chia ngoi nha', 'chia nha the nao'],
    safeWith: [...SCAM_STORY, ...JOB_FEE, 'phi', 'coc', 'nop tien', 'giu ho chieu', 'viec nhe luong cao', 'campuchia', 'myanmar', 'tro cap', 'luong huu', 'bhxh', 'bao hiem xa hoi'],
  },
  {
    // A scan's price at a private hospital paid without the card ("chụp MRI ở bệnh viện tư hết bao nhiêu, không dùng BHYT"),
    // a flight cancelled by the airline and its refund, a phone dropped in water and dried in rice: prices, airlines and
    // repairs. Whether the insurance pays for the scan, a refund offered through a link, and a new phone's VNeID login stay
    // in scope.
    reason: 'prices',
    strong: ['chup mri', 'chup cong huong tu', 'chup ct', 'chuyen bay bi huy', 'hang huy chuyen', 'huy chuyen bay', 'hoan tien ve may bay', 'roi xuong ao', 'roi xuong nuoc', 'roi xuong ho', 'bi vo nuoc', 'thung gao'],
    safeWith: [...SCAM_STORY, 'bao hiem y te tra', 'bao hiem y te chi tra', 'bao hiem tra', 'duoc bao hiem', 'co duoc huong', 'muc huong', 'link', 'dai ly', 'fanpage', 'nguoi la', 'may moi', 'dien thoai moi', 'dang nhap', 'lay lai', 'khoa tai khoan'],
    // A cheap phone picked by price ("tư vấn con điện thoại nào rẻ tầm 2 củ cho bố dùng VNeID").
    strongPatterns: [/\b(dien thoai|dt|may)\b.{0,40}\b(nao|gi)\b.{0,40}\b(tam|duoi|khoang) \d+ ?(cu|trieu|tr)\b/u],
  },
  {
    // A shop's shipping fee and its discount codes, and more likes for one's own posts ("phí ship Shopee dạo này cao, có mã
    // giảm phí không", "Facebook đăng bài ít người like, làm sao tăng tương tác"): shopping and social media use. Being paid
    // to like videos is the task scam.
    reason: 'general',
    strong: ['ma giam phi', 'giam phi ship', 'lam sao tang tuong tac', 'it nguoi like', 'nhieu nguoi like'],
    safeWith: [...SCAM_STORY, 'nhan tien', 'kiem tien', 'tra tien', 'shipper goi', 'link', 'chuyen khoan truoc'],
  },
];

/** Words after which a message turns from what was done to what is asked ("làm giấy khai sinh xong thì …"). */
export const ASK_FOLLOWS = ['xong thi', 'xong roi', 'roi thi', 'roi gio', 'xong gio', 'xong nen', 'roi nen'];

/** Words that end a clause telling what was done ("làm xong hộ chiếu rồi, …"): what follows the comma is the ask. */
export const DONE_ENDS = ['roi', 'xong'];

/**
 * Words that tie an ask back to the paper or benefit told before it, though they name none: what to show at the clinic
 * instead ("đi khám bệnh thì đưa cái gì"), money drawn from the account ("rút tiền kiểu gì"), a code scanned ("quét thử
 * có sao không"), papers for a job ("giấy tờ tùy thân để đi làm").
 */
export const ASK_TIES = [
  'kham benh', 'dung gi thay', 'thay duoc', 'dua cai gi', 'bang gi', 'rut tien', 'nhan tien', 'tai khoan', 'quet', 'co sao khong', 'that khong', 'giay to',
  // A benefit asked of a pregnancy or an illness told before ("khi mang thai và sinh con được hưởng những chế độ gì").
  'che do', 'duoc huong', 'tro cap', 'bao hiem', 'sinh con', 'thu tuc', 'ho so', 'dang ky', 'cap lai',
];

/**
 * Words of the assistant's core topics: with one, a question is never declined by a rule without `always`, and one the
 * knowledge does not cover is answered "chưa có thông tin" rather than declined.
 */
export const CORE_WORDS = [
  ...SCAM_STORY,
  'vneid', 'dinh danh', 'can cuoc', 'cccd', 'chung minh thu', 'chung minh nhan dan', 'dich vu cong', 'passcode', 'chuyen khoan', 'chuyen tien', 'thanh toan', 'qr', 'vi dien tu',
  // Savings opened in the bank's app ("tiền gửi tiết kiệm online tự nhiên bị rút mất"): the bank app's, not a rate.
  'tiet kiem online', 'tiet kiem truc tuyen',
  // A bank's own words for a transfer being checked and its text alerts ("đang chờ tra soát", "hủy SMS Banking").
  'tra soat', 'sms banking', 'bien dong so du',
  // Paying by phone with a bank card in a wallet app.
  'apple pay', 'google pay', 'samsung pay', 'google wallet',
  // A bank's app named by its own name ('đăng nhập Sacombank Pay trên máy mới').
  'app ngan hang', 'ung dung ngan hang', 'internet banking', 'mobile banking', 'smartbanking', 'smart banking', 'digibank', 'sacombank pay', 'vietcombank', 'vcb', 'bidv', 'agribank', 'vietinbank', 'techcombank', 'mbbank', 'mb bank', 'tpbank', 'sacombank', 'vpbank',
  'dien luc goi', 'xung dien luc', 'nhan vien dien luc', 'dong tien dien', 'tra tien dien', 'thu ho tien dien', 'dong tien nuoc', 'tra tien nuoc', 'ky nang so', 'chuyen doi so', 'binh dan hoc vu so', 'cong nghe so', 'to cong nghe', 'bao cao', 'ke hoach', 'nhiem vu', 'trung thuong',
  // Written with diacritics: typed so, "bắt đầu từ đâu" is not an investment.
  'đầu tư', 'tinnhiemmang', 'tich xanh', 'tu thien', 'ho chieu', 'passport', 'tien la vao', 'nhan tien la', 'tien la chuyen', 'ngan hang', 'sinh trac',
  'tu xung', 'xung la', 'goi xung', 'cuoc goi tu nhan', 'nguoi tu nhan', 'goi tu nhan', 'bi tru', 'tru tien', 'nguoi goi', 'soan tin', 'mat song', 'may khac', 'may la', 'thiet bi khac', 'thiet bi la', 'duong link', 'bam link', 'bam vao link', 'an link', 'an vao link', 'nhan link', 'nhan vao link', 'click link', 'click vao link', 'link doc', 'link la', 'link gia', 'thu hoi no', 'doi no', 'phi hai quan', 'dong phi', 'nop phi',
  'app vay', 'vay online', 'boi nho', 'so tai khoan', 'tai khoan ca nhan', 'nguoi xung', 'xung cong an', 'xung nhan vien', 'xung can bo', 'chuyen coc', 'tien coc', 'dat coc', 'nhan coc', 'chuyen phi', 'hoa don coc', 'coc phong', 'dat phong', 'im luon', 'bi chan', 'lay lai tien', 'hoan tien', 'tin duoc khong', 'an toan khong',
  'tin nhan rac', 'cuoc goi rac', '5656', 'so 156', 'goi 156', 'tong dai 156', 'tin nhan khuyen mai', 'chan tin nhan', 'khai sinh', 'so kham benh', 'so suc khoe', 'di lam nuoc ngoai', 'xuat khau lao dong',
  'khai bao', 'bao cong an', 'bao cho cong an', 'bao voi cong an', 'trinh bao', 'luu tru', 'tam tru', 'thuong tru', 'bao khach', 'gioi han gio', 'gio choi',
  // Who may marry whom ("người khuyết tật có kết hôn được không", "người yêu chưa đủ 18 tuổi có kết hôn được không", "hai
  // gia đình có họ hàng, có phải cận huyết không"); a work accident on the way to work.
  'ket hon', 'can huyet', 'tai nan lao dong',
  // Civil status changed or corrected, adoption and guardianship ('đổi họ cho con từ họ cha sang họ mẹ', unaccented).
  'doi ho cho', 'sang ho me', 'sang ho cha', 'theo ho me', 'theo ho cha', 'doi ten cho con', 'con nuoi', 'giam ho', 'cai chinh', 'ho tich',
  // A fine paid online ('bị phạt khi đi du lịch, về nhà nộp phạt online được không').
  'nop phat', 'dong phat', 'nop tien phat',
  // Unemployment benefit said the short way ('đang hưởng tc thất nghiệp mà có việc mới').
  'tc that nghiep', 'huong that nghiep', 'lanh that nghiep', 'nhan that nghiep',
  // A guest staying the night: lưu trú, however it is told.
  'o qua dem', 'ngu qua dem', 'ngu lai qua dem', 'ngu lai mot dem', 'ngu lai hai dem', 'ngu lai vai dem', 'ngu lai may dem', 'o lai vai dem', 'o lai may dem', 've nha o', 'den nha o',
  'bao hiem y te', 'bhyt', 'phat nguoi', 'khai tu', 'ho khau', 'nhap khau cho', 'nhap khau ve', 'nhap khau vao', 'tach khau', 'tach ho khau', 'cat khau', 'chuyen khau', 'cu tru', 'sim chinh chu', 'khoa sim', 'mã pin',
  'the atm', 'the ngan hang', 'tinh trang hon nhan', 'giay xac nhan', 'so ban nganh', 'uy ban nhan dan', 'mang xa hoi', 'lien quan vu an', 'lien quan den vu an', 'rua tien',
  'cong ty du lich', 'lu hanh', 'cong an goi', 'de dieu tra', 'phuc vu dieu tra', 'hop tac dieu tra', 'mua tour', 'ban tour', 'dat tour', 'tour du lich', 'giay phep kinh doanh', 'dang ky ket hon', 'giay chung nhan ket hon',
  'lien ket the', 'lien ket tai khoan', 'go lien ket', 'huy lien ket', 'số lạ',
  // Locking one's own card or account against theft ("khóa thẻ ATM tạm thời khi đi du lịch").
  'khoa the', 'mo khoa the', 'khoa tai khoan ngan hang',
  // A driving licence renewed online or held in VNeID; the bank's face check ("chuyển 9 triệu cho khỏi quét mặt").
  'bang lai', 'giay phep lai xe', 'gplx', 'quet mat', 'quet khuon mat', 'xac thuc khuon mat',
  'chuyen nham', 'chuyen khoan nham', 'chuyen tien nham', 'nham tai khoan', 'nham so tai khoan', 'cho nguoi mat', 'nguoi da mat', 'qua doi', 'bao tu', 'mai tang',
  'web nha nuoc', 'trang web that', 'web gia', 'trang gia mao', 'web chinh thuc', 'ten mien',
  // Money sent home by workers abroad (kiều hối), and the "cheap remittance" scams that prey on it.
  'gui tien ve', 'chuyen tien ve', 'kieu hoi',
  // A card renewed at the ages the law sets, or expired ("đến tuổi phải đi đổi thẻ", "thẻ hết hạn").
  'tuoi doi the', 'tuoi phai doi the', 'di doi the', 'the het han', 'the da het han',
  // Pensions and allowances paid into accounts, and social insurance benefits filed online (VssID, the portal):
  // maternity, unemployment, social allowances.
  'luong huu', 'bhxh', 'bao hiem xa hoi', 'vssid', 'thai san', 'tro cap that nghiep', 'bao hiem that nghiep', 'tro cap xa hoi',
  // Survivors' benefits after a pensioner's death ('tiền tử tuất nhận ở đâu').
  'tu tuat', 'tro cap tuat', 'tien tuat', 'che do tuat', 'tro cap mai tang',
  // The social pension for older people without one ('trợ cấp hưu trí xã hội').
  'huu tri xa hoi',
  // Land certificates (a lesson tells whether an old one must be changed): "đổi sổ đỏ mẫu mới mất bao lâu" is no tired eye.
  'sổ đỏ', 'sổ hồng',
  // Copies certified at the commune and an application's code on the portal ('công chứng bản sao học bạ', 'xóa mất tin nhắn
  // có mã hồ sơ').
  'chung thuc', 'ban sao', 'ma ho so', 'tra cuu ho so',
  // An app sent as a file ('file cài app đuôi apk gửi qua Zalo'): the fake-app scam; a recruiter checked for a scam.
  'apk', 'file cai', 'tuyen dung that', 'tuyen dung gia', 'cong ty tuyen dung',
  // Voluntary social insurance said without 'xã hội', and a referral paper ('giấy chuyển tuyến được bao nhiêu ngày').
  'bao hiem tu nguyen', 'giay chuyen tuyen', 'giay chuyen vien',
  // Extortion with intimate pictures, whoever holds them ('người yêu cũ dọa tung ảnh nóng nếu không đưa tiền').
  'tong tien', 'doa tung', 'doa phat tan', 'clip nong', 'video nong', 'anh nhay cam', 'clip nhay cam', 'video nhay cam',
];

/**
 * Names of official services that a web address borrows to look official ("dichvucong-gov.cc", "vneid-capnhat.com"):
 * a message carrying such an address asks whether a site is real, one of the core topics.
 */
export const IMITATED_NAMES = ['dichvucong', 'dvc', 'vneid', 'dinhdanh', 'bocongan', 'congan', 'chinhphu', 'gov', 'baohiemxahoi', 'bhxh', 'vssid', 'evn', 'thue', 'gdt', 'nganhang', 'napas', 'vietqr'];

/**
 * Core words that everyday questions share with the core topics ("ngân hàng nào lãi cao", "chuyển khoản cho đồng
 * nghiệp mượn", "in mã QR bài tập", "đặt phòng khách sạn"): a question the knowledge does not cover is not kept in scope by
 * these alone.
 */
export const SHARED_CORE_WORDS = ['qr', 'dat phong', 'ngan hang', 'chuyen khoan', 'chuyen tien', 'thanh toan', 'hoan tien', 'chuyen doi so', 'cong nghe so', 'đầu tư', 'so tai khoan', 'tai khoan ca nhan', 'the atm', 'the ngan hang', 'bao cao', 'ke hoach', 'nhiem vu'];

/** Words that make a question about safety whatever else it names: with one, `strong` phrases do not decline it. */
export const SCAM_WORDS = [
  ...SCAM_STORY, 'nhom dau tu', 'nhom zalo', 'nhom telegram', 'trung thuong', 'co that khong', 'co phai that', 'uy tin khong', 'an toan khong',
  ...REMITTANCE_OFFER,
];
