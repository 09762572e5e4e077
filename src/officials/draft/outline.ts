import type { KnowledgeDoc } from '../../knowledge';
import { foldText } from '../../text';
import { findTimeExpressions } from '../../time';

/** One heading of a report outline ("Đề cương") with the guidance written under it. */
export interface OutlineSection {
  /** 1 for "I. …", 2 for "1. …", 3 for "2.1. …". */
  level: number;
  heading: string;
  guidance: string[];
}

/** A criterion the report must quantify: "Tiêu chí 1: Tỷ lệ … (Mục tiêu chung … là 80%). … : ..... %". */
export interface Criterion {
  number: number;
  text: string;
  target: string;
  /** The measure asked for: "%" or "người". */
  measure: string;
  /** Who assesses it, as the outline says ("Đơn vị tự đánh giá kết quả đạt được"). */
  assessedBy: string;
}

/** A report outline attached to a letter, as the unit must follow it. */
export interface Outline {
  /** "(Kèm theo Văn bản số: … ngày 09/6/2026 của Sở …)". */
  attachedTo?: string;
  /** The report's title lines: "BÁO CÁO", "Tổng kết 01 năm …". */
  title: string[];
  sections: OutlineSection[];
  criteria: Criterion[];
  /** The closing the report ends with ("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "(Ký, ghi rõ họ tên và đóng dấu)"). */
  signature: string[];
  /** The period the figures cover, as the letter writes it ("tháng 05/2025 đến hết tháng 05/2026"). */
  dataPeriod?: { text: string; from: string; to: string };
}

const OUTLINE_HEADING = /\bde cuong\b/u;
const CRITERION = /^Tiêu chí (\d+):\s*(.+?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*\.?\s*(.+?):\s*\.{3,}\s*(%|người)\.?$/u;
const SIGNATURE = /^(THỦ TRƯỞNG|\(Ký)/u;

/** The report outline ("ĐỀ CƯƠNG BÁO CÁO …") a letter carries, or undefined when it carries none. */
export function readOutline(doc: KnowledgeDoc): Outline | undefined {
  const top = doc.sections.find((s) => s.headings.length > 0 && OUTLINE_HEADING.test(foldText(s.headings[0]!)))?.headings[0];
  if (!top) return undefined;
  const outline: Outline = { title: [], sections: [], criteria: [], signature: [], dataPeriod: dataPeriodOf(doc) };
  const seen = new Set<string>();
  for (const section of doc.sections.filter((s) => s.headings[0] === top)) {
    // A heading with nothing under it but sub-headings ("I. TÌNH HÌNH…") has no section of its own: add it first.
    for (let depth = 2; depth < section.headings.length; depth++) {
      const path = section.headings.slice(0, depth).join(' › ');
      if (!seen.has(path)) outline.sections.push({ level: depth - 1, heading: section.headings[depth - 1]!.replace(/:$/u, ''), guidance: [] });
      seen.add(path);
    }
    seen.add(section.headings.join(' › '));
    const texts = section.blocks.flatMap((b) => (b.type === 'table' ? [] : b.parts.map((p) => p.text.trim())));
    if (section.headings.length === 1) {
      for (const text of texts) {
        if (/^\(Kèm theo/u.test(text)) outline.attachedTo = text;
        else outline.title.push(text);
      }
      continue;
    }
    const current: OutlineSection = { level: section.headings.length - 1, heading: section.headings.at(-1)!.replace(/:$/u, ''), guidance: [] };
    for (const text of texts) {
      const criterion = CRITERION.exec(text);
      if (SIGNATURE.test(text)) outline.signature.push(text);
      else if (criterion) {
        outline.criteria.push({
          number: Number(criterion[1]),
          text: criterion[2]!.replace(/\s+/gu, ' '),
          target: (/là\s+(.+)$/u.exec(criterion[3]!)?.[1] ?? criterion[3]!).trim(),
          measure: criterion[5]!,
          assessedBy: criterion[4]!.trim(),
        });
      } else current.guidance.push(text);
    }
    outline.sections.push(current);
  }
  return outline;
}

/** "số liệu đánh giá tính từ thời điểm triển khai: tháng 05/2025 đến hết tháng 05/2026". */
function dataPeriodOf(doc: KnowledgeDoc): Outline['dataPeriod'] {
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.type === 'table') continue;
      for (const part of block.parts) {
        const range = findTimeExpressions(part.text).find((e) => e.schedule.kind === 'range');
        if (range && range.schedule.kind === 'range') return { text: range.text, from: range.schedule.from, to: range.schedule.to };
      }
    }
  }
  return undefined;
}
