import { foldText } from '../text';
import { CORE_WORDS, DOMAIN_WORDS, SCOPE_RULES, type OutOfScopeReason, type ScopeRule } from './scope-rules';

export type { OutOfScopeReason };

const padded = (text: string) => ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
const hasAny = (text: string, words: readonly string[]) => words.some((w) => text.includes(` ${w} `));

export function mentionsDomain(text: string): boolean {
  return hasAny(padded(text), DOMAIN_WORDS);
}

function fires(rule: ScopeRule, text: string): boolean {
  return (rule.any ? hasAny(text, rule.any) : false) || (rule.patterns?.some((p) => p.test(text.trim())) ?? false);
}

/**
 * Why a message is outside what the assistant answers, or undefined when it may be in scope. Takes the analysed
 * question (chat shorthand written out), so "ny gian ko rep" reads as "người yêu giận không rep".
 */
export function outOfScopeReason(text: string): OutOfScopeReason | undefined {
  const folded = padded(text);
  const core = hasAny(folded, CORE_WORDS);
  return SCOPE_RULES.find((rule) => (rule.always || !core) && fires(rule, folded))?.reason;
}
