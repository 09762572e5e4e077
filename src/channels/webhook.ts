import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Channel, Log } from '../core';
import type { InboxInput, Store } from '../store';
import { sendJson } from '../server/http-utils';

/** Compares through fixed-length digests, so neither the content nor the length of the secret leaks through timing. */
export function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export interface WebhookIntake {
  channel: Channel;
  /** Lower-case header the platform puts its secret token in. */
  secretHeader: string;
  secret: string;
  /** The update's key and chat, or undefined for a body that is not an update. */
  read(body: unknown): Omit<InboxInput, 'channel'> | undefined;
  store: Pick<Store, 'enqueueInbox'>;
  log: Log;
  clock?: () => Date;
  /** False while shutting down: the platform is told to come back later, so nothing is accepted that cannot be handled. */
  accepting(): boolean;
  onStored(): void;
}

/**
 * A webhook endpoint that acknowledges an update only once it is stored: 200 after the inbox row is written, 503
 * (the platform retries) when it cannot be, 401 for a wrong secret. A verified body that is not an update is logged
 * and acknowledged, so the platform does not resend it forever.
 */
export function webhookRoute(intake: WebhookIntake) {
  const clock = intake.clock ?? (() => new Date());
  return async (req: IncomingMessage, res: ServerResponse, body: string): Promise<void> => {
    const { channel, log } = intake;
    if (!intake.accepting()) return sendJson(res, 503, { ok: false, description: 'shutting down, retry later' }, { 'retry-after': '5' });
    if (!sameSecret(req.headers[intake.secretHeader], intake.secret)) {
      log.warn({ channel, outcome: 'forged', ip: req.socket.remoteAddress }, `${channel} webhook call with a wrong secret refused`);
      return sendJson(res, 401, { ok: false, description: 'wrong secret token' });
    }
    let update: Omit<InboxInput, 'channel'> | undefined;
    try {
      update = intake.read(JSON.parse(body));
    } catch {
      update = undefined;
    }
    if (!update) {
      log.warn({ channel, outcome: 'poison', bytes: Buffer.byteLength(body) }, `${channel} webhook body is not an update: acknowledged and ignored`);
      return sendJson(res, 200, { ok: true });
    }
    try {
      const stored = await intake.store.enqueueInbox([{ channel, ...update }], clock());
      if (stored === 0) log.info({ channel, outcome: 'duplicate' }, 'message');
    } catch (error) {
      log.error({ channel, err: (error as Error).message }, `${channel} update not stored: the platform will send it again`);
      return sendJson(res, 503, { ok: false, description: 'not stored, retry later' }, { 'retry-after': '5' });
    }
    sendJson(res, 200, { ok: true });
    intake.onStored();
  };
}
