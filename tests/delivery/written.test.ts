import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { telegramApi } from '../../src/channels/telegram/platform';
import { ZaloClient } from '../../src/channels/zalo/client';
import { whenWritten } from '../../src/delivery';

/** The outbox must know when a call's request has left the process: both platform clients report it. */
const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** A server that reads each request whole and never answers; resolves the time each request arrived. */
async function silentServer(): Promise<{ url: string; arrived: Promise<number> }> {
  let arrive!: (at: number) => void;
  const arrived = new Promise<number>((r) => (arrive = r));
  const server = createServer((req: IncomingMessage) => {
    req.resume();
    req.on('end', () => arrive(Date.now()));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, arrived };
}

describe('requests written', () => {
  it('are reported for grammY calls before any answer, and only for the call they belong to', async () => {
    const { url, arrived } = await silentServer();
    const api = telegramApi('7000000061:AAWrittenTest_abcdefghijklmnopqrst', url, 700);
    const writes: number[] = [];
    const call = whenWritten(() => writes.push(Date.now()), () => api.sendMessage(1, 'xin chào'));
    await expect(call).rejects.toThrow(/Network request for 'sendMessage' failed/u);
    expect(writes).toHaveLength(1);
    expect(writes[0]!).toBeLessThanOrEqual((await arrived) + 50);
    // A call outside whenWritten reports nothing.
    await expect(api.sendMessage(1, 'xin chào')).rejects.toThrow();
    expect(writes).toHaveLength(1);
  });

  it('are reported for Zalo calls before any answer', async () => {
    const { url, arrived } = await silentServer();
    const client = new ZaloClient({ token: '1234567890:written', apiRoot: url, timeoutMs: 700 });
    let written = 0;
    await expect(whenWritten(() => written++, () => client.sendMessage('c1', 'xin chào'))).rejects.toThrow(/timed out/u);
    expect(written).toBe(1);
    await arrived;
  });
});
