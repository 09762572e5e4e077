import type { Channel, Log } from '../core';
import type { Store } from '../store';
import { StoreRateLimiter } from './rate-limit';

/** How many wrong invite codes are tolerated, and how long a lockout lasts. */
export interface RegistrationLimits {
  /** Per sender: a person guessing (default 5 wrong codes in 15 minutes, then locked for an hour). */
  user: { failures: number; windowMs: number; lockoutMs: number };
  /** Per chat: a group, or a person with several accounts in one chat (default 10 in 15 minutes, then an hour). */
  chat: { failures: number; windowMs: number; lockoutMs: number };
  /** Everyone at once: many accounts guessing together (default 50 in 10 minutes, then registration pauses 10 minutes). */
  global: { failures: number; windowMs: number; lockoutMs: number };
}

export const REGISTRATION_LIMITS: RegistrationLimits = {
  user: { failures: 5, windowMs: 15 * 60_000, lockoutMs: 60 * 60_000 },
  chat: { failures: 10, windowMs: 15 * 60_000, lockoutMs: 60 * 60_000 },
  global: { failures: 50, windowMs: 10 * 60_000, lockoutMs: 10 * 60_000 },
};

type Scope = keyof RegistrationLimits;
export interface Registrant {
  channel: Channel;
  userId: string;
  chatId: string;
}

/**
 * Invite codes are secrets a guesser could try one after another: wrong codes are counted per sender, per chat and
 * over everyone in the store (shared by all processes), each is logged, and past a limit registration is locked.
 */
export class RegistrationGuard {
  private readonly limiters: Record<Scope, StoreRateLimiter>;

  constructor(
    private readonly deps: { store: Pick<Store, 'hitRate' | 'getChatState' | 'setChatState'>; log: Log; hashId: (channel: string, id: string) => string; limits?: RegistrationLimits },
  ) {
    const limits = this.limits;
    // The limit-th wrong code is the one that locks.
    const limiter = (scope: Scope) => new StoreRateLimiter(deps.store, { points: limits[scope].failures - 1, windowMs: limits[scope].windowMs });
    this.limiters = { user: limiter('user'), chat: limiter('chat'), global: limiter('global') };
  }

  private get limits(): RegistrationLimits {
    return this.deps.limits ?? REGISTRATION_LIMITS;
  }

  private keys(who: Registrant): Record<Scope, string> {
    return { user: `${who.channel}:${who.userId}`, chat: `${who.channel}:${who.chatId}`, global: 'all' };
  }

  /** The lockout in force for this sender, if any. */
  async locked(who: Registrant, now: Date): Promise<Scope | undefined> {
    for (const [scope, key] of Object.entries(this.keys(who)) as [Scope, string][]) {
      if (await this.deps.store.getChatState(`lock:register:${scope}:${key}`, now)) return scope;
    }
    return undefined;
  }

  /** Counts a wrong code; locks the sender, the chat or everyone once their limit is passed. */
  async failed(who: Registrant, reason: string, now: Date): Promise<void> {
    const user = this.deps.hashId(who.channel, who.userId);
    this.deps.log.warn({ channel: who.channel, user, reason, outcome: 'refused' }, 'invite code refused');
    for (const [scope, key] of Object.entries(this.keys(who)) as [Scope, string][]) {
      if (await this.limiters[scope].consume(`register:${scope}:${key}`, now)) continue;
      if (await this.deps.store.getChatState(`lock:register:${scope}:${key}`, now)) continue;
      const until = new Date(now.getTime() + this.limits[scope].lockoutMs);
      await this.deps.store.setChatState(`lock:register:${scope}:${key}`, true, until);
      this.deps.log.warn({ channel: who.channel, user, scope, until: until.toISOString(), outcome: 'locked' }, 'too many wrong invite codes: registration locked');
    }
  }

  /** The store as the officials' service sees it: a locked sender's code is refused unread, and every refusal counted. */
  guard<S extends Pick<Store, 'redeemInvite'>>(store: S): S {
    const redeem: Store['redeemInvite'] = async (codeHash, who, now) => {
      if (await this.locked(who, now)) return { ok: false, reason: 'unknown' };
      const outcome = await store.redeemInvite(codeHash, who, now);
      if (!outcome.ok) await this.failed(who, outcome.reason, now);
      return outcome;
    };
    return new Proxy(store, {
      get(target, property, receiver) {
        if (property === 'redeemInvite') return redeem;
        const value = Reflect.get(target, property, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }
}
