import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** The body's bytes as received (multipart uploads, binary files). */
  raw: Buffer;
}

export type Handler = (req: RecordedRequest, res: ServerResponse) => void | Promise<void>;

/** A platform outage: every request answered with this status (and body), or never answered (`hang`). */
export type Outage = { status: number; body?: unknown } | { hang: true };

export interface FakeServer {
  url: string;
  port: number;
  /** Every request, including those refused by an outage, with the time it arrived. */
  requests: (RecordedRequest & { at: number })[];
  /** For `ms`, every request gets the outage's answer (or none) instead of being served. */
  outage(outage: Outage, ms: number): void;
  /** For `ms`, the port refuses connections (the server stops listening, then listens again on the same port). */
  refuse(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 with a random port, recording every request with its parsed JSON body. */
export async function startFakeServer(handler: Handler): Promise<FakeServer> {
  const requests: (RecordedRequest & { at: number })[] = [];
  let outage: { until: number; answer: Outage } | undefined;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // keep the raw text: some clients send forms
    }
    const recorded = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body, raw: bytes };
    requests.push({ ...recorded, at: Date.now() });
    if (outage && Date.now() < outage.until) {
      const answer = outage.answer;
      if ('hang' in answer) return;
      return sendJson(res, answer.status, answer.body ?? { ok: false, error_code: answer.status, description: 'Service Unavailable' });
    }
    try {
      await handler(recorded, res);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: String(error) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    outage(answer, ms) {
      outage = { until: Date.now() + ms, answer };
    },
    async refuse(ms) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      setTimeout(() => server.listen(port, '127.0.0.1'), ms).unref();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Lets tests wait until a fake has recorded `n` items: call `notify()` after each record. */
export function countWaiter<T>(label: string, items: T[]) {
  const waiters = new Set<() => void>();
  return {
    notify(): void {
      for (const wake of waiters) wake();
    },
    /** Resolves with `items` once it holds at least n; rejects after timeoutMs, listing what was recorded. */
    waitFor(n: number, timeoutMs = 2000): Promise<T[]> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (items.length < n) return;
          done();
          resolve(items);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${label}: waited ${timeoutMs} ms for ${n} sent messages, got ${items.length}: ${JSON.stringify(items)}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** POSTs JSON as a platform calling a webhook would, returning the status and the parsed (or raw) answer. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  try {
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  } catch {
    return { status: response.status, body: text };
  }
}
