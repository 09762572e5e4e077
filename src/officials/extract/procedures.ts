import type { Section } from '../../knowledge';
import { foldText, splitSentences } from '../../text';
import { findTimeExpressions } from '../../time';
import { findInTextMentions } from '../mentions';
import type { TaskRecord } from '../records';
import { nameOf, type ExtractionContext } from './context';
import { hash, stripEnd } from './sections';

/** "Trường hợp, bổ sung kinh phí thực hiện các cơ quan, đơn vị lập dự toán gửi về…": a step taken when it arises. */
const CONDITIONAL = /^(?:trường hợp|khi)[\s,]+(.+?)(?=\s+các\s|\s+(?:sở|ủy ban|ubnd|văn phòng)\s)/iu;
const ACTING = /(?<!\p{L})(lập|gửi|nộp|đề xuất)(?!\p{L})/u;

/**
 * Steps of a procedure in a section that assigns nothing by its heading (the budget section of a plan): a conditional
 * sentence naming who prepares something and whom it is sent to becomes a task of the former with the latter as partners.
 */
export function procedureSteps(context: ExtractionContext, section: Section, ref: string): void {
  let item = 0;
  for (const block of section.blocks) {
    if (block.type === 'table') continue;
    for (const part of block.parts) {
      item++;
      for (const sentence of splitSentences(part.text)) {
        const task = step(context, sentence);
        if (!task) continue;
        context.tasks.push({
          id: `${ref || 'chung'}.${item}`,
          kind: 'task',
          text: sentence,
          details: [],
          ...task,
          section: section.headings.join(' › '),
          line: part.line,
          source_hash: hash(sentence),
          checksum: '',
          status: 'unknown',
        });
      }
    }
  }
}

function step(context: ExtractionContext, sentence: string): Omit<TaskRecord, 'id' | 'kind' | 'text' | 'details' | 'section' | 'line' | 'source_hash' | 'checksum' | 'status'> | undefined {
  const condition = CONDITIONAL.exec(sentence);
  if (!condition || findTimeExpressions(sentence).some((e) => e.schedule.kind !== 'ongoing')) return undefined;
  const rest = sentence.slice(condition.index + condition[0].length);
  const verb = ACTING.exec(rest);
  if (!verb) return undefined;
  const leads = findInTextMentions(context.roster, rest.slice(0, verb.index), context.province);
  const partners: string[] = [];
  for (const m of rest.matchAll(/(?<!\p{L})gửi(?: về| đến)?\s+(.+?)(?=\s+(?:tổng hợp|tham mưu|để|xem xét|thẩm định)(?!\p{L})|[,.;]|$)/gu)) {
    for (const id of findInTextMentions(context.roster, m[1]!, context.province)) if (!partners.includes(id) && !leads.includes(id)) partners.push(id);
  }
  if (leads.length === 0 || partners.length === 0) return undefined;
  return {
    lead: leads.map((id) => nameOf(context, id)),
    lead_ids: leads,
    support: partners.map((id) => nameOf(context, id)),
    support_ids: partners,
    timing: stripEnd(`${foldText(condition[0]).startsWith('khi') ? 'Khi' : 'Trường hợp'} ${condition[1]!.replace(/^[\s,]+/u, '')}`),
    schedule: { kind: 'on_request' },
  };
}
