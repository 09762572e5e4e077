import type { ChatChannel } from '../channels/channel';
import type { OutboxSender } from '../delivery';
import type { Runtime } from './runtime';

/**
 * GET /healthz: 200 only when the index is loaded, the database answers and every configured bot works; else 503.
 * Each bot's state (starting, retrying or failing since when, with the last error), which process sends for it,
 * and the inbox and outbox backlog.
 */
export function healthCheck(runtime: Runtime, channels: ChatChannel[], senders: Partial<Record<string, OutboxSender>>) {
  return async (): Promise<{ ok: boolean; body: unknown }> => {
    const index = runtime.knowledge.current;
    const database = await runtime.store.ping();
    const delivery = database ? await runtime.store.deliveryCounts().catch(() => undefined) : undefined;
    const bots = Object.fromEntries(channels.map((c) => [c.channel, { ...c.health.report(), sender: senders[c.channel]?.isLeader ? 'here' : 'elsewhere' }]));
    const ok = index.chunks.length > 0 && database && channels.every((c) => c.health.up);
    return {
      ok,
      body: {
        status: ok ? 'ok' : 'unavailable',
        index: { passages: index.chunks.length, files: index.docs.length, builtAt: index.builtAt.toISOString(), failing: index.failing },
        officials: { plans: runtime.knowledge.officials.plans.length, failing: runtime.knowledge.officials.problems.map((p) => p.message) },
        database: database ? 'ok' : 'unreachable',
        channels: bots,
        ...(delivery ? { delivery } : {}),
      },
    };
  };
}
