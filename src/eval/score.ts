import { foldText } from '../text';
import type { EvalCase } from './cases';

/** The comparison form of the shared scorer (NFC, no diacritics, đ → d, lower case, single spaces): our foldText. */
export function foldForScore(text: unknown): string {
  return foldText(String(text ?? ''));
}

export interface EvalAnswer {
  intent: string;
  answer: string;
  sources: unknown[];
}

/** Why an answer fails its case, or null when it passes (the rules of ../shared/eval/score.mjs). */
export function checkAnswer(c: EvalCase, a: EvalAnswer | undefined): string | null {
  if (!a) return 'no answer with this id';
  const e = c.expect;
  const text = foldForScore(a.answer);
  if (!text) return 'empty answer';
  if (e.intent) {
    const allowed = Array.isArray(e.intent) ? e.intent : [e.intent];
    if (!allowed.includes(a.intent)) return `intent ${JSON.stringify(a.intent)}, expected ${allowed.join(' | ')}`;
  }
  const missing = missingGroup(text, e.any ?? []);
  if (missing) return `missing one of ${JSON.stringify(missing)}`;
  for (const s of e.none ?? []) if (text.includes(foldForScore(s))) return `contains forbidden ${JSON.stringify(s)}`;
  if (e.cited && !(Array.isArray(a.sources) && a.sources.length > 0)) return 'no source cited';
  return null;
}

/** The first `any` group none of whose strings occurs in the (already folded) text. */
export function missingGroup(foldedText: string, groups: string[][]): string[] | undefined {
  return groups.find((group) => !group.some((s) => foldedText.includes(foldForScore(s))));
}
