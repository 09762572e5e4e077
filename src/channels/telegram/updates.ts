import type { Message, MessageEntity, Update } from 'grammy/types';
import type { Incoming } from '../pipeline';

/** Who the bot is, from getMe: needed to tell whether a group message is addressed to it. */
export interface TelegramBot {
  id: number;
  username?: string;
}

/** A file of a message (a photo's largest size, a document, a voice note): fetched with getFile only when it is read. */
export interface TelegramFile {
  id: string;
  /** As Telegram declares it: a file over the limit is refused without fetching it. */
  size?: number;
}

/** An update to answer, or `ignore` (group talk not addressed to the bot, edits, joins…). */
export type TelegramEvent =
  | { kind: 'ignore' }
  | {
      kind: 'answer';
      incoming: Omit<Incoming, 'now' | 'media' | 'onSlow'>;
      /** For an image or a voice note: the file to read. */
      file?: TelegramFile;
      callback?: { id: string; messageId?: number; feedback: boolean };
    };

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

/** A photo (its largest size), an image or other file sent as a document, or a voice note; undefined for anything else. */
function fileOf(message: Message): { kind: 'image' | 'voice'; file: TelegramFile } | undefined {
  const photo = message.photo?.at(-1);
  if (photo) return { kind: 'image', file: { id: photo.file_id, size: photo.file_size } };
  // Any document: the bytes say whether it is an image (a PDF named .png is refused once read).
  if (message.document) return { kind: 'image', file: { id: message.document.file_id, size: message.document.file_size } };
  if (message.voice) return { kind: 'voice', file: { id: message.voice.file_id, size: message.voice.file_size } };
  return undefined;
}

/**
 * What the bot should answer: private messages always; in groups only messages that mention the bot (or name it
 * after a command, or in a photo's caption) or reply to one of its messages; button presses on its own messages.
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
  const media = text === undefined ? fileOf(message) : undefined;
  const nonText: TelegramEvent = media ? { kind: 'answer', incoming: { ...base, kind: media.kind }, file: media.file } : { kind: 'answer', incoming: { ...base, kind: 'non_text' } };
  if (!isGroup(message)) return text === undefined ? nonText : { kind: 'answer', incoming: { ...base, kind: 'text', text } };
  const repliesToBot = message.reply_to_message?.from?.id === bot.id;
  if (text === undefined) {
    const captioned = media && message.caption !== undefined && mentions(message.caption, message.caption_entities, bot).length > 0;
    return repliesToBot || captioned ? nonText : { kind: 'ignore' };
  }
  const found = mentions(text, message.entities, bot);
  if (found.length === 0 && !repliesToBot) return { kind: 'ignore' };
  return { kind: 'answer', incoming: { ...base, kind: 'text', text: withoutMentions(text, found, bot) } };
}
