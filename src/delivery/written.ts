import { AsyncLocalStorage } from 'node:async_hooks';
import { Agent as HttpAgent, type ClientRequest } from 'node:http';
import type { Socket } from 'node:net';
import { Agent as HttpsAgent } from 'node:https';

/**
 * Knowing when a request leaves the process: the outbox records that moment, because a crash before it means the
 * platform never saw the call (it is made again) and a crash after it means it may have (it is not, to never answer
 * twice). The moment is taken just before the request's bytes are handed to the socket, in the same synchronous
 * step, so a crash can fall between the two only for the length of one system call. When recording it takes a round
 * trip (PostgreSQL), `written` returns a promise and the socket is corked until it settles: the bytes leave only once
 * the moment is on record, never before. (A crash while a new connection is being made counts as written.) Platform clients use these agents; the sender wraps each call in `whenWritten`.
 */
const hooks = new AsyncLocalStorage<() => void | Promise<void>>();

/**
 * Runs `call`; `written` is called just before its HTTP request is handed to the operating system, which waits for the
 * promise `written` returns, if any.
 */
export function whenWritten<T>(written: () => void | Promise<void>, call: () => Promise<T>): Promise<T> {
  return hooks.run(written, call);
}

type AddRequest = (req: ClientRequest, options: unknown) => void;

function watch(agent: HttpAgent): HttpAgent {
  const addRequest = (agent as unknown as { addRequest: AddRequest }).addRequest.bind(agent);
  (agent as unknown as { addRequest: AddRequest }).addRequest = (req, options) => {
    const hook = hooks.getStore();
    if (hook) {
      let told = false;
      const written = (socket?: Socket) => {
        if (told) return;
        told = true;
        const recorded = hook();
        if (recorded && socket) {
          socket.cork();
          void recorded.finally(() => socket.uncork());
        }
      };
      // Node hands the request to the socket right after the 'socket' listeners (a socket still connecting, plain or
      // TLS, holds it until connected): recorded here, and corked while a record is under way, nothing leaves first.
      req.once('socket', (socket: Socket) => written(socket));
      req.once('finish', () => written());
    }
    addRequest(req, options);
  };
  return agent;
}

/** Keep-alive agents that report when each request is written. */
export const watchedAgents = {
  http: watch(new HttpAgent({ keepAlive: true })),
  https: watch(new HttpsAgent({ keepAlive: true })) as HttpsAgent,
};
