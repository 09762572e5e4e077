import { parseCommand, type Intent } from '../core';
import type { Analysis } from '../understanding';
import { INTENT_RULES, type IntentRule } from './intent-rules';

export interface Routing {
  intent: Intent;
  /** The rule that decided ("command:xong", "greeting", "officials.report-deadline"…), logged with the reply. */
  rule: string;
}

/** The intent of a message from its wording alone, before the knowledge is searched (secrets are checked first). */
export function detectIntent(text: string, analysis: Analysis): Routing | undefined {
  const command = parseCommand(text);
  if (command) return { intent: commandIntent(command.name), rule: `command:${command.name}` };
  const folded = ` ${analysis.folded} `;
  const rule = INTENT_RULES.find((r) => fires(r, folded));
  return rule ? { intent: rule.intent, rule: rule.id } : undefined;
}

function fires(rule: IntentRule, padded: string): boolean {
  if (rule.any?.some((p) => padded.includes(` ${p} `))) return true;
  const text = padded.trim();
  return rule.patterns?.some((p) => p.test(text)) ?? false;
}

export function commandIntent(name: string): Intent {
  switch (name) {
    case 'start':
      return 'greeting';
    case 'hanbaocao':
    case 'nhacnho':
      return 'deadlines';
    case 'nhiemvu':
    case 'xong':
    case 'capnhat':
    case 'dangky':
      return 'tasks';
    default:
      return 'help';
  }
}
