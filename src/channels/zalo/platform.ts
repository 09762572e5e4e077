import type { Platform, SendOutcome } from '../../delivery';
import { ZaloApiError, type ZaloClient } from './client';

/**
 * 429 waits `retry_after` (2 s when Zalo gives none); 5xx, a refused token, malformed answers and network failures
 * or timeouts back off for every chat; 403 means the user blocked the bot; other refusals are final for that call.
 */
export function classifyZaloError(error: unknown): SendOutcome {
  if (!(error instanceof ZaloApiError)) return { kind: 'drop', reason: error instanceof Error ? error.message : String(error) };
  const reason = error.message;
  if (error.kind === 'network' || error.kind === 'aborted' || error.kind === 'malformed') return { kind: 'retry', reason, platformWide: true };
  const code = error.errorCode ?? error.status ?? 0;
  if (code === 429 || error.status === 429) return { kind: 'retry', reason, afterMs: (error.retryAfter ?? 2) * 1000, platformWide: true };
  if (code >= 500 || (error.status ?? 0) >= 500 || code === 401 || code === 408) return { kind: 'retry', reason, platformWide: true };
  if (code === 403) return { kind: 'blocked', reason };
  return { kind: 'drop', reason };
}

export function zaloPlatform(client: ZaloClient): Platform {
  return {
    channel: 'zalo',
    async call(method, params) {
      if (method !== 'sendMessage') throw new TypeError(`the Zalo sender only sends messages; got ${method}`);
      await client.sendMessage(String(params.chat_id), String(params.text));
    },
    classify: classifyZaloError,
  };
}
