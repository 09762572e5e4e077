import { foldText } from '../text';

export type OutOfScopeReason = 'injection' | 'prices' | 'weather' | 'sport' | 'entertainment' | 'creative' | 'general';

/** Attempts to make the bot drop its instructions or show its prompt: declined whatever else the message says. */
const INJECTION = [
  /\b(bo qua|phot lo|quen|lo di|xoa|vo hieu)\b.{0,30}\b(huong dan|chi dan|chi thi|quy tac|lenh|rang buoc|prompt|cai dat)\b/u,
  /\bignore\b.{0,30}\b(instructions?|rules?|prompt)\b/u,
  /\b(system prompt|prompt he thong|developer mode|jailbreak|dan mode|che do nha phat trien)\b/u,
  /\b(tiet lo|in ra|cho (toi )?xem|hien thi|dua ra|doc lai|lap lai)\b.{0,25}\b(prompt|chi dan|huong dan he thong|cau lenh he thong|quy tac cua ban|huong dan ban duoc giao)\b/u,
  /\b(dong vai|gia vo la|hay tro thanh|act as|pretend)\b/u,
  /\bprompt cua ban\b/u,
];

const TOPICS: Record<Exclude<OutOfScopeReason, 'injection'>, RegExp[]> = {
  prices: [
    /\bgia (vang|xang|dau|bac|dien|lua|gao|heo|lon|ca phe|tieu|sau rieng|dat|nha|chung cu|bitcoin|usd|do la|coin|co phieu|thit|rau|xe|iphone|dien thoai)\b/u,
    /\b(ty gia|chung khoan|co phieu|vn-?index|san giao dich|gia ca thi truong|thi truong (vang|chung khoan|bat dong san))\b/u,
    /\bgia .{0,20}\b(hom nay|bao nhieu|the nao)\b/u,
  ],
  weather: [/\b(thoi tiet|du bao (thoi tiet|mua|bao|nang)|nhiet do|troi (co )?(mua|nang|lanh)|con bao|ap thap nhiet doi|mua bao)\b/u],
  sport: [/\b(bong da|world cup|vo dich|ty so|tran dau|doi tuyen|cau thu|sea games|olympic|v-?league|ngoai hang anh|champions league|the thao|bong chuyen|quan vot|huy chuong vang)\b/u],
  entertainment: [
    /\b(phim|ca si|dien vien|hoa hau|showbiz|nghe si|game|tro choi|bai hat hay|truyen cuoi|chuyen cuoi|xem boi|tu vi|cung hoang dao|phong thuy|xo so|ve so|so de|lo de)\b/u,
  ],
  creative: [
    /\b(viet|sang tac|lam|soan|nghi)\b.{0,25}\b(bai tho|tho|bai van|bai hat|truyen ngan|truyen cuoi|cau chuyen|thu tinh|loi chuc|stt|status|ca dao|kich ban|bai rap|tieu thuyet)\b/u,
    /\b(ke|ke cho (toi|minh|em) nghe)\b.{0,15}\b(chuyen|truyen)\b/u,
  ],
  general: [
    /\b(thu do|dan so|dien tich) (cua|nuoc|the gioi)\b/u,
    /\b(chu tich nuoc|thu tuong|tong bi thu|tong thong|bo truong)\b.{0,30}\b(la ai|hien nay|bao nhieu tuoi)\b/u,
    /\b(dinh nui|song dai nhat|nuoc nao|chau luc|bien dong|dai duong)\b/u,
    /\b(cach (trong|nuoi|cham soc) (lua|cay|ca|ga|heo|lon|bo|rau|hoa))\b/u,
    /\b(cach lam (banh|mon)|nau (com|canh|pho|bun|lau))\b/u,
    /\b(ve tau|ve may bay|ve xe|lich tau|gio tau)\b/u,
    /\bai (phat minh|sang lap|tim ra|la tac gia|viet|la nguoi dau tien)\b/u,
    /\b(giai (phuong trinh|bai toan)|cong thuc (nau|lam|hoa hoc|toan)|nau (mon|an)|mon an|cach nau|cong thuc mon)\b/u,
    /\b(dich (cau|doan|bai|sang|ra) (tieng|sang)|translate|lap trinh|viet code|code python|javascript)\b/u,
    /\b(lich su (viet nam|the gioi|trieu)|chien tranh the gioi|vu tru|hanh tinh|khung long)\b/u,
    /\b(benh|thuoc) .{0,20}\b(chua|uong|tri)\b/u,
  ],
};

const words = (list: string[]) => new RegExp(String.raw`\b(` + list.join('|') + String.raw`)\b`, 'u');

/** Words of the assistant's core topics: a message with one is never declined by a topic pattern above. */
const CORE = [
  'vneid', 'dinh danh', 'can cuoc', 'cccd', 'dich vu cong', 'lua dao', 'bi lua', 'lua tien', 'gia danh', 'gia mao', 'mao danh', 'otp',
  'mat khau', 'passcode', 'chuyen khoan', 'chuyen tien', 'thanh toan', 'qr', 'vi dien tu', 'ky nang so', 'chuyen doi so',
  'binh dan hoc vu so', 'cong nghe so', 'to cong nghe', 'bao cao', 'ke hoach', 'nhiem vu', 'trung thuong', 'dau tu',
  'tinnhiemmang', 'deepfake', 'hack', 'mat tien', 'chiem doat',
];

/**
 * Wider vocabulary of the assistant's topics (phones, accounts, papers, calls). A question the knowledge does not
 * cover is answered "chưa có thông tin" when it has one of these, and declined as out of scope when it has none.
 */
const DOMAIN = [
  ...CORE,
  'thu tuc', 'ho so', 'tai khoan', 'ung dung', 'app', 'duong link', 'link', 'tin nhan', 'cuoc goi', 'goi dien', 'cong an',
  'an toan', 'mang xa hoi', 'so suc khoe', 'bhyt', 'bao hiem y te', 'giay phep lai xe', 'gplx', 'luu tru', 'khai sinh', 'khai tu',
  'ho khau', 'thuong tru', 'tam tru', 'cu tru', 'giay to', 'le phi', 'website', 'trang web', 'ngan hang', 'the atm', 'the ngan hang',
  'dien thoai', 'internet', 'so la', 'so dien thoai', 'sim', 'nuoc ngoai', 'truc tuyen', 'online', 'zalo', 'facebook', 'ma pin',
  'the tin dung', 'video call', 'don vi', 'so ban nganh', 'ubnd',
];
const CORE_RE = words(CORE);
const DOMAIN_RE = words(DOMAIN);

export function mentionsDomain(text: string): boolean {
  return DOMAIN_RE.test(foldText(text));
}

/** Why a message is outside what the assistant answers, or undefined when it may be in scope. */
export function outOfScopeReason(text: string): OutOfScopeReason | undefined {
  const folded = foldText(text);
  if (INJECTION.some((p) => p.test(folded))) return 'injection';
  if (CORE_RE.test(folded)) return undefined;
  for (const [reason, patterns] of Object.entries(TOPICS) as [OutOfScopeReason, RegExp[]][]) {
    if (patterns.some((p) => p.test(folded))) return reason;
  }
  return undefined;
}
