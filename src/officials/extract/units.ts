import type { Section } from '../../knowledge';
import { foldText } from '../../text';
import { findInTextMentions } from '../mentions';
import type { ExtractionContext } from './context';
import { withoutNumber } from './sections';

/** Headings that assign what follows to a unit: "Giao Sở KH&CN chủ trì…", "Đề nghị Sở KH&CN:". */
const ASSIGNING = /^(giao|de nghi|kien nghi)\s+(.+?)(?:\s+(?:chu tri|can cu|thuc hien|phoi hop|trien khai)\b.*)?:?$/u;
const ORGANISING = /to chuc thuc hien/u;
/** Where the sender of a report or request ends and its recipient begins. */
const SENDING = /(?<!\p{L})(gửi về|gửi đến|gửi|nộp về|nộp|báo cáo trực tiếp về|báo cáo về|để)(?!\p{L})/u;

export interface HeadingAssignment {
  ids: string[];
  /** "Đề nghị X:" in a report sent up to X lists proposals to X, not tasks X was given. */
  kind: 'task' | 'proposal';
}

/** Units a heading hands its section to: the unit heading of "Tổ chức thực hiện", or "Giao …"/"Đề nghị …". */
export function headingUnits(context: ExtractionContext, section: Section): HeadingAssignment {
  const none: HeadingAssignment = { ids: [], kind: 'task' };
  const heading = section.headings.at(-1);
  if (!heading) return none;
  const { roster, province, addresseeIds } = context;
  // A letter to several units: its "Nội dung đề nghị…" section is what it asks of all of them.
  if (addresseeIds.length >= 2 && section.headings.length === 1 && /\b(de nghi|yeu cau)\b/u.test(foldText(heading))) return { ids: addresseeIds, kind: 'task' };
  const text = withoutNumber(heading).replace(/:.*$/u, '');
  const parent = section.headings.slice(0, -1).map(foldText).join(' ');
  if (ORGANISING.test(parent)) return { ids: roster.findInText(text, province).ids, kind: 'task' };
  const assigning = ASSIGNING.exec(foldText(text));
  if (!assigning) return none;
  const ids = findInTextMentions(roster, text.split(/\s+/u).slice(1).join(' '), province);
  return { ids, kind: assigning[1] !== 'giao' && isReportUpward(context) ? 'proposal' : 'task' };
}

/** A report sent up to another unit ("Báo cáo kết quả…"): what it asks of that unit are proposals. */
function isReportUpward(context: ExtractionContext): boolean {
  return /^bao cao\b/u.test(foldText(context.meta.title)) && !!context.issuerId;
}

/** The units a letter is addressed to ("Kính gửi: - Sở …; - Chủ tịch UBND 95 phường, xã."). */
export function addressees(context: ExtractionContext): string[] {
  const opening = context.doc.sections.find((s) => s.headings.length === 0);
  if (!opening) return [];
  const index = opening.blocks.findIndex((b) => b.type === 'paragraph' && /^Kính gửi/u.test(b.parts[0]?.text ?? ''));
  const list = opening.blocks[index + 1];
  if (index < 0 || list?.type !== 'list') return [];
  return list.parts.flatMap((p) => context.roster.findInText(p.text.replace(/^Chủ tịch\s+/u, ''), context.province).ids);
}

/**
 * Who a sentence without a named lead binds: the units named before the verb of sending, the addressees of a letter
 * to several units, or every unit of the province.
 */
export function subjectUnits(context: ExtractionContext, before: string): string[] {
  const { roster, province, addresseeIds } = context;
  const subject = before.split(SENDING)[0] ?? before;
  const found = findInTextMentions(roster, subject, province);
  const generic = found.filter((id) => roster.get(id)?.all);
  // "các đơn vị, địa phương" in a letter sent to several units means those units; in a report to one superior it
  // describes the plan's own rule, which binds every unit of the province.
  if (generic.length > 0 && addresseeIds.length >= 2) return addresseeIds;
  if (found.length > 0) return found;
  if (addresseeIds.length >= 2) return addresseeIds;
  const all = roster.units.find((u) => u.all && u.province === province);
  return all ? [all.id] : [];
}

/**
 * The specific addressees a paragraph names as its subject ("UBND các xã, phường có trách nhiệm…"), so a request to
 * only some of a letter's addressees is not given to all of them. Empty when it names none of them.
 */
export function namedAddressees(context: ExtractionContext, text: string): string[] {
  const subject = text.split(SENDING)[0] ?? text;
  return findInTextMentions(context.roster, subject, context.province).filter((id) => context.addresseeIds.includes(id) && !context.roster.get(id)?.all);
}

/** The unit a report or request is sent to: "gửi về Sở Khoa học và Công nghệ…". */
export function recipient(context: ExtractionContext, sentence: string): string | undefined {
  const m = /(?:gửi về|gửi đến|nộp về|báo cáo trực tiếp về|báo cáo)\s+((?:Sở|UBND|Ủy ban|Ban|Văn phòng|Bộ|Thủ tướng)\s.{0,80})/u.exec(sentence);
  if (!m) return undefined;
  return findInTextMentions(context.roster, m[1]!, context.province)[0];
}

/**
 * Partners a task's own text names ("Chủ trì, phối hợp với Sở Khoa học và Công nghệ và các cơ quan liên quan…",
 * "Phối hợp với Công an tỉnh để…"); groups as vague as "các cơ quan, đơn vị liên quan" are left out.
 */
export function partnersInText(context: ExtractionContext, text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(/(?<!\p{L})[Pp]hối hợp với\s+([^.;:]+?)(?=\s+(?:để|nhằm|trong|tổ chức|triển khai|cung cấp|tiếp nhận|thực hiện)(?!\p{L})|[.;:]|$)/gu)) {
    for (const id of findInTextMentions(context.roster, m[1]!, context.province)) {
      const unit = context.roster.get(id);
      if (unit && !unit.all && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}
