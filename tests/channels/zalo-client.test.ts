import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZaloApiError, ZaloClient, zaloUpdateSchema } from '../../src/channels/zalo/client';
import { startFakeServer } from '../fakes/http';
import { startFakeZalo, type FakeZalo } from '../fakes/zalo';

const TOKEN = '1459232241454765289:QkxDRzhEWlNfc2VjcmV0X3Rva2Vu';
const QUOTA = { ok: false, error_code: 429, description: 'quota exceeded', parameters: { retry_after: 1 } };

let fake: FakeZalo;
let client: ZaloClient;

beforeEach(async () => {
  fake = await startFakeZalo({ token: TOKEN, pollWaitMs: 50 });
  client = new ZaloClient({ token: TOKEN, apiRoot: fake.apiRoot, timeoutMs: 2000 });
});
afterEach(async () => {
  await fake.close();
});

/** Runs `fn`, expecting a ZaloApiError, and returns it. */
async function zaloError(fn: () => Promise<unknown>): Promise<ZaloApiError> {
  const error = await fn().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZaloApiError);
  return error as ZaloApiError;
}

/** Everything a log line could show of an error: message, stack, enumerable fields, pino's rendering with causes. */
function visibleText(error: Error): string {
  const cause = error.cause instanceof Error ? `${error.cause.message}\n${error.cause.stack}` : '';
  return [error.message, error.stack, JSON.stringify(error), JSON.stringify(pino.stdSerializers.err(error)), cause].join('\n');
}

describe('ZaloClient against the fake Zalo Bot API', () => {
  it('getMe posts an empty JSON body to /bot<token>/getMe and returns the result', async () => {
    await expect(client.getMe()).resolves.toEqual({
      id: '1459232241454765289',
      account_name: 'bot.TroLySo',
      account_type: 'BASIC',
      can_join_groups: false,
    });
    const request = fake.requests.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', path: `/bot${TOKEN}/getMe`, body: {} });
    expect(request.headers['content-type']).toMatch(/^application\/json/u);
  });

  it('getUpdates sends the timeout as a string and returns the one queued update, parsed', async () => {
    const update = fake.textUpdate({ chatId: 'e4ea2cd5189df1c3a88c', text: 'Xin chào', messageId: '16f6366b3f02645a3d15', date: 1766619597466 });
    fake.queueUpdate(update);
    await expect(client.getUpdates({ timeout: 1 })).resolves.toEqual({
      event_name: 'message.text.received',
      message: {
        from: { id: 'e4ea2cd5189df1c3a88c', display_name: 'Nguyễn Văn An', is_bot: false },
        chat: { id: 'e4ea2cd5189df1c3a88c', chat_type: 'PRIVATE' },
        message_id: '16f6366b3f02645a3d15',
        date: 1766619597466,
        text: 'Xin chào',
      },
    });
    expect(fake.calls).toEqual([{ method: 'getUpdates', body: { timeout: '1' } }]);
    expect(await client.getUpdates({ timeout: 1 })).toBeUndefined();
  });

  it('getUpdates defaults to a 30 s poll and wakes up when an update arrives mid-wait', async () => {
    const slowFake = await startFakeZalo({ token: TOKEN, pollWaitMs: 5000 });
    try {
      const slow = new ZaloClient({ token: TOKEN, apiRoot: slowFake.apiRoot });
      const polling = slow.getUpdates();
      await new Promise((resolve) => setTimeout(resolve, 50));
      slowFake.queueUpdate(slowFake.stickerUpdate({ chatId: 'c1' }));
      await expect(polling).resolves.toMatchObject({ event_name: 'message.sticker.received', message: { chat: { id: 'c1' } } });
      expect(slowFake.calls[0]).toEqual({ method: 'getUpdates', body: { timeout: '30' } });
    } finally {
      await slowFake.close();
    }
  });

  it('getUpdates answers undefined for 408, whether ok:false in HTTP 200 or an HTTP 408', async () => {
    await expect(client.getUpdates({ timeout: 1 })).resolves.toBeUndefined(); // the fake's own 408 after pollWaitMs
    fake.failNext('getUpdates', { status: 408, body: { ok: false, error_code: 408, description: 'Request timeout' } });
    await expect(client.getUpdates({ timeout: 1 })).resolves.toBeUndefined();
    fake.failNext('getUpdates', { status: 408, body: 'Request Timeout' });
    await expect(client.getUpdates({ timeout: 1 })).resolves.toBeUndefined();
  });

  it('getUpdates rejects an update that does not parse as malformed', async () => {
    fake.failNext('getUpdates', { status: 200, body: { ok: true, result: { event_name: 'message.text.received', message: { text: 'hi' } } } });
    const error = await zaloError(() => client.getUpdates({ timeout: 1 }));
    expect(error).toMatchObject({ method: 'getUpdates', kind: 'malformed', errorCode: undefined });
    expect(error.message).toMatch(/^Zalo getUpdates failed: update does not parse: message\.from: /u);
  });

  it('getUpdates stops with kind aborted when its signal fires', async () => {
    const controller = new AbortController();
    fake.failNext('getUpdates', { hang: true });
    const polling = zaloError(() => client.getUpdates({ timeout: 1, signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect(await polling).toMatchObject({ kind: 'aborted', errorCode: undefined, status: undefined });
  });

  it('setWebhook, getWebhookInfo and deleteWebhook round-trip the webhook', async () => {
    const secretToken = 'a'.repeat(32);
    const set = await client.setWebhook({ url: 'https://tro-ly-so.example/webhook/zalo', secretToken });
    expect(set.url).toBe('https://tro-ly-so.example/webhook/zalo');
    expect(fake.calls.at(-1)).toEqual({ method: 'setWebhook', body: { url: 'https://tro-ly-so.example/webhook/zalo', secret_token: secretToken } });
    expect(fake.webhook).toEqual({ url: 'https://tro-ly-so.example/webhook/zalo', secretToken });
    expect((await client.getWebhookInfo()).url).toBe('https://tro-ly-so.example/webhook/zalo');
    expect((await client.deleteWebhook()).url).toBe('');
    expect(fake.webhook).toBeUndefined();
    expect((await client.getWebhookInfo()).url).toBe('');
  });

  it('setWebhook refuses a secret outside 8-256 characters before sending anything', async () => {
    const url = 'https://tro-ly-so.example/webhook/zalo';
    expect(() => client.setWebhook({ url, secretToken: 'short12' })).toThrow(
      new RangeError('Zalo setWebhook secretToken must be 8 to 256 characters; got 7'),
    );
    expect(() => client.setWebhook({ url, secretToken: 'x'.repeat(257) })).toThrow(RangeError);
    expect(() => client.setWebhook({ url: '/webhook/zalo', secretToken: 'x'.repeat(8) })).toThrow(TypeError);
    await expect(client.setWebhook({ url, secretToken: 'x'.repeat(8) })).resolves.toBeDefined();
    await expect(client.setWebhook({ url, secretToken: 'x'.repeat(256) })).resolves.toBeDefined();
    expect(fake.calls.map((c) => c.method)).toEqual(['setWebhook', 'setWebhook']);
  });

  it('sendMessage posts {chat_id, text} and returns {message_id, date}', async () => {
    const result = await client.sendMessage('e4ea2cd5189df1c3a88c', 'Chào bạn, mình là Trợ lý số.');
    expect(result.message_id).toMatch(/^[0-9a-f]{20}$/u);
    expect(result.date).toBeGreaterThan(1_700_000_000_000);
    expect(fake.sent).toEqual([{ chat_id: 'e4ea2cd5189df1c3a88c', text: 'Chào bạn, mình là Trợ lý số.' }]);
    await expect(fake.waitForSent(1, 100)).resolves.toHaveLength(1);
  });

  it('sendMessage enforces 1-2000 characters before sending', async () => {
    await expect(client.sendMessage('c1', 'x'.repeat(2000))).resolves.toBeDefined();
    await expect(client.sendMessage('c1', 'x'.repeat(2001))).rejects.toThrow(
      new RangeError('Zalo sendMessage text must be 1 to 2000 characters; got 2001: split it with splitMessage(text, 1900)'),
    );
    await expect(client.sendMessage('c1', '')).rejects.toThrow(new RangeError('Zalo sendMessage text must not be blank'));
    await expect(client.sendMessage('c1', ' \n ')).rejects.toThrow(RangeError);
    await expect(client.sendMessage('', 'hi')).rejects.toThrow(TypeError);
    expect(fake.sent.map((m) => m.text.length)).toEqual([2000]);
  });

  it('the fake itself refuses a text over 2000 characters with ok:false 400', async () => {
    const response = await fetch(`${fake.apiRoot}/bot${TOKEN}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: 'c1', text: 'x'.repeat(2001) }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error_code: 400, description: 'Bad Request: text must be 1-2000 characters' });
    expect(fake.sent).toEqual([]);
  });

  it('sendChatAction sends typing by default', async () => {
    await client.sendChatAction('c1');
    await client.sendChatAction('c2', 'typing');
    expect(fake.actions).toEqual([
      { chat_id: 'c1', action: 'typing' },
      { chat_id: 'c2', action: 'typing' },
    ]);
  });

  it('waitForSent rejects with what was sent when too few messages arrive', async () => {
    await client.sendMessage('c1', 'một');
    await expect(fake.waitForSent(2, 50)).rejects.toThrow('fake Zalo: waited 50 ms for 2 sent messages, got 1: [{"chat_id":"c1","text":"một"}]');
  });
});

describe('ZaloApiError', () => {
  it('is thrown for ok:false even with HTTP 200', async () => {
    fake.failNext('sendMessage', { status: 200, body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } });
    const error = await zaloError(() => client.sendMessage('nobody', 'hi'));
    expect({ ...error, message: error.message }).toEqual({
      name: 'ZaloApiError',
      method: 'sendMessage',
      kind: 'api',
      errorCode: 400,
      description: 'Bad Request: chat not found',
      status: 200,
      retryAfter: undefined,
      message: 'Zalo sendMessage failed (400: Bad Request: chat not found)',
    });
    expect(fake.sent).toEqual([]);
  });

  it('exposes retryAfter from a 429 body', async () => {
    fake.failNext('sendMessage', { status: 429, body: QUOTA });
    const error = await zaloError(() => client.sendMessage('c1', 'hi'));
    expect(error).toMatchObject({ kind: 'api', errorCode: 429, status: 429, retryAfter: 1, description: 'quota exceeded' });
    expect(error.message).toBe('Zalo sendMessage failed (429: quota exceeded): retry after 1 s');
    await expect(client.sendMessage('c1', 'hi')).resolves.toBeDefined(); // only the next call failed
  });

  it('exposes retryAfter from a Retry-After header when the body has none', async () => {
    fake.failNext('sendMessage', { status: 429, body: { ok: false, error_code: 429, description: 'quota exceeded' }, headers: { 'Retry-After': '7' } });
    expect(await zaloError(() => client.sendMessage('c1', 'hi'))).toMatchObject({ errorCode: 429, retryAfter: 7 });
  });

  it('turns a 500 without the envelope into an api error carrying the status', async () => {
    fake.failNext('getMe', { status: 500, body: '<html>Internal Server Error</html>' });
    const error = await zaloError(() => client.getMe());
    expect(error).toMatchObject({ kind: 'api', errorCode: 500, status: 500, retryAfter: undefined });
    expect(error.message).toBe('Zalo getMe failed (500: Internal Server Error)');
  });

  it('reports a wrong token as 401 without showing either token', async () => {
    const wrongToken = '1459232241454765289:d3JvbmctdG9rZW4tZ3Vlc3NlZA';
    const wrong = new ZaloClient({ token: wrongToken, apiRoot: fake.apiRoot });
    const error = await zaloError(() => wrong.getMe());
    expect(error).toMatchObject({ kind: 'api', errorCode: 401, status: 401 });
    expect(error.message).toBe('Zalo getMe failed (401: Unauthorized): the bot token was refused, check ZALO_BOT_TOKEN');
    expect(visibleText(error)).not.toContain('d3JvbmctdG9rZW4tZ3Vlc3NlZA');
    expect(visibleText(error)).not.toContain(TOKEN.split(':')[1]);
    expect(fake.calls).toEqual([]); // wrong-token calls are not recorded as calls
  });

  it('redacts the token should the server echo it', async () => {
    fake.failNext('getMe', { status: 404, body: { ok: false, error_code: 404, description: `Cannot POST /bot${TOKEN}/getMe` } });
    const error = await zaloError(() => client.getMe());
    expect(error.description).toBe('Cannot POST /bot<token>/getMe');
    expect(visibleText(error)).not.toContain(TOKEN.split(':')[1]);
  });

  it('reports a closed port as a network error with no error code, keeping the cause', async () => {
    const closed = await startFakeServer(() => {});
    await closed.close();
    const offline = new ZaloClient({ token: TOKEN, apiRoot: closed.url });
    const error = await zaloError(() => offline.sendMessage('c1', 'hi'));
    expect(error).toMatchObject({ kind: 'network', errorCode: undefined, status: undefined, retryAfter: undefined });
    expect(error.message).toBe(`Zalo sendMessage failed: could not reach 127.0.0.1:${closed.port} (ECONNREFUSED)`);
    expect(error.cause).toBeInstanceOf(Error);
    expect(visibleText(error)).not.toContain(TOKEN.split(':')[1]);
  });

  it('reports a server that never answers as a network timeout', async () => {
    const impatient = new ZaloClient({ token: TOKEN, apiRoot: fake.apiRoot, timeoutMs: 100 });
    fake.failNext('getMe', { hang: true });
    const error = await zaloError(() => impatient.getMe());
    expect(error).toMatchObject({ kind: 'network', errorCode: undefined, status: undefined });
    expect(error.message).toBe('Zalo getMe failed: no answer within 100 ms (timed out)');
    expect(visibleText(error)).not.toContain(TOKEN.split(':')[1]);
  });
});

describe('zaloUpdateSchema on webhook bodies', () => {
  let receiver: Server;
  let receiverUrl: string;
  const received: { secret: unknown; body: unknown }[] = [];

  beforeEach(async () => {
    received.length = 0;
    receiver = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      received.push({ secret: req.headers['x-bot-api-secret-token'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhook/zalo`;
  });
  afterEach(async () => {
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('parses the same update posted wrapped in {ok, result} and bare, with the secret header', async () => {
    const update = fake.imageUpdate({ chatId: 'c9', userId: 'u9', caption: 'Ảnh CCCD', messageId: 'm1', date: 1749632637199 });
    await expect(fake.postWebhook(receiverUrl, update, { secret: 's'.repeat(16) })).resolves.toEqual({ status: 200, body: { ok: true } });
    await fake.postWebhook(receiverUrl, update, { secret: 's'.repeat(16), wrapped: false });
    expect(received[0]!.body).toEqual({ ok: true, result: update });
    expect(received[1]!.body).toEqual(update);
    expect(received.map((r) => r.secret)).toEqual(['s'.repeat(16), 's'.repeat(16)]);
    const parsed = received.map((r) => zaloUpdateSchema.parse(r.body));
    expect(parsed[0]).toEqual(parsed[1]);
    expect(parsed[0]).toMatchObject({
      event_name: 'message.image.received',
      message: { from: { id: 'u9' }, chat: { id: 'c9', chat_type: 'PRIVATE' }, message_id: 'm1', caption: 'Ảnh CCCD', date: 1749632637199 },
    });
  });

  it('coerces numeric IDs and dates to strings and numbers, keeps unknown fields, infers a missing event_name', () => {
    const update = zaloUpdateSchema.parse({
      ok: true,
      result: {
        message: {
          from: { id: 123456789, first_name: 'Nguyen Van A', is_bot: 'no' },
          chat: { id: 123456789, chat_type: 'PRIVATE' },
          text: 'Xin chào',
          message_id: 42,
          date: '1766619597466',
          voice_url: 'https://example.invalid/a.aac',
        },
      },
    });
    expect(update).toEqual({
      event_name: 'message.text.received',
      message: {
        from: { id: '123456789', first_name: 'Nguyen Van A', is_bot: undefined },
        chat: { id: '123456789', chat_type: 'PRIVATE' },
        text: 'Xin chào',
        message_id: '42',
        date: 1766619597466,
        voice_url: 'https://example.invalid/a.aac',
      },
    });
  });

  it('infers event names for stickers, images and other content', () => {
    const base = { from: { id: 'u' }, chat: { id: 'c', chat_type: 'PRIVATE' }, message_id: 'm', date: 1 };
    expect(zaloUpdateSchema.parse({ message: { ...base, sticker: 'abc' } }).event_name).toBe('message.sticker.received');
    expect(zaloUpdateSchema.parse({ message: { ...base, photo: 'https://x.invalid/p.jpg' } }).event_name).toBe('message.image.received');
    expect(zaloUpdateSchema.parse({ message: base }).event_name).toBe('message.unsupported.received');
    expect(zaloUpdateSchema.parse({ event_name: 'message.voice.received', message: base }).event_name).toBe('message.voice.received');
  });

  it('rejects bodies that are not updates', () => {
    expect(zaloUpdateSchema.safeParse({ ok: false, result: undefined }).success).toBe(false);
    expect(zaloUpdateSchema.safeParse({ ok: false, error_code: 408, description: 'timeout' }).success).toBe(false);
    expect(zaloUpdateSchema.safeParse({ message: { chat: { id: 'c', chat_type: 'PRIVATE' }, message_id: 'm', date: 1 } }).success).toBe(false);
    expect(zaloUpdateSchema.safeParse('hello').success).toBe(false);
  });
});
