import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaError, fetchBytes, readLimited } from '../../src/media';
import { startFakeServer, type FakeServer } from '../fakes/http';

const LIMITS = { maxBytes: 1000, timeoutMs: 500 };
const fetch = (url: string, init: { signal: AbortSignal; redirect: 'follow' }) => globalThis.fetch(url, init);

async function failure(promise: Promise<unknown>): Promise<MediaError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaError);
  return error as MediaError;
}

describe('fetching media with limits', () => {
  let server: FakeServer;
  beforeAll(async () => {
    server = await startFakeServer((req, res) => {
      const path = req.path.split('?')[0];
      if (path === '/file/botSECRET-TOKEN/small.png') {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.alloc(800, 1));
      } else if (path === '/declared-big') {
        res.writeHead(200, { 'content-length': '5000' });
        res.end(Buffer.alloc(5000));
      } else if (path === '/streamed-big') {
        // No content-length: the limit must be enforced while reading.
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        const timer = setInterval(() => res.write(Buffer.alloc(300)), 5);
        res.on('close', () => clearInterval(timer));
      } else if (path === '/hang') {
        res.writeHead(200);
        res.write(Buffer.alloc(10));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  afterAll(() => server.close());

  it('returns the bytes within the limits', async () => {
    expect((await fetchBytes(`${server.url}/file/botSECRET-TOKEN/small.png`, fetch, LIMITS)).length).toBe(800);
  });

  it('refuses a declared size over the limit before reading it', async () => {
    expect((await failure(fetchBytes(`${server.url}/declared-big`, fetch, LIMITS))).code).toBe('too_large');
  });

  it('stops reading an undeclared stream once it passes the limit', async () => {
    const error = await failure(fetchBytes(`${server.url}/streamed-big`, fetch, LIMITS));
    expect(error.code).toBe('too_large');
  });

  it('gives up on a server that stops sending', async () => {
    const started = Date.now();
    expect((await failure(fetchBytes(`${server.url}/hang`, fetch, LIMITS))).code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('says HTTP errors without the URL, which carries the bot token', async () => {
    const error = await failure(fetchBytes(`${server.url}/file/botSECRET-TOKEN/missing.png`, fetch, LIMITS));
    expect(error.code).toBe('fetch_failed');
    expect(error.message).toBe('fetching the file failed with HTTP 404');
  });

  it('limits an upload stream the same way', async () => {
    async function* chunks() {
      for (let i = 0; i < 5; i++) yield new Uint8Array(300);
    }
    expect((await failure(readLimited(chunks(), 1000))).code).toBe('too_large');
    expect((await readLimited(chunks(), 1500)).length).toBe(1500);
  });
});
