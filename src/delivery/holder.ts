import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** When this process started (ms since epoch): tells a process apart from an earlier one with the same pid. */
const STARTED = Math.round(performance.timeOrigin);

/**
 * This process's name in claims and leases: host, pid, start time and a nonce (several apps in one process, as in
 * tests, are told apart by the nonce; a restarted process by its pid or start time).
 */
export function processHolder(): string {
  return `${hostname()}/${process.pid}/${STARTED}/${randomBytes(4).toString('hex')}`;
}

/**
 * True when `holder` names a process on this machine that no longer runs: its claims can be taken over at once
 * instead of waiting for them to lapse. `self` is the caller's holder. A holder with this process's pid but another
 * start time is an earlier life of the pid (pid 1 in a restarted container). Holders on other machines are never
 * declared dead here: their leases lapse instead.
 */
export function holderIsDead(holder: string, self: string): boolean {
  if (holder === self) return false;
  const [host, pidText, startedText] = holder.split('/');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return Number(startedText) !== STARTED;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
