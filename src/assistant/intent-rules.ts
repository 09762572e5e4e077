import type { Intent } from '../core';

/**
 * How a message is routed before the knowledge is searched. Officials' questions are recognised first, by
 * `src/officials` (its phrases are data in `src/officials/phrases.ts`); then these rules are tried in order on the
 * analysed question (folded, chat shorthand written out); the first that fires decides, and its id is logged with
 * the reply. Each rule names the evaluation cases (file ids) that show why it exists; change a rule, run those cases.
 */
export interface IntentRule {
  id: string;
  intent: Intent;
  /** Folded phrases, matched as whole words anywhere in the question. */
  any?: readonly string[];
  /** Folded patterns, for rules that need word order or the whole message. */
  patterns?: readonly RegExp[];
  cases: readonly string[];
}

const GREETING_WORDS = 'xin chao|chao|hello|hi|alo|hey|cam on|cam on ban|thank you|thanks|ok|oke|okay|vang|da|u|uh|duoc|dong y|hieu roi|biet roi';
const GREETING_TAIL = 'ban|em|anh|chi|bot|tro ly|tro ly so|nhe|nha|nhieu|a|vang|da|roi|cam on|admin|ad|oi|buoi (sang|trua|chieu|toi)';

export const INTENT_RULES: readonly IntentRule[] = [
  {
    id: 'greeting',
    intent: 'greeting',
    patterns: [new RegExp(`^(${GREETING_WORDS})( (${GREETING_TAIL}))*[\\s!.,?]*$`, 'u')],
    cases: ['tests/assistant: "xin chào"', 'tests/channels: "cảm ơn"'],
  },
  {
    id: 'help',
    intent: 'help',
    patterns: [
      /^(help|tro giup|huong dan|menu|bat dau|start)[\s!.?]*$/u,
      /\b(ban|tro ly|bot)\b.{0,15}\b(lam|giup|ho tro|tra loi) duoc (gi|nhung gi|viec gi)\b/u,
      /\b(huong dan su dung|cach su dung) (bot|tro ly|ban)\b/u,
      /\b(toi|minh|em) (co the )?hoi (gi|nhung gi|duoc gi)\b/u,
      /^(ban la ai|tro ly so la gi|day la dau)[\s!.?]*$/u,
    ],
    cases: ['tests/assistant: "/trogiup"'],
  },
];
