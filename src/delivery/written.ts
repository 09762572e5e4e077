import { AsyncLocalStorage } from 'node:async_hooks';
import { Agent as HttpAgent, type ClientRequest } from 'node:http';
import type { Socket } from 'node:net';
import { Agent as HttpsAgent } from 'node:https';

/**
 * Knowing when a request leaves the process: the outbox records that moment, because a crash before it means the
 * platform never saw the call (it is made again) and a crash after it means it may have (it is not, to never answer
 * twice). The moment is taken just before the request's bytes are handed to the socket, in the same synchronous
 * step, so a crash can fall between the two only for the length of one system call. Platform clients use these
 * agents; the sender wraps each call in `whenWritten`.
 */
const hooks = new AsyncLocalStorage<() => void>();

/** Runs `call`; `written` is called once its HTTP request has been handed to the operating system. */
export function whenWritten<T>(written: () => void, call: () => Promise<T>): Promise<T> {
  return hooks.run(written, call);
}

type AddRequest = (req: ClientRequest, options: unknown) => void;

function watch(agent: HttpAgent): HttpAgent {
  const addRequest = (agent as unknown as { addRequest: AddRequest }).addRequest.bind(agent);
  (agent as unknown as { addRequest: AddRequest }).addRequest = (req, options) => {
    const hook = hooks.getStore();
    if (hook) {
      let told = false;
      const written = () => {
        if (told) return;
        told = true;
        hook();
      };
      req.once('socket', (socket: Socket) => {
        // A connected socket: Node writes the request right after the 'socket' listeners, if the socket can still be
        // written (a kept-alive one the server has just closed cannot: the request fails and is made again). A plain
        // connection being made: the queued request is written by a 'connect' listener added after this one. A TLS
        // handshake: known only once written ('finish').
        if (!socket.connecting) {
          if (socket.writable) written();
        } else if (!('encrypted' in socket)) socket.once('connect', written);
      });
      req.once('finish', written);
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
