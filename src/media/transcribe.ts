import type OpenAI from 'openai';
import { mediaError } from './errors';

/** Speech to text for voice notes. */
export interface Transcriber {
  transcribe(audio: Buffer, file: { name: string; mime: string }): Promise<string>;
}

export interface OpenAiTranscriberOptions {
  apiKey: string;
  /** An OpenAI-compatible server's /v1 root; OpenAI's own when absent. */
  baseURL?: string;
  /** E.g. whisper-1, gpt-4o-mini-transcribe, or a local server's model name. */
  model: string;
  timeoutMs: number;
  /** ISO-639-1 hint given to the model (default vi): short notes are otherwise often taken for another language. */
  language?: string;
}

/** `POST {baseURL}/audio/transcriptions` through the OpenAI SDK, one attempt within `timeoutMs`. */
export function openAiTranscriber(options: OpenAiTranscriberOptions): Transcriber {
  // The SDK is loaded at the first voice note: most servers never transcribe, and it slows every start.
  let sdk: Promise<{ OpenAI: typeof OpenAI; client: OpenAI; toFile: typeof import('openai').toFile }> | undefined;
  const load = () =>
    (sdk ??= import('openai').then(({ default: OpenAI, toFile }) => ({
      OpenAI,
      toFile,
      client: new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0, timeout: options.timeoutMs }),
    })));
  return {
    async transcribe(audio, file) {
      const { OpenAI, client, toFile } = await load();
      try {
        const result = await client.audio.transcriptions.create({
          file: await toFile(audio, file.name, { type: file.mime }),
          model: options.model,
          language: options.language ?? 'vi',
          response_format: 'json',
        });
        return result.text.trim();
      } catch (error) {
        if (error instanceof OpenAI.APIConnectionTimeoutError) throw mediaError('timeout', `transcription took over ${options.timeoutMs} ms`, error);
        const status = error instanceof OpenAI.APIError ? ` (HTTP ${error.status})` : '';
        throw mediaError('transcribe_failed', `transcription failed${status}: ${(error as Error).message}; check OPENAI_BASE_URL and OPENAI_TRANSCRIBE_MODEL`, error);
      }
    },
  };
}
