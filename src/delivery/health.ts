import type { Channel } from '../core';

export type ChannelStatus = 'starting' | 'retrying' | 'ok' | 'failing';

export interface ChannelReport {
  status: ChannelStatus;
  since: string;
  error?: string;
  /** Set while the platform asked us to wait (429): nothing is sent and no "typing" shown before this time. */
  pausedUntil?: string;
}

/**
 * What one process knows of a platform: whether its start-up calls went through (`starting`, `retrying` while they
 * fail), and whether its calls succeed (`ok`) or fail (`failing`), with the time of the change and the last error.
 */
export class ChannelHealth {
  private status: ChannelStatus = 'starting';
  private since: Date;
  private error?: string;
  private pausedUntilMs = 0;

  constructor(
    readonly channel: Channel,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.since = clock();
  }

  private set(status: ChannelStatus, error?: string): void {
    if (status !== this.status) {
      this.status = status;
      this.since = this.clock();
    }
    this.error = error;
  }

  startupFailed(error: string): void {
    this.set('retrying', error);
  }

  started(): void {
    this.set('ok');
  }

  /** A call failed for every chat (server error, no answer); `pausedUntil` when the platform said when to retry. */
  callFailed(error: string, pausedUntil?: Date): void {
    if (pausedUntil) this.pausedUntilMs = Math.max(this.pausedUntilMs, pausedUntil.getTime());
    if (this.status === 'ok' || this.status === 'failing') this.set('failing', error);
  }

  /** Asked to slow down (429): not a failure of the platform, but a pause. */
  rateLimited(until: Date): void {
    this.pausedUntilMs = Math.max(this.pausedUntilMs, until.getTime());
  }

  /** The platform answered (even with a refusal for one chat): it is up. */
  callAnswered(): void {
    if (this.status === 'failing') this.set('ok');
  }

  get up(): boolean {
    return this.status === 'ok';
  }

  pausedUntil(): number {
    return this.pausedUntilMs;
  }

  /** "Typing…" only makes sense when a reply can follow soon: the platform is up and not asking us to wait. */
  mayShowTyping(): boolean {
    return this.status === 'ok' && this.clock().getTime() >= this.pausedUntilMs;
  }

  report(): ChannelReport {
    const paused = this.pausedUntilMs > this.clock().getTime() ? new Date(this.pausedUntilMs).toISOString() : undefined;
    return { status: this.status, since: this.since.toISOString(), ...(this.error ? { error: this.error } : {}), ...(paused ? { pausedUntil: paused } : {}) };
  }
}
