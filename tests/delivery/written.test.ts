import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { telegramApi } from '../../src/channels/telegram/platform';
import { ZaloClient } from '../../src/channels/zalo/client';
import { watchedAgents, whenWritten } from '../../src/delivery';

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

  it('are not reported on a kept-alive connection that can no longer be written: the call fails and is made again', async () => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.end(JSON.stringify({ ok: true, result: true })));
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const api = telegramApi('7000000062:AAWrittenTest_abcdefghijklmnopqrst', `http://127.0.0.1:${(server.address() as AddressInfo).port}`, 2000);
    const writes: string[] = [];
    await whenWritten(() => writes.push('first'), () => api.deleteWebhook());
    expect(writes).toEqual(['first']);
    // The connection kept for the next call is half closed (as when the server closed it a moment ago): not yet
    // destroyed, so the agent hands it out, but nothing can be written on it.
    const kept = Object.values(watchedAgents.http.freeSockets).flat();
    expect(kept.length).toBeGreaterThan(0);
    for (const socket of kept) socket!.end();
    await expect(whenWritten(() => writes.push('second'), () => api.deleteWebhook())).rejects.toThrow();
    expect(writes).toEqual(['first']);
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
