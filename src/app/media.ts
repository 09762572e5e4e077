import type { Assistant } from '../assistant';
import type { Config } from '../config';
import type { Log } from '../core';
import {
  contactsFileSites,
  createMediaAnswerer,
  createMediaReader,
  createOcrPool,
  createQrDecoder,
  MEDIA_LIMITS,
  openAiTranscriber,
  type FetchLike,
  type MediaAnswerer,
  type MediaLimits,
} from '../media';

export interface MediaOptions {
  assistant: Pick<Assistant, 'handle'>;
  log: Log;
  /** How platform files are downloaded (default global fetch). */
  fetch?: FetchLike;
  limits?: Partial<MediaLimits>;
}

/** The image and voice side as configured: OCR workers (started on the first image), QR, and speech to text if set. */
export function createMedia(config: Config, options: MediaOptions): MediaAnswerer {
  const limits = { ...MEDIA_LIMITS, ...options.limits };
  const { log } = options;
  const reader = createMediaReader({
    ocr:
      config.ocrWorkers > 0
        ? createOcrPool({ workers: config.ocrWorkers, timeoutMs: limits.ocrTimeoutMs, onWorkerError: (err) => log.error({ err }, 'OCR worker failed') })
        : undefined,
    qr: config.ocrWorkers > 0 ? createQrDecoder({ timeoutMs: limits.qrTimeoutMs }) : undefined,
    transcriber: config.transcription && openAiTranscriber({ ...config.transcription, timeoutMs: limits.transcribeTimeoutMs }),
    sites: contactsFileSites(config.knowledgeDir),
    fetch: options.fetch,
    limits,
    log,
  });
  return createMediaAnswerer({ assistant: options.assistant, reader, log });
}
