import { Cron } from 'croner';
import { TIME_ZONE } from './civil';

/**
 * Runs `run` on a cron schedule in Vietnam time, never two runs at once; logs what a run did when it did something
 * and its error when it failed, so one bad run never stops the schedule.
 */
export function scheduleJob(
  pattern: string,
  name: string,
  run: () => Promise<{ sent: number; failed: number }>,
  log?: { info(o: object, m?: string): void; error(o: object, m?: string): void },
): Cron {
  return new Cron(pattern, { timezone: TIME_ZONE, protect: true }, async () => {
    try {
      const { sent, failed } = await run();
      if (sent || failed) log?.info({ sent, failed }, `${name} run`);
    } catch (error) {
      log?.error({ err: (error as Error).message }, `${name} run failed`);
    }
  });
}
