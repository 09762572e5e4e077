import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { watchedAgents } from '../../delivery';
import {
  zaloUpdateSchema,
  type ZaloBotInfo,
  type ZaloChatAction,
  type ZaloSentMessage,
  type ZaloUpdate,
  type ZaloWebhookInfo,
} from './types';

export { zaloUpdateSchema } from './types';
export type * from './types';

export const DEFAULT_ZALO_API_ROOT = 'https://bot-api.zaloplatforms.com';
/** Zalo rejects longer texts; split replies at about 1900 characters with `splitMessage`. */
export const ZALO_TEXT_LIMIT = 2000;

export interface ZaloClientOptions {
  token: string;
  /** Default https://bot-api.zaloplatforms.com; the older SDK used https://bot-api.zapps.me. Tests point it at a fake. */
  apiRoot?: string;
  /** Replace to add interceptors or a proxy agent; the client sets URL, body, timeout and status handling per request. */
  http?: AxiosInstance;
  /** HTTP timeout for every method but getUpdates (default 10 000 ms); getUpdates waits its poll timeout + 5 s. */
  timeoutMs?: number;
}

export interface GetUpdatesOptions {
  /** Long-poll timeout in seconds (default 30), sent as the string Zalo expects. */
  timeout?: number;
  /** Aborting ends the pending poll with a ZaloApiError of kind 'aborted': use it to stop polling on shutdown. */
  signal?: AbortSignal;
}

/**
 * `api`: Zalo answered with ok:false or an HTTP error status. `network`: no answer (refused, reset, timed out).
 * `aborted`: the caller's signal fired. `malformed`: an answer outside the `{ok, result}` envelope or an update
 * that does not parse.
 */
export type ZaloErrorKind = 'api' | 'network' | 'aborted' | 'malformed';

interface ZaloErrorFields {
  method: string;
  kind: ZaloErrorKind;
  description: string;
  errorCode?: number;
  status?: number;
  retryAfter?: number;
}

/** A failed Zalo Bot API call. The message and fields never contain the bot token; `cause` keeps the original error. */
export class ZaloApiError extends Error {
  override readonly name = 'ZaloApiError';
  readonly method: string;
  readonly kind: ZaloErrorKind;
  /** Zalo's `error_code`, else the HTTP status; undefined when no answer arrived. */
  readonly errorCode: number | undefined;
  readonly description: string;
  /** HTTP status of the answer, undefined when none arrived. */
  readonly status: number | undefined;
  /** Seconds to wait before retrying, from a 429's `parameters.retry_after` or a Retry-After header. */
  readonly retryAfter: number | undefined;

  constructor(fields: ZaloErrorFields, options?: { cause?: unknown }) {
    super(describeFailure(fields), options);
    this.method = fields.method;
    this.kind = fields.kind;
    this.errorCode = fields.errorCode;
    this.description = fields.description;
    this.status = fields.status;
    this.retryAfter = fields.retryAfter;
  }
}

function describeFailure(f: ZaloErrorFields): string {
  const head = `Zalo ${f.method} failed`;
  if (f.kind !== 'api') return `${head}: ${f.description}`;
  const hint =
    f.errorCode === 401
      ? ': the bot token was refused, check ZALO_BOT_TOKEN'
      : f.retryAfter !== undefined
        ? `: retry after ${f.retryAfter} s`
        : '';
  return `${head} (${f.errorCode ?? f.status}: ${f.description})${hint}`;
}

/** A small typed client for the Zalo Bot API: `POST ${apiRoot}/bot${token}/${method}` with a JSON body. */
export class ZaloClient {
  readonly apiRoot: string;
  readonly #token: string;
  readonly #http: AxiosInstance;
  readonly #timeoutMs: number;

  constructor(options: ZaloClientOptions) {
    if (!options.token) throw new TypeError('ZaloClient needs a bot token: set ZALO_BOT_TOKEN');
    this.#token = options.token;
    this.apiRoot = (options.apiRoot ?? DEFAULT_ZALO_API_ROOT).replace(/\/+$/u, '');
    if (!URL.canParse(this.apiRoot)) {
      throw new TypeError(`ZaloClient apiRoot must be an absolute URL such as ${DEFAULT_ZALO_API_ROOT}; got '${this.apiRoot}'`);
    }
    this.#http = options.http ?? axios.create({ httpAgent: watchedAgents.http, httpsAgent: watchedAgents.https });
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  getMe(): Promise<ZaloBotInfo> {
    return this.#call<ZaloBotInfo>('getMe', {});
  }

  /** The next update, or undefined when the poll timed out with nothing new (Zalo's 408): poll again. */
  async getUpdates(options: GetUpdatesOptions = {}): Promise<ZaloUpdate | undefined> {
    const timeout = options.timeout ?? 30;
    if (!Number.isInteger(timeout) || timeout < 0) {
      throw new RangeError(`Zalo getUpdates timeout must be a whole number of seconds, 0 or more; got ${timeout}`);
    }
    let result: unknown;
    try {
      result = await this.#call('getUpdates', { timeout: String(timeout) }, (timeout + 5) * 1000, options.signal);
    } catch (error) {
      if (error instanceof ZaloApiError && error.kind === 'api' && error.errorCode === 408) return undefined;
      throw error;
    }
    if (result === undefined || result === null) return undefined;
    const parsed = zaloUpdateSchema.safeParse(result);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ZaloApiError({ method: 'getUpdates', kind: 'malformed', description: `update does not parse: ${issues}` });
  }

  /** Zalo then posts updates to `url` with header X-Bot-Api-Secret-Token: `secretToken`; getUpdates stops working. */
  setWebhook(options: { url: string; secretToken: string }): Promise<ZaloWebhookInfo> {
    if (!URL.canParse(options.url)) throw new TypeError(`Zalo setWebhook url must be an absolute URL; got '${options.url}'`);
    const length = options.secretToken.length;
    if (length < 8 || length > 256) {
      throw new RangeError(`Zalo setWebhook secretToken must be 8 to 256 characters; got ${length}`);
    }
    return this.#call<ZaloWebhookInfo>('setWebhook', { url: options.url, secret_token: options.secretToken });
  }

  /** Needed before polling: a webhook and getUpdates exclude each other. */
  deleteWebhook(): Promise<ZaloWebhookInfo> {
    return this.#call<ZaloWebhookInfo>('deleteWebhook', {});
  }

  getWebhookInfo(): Promise<ZaloWebhookInfo> {
    return this.#call<ZaloWebhookInfo>('getWebhookInfo', {});
  }

  /** Throws RangeError before any request when `text` is blank or longer than ZALO_TEXT_LIMIT characters. */
  async sendMessage(chatId: string, text: string): Promise<ZaloSentMessage> {
    requireChatId('sendMessage', chatId);
    if (!text.trim()) throw new RangeError('Zalo sendMessage text must not be blank');
    if (text.length > ZALO_TEXT_LIMIT) {
      throw new RangeError(
        `Zalo sendMessage text must be 1 to ${ZALO_TEXT_LIMIT} characters; got ${text.length}: split it with splitMessage(text, 1900)`,
      );
    }
    const result = await this.#call<Partial<ZaloSentMessage> | undefined>('sendMessage', { chat_id: chatId, text });
    return { message_id: String(result?.message_id ?? ''), date: Number(result?.date ?? Date.now()) };
  }

  /** Shows "typing…" for a few seconds; repeat for longer work. */
  async sendChatAction(chatId: string, action: ZaloChatAction = 'typing'): Promise<void> {
    requireChatId('sendChatAction', chatId);
    await this.#call('sendChatAction', { chat_id: chatId, action });
  }

  async #call<T>(method: string, body: object, timeoutMs = this.#timeoutMs, signal?: AbortSignal): Promise<T> {
    let response: AxiosResponse<unknown>;
    try {
      response = await this.#http.request<unknown>({
        method: 'POST',
        url: `${this.apiRoot}/bot${this.#token}/${method}`,
        data: body,
        headers: { 'content-type': 'application/json' },
        timeout: timeoutMs,
        signal,
        responseType: 'json',
        validateStatus: () => true,
      });
    } catch (error) {
      throw this.#noAnswer(method, timeoutMs, error, signal);
    }
    const data = response.data;
    const envelope = isEnvelope(data) ? data : undefined;
    if (envelope?.ok === true && response.status < 400) return envelope.result as T;
    if (!envelope && response.status < 400) {
      throw new ZaloApiError({
        method,
        kind: 'malformed',
        status: response.status,
        description: `HTTP ${response.status} without the {ok, result} envelope`,
      });
    }
    throw new ZaloApiError({
      method,
      kind: 'api',
      status: response.status,
      errorCode: typeof envelope?.error_code === 'number' ? envelope.error_code : response.status,
      description: this.#redact(
        typeof envelope?.description === 'string' ? envelope.description : response.statusText || `HTTP ${response.status}`,
      ),
      retryAfter: retryAfterOf(envelope, response.headers['retry-after']),
    });
  }

  #noAnswer(method: string, timeoutMs: number, error: unknown, signal?: AbortSignal): ZaloApiError {
    const code = (error as { code?: unknown } | null)?.code;
    if (signal?.aborted || axios.isCancel(error)) {
      return new ZaloApiError({ method, kind: 'aborted', description: 'the request was aborted' }, { cause: error });
    }
    const description =
      code === 'ECONNABORTED' || code === 'ETIMEDOUT'
        ? `no answer within ${timeoutMs} ms (timed out)`
        : `could not reach ${new URL(this.apiRoot).host}` +
          (typeof code === 'string' ? ` (${code})` : error instanceof Error ? ` (${this.#redact(error.message)})` : '');
    return new ZaloApiError({ method, kind: 'network', description }, { cause: error });
  }

  #redact(text: string): string {
    return text.split(this.#token).join('<token>');
  }
}

function requireChatId(method: string, chatId: string): void {
  if (typeof chatId !== 'string' || !chatId) {
    throw new TypeError(`Zalo ${method} needs chatId, the message.chat.id of an update; got ${JSON.stringify(chatId)}`);
  }
}

interface Envelope {
  ok: unknown;
  result?: unknown;
  error_code?: unknown;
  description?: unknown;
  parameters?: { retry_after?: unknown };
}

function isEnvelope(data: unknown): data is Envelope {
  return typeof data === 'object' && data !== null && 'ok' in data;
}

/** Seconds, from the body's `parameters.retry_after` first, else a Retry-After header (seconds or an HTTP date). */
function retryAfterOf(envelope: Envelope | undefined, header: unknown): number | undefined {
  const fromBody = envelope?.parameters?.retry_after;
  if (typeof fromBody === 'number' && fromBody >= 0) return fromBody;
  if (typeof header !== 'string' || !header.trim()) return undefined;
  if (/^\d+$/u.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
