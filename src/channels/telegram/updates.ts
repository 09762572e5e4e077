import type { Message, MessageEntity, Update } from 'grammy/types';
import type { Incoming } from '../pipeline';

/** Who the bot is, from getMe: needed to tell whether a group message is addressed to it. */
export interface TelegramBot {
  id: number;
  username?: string;
}

/** An update to answer, or `ignore` (group talk not addressed to the bot, edits, joins…). */
export type TelegramEvent =
  | { kind: 'ignore' }
  | { kind: 'answer'; incoming: Omit<Incoming, 'now'>; callback?: { id: string; messageId?: number; feedback: boolean } };

/** The chat an update belongs to, for per-chat ordering; '-' when it has none. */
export function telegramChatId(update: Update): string {
  const chat = update.message?.chat.id ?? update.edited_message?.chat.id ?? update.callback_query?.message?.chat.id ?? update.callback_query?.from.id;
  return chat === undefined ? '-' : String(chat);
}

/** Reads the parts of a webhook body or getUpdates item the inbox needs; undefined when it is not an update. */
export function readTelegramBody(body: unknown): { updateKey: string; chatId: string; payload: Update } | undefined {
  const update = body as Update | null;
  if (typeof update !== 'object' || update === null || !Number.isSafeInteger(update.update_id)) return undefined;
  return { updateKey: String(update.update_id), chatId: telegramChatId(update), payload: update };
}

const isGroup = (message: Message) => message.chat.type === 'group' || message.chat.type === 'supergroup';

/** "@TroLySoBot" as a mention, or the bot's name after a command ("/start@TroLySoBot"). */
function mentions(text: string, entities: MessageEntity[] | undefined, bot: TelegramBot): MessageEntity[] {
  if (!bot.username) return [];
  const name = `@${bot.username.toLowerCase()}`;
  return (entities ?? []).filter((e) => {
    const part = text.slice(e.offset, e.offset + e.length).toLowerCase();
    return (e.type === 'mention' && part === name) || (e.type === 'bot_command' && part.endsWith(name));
  });
}

/** Removes the bot's own name from the text ("@TroLySoBot tải VNeID ở đâu" → "tải VNeID ở đâu", "/start@TroLySoBot" → "/start"). */
function withoutMentions(text: string, found: MessageEntity[], bot: TelegramBot): string {
  let out = text;
  for (const e of [...found].sort((a, b) => b.offset - a.offset)) {
    const part = out.slice(e.offset, e.offset + e.length);
    const replacement = e.type === 'bot_command' ? part.slice(0, part.length - (bot.username?.length ?? 0) - 1) : '';
    out = out.slice(0, e.offset) + replacement + out.slice(e.offset + e.length);
  }
  return out.replace(/\s+/gu, ' ').trim();
}

/**
 * What the bot should answer: private messages always; in groups only messages that mention the bot (or name it
 * after a command) or reply to one of its messages; button presses on its own messages.
 */
export function readTelegramUpdate(update: Update, bot: TelegramBot): TelegramEvent {
  const query = update.callback_query;
  if (query) {
    if (typeof query.data !== 'string') return { kind: 'ignore' };
    const chatId = String(query.message?.chat.id ?? query.from.id);
    return {
      kind: 'answer',
      incoming: { channel: 'telegram', userId: String(query.from.id), chatId, kind: 'button', data: query.data },
      callback: { id: query.id, messageId: query.message?.message_id, feedback: query.data.startsWith('fb:') },
    };
  }
  const message = update.message;
  if (!message) return { kind: 'ignore' };
  const base = { channel: 'telegram' as const, userId: String(message.from?.id ?? message.chat.id), chatId: String(message.chat.id) };
  const text = message.text;
  if (!isGroup(message)) return { kind: 'answer', incoming: text === undefined ? { ...base, kind: 'non_text' } : { ...base, kind: 'text', text } };
  const repliesToBot = message.reply_to_message?.from?.id === bot.id;
  if (text === undefined) return repliesToBot ? { kind: 'answer', incoming: { ...base, kind: 'non_text' } } : { kind: 'ignore' };
  const found = mentions(text, message.entities, bot);
  if (found.length === 0 && !repliesToBot) return { kind: 'ignore' };
  return { kind: 'answer', incoming: { ...base, kind: 'text', text: withoutMentions(text, found, bot) } };
}
