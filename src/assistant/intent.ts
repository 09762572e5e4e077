import { parseCommand, type Intent } from '../core';
import { foldText } from '../text';

const GREETING = /^(xin chao|chao|hello|hi|alo|hey|cam on|cam on ban|thank you|thanks|ok|oke|okay|vang|da|u|uh|duoc|dong y|hieu roi|biet roi)( (ban|em|anh|chi|bot|tro ly|tro ly so|nhe|nha|nhieu|a|vang|da|roi|cam on|buoi (sang|trua|chieu|toi)))*[\s!.,?]*$/u;
const HELP = [
  /^(help|tro giup|huong dan|menu|bat dau|start)[\s!.?]*$/u,
  /\b(ban|tro ly|bot)\b.{0,15}\b(lam|giup|ho tro|tra loi) duoc (gi|nhung gi|viec gi)\b/u,
  /\b(huong dan su dung|cach su dung) (bot|tro ly|ban)\b/u,
  /\b(toi|minh|em) (co the )?hoi (gi|nhung gi|duoc gi)\b/u,
  /^(ban la ai|tro ly so la gi|day la dau)[\s!.?]*$/u,
];
const DEADLINES = [
  /\b(han nop|han chot|han cuoi|han bao cao|han gui|thoi han|deadline|het han|den han|toi han|qua han|cac han|nhung han|moc han|han nao)\b/u,
  /\b(bao cao|nop|gui)\b.{0,50}\b(truoc ngay|ngay nao|khi nao|bao gio|luc nao|hom nao|thang nao|may ngay|ngay may|cham nhat)\b/u,
  /\b(con|con lai) (may|bao nhieu) ngay\b/u,
  /\b(han|moc han) (gan nhat|tiep theo|ke tiep|sap toi|sap den|toi day)\b/u,
  /\b(han|moc han)\b.{0,25}\b(khi nao|ngay nao|bao gio|luc nao)\b/u,
  /\b(moc|lich) (bao cao|nop)\b/u,
  /\bbao cao (quy|nam|thang|dinh ky|dot xuat)\b.{0,30}\b(nao|gi|khi|ngay|han)\b/u,
  /\b(phai |can )?(nop|gui) (nhung |cac )?bao cao\b/u,
  /\b(ngay hoi|dot cao diem|chien dich)\b.{0,60}\b(ngay nao|khi nao|bao gio|luc nao|lan toi|lan sau|lan ke tiep)\b/u,
  /\b(hanbaocao)\b/u,
];
const TASKS = [
  /\b(don vi|phong|so|co quan|xa|phuong|ban|ubnd|trung tam|chi doan) (toi|minh|chung toi|chung em|em|cua toi|cua minh|cua chung toi|nha minh)\b/u,
  /\b(nhiem vu|cong viec|viec)\b.{0,40}\b(cua (toi|minh|chung toi|don vi|co quan)|duoc giao|chua (xong|hoan thanh|lam|thuc hien)|con (lai|ton|dang)|dang (lam|thuc hien|do dang)|phan cong cho)\b/u,
  /\b(toi|minh|chung toi) (chu tri|phoi hop|phu trach)\b/u,
];

/** The intent of a message from its wording alone (secrets are checked before this). */
export function detectIntent(text: string): Intent | undefined {
  const command = parseCommand(text);
  if (command) return commandIntent(command.name);
  const folded = foldText(text);
  if (GREETING.test(folded)) return 'greeting';
  if (HELP.some((p) => p.test(folded))) return 'help';
  if (DEADLINES.some((p) => p.test(folded))) return 'deadlines';
  if (TASKS.some((p) => p.test(folded))) return 'tasks';
  return undefined;
}

export function commandIntent(name: string): Intent {
  switch (name) {
    case 'start':
      return 'greeting';
    case 'hanbaocao':
    case 'nhacnho':
      return 'deadlines';
    case 'nhiemvu':
    case 'xong':
    case 'capnhat':
    case 'dangky':
      return 'tasks';
    default:
      return 'help';
  }
}
