import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/app/runtime';
import { TOPIC_MENU } from '../../src/assistant/replies';
import { startTestApp } from './harness';
import { renderQr } from '../../src/bench/media-images';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`webchat-browser: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium)`);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 360, height: 740 };

describe.skipIf(!HAS_CHROMIUM)('web chat in headless Chromium at 360×740', () => {
  let running: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    running = await startTestApp();
    // A plain launch runs on a fresh temporary profile that Playwright removes on close.
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.app.stop();
  });

  async function openChat() {
    context = await browser!.newContext({ viewport: VIEWPORT, locale: 'vi-VN' });
    page = await context.newPage();
    page.setDefaultTimeout(5000);
    await page.goto(running.app.url);
    await page.getByTestId('topic-button').first().waitFor();
    return page;
  }
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function ask(text: string) {
    const before = await page.getByTestId('message-bot').count();
    await page.getByTestId('message-input').fill(text);
    await page.getByTestId('send-button').click();
    await page.getByTestId('message-bot').nth(before).waitFor();
    return page.getByTestId('message-bot').nth(before);
  }

  const noHorizontalScroll = () => page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);

  it('greets with the topic buttons on load', async () => {
    await openChat();
    const greeting = page.getByTestId('message-bot').first();
    await expect(greeting.locator('p').first().textContent()).resolves.toMatch(/^Xin chào! Tôi là Trợ lý số/u);
    await expect(page.getByTestId('topic-button').allTextContents()).resolves.toEqual(TOPIC_MENU.map((t) => t.label));
    expect(TOPIC_MENU.map((t) => t.label)).toEqual(expect.arrayContaining(['VNeID', 'Dịch vụ công', 'An toàn số', 'Thanh toán số']));
    // /start is sent by the page itself and is not shown as a user message.
    expect(await page.getByTestId('message-user').count()).toBe(0);
    expect(await page.getByTestId('feedback-up').count()).toBe(0);
    expect(await noHorizontalScroll()).toBe(true);
  });

  it('shows a typed question and the answer with its sources; 👍 thanks and stores the rating', async () => {
    await openChat();
    const answer = await ask('Tải VNeID ở đâu?');
    await expect(page.getByTestId('message-user').last().textContent()).resolves.toBe('Tải VNeID ở đâu?');
    await expect(page.getByTestId('message-input').inputValue()).resolves.toBe('');
    await expect(answer.locator('p').first().textContent()).resolves.toMatch(/App Store|CH Play/u);
    const sources = answer.getByTestId('sources');
    await expect(sources.locator('h2').textContent()).resolves.toBe('Nguồn');
    await expect(sources.locator('li').first().textContent()).resolves.toMatch(/^Cài đặt ứng dụng VNeID đúng cách/u);

    const fontSize = await answer.locator('p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(20);

    await answer.getByTestId('feedback-up').click();
    await expect(answer.getByTestId('feedback-thanks').textContent()).resolves.toBe('Cảm ơn bạn đã góp ý!');
    await expect(answer.getByTestId('feedback-up').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(answer.getByTestId('feedback-down').isDisabled()).resolves.toBe(true);

    const db = new Database(join(running.dataDir, DATABASE_FILE), { readonly: true });
    const rows = db.prepare("SELECT channel, question, rating FROM feedback WHERE question = 'Tải VNeID ở đâu?'").all();
    db.close();
    expect(rows).toEqual([{ channel: 'web', question: 'Tải VNeID ở đâu?', rating: 1 }]);
  });

  it('answers a topic button click', async () => {
    await openChat();
    const before = await page.getByTestId('message-bot').count();
    await page.getByTestId('topic-button').filter({ hasText: 'An toàn số' }).click();
    const answer = page.getByTestId('message-bot').nth(before);
    await answer.waitFor();
    await expect(page.getByTestId('message-user').last().textContent()).resolves.toBe('An toàn số');
    await expect(answer.locator('p').first().textContent()).resolves.toMatch(/lừa đảo/iu);
    expect(await answer.getByTestId('feedback-up').count()).toBe(1);
  });

  it('sends a photo from the 📷 button and shows what the QR code in it is', async () => {
    await openChat();
    const before = await page.getByTestId('message-bot').count();
    await page.getByTestId('photo-input').setInputFiles({ name: 'ma-qr.png', mimeType: 'image/png', buffer: await renderQr('https://dichvucong-gov.cc/dang-nhap') });
    const answer = page.getByTestId('message-bot').nth(before);
    await answer.waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('message-user').last().textContent()).resolves.toBe('📷 ma-qr.png');
    await expect(answer.textContent()).resolves.toMatch(/CẢNH BÁO: mã QR này mở trang dichvucong-gov\.cc, KHÔNG phải trang chính thức dichvucong\.gov\.vn/u);
    expect(await noHorizontalScroll()).toBe(true);
  });

  it('never scrolls sideways on a 360 px phone, even with a long unbroken word', async () => {
    await openChat();
    await ask('Tải VNeID ở đâu?');
    expect(await noHorizontalScroll()).toBe(true);
    await ask(`Trang https://dichvucong.gov.vn/p/home/dvc-trang-chu.html?${'thamso=giatri&'.repeat(20)} có thật không?`);
    expect(await noHorizontalScroll()).toBe(true);
    const answerSize = await page
      .getByTestId('message-bot')
      .last()
      .locator('p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(answerSize).toBeGreaterThanOrEqual(20);
  });
});
