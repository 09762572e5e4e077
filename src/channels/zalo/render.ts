import { plainText } from '../../core';
import type { OutboxInput, OutboxKind } from '../../store';
import type { Outgoing } from '../pipeline';
import { splitMessage } from '../split';

/** Zalo accepts 2000 characters; replies are split at about 1900, on sentence or line boundaries. */
export const ZALO_SPLIT_AT = 1900;

/**
 * Zalo has no buttons: choices become numbered lines, ratings a line of instructions, files a download link. Shortcut
 * buttons (`actions`) are left out: the text already says what to type.
 */
export function renderForZalo(out: Outgoing): string {
  let text = plainText(out);
  const topics = out.buttons?.every((b) => b.data.startsWith('topic:'));
  if (out.buttons?.length) text += `\n\n${topics ? 'Gõ số để chọn chủ đề:' : 'Gõ số để chọn:'}\n${out.buttons.map((b, i) => `${i + 1}. ${b.label}`).join('\n')}`;
  for (const file of out.attachments ?? []) if (file.url) text += `\n\n📎 ${file.fileName}: ${file.url}`;
  if (out.answerId) text += '\n\n(Câu trả lời có giúp ích không? Gõ 👍 hoặc 1 nếu hữu ích, 👎 hoặc 0 nếu chưa đúng.)';
  return text;
}

/** sendMessage calls for a text, split under Zalo's limit; keys `${key}:0`, `${key}:1`… */
export function zaloTextCalls(chatId: string, text: string, key: string, kind: OutboxKind): OutboxInput[] {
  return splitMessage(text, ZALO_SPLIT_AT).map((part, i) => ({
    channel: 'zalo',
    chatId,
    kind,
    key: `${key}:${i}`,
    method: 'sendMessage',
    params: { chat_id: chatId, text: part },
  }));
}

export function zaloReplyCalls(chatId: string, outs: Outgoing[], key: string): OutboxInput[] {
  return outs.flatMap((out, i) => zaloTextCalls(chatId, renderForZalo(out), `${key}:${i}`, 'reply'));
}
