/**
 * How officials talk, as data: their shorthand and the phrases that tell one kind of question from another.
 * Everything is written folded (lower case, no diacritics, đ → d), the form questions are compared in.
 * The shorthand is meant to join the shared lexicon (knowledge/lexicon.yaml) once it exists.
 */

/** Office shorthand → the words it stands for. "t12", "q3" are split by the reader before this map applies. */
export const SHORTHAND: Record<string, string> = {
  bc: 'bao cao',
  bcao: 'bao cao',
  nv: 'nhiem vu',
  nvu: 'nhiem vu',
  hd: 'hoat dong',
  kh: 'ke hoach',
  cv: 'cong van',
  pl: 'phu luc',
  ubnd: 'uy ban nhan dan',
  vpubnd: 'van phong uy ban nhan dan',
  vpub: 'van phong uy ban nhan dan',
  skhcn: 'so khoa hoc va cong nghe',
  khcn: 'khoa hoc va cong nghe',
  ld: 'lanh dao',
  ldvp: 'lanh dao van phong',
  bdhvs: 'binh dan hoc vu so',
  cds: 'chuyen doi so',
  tg: 'thoi gian',
  dl: 'han',
  deadline: 'han',
  ok: 'xong',
  xg: 'xong',
  dg: 'dang',
  ko: 'khong',
  k: 'khong',
  j: 'gi',
  ntn: 'nhu the nao',
  dv: 'don vi',
};

/** Words a deadline question asks with: when something is due, or what is due in a period. */
export const WHEN_PHRASES = [
  'han nop', 'han chot', 'han cuoi', 'han bao cao', 'han gui', 'khi nao', 'ngay nao', 'bao gio', 'luc nao', 'hom nao',
  'truoc ngay nao', 'ngay may', 'may ngay', 'bao nhieu ngay', 'con may ngay', 'co han', 'han gi', 'han nao', 'nhung han',
  'cac han', 'moc han', 'phai nop', 'nop gi', 'gui gi', 'qua han', 'tre han', 'sap toi', 'sap den', 'den han', 'toi han',
  'la ngay nao', 'vao ngay nao', 'to chuc vao ngay', 'lan toi', 'gan nhat', 'tiep theo', 'ke tiep', 'cham nhat',
  'han', 'nop', 'lich',
];

/** What an official's deadline is about; a citizen's "hạn" question needs one of these to be an officials' one. */
export const DUE_SUBJECTS = ['bao cao', 'nhiem vu', 'ke hoach', 'ngay hoi', 'dot cao diem', 'tong ket', 'chien dich', 'cong van'];

/**
 * Due subjects that say nothing of an office in a citizen's mouth: "báo cáo" is reporting a scam, "nhiệm vụ" the
 * tasks of a task scam ("phải làm đủ nhiệm vụ mới rút được tiền"), "chiến dịch" a campaign the commune runs for its
 * people ("chiến dịch làm sạch dữ liệu đất đai, bắt nộp bản sao giấy tờ nhà đất"), "kế hoạch" a family's plan ("có kế
 * hoạch đi du lịch, cần làm hộ chiếu cho con").
 */
export const CITIZEN_SUBJECT_WORDS = ['bao cao', 'nhiem vu', 'chien dich', 'ke hoach'];

/**
 * For a citizen, "báo cáo" alone often means reporting a scam: only these uses of it are an office's report.
 * (Matched as a pattern over the folded question.)
 */
export const OFFICE_REPORT = /\b(nop|gui|han|lich) (cac |nhung )?bao cao\b|\bbao cao (quy|nam|thang|tong ket|so ket|dinh ky|dot xuat|ket qua|hang)\b/u;

/** Words that name a period ("tuần này", "tháng 12", "quý III"): with them an official's "có gì" asks for deadlines. */
export const PERIOD = /\b(tuan|thang|quy|nam) (nay|sau|toi|truoc|\d{1,4}|i{1,3}|iv)\b|\b(hom nay|ngay mai|cuoi nam|cuoi thang|cuoi quy)\b/u;

/** Words a task question asks with. */
export const TASK_PHRASES = [
  'nhiem vu', 'cong viec', 'viec gi', 'viec nao', 'nhung viec', 'cac viec', 'chu tri', 'phoi hop', 'duoc giao', 'phu trach',
  'phai lam', 'can lam', 'phai trien khai', 'trien khai nhung', 'giao cho', 'phan cong', 'dau viec',
];

/** Task words a citizen also uses about their own business ("giờ phải làm sao"): they count only for an official. */
export const CITIZEN_TASK_WORDS = ['phai lam', 'can lam'];

/** "đơn vị tôi": the asker speaks for a unit. Only registered officials (or an asked-for unit) count with these. */
export const SELF_UNIT = [
  'don vi toi', 'don vi minh', 'don vi chung toi', 'co quan toi', 'co quan minh', 'so toi', 'so minh', 'phong toi', 'phong minh',
  'xa toi', 'phuong toi', 'ban toi', 'trung tam toi', 'chi doan toi', 'chi doan minh', 'chung toi', 'ben toi', 'ben minh',
];

/**
 * Self-references a citizen uses about where they live or about their family ("chúng tôi chuẩn bị cưới, do công việc
 * ở xa…"), which make no officials' question on their own.
 */
export const CITIZEN_SELF = ['phuong toi', 'xa toi', 'ban toi', 'nha toi', 'chung toi', 'ben toi', 'ben minh'];

export const OVERDUE_PHRASES = ['qua han', 'tre han', 'cham tien do', 'bi tre', 'da qua han', 'lo han', 'nop muon', 'nop tre'];
export const NEXT_PHRASES = ['sap toi', 'gan nhat', 'tiep theo', 'ke tiep', 'sap den', 'sap het han', 'truoc mat', 'lan toi', 'lan sau'];
export const OUTSTANDING_PHRASES = [
  'chua xong', 'chua hoan thanh', 'chua lam', 'chua thuc hien', 'con lai', 'con ton', 'con dang', 'con nhung', 'con nhiem vu',
  'dang lam', 'dang thuc hien', 'do dang', 'can lam', 'phai lam', 'con phai',
];
export const LEAD_PHRASES = ['chu tri', 'chiu trach nhiem chinh', 'dau moi', 'phu trach chinh'];
export const PARTNER_PHRASES = ['phoi hop', 'ho tro'];
/**
 * Role words a citizen uses in their everyday sense ("mời tôi làm hỗ trợ vận chuyển hàng… mấy nhiệm vụ đầu": a task
 * scam's story): they name a role only for an official.
 */
export const CITIZEN_ROLE_WORDS = ['ho tro'];
export const ALL_PHRASES = ['tat ca', 'tatca', 'toan bo', 'day du', 'het cac', 'xem het', 'ca danh sach'];

/** Status words an official types to update a task ("xong 2", "đang làm 2", "ghi chú 2: …"). */
export const DONE_WORDS = ['xong', 'da xong', 'hoan thanh', 'da hoan thanh', 'da lam xong', 'lam xong'];
export const IN_PROGRESS_WORDS = ['dang lam', 'dang thuc hien', 'dang trien khai'];
export const NOTE_WORDS = ['ghi chu', 'note', 'cap nhat'];
export const SUBMITTED_WORDS = ['da nop', 'da gui', 'nop xong', 'gui xong', 'nop roi', 'gui roi'];
export const UNDO_WORDS = ['hoan tac', 'huy cap nhat', 'huy thao tac', 'undo', 'bam nham', 'nham roi', 'huy vua roi'];
export const HISTORY_WORDS = ['lich su', 'nhat ky'];
export const DETAIL_WORDS = ['xem', 'chi tiet', 'xem ky', 'xem day du'];
export const SUMMARY_PHRASES = ['tom tat tinh hinh', 'tong hop tinh hinh', 'bao cao lanh dao', 'tinh hinh chung', 'tom tat nhiem vu', 'tong hop nhiem vu', 'tinh hinh thuc hien', 'tien do chung'];
export const DRAFT_PHRASES = ['du thao bao cao', 'soan bao cao', 'viet bao cao', 'xuat bao cao', 'lam bao cao', 'ban nhap bao cao', 'mau bao cao', 'file bao cao', 'tai bao cao'];

/** Words that name a kind of report or event in a deadline question. */
export const SUBJECTS: Record<'quarterly' | 'yearly' | 'monthly' | 'summing_up' | 'event' | 'campaign' | 'on_request', string[]> = {
  quarterly: ['bao cao quy', 'bao cao hang quy', 'bao cao moi quy', 'bao cao dinh ky quy', 'hang quy', 'moi quy'],
  yearly: ['bao cao nam', 'bao cao hang nam', 'bao cao cuoi nam', 'bao cao thuong nien', 'bao cao ca nam'],
  monthly: ['bao cao thang', 'bao cao hang thang'],
  summing_up: ['tong ket'],
  event: ['ngay hoi'],
  campaign: ['cao diem', 'chien dich', 'phat dong'],
  on_request: ['dot xuat', 'theo yeu cau'],
};

/** Words of a plan title that name no plan in particular, dropped from the short label shown beside each task. */
export const TITLE_FILLER = [
  'trien khai thuc hien',
  'trien khai, thuc hien',
  'ke hoach trien khai phong trao',
  'phong trao',
  '“binh dan hoc vu so”',
  'binh dan hoc vu so',
  'tren dia ban',
  'trien khai',
];

/** Words a question about one task asks with, which are not words of the task: "… đã xong chưa", "… đến đâu rồi". */
export const ASKING_WORDS = [
  'nhiem', 'vu', 'don', 'vi', 'toi', 'chung', 'minh', 'da', 'xong', 'chua', 'roi', 'nay', 'the', 'nao', 'den', 'dau', 'gi', 'sao',
  'hinh', 'trang', 'thai', 'cap', 'nhat', 'xem', 'duoc', 'khong',
];

/** A question about what others propose to the unit ("Văn phòng UBND tỉnh đề nghị sở tôi những gì"). */
export const PROPOSAL_PHRASES = ['de nghi', 'kien nghi', 'de xuat'];

/** How-to questions ("cách cài VNeID") are citizens' knowledge questions even when an official's task shares words. */
export const HOW_TO = ['cach', 'lam sao', 'lam the nao', 'huong dan', 'the nao de', 'o dau'];

/** Words asking for several things ("những mô hình nào", "các việc"), so a list rather than one task. */
export const LIST_WORDS = ['nhung', 'cac', 'tat ca', 'liet ke', 'danh sach', 'bao nhieu'];
