import { rowText, type Section } from '../../knowledge';
import { foldText, splitSentences } from '../../text';
import { findTimeExpressions, makeDate, parts, type Schedule, type TimeExpression } from '../../time';
import type { DeadlineRecord } from '../records';
import { citesDocument, nameOf, type ExtractionContext } from './context';
import { capitalise, hash, slug } from './sections';
import { recipient, subjectUnits } from './units';

const DUE_KINDS = new Set<Schedule['kind']>(['date', 'yearly', 'quarterly', 'quarter', 'monthly']);

export const SUSPECT_YEAR = 'Ngày này sớm hơn ngày văn bản được viết (văn bản viện dẫn văn bản ngày {after}); có thể năm bị ghi nhầm.';

/** Deadlines of one section: dated sentences and table rows, with the units they bind and whom they are sent to. */
export function collectDeadlines(context: ExtractionContext, section: Section, ref: string, headingLeads: string[]): void {
  const lastHeading = section.headings.at(-1) ?? '';
  const preamble = section.headings.length === 0;
  for (const block of section.blocks) {
    const pieces =
      block.type === 'table'
        ? block.rows.map((r) => ({ text: rowText(block.header, r.cells), line: r.line, ...rowUnits(context, block.header, r.cells) }))
        : block.parts.flatMap((p) => splitSentences(p.text).map((text) => ({ text, line: p.line, leads: [] as string[], partners: [] as string[] })));
    for (const piece of pieces) {
      for (const expression of findTimeExpressions(piece.text)) {
        if (!isDue(expression, piece.text) && !isRequestedReport(expression, piece.text)) continue;
        const before = piece.text.slice(0, expression.index);
        const toId = recipient(context, piece.text);
        // What a letter's preamble dates is the mandate of the one writing it ("…giao nhiệm vụ tổ chức tổng kết…,
        // hoàn thành trong Quý II năm 2026"), not a request to its addressees.
        const who =
          piece.leads.length > 0 ? piece.leads : headingLeads.length > 0 ? headingLeads : preamble && context.issuerId ? [context.issuerId] : subjectUnits(context, before);
        const clause = clauseAround(piece.text, expression);
        const record: DeadlineRecord = {
          id: `${ref || 'chung'}:${slug(expression.text)}`,
          kind: kindOf(clause.text),
          title: titleOf(clause.text, { ...expression, index: clause.index }, lastHeading),
          text: piece.text,
          timing: expression.text,
          schedule: expression.schedule,
          units: who.map((id) => nameOf(context, id)),
          unit_ids: who,
          ...(piece.partners.length > 0 ? { support: piece.partners.map((id) => nameOf(context, id)), support_ids: piece.partners } : {}),
          ...(toId ? { to: nameOf(context, toId), to_id: toId } : {}),
          ...correctionField(context, expression.schedule),
          section: section.headings.join(' › '),
          line: piece.line,
          source_hash: hash(piece.text),
          checksum: '',
        };
        if (!context.deadlines.some((d) => d.id === record.id)) context.deadlines.push(record);
      }
    }
  }
}

/** Whether an expression is a due time of the sentence: not a cited document's date, not a plain year or rhythm. */
export function isDue(expression: TimeExpression, sentence: string): boolean {
  const s = expression.schedule;
  if (!DUE_KINDS.has(s.kind)) return false;
  if (s.kind === 'monthly' && s.day === undefined) return false;
  if (citesDocument(sentence.slice(0, expression.index))) return false;
  if (s.kind === 'date') return s.bound !== 'on';
  if (s.kind === 'quarter') return /\b(trong|hoan thanh)\s*$/u.test(foldText(sentence.slice(0, expression.index)));
  return true;
}

/** "… và báo cáo đột xuất theo yêu cầu": a report due whenever it is asked for. */
function isRequestedReport(expression: TimeExpression, sentence: string): boolean {
  return expression.schedule.kind === 'on_request' && /\bbao cao\s*$/u.test(foldText(sentence.slice(0, expression.index)));
}

/**
 * A dated deadline earlier than the day the plan was written is almost surely a typo of the year: the correction
 * proposes the first such day after it, for an editor to confirm.
 */
function correctionField(context: ExtractionContext, schedule: Schedule): Pick<DeadlineRecord, 'correction'> {
  const after = context.issuedAfter;
  if (schedule.kind !== 'date' || !after || schedule.date >= after) return {};
  const { month, day } = parts(schedule.date);
  let year = parts(after).year;
  if (makeDate(year, month, day) < after) year += 1;
  const { year: ay, month: am, day: ad } = parts(after);
  const written = `${String(ad).padStart(2, '0')}/${String(am).padStart(2, '0')}/${ay}`;
  return { correction: { date: makeDate(year, month, day), reason: SUSPECT_YEAR.replace('{after}', written), confirmed: false } };
}

/** The part of a sentence between semicolons that holds the expression, and the expression's index in it. */
function clauseAround(sentence: string, expression: TimeExpression): { text: string; index: number } {
  const start = sentence.lastIndexOf(';', expression.index) + 1;
  const stop = sentence.indexOf(';', expression.index + expression.text.length);
  const text = sentence.slice(start, stop < 0 ? undefined : stop);
  const lead = text.length - text.trimStart().length;
  return { text: text.trim(), index: expression.index - start - lead };
}

function kindOf(sentence: string): DeadlineRecord['kind'] {
  const s = foldText(sentence);
  if (/\b(dot cao diem|chien dich|phat dong)\b/u.test(s)) return 'campaign';
  if (/\b(bao cao|gui ve|nop)\b/u.test(s)) return 'report';
  if (/\b(ngay hoi|hang nam|to chuc cac hoat dong)\b/u.test(s)) return 'event';
  return 'milestone';
}

/** A short name for a deadline: "Báo cáo quý", the quoted event name, or the clause around the date. */
function titleOf(sentence: string, expression: TimeExpression, heading: string): string {
  const before = sentence.slice(0, expression.index);
  if (expression.schedule.kind === 'on_request') return capitalise(`báo cáo ${expression.text}`);
  const paren = /([Bb]áo cáo [\p{L} ]{1,30}?)\s*\(\s*$/u.exec(before);
  if (paren) return capitalise(paren[1]!.trim());
  const quoted = /“([^”]{3,80})”/u.exec(sentence);
  if (quoted && !/bình dân học vụ số/iu.test(quoted[1]!)) return quoted[1]!;
  const clause = before
    .split(/[;:]|trong đó/u)
    .at(-1)!
    .replace(/\*+/gu, '')
    .replace(/^\s*(-|[a-zđ]\)|giao nhiệm vụ)\s*/iu, '')
    .replace(/[,(]?\s*(hoàn thành trong|trong|vào|trước)?\s*$/iu, '')
    .trim();
  const short = clause.length > 90 ? `${clause.slice(0, 90).replace(/\s+\S*$/u, '')}…` : clause;
  return capitalise(short || heading);
}

/** The lead and partner units of an appendix row: a row's date binds both. */
function rowUnits(context: ExtractionContext, header: string[], cells: string[]): { leads: string[]; partners: string[] } {
  const column = (pattern: RegExp) => header.findIndex((h) => pattern.test(foldText(h)));
  const ids = (c: number) => (c >= 0 && cells[c] ? context.roster.findInText(cells[c]!, context.province).ids : []);
  return { leads: ids(column(/chu tri/u)), partners: ids(column(/phoi hop/u)) };
}
