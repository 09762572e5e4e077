import { MediaError, mediaError } from './errors';

/** The HTTP client media is fetched through: `globalThis.fetch` by default, a fake or a proxy-aware one in tests. */
export type FetchLike = (url: string, init: { signal: AbortSignal; redirect: 'follow' }) => Promise<Response>;

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
}

/**
 * Downloads a file with a size and a time limit, stopping as soon as either is passed. Error messages never contain
 * the URL: platform file URLs carry the bot token.
 */
export async function fetchBytes(url: string, fetch: FetchLike, limits: FetchLimits, signal?: AbortSignal): Promise<Buffer> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, redirect: 'follow' });
  } catch (error) {
    if (timeout.aborted) throw mediaError('timeout', `fetching the file took over ${limits.timeoutMs} ms`, error);
    throw mediaError('fetch_failed', `fetching the file failed: ${(error as Error).message}`, error);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw mediaError('fetch_failed', `fetching the file failed with HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw mediaError('too_large', `the file has ${declared} bytes, over the limit of ${limits.maxBytes}`);
  }
  if (!response.body) return Buffer.alloc(0);
  try {
    return await readLimited(readerChunks(response.body.getReader()), limits.maxBytes);
  } catch (error) {
    if (timeout.aborted) throw mediaError('timeout', `fetching the file took over ${limits.timeoutMs} ms`, error);
    throw error instanceof MediaError ? error : mediaError('fetch_failed', `reading the file failed: ${(error as Error).message}`, error);
  }
}

async function* readerChunks(reader: ReadableStreamDefaultReader<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

/** Collects a stream (a download, an upload) into one buffer, failing with `too_large` the moment it passes `maxBytes`. */
export async function readLimited(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > maxBytes) throw mediaError('too_large', `the file is over the limit of ${maxBytes} bytes`);
    parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  }
  return Buffer.concat(parts, size);
}
