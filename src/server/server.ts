import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Runtime } from '../app/runtime';
import { DOWNLOAD_PATH } from './downloads';
import { sendJson } from './http-utils';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface ServerDeps {
  runtime: Runtime;
  log: Logger;
  page: string;
  api: { chat: Handler; feedback: Handler; image?: Handler };
  /** Webhook handlers of the bots that run in webhook mode; they check the secret header themselves. */
  webhooks: Partial<Record<'telegram' | 'zalo', Handler>>;
  /** Extra GET routes (the editors' report). */
  routes?: Record<string, Handler>;
  /** GET /tai/…: files behind short-lived signed links (draft reports for Zalo and the web chat). */
  downloads?: Handler;
}

/** Health: the index is loaded and the database answers. */
export function health(runtime: Runtime) {
  const index = runtime.knowledge.current;
  const database = runtime.store.ping();
  const ok = index.chunks.length > 0 && database;
  return {
    ok,
    body: {
      status: ok ? 'ok' : 'unavailable',
      index: { passages: index.chunks.length, files: index.docs.length, builtAt: index.builtAt.toISOString(), failing: index.failing },
      officials: { plans: runtime.knowledge.officials.plans.length, failing: runtime.knowledge.officials.problems.map((p) => p.message) },
      database: database ? 'ok' : 'unreachable',
    },
  };
}

/** The one HTTP server: web chat at /, GET /healthz, the chat API and the bots' webhooks. */
export function createHttpServer(deps: ServerDeps): Server & { inFlight(): number } {
  let inFlight = 0;
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const route = `${req.method} ${path}`;
    inFlight++;
    try {
      if (route === 'GET /' || route === 'GET /index.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
        res.end(deps.page);
      } else if (route === 'GET /healthz') {
        const { ok, body } = health(deps.runtime);
        sendJson(res, ok ? 200 : 503, body);
      } else if (route === 'POST /api/chat') {
        await deps.api.chat(req, res);
      } else if (route === 'POST /api/image' && deps.api.image) {
        await deps.api.image(req, res);
      } else if (route === 'POST /api/feedback') {
        await deps.api.feedback(req, res);
      } else if (route === 'POST /webhook/telegram' && deps.webhooks.telegram) {
        await deps.webhooks.telegram(req, res);
      } else if (route === 'POST /webhook/zalo' && deps.webhooks.zalo) {
        await deps.webhooks.zalo(req, res);
      } else if (req.method === 'GET' && deps.downloads && path.startsWith(DOWNLOAD_PATH)) {
        await deps.downloads(req, res);
      } else if (req.method === 'GET' && deps.routes?.[path]) {
        await deps.routes[path]!(req, res);
      } else {
        sendJson(res, 404, { error: 'not found' });
      }
    } catch (error) {
      deps.log.error({ route, err: (error as Error).message }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'Trợ lý số gặp lỗi, bạn thử lại sau nhé.' });
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
