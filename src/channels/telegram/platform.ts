import { Api, GrammyError, HttpError, InputFile } from 'grammy';
import { watchedAgents, type Platform, type SendOutcome } from '../../delivery';
import type { StoredDocument } from './render';

/**
 * A grammY API client whose every call gives up after `timeoutMs` (grammY's own default is 500 s), through agents
 * that tell the outbox when a request has been written.
 */
export function telegramApi(token: string, apiRoot: string, timeoutMs: number): Api {
  const agent = (url: URL) => (url.protocol === 'https:' ? watchedAgents.https : watchedAgents.http);
  // node-fetch (grammY's client in Node) takes an `agent`; the DOM type of the fetch options does not know it.
  const baseFetchConfig = { compress: true, agent } as unknown as RequestInit;
  return new Api(token, { apiRoot, timeoutSeconds: timeoutMs / 1000, baseFetchConfig });
}

/** Telegram's answers that mean the chat is gone for the bot: blocked, kicked, deleted or deactivated. */
const GONE = /blocked|kicked|deactivated|chat not found|user not found|not a member|PEER_ID_INVALID/iu;

/**
 * 429 waits `retry_after` (every chat: Telegram's flood control); 5xx, a bad token and network failures or timeouts
 * back off for every chat; 403 and "chat not found" mean the user is gone; other refusals are final for that call.
 */
export function classifyTelegramError(error: unknown, method: string): SendOutcome {
  if (error instanceof GrammyError) {
    // An answer outside Telegram's envelope (a proxy's error page) says nothing about the call: the platform is failing.
    if (typeof error.error_code !== 'number') return { kind: 'retry', reason: 'an answer that is not a Bot API answer', platformWide: true };
    const reason = `${error.error_code}: ${error.description}`;
    if (error.error_code === 429) return { kind: 'retry', reason, afterMs: (error.parameters.retry_after ?? 1) * 1000, platformWide: true };
    if (error.error_code >= 500 || error.error_code === 401 || error.error_code === 404) return { kind: 'retry', reason, platformWide: true };
    if ((method === 'sendMessage' || method === 'sendDocument') && (error.error_code === 403 || GONE.test(error.description))) return { kind: 'blocked', reason };
    return { kind: 'drop', reason };
  }
  if (error instanceof HttpError) return { kind: 'retry', reason: error.message, platformWide: true };
  return { kind: 'drop', reason: error instanceof Error ? error.message : String(error) };
}

export function telegramPlatform(api: Api): Platform {
  return {
    channel: 'telegram',
    async call(method, params) {
      const stored = method === 'sendDocument' ? (params.document as StoredDocument) : undefined;
      const payload = stored ? { ...params, document: new InputFile(Buffer.from(stored.base64, 'base64'), stored.fileName) } : params;
      await (api.raw as unknown as Record<string, (p: Record<string, unknown>) => Promise<unknown>>)[method]!(payload);
    },
    classify: (error) => classifyTelegramError(error, error instanceof GrammyError ? error.method : 'sendMessage'),
  };
}
