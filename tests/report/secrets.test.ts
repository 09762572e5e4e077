import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../channels/harness';

const TOKEN = 'report-token-for-secret-tests-0123456789';
/** Secrets written the ways people write them, each inside a question the knowledge does not cover. */
const MESSAGES: [string, string[]][] = [
  ['số căn cước của tôi 001 203 004 567, đổi sang thẻ chip mất bao lâu', ['001 203 004 567', '001203004567']],
  ['căn cước 001-203-004567 làm visa du học được không', ['001-203-004567', '001203004567']],
  ['mã 6 số 771204 vừa gửi về, gia hạn visa trên VNeID sao', ['771204']],
  ['code 483920 của app, hỏi về thuế đất', ['483920']],
  ['nó bảo đọc 4 8 3 9 2 0 để nhận quà tết', ['4 8 3 9 2 0', '483920']],
  ['matkhau: Linh2003 nhưng app không vào được, hỏi về visa', ['Linh2003']],
];
let running: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  running = await startTestApp({ ADMIN_TOKEN: TOKEN });
  for (const [text] of MESSAGES) {
    const response = await fetch(`${running.app.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session: `secrets-${randomUUID()}`, text }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { intent: string; text: string };
    expect(body.intent).toBe('safety');
  }
});
afterAll(async () => {
  await running?.app.stop();
});

describe('secrets in questions the knowledge does not cover', () => {
  it('are kept out of the stored questions, the editors\' report (page and CSV) and every log line', async () => {
    const stored = JSON.stringify(await running.app.runtime.store.questionsBetween(new Date(0), new Date(Date.now() + 60_000)));
    const page = await (await fetch(`${running.app.url}/admin/report`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    const csv = await (await fetch(`${running.app.url}/admin/report?format=csv`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(stored).toContain('[đã ẩn]');
    for (const [, secrets] of MESSAGES) {
      for (const secret of secrets) {
        for (const [where, text] of [['store', stored], ['report page', page], ['report CSV', csv], ['logs', running.lines.join('\n')]] as const) {
          expect(text.includes(secret), `${secret} in the ${where}`).toBe(false);
        }
      }
    }
  });
});
