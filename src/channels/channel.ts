import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Channel } from '../core';
import type { ChannelHealth, Platform, UpdateHandler } from '../delivery';
import type { OutboxInput, OutboxKind } from '../store';

/** One chat platform, as the app wires it: intake (webhook or poller), handling, rendering and sending. */
export interface ChatChannel {
  readonly channel: Channel;
  readonly health: ChannelHealth;
  /** Outbound calls, for the outbox sender. */
  readonly platform: Platform;
  /** Stored updates to replies, for the inbox worker. */
  readonly handler: UpdateHandler;
  /** POST /webhook/<channel> in webhook mode. */
  readonly webhook?: (req: IncomingMessage, res: ServerResponse, body: string) => Promise<void>;
  /** The calls that push a text (a reminder, an alert, a notice) to a chat, split as the platform needs. */
  pushCalls(chatId: string, text: string, key: string, kind: OutboxKind): OutboxInput[];
  /** Runs the start-up calls (retried until they work) and then polls, unless in webhook mode. */
  start(): void;
  /** Stops polling and start-up retries; updates already stored stay in the inbox. */
  stop(): Promise<void>;
}
