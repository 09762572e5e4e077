import type { Log } from '../core';
import { cleanLines } from './clean';
import { parseVietQr, type VietQrPayment } from './emvco';
import { mediaError } from './errors';
import { fetchBytes, type FetchLike } from './fetch';
import { MEDIA_LIMITS, type MediaLimits } from './limits';
import { checkLink, linkIn, type LinkCheck } from './links';
import type { OcrEngine } from './ocr';
import { prepareImage } from './prepare';
import type { QrDecoder } from './qr';
import type { OfficialSites } from './sites';
import { expectAudio, expectImage } from './sniff';
import type { Transcriber } from './transcribe';

/**
 * Where a file comes from: bytes already read (a web upload), or a platform URL fetched within the limits. The URL may
 * be found lazily (Telegram's getFile), inside the queue limits; a size the platform declared is checked before that.
 */
export type MediaSource = { bytes: Buffer } | { url: string | (() => Promise<string>); declaredBytes?: number };

export type ImageReading =
  | { kind: 'text'; lines: string[]; confidence: number }
  | { kind: 'empty'; confidence: number }
  | { kind: 'payment'; payment: VietQrPayment }
  | { kind: 'link'; link: LinkCheck }
  | { kind: 'qr_text'; text: string };

export interface ReadOptions {
  /** Who sent it (channel-qualified), for the per-user queue limit. */
  user: string;
  /** Called once when the work passes `slowNoticeMs`, so the channel can say "đang đọc ảnh…". */
  onSlow?: () => void;
  /** OCR progress, 0–1, for channels that show it. */
  onProgress?: (share: number) => void;
}

export interface MediaReaderDeps {
  /** Absent: images are refused with `images_off`. */
  ocr?: OcrEngine;
  qr?: QrDecoder;
  /** Absent: voice notes are refused with `voice_off`. */
  transcriber?: Transcriber;
  fetch?: FetchLike;
  sites?: OfficialSites;
  limits?: Partial<MediaLimits>;
  log?: Log;
}

export interface MediaReader {
  readonly readsImages: boolean;
  readonly hearsVoice: boolean;
  readImage(source: MediaSource, options: ReadOptions): Promise<ImageReading>;
  /** The words of a voice note; empty when nothing was heard. */
  transcribe(source: MediaSource, options: ReadOptions): Promise<string>;
  /** Files being fetched, read or transcribed now. */
  active(): number;
  close(): Promise<void>;
}

const silent: Log = { info() {}, warn() {}, error() {} };

/** Fetches, checks and reads images and voice notes within the limits; knows nothing of chats or replies. */
export function createMediaReader(deps: MediaReaderDeps): MediaReader {
  const limits: MediaLimits = { ...MEDIA_LIMITS, ...deps.limits };
  const log = deps.log ?? silent;
  const fetch: FetchLike = deps.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const perUser = new Map<string, number>();
  let total = 0;

  /** Runs `work` inside the queue limits, with the slow-work notice. */
  async function admitted<T>(options: ReadOptions, work: () => Promise<T>): Promise<T> {
    const mine = perUser.get(options.user) ?? 0;
    if (mine >= limits.queuePerUser) throw mediaError('user_busy', `user already has ${mine} files in progress (limit ${limits.queuePerUser})`);
    if (total >= limits.queueTotal) throw mediaError('busy', `${total} files in progress (limit ${limits.queueTotal})`);
    perUser.set(options.user, mine + 1);
    total++;
    const slow = options.onSlow ? setTimeout(options.onSlow, limits.slowNoticeMs) : undefined;
    try {
      return await work();
    } finally {
      clearTimeout(slow);
      total--;
      const left = (perUser.get(options.user) ?? 1) - 1;
      if (left > 0) perUser.set(options.user, left);
      else perUser.delete(options.user);
    }
  }

  const bytesOf = async (source: MediaSource): Promise<Buffer> => {
    if ('bytes' in source) {
      if (source.bytes.length > limits.maxBytes) throw mediaError('too_large', `the file has ${source.bytes.length} bytes, over the limit of ${limits.maxBytes}`);
      return source.bytes;
    }
    if (source.declaredBytes !== undefined && source.declaredBytes > limits.maxBytes) {
      throw mediaError('too_large', `the platform says the file has ${source.declaredBytes} bytes, over the limit of ${limits.maxBytes}`);
    }
    let url: string;
    try {
      url = typeof source.url === 'string' ? source.url : await source.url();
    } catch (error) {
      throw mediaError('fetch_failed', `the file's address could not be had: ${(error as Error).message}`, error);
    }
    return fetchBytes(url, fetch, { maxBytes: limits.maxBytes, timeoutMs: limits.fetchTimeoutMs });
  };

  const officialSites = async () => {
    try {
      return (await deps.sites?.list()) ?? [];
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'official addresses could not be read; links are checked without them');
      return [];
    }
  };

  async function fromQr(text: string): Promise<ImageReading> {
    const payment = parseVietQr(text);
    if (payment) return { kind: 'payment', payment };
    const url = linkIn(text);
    if (url) return { kind: 'link', link: checkLink(url, await officialSites()) };
    return { kind: 'qr_text', text };
  }

  async function decodeQr(image: Parameters<QrDecoder['decode']>[0]): Promise<string | undefined> {
    if (!deps.qr) return undefined;
    try {
      return await deps.qr.decode(image);
    } catch (error) {
      // A QR decoder failure still leaves the text to read.
      log.warn({ err: (error as Error).message }, 'QR decoding failed; reading the text only');
      return undefined;
    }
  }

  return {
    readsImages: !!deps.ocr,
    hearsVoice: !!deps.transcriber,

    async readImage(source, options) {
      const ocr = deps.ocr;
      if (!ocr) throw mediaError('images_off', 'images are not read on this server: set OCR_WORKERS to 1 or more');
      return admitted(options, async () => {
        const bytes = await bytesOf(source);
        await expectImage(bytes);
        const prepared = await prepareImage(bytes, limits);
        const qrText = await decodeQr(prepared.qr);
        if (qrText) return fromQr(qrText);
        const read = cleanLines(await ocr.read(prepared.ocr, { onProgress: options.onProgress, timeoutMs: limits.ocrTimeoutMs }), limits.minLineConfidence);
        if (read.lines.length === 0 || read.confidence < limits.minConfidence) return { kind: 'empty', confidence: read.confidence };
        return { kind: 'text', lines: read.lines, confidence: read.confidence };
      });
    },

    async transcribe(source, options) {
      const transcriber = deps.transcriber;
      if (!transcriber) throw mediaError('voice_off', 'voice notes are not transcribed: set OPENAI_TRANSCRIBE_MODEL with OPENAI_BASE_URL or OPENAI_API_KEY');
      return admitted(options, async () => {
        const bytes = await bytesOf(source);
        const type = await expectAudio(bytes);
        return transcriber.transcribe(bytes, { name: `voice.${type.ext}`, mime: type.mime });
      });
    },

    active: () => total,

    async close() {
      await Promise.all([deps.ocr?.close(), deps.qr?.close()]);
    },
  };
}
