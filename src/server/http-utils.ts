import type { IncomingMessage, ServerResponse } from 'node:http';

/** Every request body is read with this limit, webhooks included (64 KB; a Telegram or Zalo update is a few KB). */
export const BODY_LIMIT_BYTES = 64 * 1024;

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/**
 * Reads a request body up to `limit` bytes; throws BodyTooLargeError beyond it (at once when Content-Length says so).
 * The request is left open and unread past the limit, for `refuseUnread` to drain.
 */
export async function readBody(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<string> {
  return (await readBytes(req, limit)).toString('utf8');
}

/** `readBody` for bytes (an image upload). */
export function readBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLargeError(`request body over ${limit} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      cleanup();
      req.pause();
      reject(new BodyTooLargeError(`request body over ${limit} bytes`));
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/**
 * A refusal (a 413, a bad upload) sent before the request's body was read, ending the connection cleanly: the answer
 * goes out at once, the rest of the body is read and thrown away (closing with unread data would reset the connection
 * before the client reads the answer) until it ends or `drainMs` passes, then the socket closes. 10 s lets a slow
 * phone, or a loaded machine, finish sending a large upload.
 */
export function refuseUnread(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, drainMs = 10_000): void {
  const socket = req.socket;
  // Node destroys a "Connection: close" socket as soon as the answer is flushed (`destroySoon`), while the client is
  // still sending: the reset often reached the client before it read the answer. Only our side ends there; the client
  // reads the answer and the end of the stream, and the socket is destroyed once its body is drained.
  const destroySoon = socket.destroySoon.bind(socket);
  socket.destroySoon = () => socket.end();
  sendJson(res, status, body, { connection: 'close', ...headers });
  const timer = setTimeout(() => socket.destroy(), drainMs).unref();
  req.once('end', () => {
    clearTimeout(timer);
    destroySoon();
  });
  req.once('close', () => clearTimeout(timer));
  req.resume();
}
