import type { Incoming } from '../pipeline';
import { mediaUrl, zaloUpdateSchema, type ZaloUpdate } from './types';

/** Who the bot is, from getMe: needed to tell whether a group message is addressed to it. */
export interface ZaloBot {
  id: string;
  accountName?: string;
}

/** Reads a webhook body (wrapped in {ok, result} or bare) or a polled update for the inbox; undefined when it is not one. */
export function readZaloBody(body: unknown): { updateKey: string; chatId: string; payload: ZaloUpdate } | undefined {
  const parsed = zaloUpdateSchema.safeParse(body);
  if (!parsed.success) return undefined;
  return { updateKey: parsed.data.message.message_id, chatId: parsed.data.message.chat.id, payload: parsed.data };
}

interface MaybeAddressed {
  reply_to_message?: { from?: { id?: unknown } };
  quote?: { from?: { id?: unknown }; sender_id?: unknown };
  mentions?: { id?: unknown; user_id?: unknown }[];
}

/**
 * Whether a group message is for the bot. The Zalo Bot API does not document mentions or replies in groups
 * (unconfirmed): a reply or quote of the bot's message, a mention entry with its id, or "@<account name>" in the text count.
 */
function addressedToBot(update: ZaloUpdate, bot: ZaloBot): { yes: boolean; text?: string } {
  const message = update.message as ZaloUpdate['message'] & MaybeAddressed;
  const isBot = (id: unknown) => id !== undefined && String(id) === bot.id;
  if (isBot(message.reply_to_message?.from?.id) || isBot(message.quote?.from?.id) || isBot(message.quote?.sender_id)) return { yes: true, text: message.text };
  if (Array.isArray(message.mentions) && message.mentions.some((m) => isBot(m?.id) || isBot(m?.user_id))) return { yes: true, text: message.text };
  const name = bot.accountName ? `@${bot.accountName}` : undefined;
  if (name && message.text?.toLowerCase().includes(name.toLowerCase())) {
    return { yes: true, text: message.text.replace(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'giu'), ' ').replace(/\s+/gu, ' ').trim() };
  }
  return { yes: false };
}

/** A message to answer: `url` is set for an image or a voice note (the file to read). */
export type ZaloIncoming = Omit<Incoming, 'now' | 'media' | 'onSlow'> & { url?: string };

/** The message to answer, or undefined: private chats always; groups only when the bot is mentioned or replied to. */
export function readZaloUpdate(update: ZaloUpdate, bot: ZaloBot): ZaloIncoming | undefined {
  const message = update.message;
  const base = { channel: 'zalo' as const, userId: String(message.from.id), chatId: String(message.chat.id) };
  const isText = update.event_name === 'message.text.received' && typeof message.text === 'string';
  let text = message.text;
  if (message.chat.chat_type === 'GROUP') {
    const addressed = addressedToBot(update, bot);
    if (!addressed.yes) return undefined;
    text = addressed.text;
  }
  if (isText) return { ...base, kind: 'text', text };
  // Where Zalo puts the file is not documented: the photo (or voice) field, or a sibling `url`.
  const image = update.event_name === 'message.image.received' ? mediaUrl(message.photo, message.url) : undefined;
  const voice = update.event_name === 'message.voice.received' ? mediaUrl(message.voice, message.audio, message.url) : undefined;
  if (image) return { ...base, kind: 'image', url: image };
  if (voice) return { ...base, kind: 'voice', url: voice };
  return { ...base, kind: 'non_text' };
}
