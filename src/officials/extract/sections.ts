import { createHash } from 'node:crypto';
import { CLOSING, type Section } from '../../knowledge';
import { foldText } from '../../text';

/** "III. NHIỆM VỤ…" › "1. Truyền thông…" → "III.1"; "Phụ lục I: …" → "PL-I". */
export function sectionRef(section: Section): string {
  return section.headings
    .map((h) => {
      const appendix = /^Phụ lục\s+([IVX\d]+)/iu.exec(h);
      if (appendix) return `PL-${appendix[1]}`;
      return /^([IVX]+|\d+(?:\.\d+)*)\./u.exec(h)?.[1] ?? '';
    })
    .filter(Boolean)
    .join('.');
}

/** "III. NHIỆM VỤ…" → "NHIỆM VỤ…", "2. Giao …" → "Giao …". */
export function withoutNumber(heading: string): string {
  return heading.replace(/^([IVX]+|\d+(\.\d+)*)\.\s*/u, '');
}

/** The section without a letter's closing ("Trên đây…", "Nơi nhận:", signatures), which assigns nothing. */
export function withoutClosing(section: Section): Section {
  const end = section.blocks.findIndex((b) => b.type === 'paragraph' && CLOSING.test(b.parts[0]?.text ?? ''));
  return end < 0 ? section : { ...section, blocks: section.blocks.slice(0, end) };
}

export function hash(value: unknown): string {
  return createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex').slice(0, 12);
}

export function slug(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
}

export function stripEnd(text: string): string {
  return text.replace(/[.;,…]+$/u, '').trim();
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
