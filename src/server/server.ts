import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Log } from '../core';
import { DOWNLOAD_PATH } from './downloads';
import { BODY_LIMIT_BYTES, BodyTooLargeError, readBody, refuseUnread, sendJson } from './http-utils';
import { pageHeaders } from './security';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
/** A POST route: gets the body, already read within the size limit. */
export type BodyHandler = (req: IncomingMessage, res: ServerResponse, body: string) => Promise<void> | void;

export interface ServerDeps {
  log: Log;
  page: string;
  /** GET /healthz: 200 when everything configured works, 503 otherwise, with the details. */
  health: () => Promise<{ ok: boolean; body: unknown }>;
  /** POST routes (the chat API, the bots' webhooks); each checks its own authentication. */
  post: Record<string, BodyHandler>;
  /** POST routes that read their own body, with their own limit, as it streams in (the web chat's image upload). */
  uploads?: Record<string, Handler>;
  /** Extra GET routes (the editors' report). */
  get?: Record<string, Handler>;
  /** GET /tai/…: files behind short-lived signed links (draft reports for Zalo and the web chat). */
  downloads?: Handler;
  /** Shown when a POST body is over the limit. */
  tooLarge?: unknown;
}

export const SERVER_ERROR = { error: 'Trợ lý số gặp lỗi, bạn thử lại sau nhé.' } as const;

/**
 * The one HTTP server: web chat at /, GET /healthz, the chat API, the bots' webhooks and download links; every body
 * within 64 KB but uploads', which their routes read within their own limit.
 */
export function createHttpServer(deps: ServerDeps): Server & { inFlight(): number } {
  let inFlight = 0;
  const headers = pageHeaders(deps.page);
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const route = `${req.method} ${path}`;
    inFlight++;
    try {
      if (route === 'GET /' || route === 'GET /index.html') {
        res.writeHead(200, headers);
        res.end(deps.page);
      } else if (route === 'GET /healthz') {
        const { ok, body } = await deps.health();
        sendJson(res, ok ? 200 : 503, body);
      } else if (req.method === 'POST' && deps.post[path]) {
        let body: string;
        try {
          body = await readBody(req, BODY_LIMIT_BYTES);
        } catch (error) {
          if (!(error instanceof BodyTooLargeError)) throw error;
          deps.log.warn({ route, ip: req.socket.remoteAddress, outcome: 'too_large' }, 'request body over the limit refused');
          return refuseUnread(req, res, 413, deps.tooLarge ?? { error: 'request body too large' });
        }
        await deps.post[path]!(req, res, body);
      } else if (req.method === 'POST' && deps.uploads?.[path]) {
        await deps.uploads[path]!(req, res);
      } else if (req.method === 'GET' && deps.downloads && path.startsWith(DOWNLOAD_PATH)) {
        await deps.downloads(req, res);
      } else if (req.method === 'GET' && deps.get?.[path]) {
        await deps.get[path]!(req, res);
      } else {
        sendJson(res, 404, { error: 'not found' });
      }
    } catch (error) {
      deps.log.error({ route, err: (error as Error).message }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, SERVER_ERROR);
      else res.end();
    } finally {
      inFlight--;
    }
  });
  return Object.assign(server, { inFlight: () => inFlight });
}

export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}
