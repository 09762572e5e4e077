import type { Channel } from '../core';

/**
 * What a failed platform call means for the message: `retry` (rate limit, server error, no answer; `platformWide`
 * when every chat is affected, so the sender pauses), `blocked` (the user blocked the bot or left: give up and stop
 * pushing to that chat) or `drop` (the call itself is refused: give up).
 */
export type SendOutcome =
  | { kind: 'retry'; reason: string; afterMs?: number; platformWide: boolean }
  | { kind: 'blocked'; reason: string }
  | { kind: 'drop'; reason: string };

/** One platform's outbound side, as the outbox sender uses it. */
export interface Platform {
  readonly channel: Channel;
  /** Makes one stored call (sendMessage, answerCallbackQuery…); throws the client's error when it fails. */
  call(method: string, params: Record<string, unknown>): Promise<void>;
  /** The one place that decides, by error type, whether and when to try again. */
  classify(error: unknown): SendOutcome;
}
