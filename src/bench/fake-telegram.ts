import { createServer, type Server } from 'node:http';
import type { UserFromGetMe } from 'grammy/types';
import type { AddressInfo } from 'node:net';

/**
 * The least of the Telegram Bot API a load test needs, on 127.0.0.1: it answers the start-up calls and records each
 * sendMessage by chat, so a sender can wait for the reply to its message. Nothing is kept but a count per chat.
 */
export interface BenchTelegram {
  apiRoot: string;
  botInfo: UserFromGetMe;
  /** Resolves when chat `chatId` has received a message. */
  replyTo(chatId: number): Promise<void>;
  /** Every text sent, by chat, in order. */
  sent: Map<number, string[]>;
  /** For `ms`, every call is answered 500 (a platform outage). */
  outage(ms: number): void;
  close(): Promise<void>;
}

export async function startBenchTelegram(token: string): Promise<BenchTelegram> {
  const botInfo: UserFromGetMe = {
    id: Number(token.split(':')[0]),
    is_bot: true,
    first_name: 'Trợ lý số',
    username: 'TroLySoBenchBot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
  const waiting = new Map<number, () => void>();
  const replied = new Set<number>();
  const sent = new Map<number, string[]>();
  let downUntil = 0;
  let messageId = 1;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = (req.url ?? '').split('/').at(-1) ?? '';
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        // multipart or empty: nothing the bench needs
      }
      if (Date.now() < downUntil) {
        res.writeHead(500, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ ok: false, error_code: 500, description: 'Internal Server Error' }));
      }
      let result: unknown = true;
      if (method === 'getMe') result = botInfo;
      else if (method === 'getUpdates') result = [];
      else if (method === 'sendMessage') {
        const chat = Number(body.chat_id);
        sent.set(chat, [...(sent.get(chat) ?? []), String(body.text ?? '')]);
        result = { message_id: messageId++, date: Math.floor(Date.now() / 1000), chat: { id: chat, type: 'private', first_name: 'A' }, text: String(body.text ?? '') };
        const wake = waiting.get(chat);
        if (wake) {
          waiting.delete(chat);
          wake();
        } else replied.add(chat);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    botInfo,
    sent,
    outage: (ms) => {
      downUntil = Date.now() + ms;
    },
    replyTo: (chatId) =>
      new Promise<void>((resolve) => {
        if (replied.delete(chatId)) return resolve();
        waiting.set(chatId, resolve);
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
