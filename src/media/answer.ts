import type { Assistant } from '../assistant';
import type { Log, Message, Reply } from '../core';
import { scanSecrets } from '../safety';
import { MediaError, type MediaErrorCode } from './errors';
import { MEDIA_LIMITS } from './limits';
import type { ImageReading, MediaReader, MediaSource, ReadOptions } from './reader';
import { MEDIA_ERROR_TEXT, MEDIA_TEXT, imageNote, linkText, paymentText, qrTextNote, voiceNote } from './replies';

/** A message whose content is a file rather than text: everything of a `Message` but the text. */
export type MediaMessage = Omit<Message, 'text'>;

export interface MediaHooks {
  /** Called once when reading passes the slow-work threshold; the channel says `MEDIA_TEXT.reading`. */
  onSlow?: () => void;
}

export interface MediaAnswerer {
  readonly reader: MediaReader;
  answerImage(message: MediaMessage, source: MediaSource, hooks?: MediaHooks): Promise<Reply>;
  answerVoice(message: MediaMessage, source: MediaSource, hooks?: MediaHooks): Promise<Reply>;
}

export interface ImageQuestion {
  /** What is asked of the assistant: the lines that read as sentences, joined. */
  text: string;
  /** `text` with its secrets masked, shortened to `noteMaxChars`: what the reply may quote. */
  shown: string;
  /** One line saying what was read: "Ảnh có dòng: “shown”". */
  note: string;
}

const WORDS = /\p{L}+/gu;

/** A line starting in lower case continues the line above it: apps wrap one sentence over several lines. */
function joinWrapped(lines: string[]): string[] {
  const units: string[] = [];
  for (const line of lines) {
    if (units.length > 0 && /^\p{Ll}/u.test(line)) units[units.length - 1] += ` ${line}`;
    else units.push(line);
  }
  return units;
}

/**
 * Turns the lines read from a screenshot into a question: the sentences of three words or more (the message, not the
 * buttons and titles around it), at most `maxLines` of them.
 */
export function imageQuestion(lines: string[], limits: { maxLines: number; noteMaxChars: number } = { maxLines: MEDIA_LIMITS.maxQuestionLines, noteMaxChars: MEDIA_LIMITS.noteMaxChars }): ImageQuestion {
  const units = joinWrapped(lines);
  const sentences = units.filter((l) => (l.match(WORDS)?.length ?? 0) >= 3);
  const text = (sentences.length > 0 ? sentences : units).slice(0, limits.maxLines).join(' ');
  const shown = shorten(scanSecrets(text).redacted, limits.noteMaxChars);
  return { text, shown, note: imageNote(shown) };
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;
}

const question = (what: string) => `[${what}]`;

const fixed = (text: string, what: string, intent: Reply['intent'] = 'help'): Reply => ({ intent, text, sources: [], meta: { composer: 'fixed', question: question(what) } });

/**
 * Answers images and voice notes: reads them (`MediaReader`), then either explains a QR code or asks the assistant
 * what the image or note says, as if typed, with a first line saying what was read. Secrets found in what was read are
 * masked in that line and handled by the assistant's own safety check; the file itself is never kept.
 */
export function createMediaAnswerer(deps: { assistant: Pick<Assistant, 'handle'>; reader: MediaReader; log?: Log }): MediaAnswerer {
  const failed = (error: unknown, what: string, log?: Log): Reply => {
    const code: MediaErrorCode = error instanceof MediaError ? error.code : 'failed';
    if (code === 'failed') log?.error({ err: (error as Error).message, media: what }, 'media not read');
    else log?.info({ media: what, outcome: code, reason: (error as Error).message }, 'media refused');
    return fixed(MEDIA_ERROR_TEXT[code], what);
  };

  async function asQuestion(message: MediaMessage, text: string, note: string, what: string): Promise<Reply> {
    const reply = await deps.assistant.handle({ ...message, text });
    return { ...reply, text: `${note}\n\n${reply.text}`, meta: { ...reply.meta, question: `${question(what)} ${reply.meta.question}` } };
  }

  async function fromReading(message: MediaMessage, reading: ImageReading): Promise<Reply> {
    switch (reading.kind) {
      case 'empty':
        return fixed(MEDIA_TEXT.no_text, 'ảnh không có chữ');
      case 'payment':
        return fixed(paymentText(reading.payment), 'ảnh mã QR chuyển tiền', 'safety');
      case 'link':
        return fixed(linkText(reading.link), `ảnh mã QR mở ${reading.link.domain}`, 'safety');
      case 'qr_text': {
        const { text, shown } = imageQuestion([reading.text]);
        return asQuestion(message, text, qrTextNote(shown), 'ảnh mã QR');
      }
      case 'text': {
        const { text, note } = imageQuestion(reading.lines);
        return asQuestion(message, text, note, 'ảnh');
      }
    }
  }

  const readOptions = (message: MediaMessage, hooks?: MediaHooks): ReadOptions => ({ user: `${message.channel}:${message.userId}`, onSlow: hooks?.onSlow });

  return {
    reader: deps.reader,
    async answerImage(message, source, hooks) {
      let reading: ImageReading;
      try {
        reading = await deps.reader.readImage(source, readOptions(message, hooks));
      } catch (error) {
        return failed(error, 'ảnh', deps.log);
      }
      return fromReading(message, reading);
    },
    async answerVoice(message, source, hooks) {
      let heard: string;
      try {
        heard = await deps.reader.transcribe(source, readOptions(message, hooks));
      } catch (error) {
        return failed(error, 'tin nhắn thoại', deps.log);
      }
      if (!/\p{L}{2,}/u.test(heard)) return fixed(MEDIA_TEXT.no_speech, 'tin nhắn thoại không rõ');
      return asQuestion(message, heard, voiceNote(shorten(scanSecrets(heard).redacted, MEDIA_LIMITS.noteMaxChars)), 'tin nhắn thoại');
    },
  };
}
