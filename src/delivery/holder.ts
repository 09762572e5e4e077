import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** This process's name in claims and leases: host, pid and a nonce, so a restarted process is never mistaken for its predecessor. */
export function processHolder(): string {
  return `${hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`;
}

/**
 * True when `holder` names a process on this machine that no longer runs: its claims can be taken over at once
 * instead of waiting for them to lapse. Holders on other machines are never declared dead here.
 */
export function holderIsDead(holder: string): boolean {
  const [host, pidText] = holder.split('/');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
