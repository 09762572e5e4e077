import { basename } from 'node:path';
import type { KnowledgeDoc, PlanMeta } from '../../knowledge';
import { findTimeExpressions, makeDate, type CivilDate } from '../../time';
import type { DeadlineRecord, TaskRecord } from '../records';
import type { Roster } from '../roster';
import { addressees } from './units';

/** What every step of one plan's extraction shares: the document, its province and units, and what was found. */
export interface ExtractionContext {
  doc: KnowledgeDoc;
  meta: PlanMeta;
  roster: Roster;
  /** The plan's file relative to the knowledge folder. */
  file: string;
  province?: string;
  issuerId?: string;
  /** Units the letter is addressed to ("Kính gửi: …"). */
  addresseeIds: string[];
  /** The plan was written on or after this day (its own date, or the latest date of a document it cites). */
  issuedAfter?: CivilDate;
  /** The year the plan's reported results cover ("… năm 2025" in a report's title). */
  reportedYear?: number;
  tasks: TaskRecord[];
  deadlines: DeadlineRecord[];
  unknownUnits: { name: string; line: number }[];
}

export function createContext(doc: KnowledgeDoc, roster: Roster, file: string): ExtractionContext {
  const meta = doc.meta as PlanMeta;
  const province = roster.provinceOfPlan(basename(doc.path), meta.province);
  const issuer = roster.resolve(meta.issuer, province).find((m) => !m.unit.group && !m.commune)?.unit.id;
  const context: ExtractionContext = {
    doc,
    meta,
    roster,
    file,
    province,
    issuerId: issuer,
    addresseeIds: [],
    issuedAfter: issuedAfter(doc, meta),
    reportedYear: reportedYear(meta.title),
    tasks: [],
    deadlines: [],
    unknownUnits: [],
  };
  context.addresseeIds = addressees(context);
  return context;
}

/** Units named in a field of the plan ("Sở A, Sở B; UBND các xã"), noting the names the roster does not know. */
export function unitsIn(context: ExtractionContext, text: string, line: number): string[] {
  const found = context.roster.findInText(text, context.province);
  for (const name of found.unknown) context.unknownUnits.push({ name, line });
  return found.ids;
}

export function nameOf(context: ExtractionContext, id: string): string {
  return context.roster.get(id)?.name ?? id;
}

/**
 * The earliest day the plan can have been written: its front-matter date, and no earlier than any document it cites
 * ("Thực hiện Công văn số 1082-CV/ĐU ngày 23/12/2025…"), whose dates are all in the past when it is written.
 */
function issuedAfter(doc: KnowledgeDoc, meta: PlanMeta): CivilDate | undefined {
  const dates: CivilDate[] = [];
  if (meta.date) {
    const [y, m = '01', d = '01'] = meta.date.split('-');
    dates.push(makeDate(Number(y), Number(m), Number(d)));
  }
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      const texts = block.type === 'table' ? block.rows.flatMap((r) => r.cells) : block.parts.map((p) => p.text);
      for (const text of texts) {
        for (const e of findTimeExpressions(text)) {
          if (e.schedule.kind === 'date' && e.schedule.bound === 'on' && citesDocument(text.slice(0, e.index))) dates.push(e.schedule.date);
        }
      }
    }
  }
  return dates.sort().at(-1);
}

/** "… Kế hoạch số 252/KH-UBND ngày": the date that follows is a cited document's. */
export function citesDocument(before: string): boolean {
  return CITATION.test(before.replace(/\s*ngày\s*$/u, '').trimEnd());
}
const CITATION = /(số|số:)\s*[\d/.-]*[\p{Lu}Đ&-]+[^\s,;]*\s*$/u;

function reportedYear(title: string): number | undefined {
  if (!/^báo cáo/iu.test(title.trim())) return undefined;
  const years = [...title.matchAll(/\bnăm (\d{4})\b/gu)].map((m) => Number(m[1]));
  return years.at(-1);
}
