import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SUBSCRIBED, UNSUBSCRIBED } from '../../src/alerts';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram';
import { startFakeZalo, type FakeZalo } from '../fakes/zalo';
import { KNOWLEDGE_DIR, tempDir } from '../helpers';
import { eventually, startTestApp } from '../channels/harness';

const TG_TOKEN = '7000000003:AAFakeTokenForAlerts_abcdefghijklmn';
const ZALO_TOKEN = '1234567890:zalo-alerts-secret';
const apps: Awaited<ReturnType<typeof startTestApp>>[] = [];
let telegram: FakeTelegram;
let zalo: FakeZalo;

afterEach(async () => {
  for (const a of apps.splice(0)) await a.app.stop();
  await telegram?.close();
  await zalo?.close();
});

const iso = (offsetHours: number) => new Date(Date.now() + offsetHours * 3_600_000).toISOString();
const alert = (title: string, from: string, until: string) =>
  `---\ntitle: "${title}"\nkind: alert\nseverity: critical\npublished: "${from}"\nexpires: "${until}"\n---\n\n# ${title}\n\nKẻ gian gọi điện xưng là nhân viên điện lực, đòi chuyển khoản tiền điện ngay kẻo bị cắt điện. Đừng chuyển tiền, hãy gọi tổng đài điện lực.\n`;

async function start(knowledgeDir: string, dataDir?: string) {
  const running = await startTestApp({
    KNOWLEDGE_DIR: knowledgeDir,
    TELEGRAM_BOT_TOKEN: TG_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    ZALO_BOT_TOKEN: ZALO_TOKEN,
    ZALO_API_ROOT: zalo.apiRoot,
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
  });
  apps.push(running);
  await eventually(() => telegram.calls.some((c) => c.method === 'getUpdates') && zalo.calls.some((c) => c.method === 'getUpdates'), 5000, 'both bots to poll');
  return running;
}

describe('safety alerts', () => {
  it('sends a current alert once to every subscriber on both channels, also after a restart, and answers it in chat', async () => {
    telegram = await startFakeTelegram({ token: TG_TOKEN, pollWaitMs: 100 });
    zalo = await startFakeZalo({ token: ZALO_TOKEN, pollWaitMs: 100 });
    const knowledge = await tempDir('tls-alerts-');
    await cp(KNOWLEDGE_DIR, knowledge, { recursive: true });
    const first = await start(knowledge);

    telegram.queueUpdate(telegram.textUpdate({ chatId: 11, text: '/canhbao' }));
    telegram.queueUpdate(telegram.textUpdate({ chatId: 12, text: '/canhbao bat' }));
    zalo.queueUpdate(zalo.textUpdate({ chatId: 'z21', userId: 'u21', text: '/canhbao' }));
    zalo.queueUpdate(zalo.textUpdate({ chatId: 'z22', userId: 'u22', text: '/start' }));
    await telegram.waitForSent(2, 5000);
    await zalo.waitForSent(2, 5000);
    expect(telegram.sent.map((m) => m.text)).toEqual([SUBSCRIBED, SUBSCRIBED]);
    zalo.queueUpdate(zalo.textUpdate({ chatId: 'z22', userId: 'u22', text: '6' }));
    await eventually(() => zalo.sent.some((m) => m.chat_id === 'z22' && m.text === SUBSCRIBED), 5000, 'menu choice 6 to subscribe');
    telegram.queueUpdate(telegram.textUpdate({ chatId: 12, text: '/canhbao tat' }));
    await eventually(() => telegram.sent.some((m) => m.text === UNSUBSCRIBED), 5000, 'unsubscribe');

    await mkdir(join(knowledge, 'alerts'), { recursive: true });
    await writeFile(join(knowledge, 'alerts', 'gia-danh-dien-luc.md'), alert('Giả danh nhân viên điện lực đòi tiền điện', iso(-1), iso(24)));
    await eventually(() => first.app.runtime.alerts.current().length === 1 || undefined, 8000, 'the alert to be loaded');
    const sentBefore = { telegram: telegram.sent.length, zalo: zalo.sent.length };

    expect(await first.app.runtime.alerts.runOnce()).toEqual({ queued: 3 });
    expect(await first.app.runtime.alerts.runOnce()).toEqual({ queued: 0 });
    const alerted = (list: { chat_id: unknown; text: string }[], from: number) => list.slice(from).filter((m) => /Giả danh nhân viên điện lực/u.test(m.text)).map((m) => String(m.chat_id)).sort();
    await eventually(() => alerted(telegram.sent, sentBefore.telegram).length + alerted(zalo.sent, sentBefore.zalo).length === 3 || undefined, 5000, 'the three alerts');
    expect(alerted(telegram.sent, sentBefore.telegram)).toEqual(['11']);
    expect(alerted(zalo.sent, sentBefore.zalo)).toEqual(['z21', 'z22']);
    expect(telegram.sent.at(-1)!.text).toMatch(/^🚨 CẢNH BÁO KHẨN: Giả danh nhân viên điện lực đòi tiền điện/u);

    const answer = await fetch(`${first.app.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session: 'alert-asker-1', text: 'Dạo này có lừa đảo mới nào không?' }),
    }).then((r) => r.json() as Promise<{ text: string; sources: { path: string }[] }>);
    expect(answer.text).toMatch(/nhân viên điện lực/u);
    expect(answer.sources[0]!.path).toMatch(/alerts\/gia-danh-dien-luc\.md$/u);

    // A restart over the same database sends nothing again; a new subscriber still gets the current alert.
    const dataDir = first.dataDir;
    await first.app.stop();
    apps.splice(0);
    const second = await start(knowledge, dataDir);
    expect(await second.app.runtime.alerts.runOnce()).toEqual({ queued: 0 });
    telegram.queueUpdate(telegram.textUpdate({ chatId: 13, text: '/canhbao' }));
    await eventually(() => telegram.sent.some((m) => String(m.chat_id) === '13'), 5000, 'new subscriber');
    expect(await second.app.runtime.alerts.runOnce()).toEqual({ queued: 1 });
    await eventually(() => alerted(telegram.sent, 0).includes('13') || undefined, 5000, 'the alert to the new subscriber');
    await new Promise((r) => setTimeout(r, 300));
    expect(alerted(telegram.sent, 0)).toEqual(['11', '13']);
    expect(alerted(zalo.sent, 0)).toEqual(['z21', 'z22']);
  });

  it('neither sends nor quotes an expired alert, retries a delivery that failed and stops alerting a chat that blocked the bot', async () => {
    telegram = await startFakeTelegram({ token: TG_TOKEN, pollWaitMs: 100 });
    zalo = await startFakeZalo({ token: ZALO_TOKEN, pollWaitMs: 100 });
    const knowledge = await tempDir('tls-alerts-');
    await cp(KNOWLEDGE_DIR, knowledge, { recursive: true });
    await mkdir(join(knowledge, 'alerts'), { recursive: true });
    await writeFile(join(knowledge, 'alerts', 'cu.md'), alert('Cảnh báo cũ về điện lực', iso(-72), iso(-48)));
    await writeFile(join(knowledge, 'alerts', 'moi.md'), alert('Giả danh nhân viên điện lực đòi tiền điện', iso(-1), iso(24)));
    const running = await start(knowledge);
    telegram.queueUpdate(telegram.textUpdate({ chatId: 31, text: '/canhbao' }));
    telegram.queueUpdate(telegram.textUpdate({ chatId: 32, text: '/canhbao' }));
    await telegram.waitForSent(2, 5000);

    expect(running.app.runtime.alerts.current().map((a) => a.title)).toEqual(['Giả danh nhân viên điện lực đòi tiền điện']);
    // Chat 31 gets a server error first (retried), chat 32 has blocked the bot (given up, unsubscribed).
    telegram.failNext('sendMessage', { status: 500, when: (b) => b.chat_id === 31 });
    telegram.failNext('sendMessage', { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }, when: (b) => b.chat_id === 32 });
    expect(await running.app.runtime.alerts.runOnce()).toEqual({ queued: 2 });
    await eventually(() => telegram.sent.some((m) => String(m.chat_id) === '31' && /điện lực/u.test(m.text)) || undefined, 8000, 'the retried alert');
    await eventually(() => running.parsed().some((l) => l.msg?.startsWith('outbox give-up: the chat blocked the bot')) || undefined, 5000, 'the give-up');
    expect(telegram.sent.filter((m) => String(m.chat_id) === '32' && /điện lực/u.test(m.text))).toEqual([]);
    expect((await running.app.runtime.store.listSubscribers()).map((s) => s.chatId)).toEqual(['31']);
    expect(await running.app.runtime.alerts.runOnce()).toEqual({ queued: 0 });
    expect(telegram.sent.filter((m) => /Cảnh báo cũ/u.test(m.text))).toEqual([]);
    const reply = await running.app.runtime.assistant.handle({ channel: 'web', userId: 'w', chatId: 'w', text: 'cảnh báo cũ về điện lực' });
    expect(reply.text).not.toMatch(/Cảnh báo cũ về điện lực/u);
  });
});
