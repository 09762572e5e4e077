import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { holderIsDead, processHolder } from '../../src/delivery';

describe('claim holders', () => {
  it('are dead when their process on this machine has exited, or when they are an earlier life of this pid', async () => {
    const self = processHolder();
    const started = Math.round(performance.timeOrigin);
    expect(self).toMatch(new RegExp(`^${hostname()}/${process.pid}/${started}/[0-9a-f]{8}$`, 'u'));
    expect(holderIsDead(self, self)).toBe(false);
    // Another app in this same process (tests run several) is alive; an earlier process with this pid is not.
    expect(holderIsDead(processHolder(), self)).toBe(false);
    expect(holderIsDead(`${hostname()}/${process.pid}/${started - 60_000}/00000000`, self)).toBe(true);
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const other = `${hostname()}/${child.pid}/${started}/12345678`;
    expect(holderIsDead(other, self)).toBe(false);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(holderIsDead(other, self)).toBe(true);
    // A process on another machine is never declared dead from here: its lease lapses instead.
    expect(holderIsDead(`another-host/${child.pid}/${started}/12345678`, self)).toBe(false);
  });
});
