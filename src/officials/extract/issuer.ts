import type { Section } from '../../knowledge';
import { foldKeepingPositions, splitSentences } from '../../text';
import { nameOf, type ExtractionContext } from './context';
import { capitalise, hash, stripEnd } from './sections';
import { recipient } from './units';

/**
 * The issuer's own work, stated as the purpose of what it asks of others: "…để có cơ sở tổng hợp tham mưu UBND thành
 * phố tổ chức tổng kết…, Sở KH&CN đề nghị…" and "Báo cáo… gửi về Sở KH&CN… để tổng hợp, xây dựng dự thảo…".
 * Its timing is the issuer's own milestone, when the preamble dates one.
 */
export function issuerTasks(context: ExtractionContext, sections: readonly { section: Section; ref: string }[]): void {
  const issuer = context.issuerId;
  if (!issuer) return;
  const issuerName = foldKeepingPositions(nameOf(context, issuer)).replace(/\s+/gu, ' ');
  const milestone = context.deadlines.find((d) => d.unit_ids.length === 1 && d.unit_ids[0] === issuer);
  const used = new Set<string>();
  for (const { section, ref } of sections) {
    for (const block of section.blocks) {
      if (block.type === 'table') continue;
      for (const part of block.parts) {
        for (const sentence of splitSentences(part.text)) {
          const purpose = purposeBeforeRequest(sentence, issuerName) ?? (recipient(context, sentence) === issuer ? purposeAfterRecipient(sentence) : undefined);
          if (!purpose) continue;
          let id = `${ref || 'chung'}.cq`;
          for (let n = 2; used.has(id); n++) id = `${ref || 'chung'}.cq-${n}`;
          used.add(id);
          context.tasks.push({
            id,
            kind: 'task',
            text: `${capitalise(purpose)}.`,
            details: [],
            lead: [nameOf(context, issuer)],
            lead_ids: [issuer],
            support: [],
            support_ids: [],
            ...(milestone ? { timing: milestone.timing, schedule: milestone.schedule } : {}),
            status: 'unknown',
            section: section.headings.join(' › '),
            line: part.line,
            source_hash: hash(sentence),
            checksum: '',
          });
        }
      }
    }
  }
}

/** "để", "nhằm" opening a purpose clause (compared with its diacritics: "đề xuất" is not one). */
const PURPOSE = /(?<!\p{L})(?:để|nhằm)\s+(?:có cơ sở\s+)?/u;

/** "…; để có cơ sở <purpose>, <issuer> đề nghị…" → purpose. */
function purposeBeforeRequest(sentence: string, issuerName: string): string | undefined {
  const folded = foldKeepingPositions(sentence);
  const request = folded.indexOf(`${issuerName} de nghi`);
  if (request < 0) return undefined;
  const start = Math.max(folded.lastIndexOf(';', request), 0);
  const m = PURPOSE.exec(sentence.slice(start, request));
  if (!m) return undefined;
  const from = start + m.index + m[0].length;
  return stripEnd(sentence.slice(from, request).replace(/[,\s]+$/u, ''));
}

/** "… gửi về <issuer> trước ngày … để <purpose>." → purpose, when the purpose clause follows the sending. */
function purposeAfterRecipient(sentence: string): string | undefined {
  const sending = /(?<!\p{L})(?:gửi về|gửi đến|nộp về)(?!\p{L})/u.exec(sentence);
  if (!sending) return undefined;
  const rest = sentence.slice(sending.index);
  const m = PURPOSE.exec(rest);
  if (!m) return undefined;
  return stripEnd(rest.slice(m.index + m[0].length));
}
