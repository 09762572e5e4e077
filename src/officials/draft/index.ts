import type { Reply } from '../../core';
import { foldText } from '../../text';
import type { PlanData } from '../data';
import type { Session } from '../identity';
import { planLabel } from '../labels';
import { plansNamedIn } from '../matching';
import { MESSAGES as M } from '../messages';
import type { UnitMatch } from '../roster';
import { unitLabel } from '../tasks';
import { draftContent } from './content';
import { renderDocx } from './docx';
import { renderXlsx } from './xlsx';

export { readOutline, type Outline } from './outline';
export { draftContent, type DraftContent } from './content';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Plans carrying a report outline, in the unit's province, the one the words name first. */
export function outlinePlans(session: Session, match: UnitMatch, words = ''): PlanData[] {
  const withOutline = session.data.plans.filter((p) => p.outline && p.plan.province === match.unit.province);
  const named = words.trim() ? plansNamedIn(words, withOutline) : [];
  return named.length > 0 ? named : withOutline;
}

/** "UBND phường Biên Hòa" → "UBND-phuong-Bien-Hoa": a file name any system accepts. */
export function fileSlug(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'don-vi';
}

/** The draft report files of a unit following a plan's outline: DOCX and the appendix as XLSX. */
export async function draftFiles(session: Session, match: UnitMatch, plan: PlanData): Promise<{ docx: { name: string; data: Uint8Array }; xlsx: { name: string; data: Uint8Array } }> {
  const content = draftContent(session, match, plan);
  const slug = fileSlug(unitLabel(match));
  return { docx: { name: M.draft.docxName(slug), data: await renderDocx(content) }, xlsx: { name: M.draft.xlsxName(slug), data: await renderXlsx(content.appendix) } };
}

/** /baocao: the draft report as files attached to the reply. */
export async function draftReport(session: Session, match: UnitMatch, words: string): Promise<Omit<Reply, 'meta'>> {
  const plan = outlinePlans(session, match, words)[0];
  if (!plan) return { intent: 'tasks', text: M.draftNone(match.unit.province), sources: [] };
  const files = await draftFiles(session, match, plan);
  return {
    intent: 'tasks',
    text: M.draftReady(`${files.docx.name}, ${files.xlsx.name}`, planLabel(plan.plan)),
    sources: [{ path: plan.plan.path, title: plan.plan.title, section: '' }],
    attachments: [
      { fileName: files.docx.name, mimeType: DOCX_TYPE, data: files.docx.data },
      { fileName: files.xlsx.name, mimeType: XLSX_TYPE, data: files.xlsx.data },
    ],
  };
}
