import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymise } from '../../src/channels/pipeline';
import { startTestApp } from '../channels/harness';

const TOKEN = 'report-token-for-tests-0123456789';
const NOT_COVERED = 'Làm sao gia hạn visa du lịch trên VNeID?';
let running: Awaited<ReturnType<typeof startTestApp>>;
const session = `report-test-${randomUUID()}`;

async function chat(text: string): Promise<{ id?: string; intent: string; text: string }> {
  const response = await fetch(`${running.app.url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ session, text }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { id?: string; intent: string; text: string };
}

const report = (query = '', headers: Record<string, string> = {}) => fetch(`${running.app.url}/admin/report${query}`, { headers });
const bearer = (token = TOKEN) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  running = await startTestApp({ ADMIN_TOKEN: TOKEN });
  expect((await chat(NOT_COVERED)).text).toMatch(/chưa có thông tin/iu);
  const answered = await chat('Tải ứng dụng VNeID ở đâu?');
  const rated = await fetch(`${running.app.url}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: answered.id, rating: -1 }),
  });
  expect(rated.status).toBe(200);
  await chat('Tải VNeID cho điện thoại Android cũ được không?');
});
afterAll(async () => {
  await running?.app.stop();
});

describe('GET /admin/report', () => {
  it('refuses requests without the token in the Authorization header, even with the right token in the URL, and logs each', async () => {
    const before = running.parsed().filter((l) => l.outcome === 'unauthorized').length;
    for (const response of [await report(), await report('', bearer('wrong-token-wrong-token')), await report(`?token=${TOKEN}`), await report('', { authorization: TOKEN })]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer, Basic realm="Tro ly so", charset="UTF-8"');
      expect(await response.json()).toEqual({
        error: 'send the admin token in the Authorization header: "Bearer <ADMIN_TOKEN>", or as the password of HTTP Basic authentication',
      });
    }
    const refused = running.parsed().filter((l) => l.outcome === 'unauthorized').slice(before);
    expect(refused.map((l) => l.failures)).toEqual([1, 2, 3, 4]);
    expect(running.lines.join('\n')).not.toContain(TOKEN);
  });

  it('serves the HTML page with the right bearer token, showing the questions asked through the chat', async () => {
    const response = await report('', bearer());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/u);
    const html = await response.text();
    expect(html).toContain('<h1>Báo cáo cho biên tập viên: Trợ lý số</h1>');
    expect(html).toContain(`<td class="n">1</td><td>${NOT_COVERED}</td>`);
    expect(html).toMatch(/<td class="n">1<\/td><td class="n">0<\/td><td>Tải ứng dụng VNeID ở đâu\?<\/td><td><code>tests\/fixtures\/knowledge\/lessons\/vneid-cai-dat\.md › /u);
    expect(html).toContain('<ul><li>Tải VNeID cho điện thoại Android cũ được không?</li></ul></td></tr>');
    expect(html).toContain('<a href="?format=csv">Tải bảng CSV</a>');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(html).not.toContain(session);
    expect(html).not.toContain(anonymise('web', session));
  });

  it('serves CSV with ?format=csv to a browser that sent the token as its Basic password', async () => {
    const basic = { authorization: `Basic ${Buffer.from(`editor:${TOKEN}`).toString('base64')}` };
    const response = await report('?format=csv&days=7', basic);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="tro-ly-so-bao-cao-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/u);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(csv.startsWith('\uFEFFsection,key,count,up,detail,extra\r\n')).toBe(true);
    expect(csv).toContain(`\r\nnot_covered,${NOT_COVERED},1,,,`);
    expect(csv).toContain('\r\ntotal,questions,3,,,\r\n');
    expect(csv).toContain('\r\ntotal,thumbs_down,1,,,\r\n');
    expect(csv).toContain('\r\nchannel,web,3,,,\r\n');
    expect(csv).not.toContain(anonymise('web', session));
  });

  it('answers a bad period or format with 400 and what to fix', async () => {
    const bad = await report('?days=zero', bearer());
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "days must be a whole number of days from 1 to 3660; got 'zero'" });
    const format = await report('?format=pdf', bearer());
    expect(format.status).toBe(400);
    expect(await format.json()).toEqual({ error: 'format must be html or csv' });
    const empty = await report('?from=2020-01-01&to=2020-01-31', bearer());
    expect(await empty.text()).toContain('Từ 01/01/2020 00:00 đến hết ngày 31/01/2020 (giờ Việt Nam)');
  });

  it('is not found when ADMIN_TOKEN is not set', async () => {
    const plain = await startTestApp();
    try {
      const response = await fetch(`${plain.app.url}/admin/report?token=${TOKEN}`, { headers: bearer() });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'set ADMIN_TOKEN to enable the report' });
    } finally {
      await plain.app.stop();
    }
  });

  it('refuses an address that sent too many wrong tokens, even with the right one, for the rest of the window', async () => {
    const own = await startTestApp({ ADMIN_TOKEN: TOKEN });
    try {
      const get = (token: string) => fetch(`${own.app.url}/admin/report`, { headers: bearer(token) });
      for (let i = 0; i < 10; i++) expect((await get(`wrong-token-number-${i}`)).status).toBe(401);
      const locked = await get(TOKEN);
      expect(locked.status).toBe(429);
      expect(await locked.json()).toEqual({ error: 'too many wrong admin tokens from this address; try again later' });
      expect(own.parsed().filter((l) => l.outcome === 'unauthorized')).toHaveLength(10);
      expect(own.parsed().filter((l) => l.outcome === 'locked' && l.route === '/admin/report')).toHaveLength(1);
    } finally {
      await own.app.stop();
    }
  });
});
