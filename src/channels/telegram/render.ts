import { InlineKeyboard } from 'grammy';
import { plainText, type Attachment, type Button } from '../../core';
import type { OutboxInput, OutboxKind } from '../../store';
import type { Outgoing } from '../pipeline';
import { splitMessage } from '../split';

/** Telegram's limit is 4096 characters; a little room is kept for safety. */
export const TELEGRAM_TEXT_LIMIT = 4000;

/** Choices two by two, then one row per item's shortcut buttons (a task's "Xong", "Đang làm", "Ghi chú"), then 👍/👎. */
export function telegramKeyboard(out: Pick<Outgoing, 'buttons' | 'actions' | 'answerId'>): InlineKeyboard | undefined {
  const rows: Button[][] = [];
  const buttons = out.buttons ?? [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  rows.push(...(out.actions ?? []));
  if (out.answerId) rows.push([{ label: '👍 Hữu ích', data: `fb:up:${out.answerId}` }, { label: '👎 Chưa đúng', data: `fb:down:${out.answerId}` }]);
  if (rows.length === 0) return undefined;
  return InlineKeyboard.from(rows.map((row) => row.map((b) => InlineKeyboard.text(b.label, b.data))));
}

/** Telegram chat ids are numbers (up to 52 bits); they are kept as strings in the store and sent back as numbers. */
export function telegramChatParam(chatId: string): number | string {
  return /^-?\d{1,16}$/u.test(chatId) ? Number(chatId) : chatId;
}

/** sendMessage calls for a text, split under Telegram's limit; keys `${key}:0`, `${key}:1`… */
export function telegramTextCalls(chatId: string, text: string, key: string, kind: OutboxKind, keyboard?: InlineKeyboard): OutboxInput[] {
  const parts = splitMessage(text, TELEGRAM_TEXT_LIMIT);
  return parts.map((part, i) => ({
    channel: 'telegram',
    chatId,
    kind,
    key: `${key}:${i}`,
    method: 'sendMessage',
    params: { chat_id: telegramChatParam(chatId), text: part, ...(keyboard && i === parts.length - 1 ? { reply_markup: { inline_keyboard: keyboard.inline_keyboard } } : {}) },
  }));
}

/**
 * A sendDocument call as the outbox keeps it: the file's bytes in base64 (a draft report is tens of KB), turned back
 * into an upload by `telegramPlatform` when the call is made.
 */
export function telegramDocumentCall(chatId: string, file: Attachment, key: string, kind: OutboxKind): OutboxInput {
  const document: StoredDocument = { fileName: file.fileName, base64: Buffer.from(file.data).toString('base64') };
  return { channel: 'telegram', chatId, kind, key, method: 'sendDocument', params: { chat_id: telegramChatParam(chatId), document } };
}

/** A file inside a stored sendDocument call. */
export interface StoredDocument {
  fileName: string;
  base64: string;
}

/** The calls that answer one update: the button press acknowledged, a rating's buttons removed, then the replies and their files. */
export function telegramReplyCalls(
  chatId: string,
  outs: Outgoing[],
  key: string,
  callback?: { id: string; messageId?: number; feedback: boolean },
): OutboxInput[] {
  const calls: OutboxInput[] = [];
  if (callback) {
    calls.push({ channel: 'telegram', chatId, kind: 'notice', key: `${key}:ack`, method: 'answerCallbackQuery', params: { callback_query_id: callback.id } });
    if (callback.feedback && callback.messageId !== undefined) {
      calls.push({
        channel: 'telegram',
        chatId,
        kind: 'notice',
        key: `${key}:unrate`,
        method: 'editMessageReplyMarkup',
        params: { chat_id: telegramChatParam(chatId), message_id: callback.messageId, reply_markup: { inline_keyboard: [] } },
      });
    }
  }
  outs.forEach((out, i) => {
    calls.push(...telegramTextCalls(chatId, plainText(out), `${key}:${i}`, 'reply', telegramKeyboard(out)));
    (out.attachments ?? []).forEach((file, j) => calls.push(telegramDocumentCall(chatId, file, `${key}:${i}:file:${j}`, 'reply')));
  });
  return calls;
}
