import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { Bot, GrammyError, InlineKeyboard, webhookCallback } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from './telegram';

const TOKEN = '7012345678:AAH-fake-telegram-token_0123456789abcd';

let fake: FakeTelegram;
let bot: Bot;
let stopBot: (() => Promise<void>) | undefined;

beforeEach(async () => {
  fake = await startFakeTelegram({ token: TOKEN, pollWaitMs: 50 });
  bot = new Bot(TOKEN, { client: { apiRoot: fake.apiRoot } });
  stopBot = undefined;
});
afterEach(async () => {
  await stopBot?.();
  await fake.close();
});

describe('a real grammY bot against the fake Telegram', () => {
  it('bot.start polls one text update and replies', async () => {
    bot.on('message:text', (ctx) => ctx.reply(`Bạn hỏi: ${ctx.message.text}`));
    const started = bot.start({ timeout: 30 });
    stopBot = async () => {
      await bot.stop();
      await started;
    };
    fake.queueUpdate(fake.textUpdate({ chatId: 501, text: 'Cách cài VNeID?' }));
    const [reply] = await fake.waitForSent(1);
    expect(reply).toEqual({ chat_id: 501, text: 'Bạn hỏi: Cách cài VNeID?', message_id: 2 }); // 1 was the user's message
    expect(bot.botInfo.username).toBe('TroLySoBot');
    expect(fake.calls.slice(0, 3).map((c) => c.method)).toEqual(['getMe', 'deleteWebhook', 'getUpdates']);
    expect(fake.calls.find((c) => c.method === 'getUpdates')!.body).toMatchObject({ offset: 1, timeout: 30, allowed_updates: [] });
    await stopBot();
    stopBot = undefined;
    // bot.stop confirms the handled update with a last getUpdates at the next offset
    expect(fake.calls.at(-1)).toEqual({ method: 'getUpdates', body: { offset: 100_001, limit: 1 } });
    expect(fake.pending).toEqual([]);
  });

  it('the runner handles a command with an inline keyboard, then the button press', async () => {
    bot.command('start', (ctx) =>
      ctx.reply('Chào bạn! Chọn chủ đề:', { reply_markup: new InlineKeyboard().text('VNeID', 'topic:vneid').text('Dịch vụ công', 'topic:dvc') }),
    );
    bot.callbackQuery(/^topic:/u, async (ctx) => {
      await ctx.answerCallbackQuery({ text: 'Đã chọn' });
      await ctx.editMessageReplyMarkup({ reply_markup: undefined });
      await ctx.reply(`Chủ đề: ${ctx.callbackQuery.data}`);
    });
    const runner: RunnerHandle = run(bot);
    stopBot = () => runner.stop();

    fake.queueUpdate(fake.textUpdate({ chatId: 502, text: '/start' }));
    const [menu] = await fake.waitForSent(1);
    expect(menu).toMatchObject({
      chat_id: 502,
      text: 'Chào bạn! Chọn chủ đề:',
      reply_markup: {
        inline_keyboard: [
          [
            { text: 'VNeID', callback_data: 'topic:vneid' },
            { text: 'Dịch vụ công', callback_data: 'topic:dvc' },
          ],
        ],
      },
    });

    fake.queueUpdate(fake.callbackUpdate({ chatId: 502, data: 'topic:vneid', messageId: menu!.message_id }));
    await fake.waitForSent(2);
    expect(fake.sent[1]).toMatchObject({ chat_id: 502, text: 'Chủ đề: topic:vneid' });
    expect(fake.callbackAnswers).toEqual([{ callback_query_id: expect.any(String), text: 'Đã chọn' }]);
    expect(fake.markupEdits).toEqual([{ chat_id: 502, message_id: menu!.message_id }]);
  });

  it('routes stickers, photos and voice messages by their filter queries', async () => {
    const seen: string[] = [];
    bot.on('message:sticker', (ctx) => void seen.push(`sticker ${ctx.message.sticker.emoji}`));
    bot.on('message:photo', (ctx) => void seen.push(`photo ${ctx.message.caption} ${ctx.message.photo.length}`));
    bot.on('message:voice', (ctx) => void seen.push(`voice ${ctx.message.voice.duration}`));
    await bot.init();
    for (const update of [
      fake.stickerUpdate({ chatId: 7 }),
      fake.photoUpdate({ chatId: 7, caption: 'CCCD' }),
      fake.voiceUpdate({ chatId: 7, duration: 3 }),
    ]) {
      await bot.handleUpdate(update);
    }
    expect(seen).toEqual(['sticker 👍', 'photo CCCD 2', 'voice 3']);
  });

  it('answers a webhook update posted with the secret header, and refuses a wrong secret', async () => {
    const secretToken = 'webhook_secret-0123456789';
    bot.on('message:text', (ctx) => ctx.reply('đã nhận'));
    await bot.init();
    const handler = webhookCallback(bot, 'http', { secretToken });
    const server: Server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/telegram`;
      await bot.api.setWebhook(url, { secret_token: secretToken });
      expect(fake.webhook).toEqual({ url, secretToken });

      const accepted = await fake.postWebhook(url, fake.textUpdate({ chatId: 9, text: 'hi' }), { secret: secretToken });
      expect(accepted.status).toBe(200);
      expect(fake.sent).toMatchObject([{ chat_id: 9, text: 'đã nhận' }]);

      const refused = await fake.postWebhook(url, fake.textUpdate({ chatId: 9, text: 'forged' }), { secret: 'wrong' });
      expect(refused.status).toBe(401);
      expect(fake.sent).toHaveLength(1);

      await expect(bot.api.getUpdates()).rejects.toMatchObject({ error_code: 409 }); // webhook and polling exclude each other
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('fake Telegram API behaviour seen through grammY', () => {
  it('a 429 reaches the caller as GrammyError with parameters.retry_after, once', async () => {
    fake.failNext('sendMessage', {
      status: 429,
      body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
    });
    const error = await bot.api.sendMessage(1, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect(error).toMatchObject({ method: 'sendMessage', error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    await expect(bot.api.sendMessage(1, 'x')).resolves.toMatchObject({ message_id: 1, text: 'x', chat: { id: 1, type: 'private' } });
    expect(fake.sent).toHaveLength(1);
  });

  it('a 500 reaches the caller as GrammyError 500 (bot.init would retry it)', async () => {
    fake.failNext('getMe', { status: 500 });
    await expect(bot.api.getMe()).rejects.toMatchObject({ name: 'GrammyError', error_code: 500, description: 'Internal Server Error' });
  });

  it('a wrong token gets 401 Unauthorized', async () => {
    const stranger = new Bot('7012345678:wrong', { client: { apiRoot: fake.apiRoot } });
    await expect(stranger.init()).rejects.toMatchObject({ error_code: 401, description: 'Unauthorized' });
  });

  it('refuses texts over 4096 characters, blank texts and callback data over 64 bytes, as Telegram does', async () => {
    await expect(bot.api.sendMessage(1, 'x'.repeat(4096))).resolves.toBeDefined();
    await expect(bot.api.sendMessage(1, 'x'.repeat(4097))).rejects.toMatchObject({ error_code: 400, description: 'Bad Request: message is too long' });
    await expect(bot.api.sendMessage(1, '  ')).rejects.toMatchObject({ description: 'Bad Request: message text is empty' });
    await expect(
      bot.api.sendMessage(1, 'chọn', { reply_markup: new InlineKeyboard().text('a', 'đ'.repeat(33)) }),
    ).rejects.toMatchObject({ description: 'Bad Request: BUTTON_DATA_INVALID' });
    expect(fake.sent).toHaveLength(1);
  });

  it('checks HTML the way Telegram parses it', async () => {
    await expect(bot.api.sendMessage(1, '<b>Bước 1</b>: mở &lt;VNeID&gt;', { parse_mode: 'HTML' })).resolves.toBeDefined();
    await expect(bot.api.sendMessage(1, 'điểm < 5', { parse_mode: 'HTML' })).rejects.toMatchObject({
      description: "Bad Request: can't parse entities: Can't find end of the tag at byte offset 8",
    });
    await expect(bot.api.sendMessage(1, '<b>đậm', { parse_mode: 'HTML' })).rejects.toMatchObject({
      description: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
    });
    await expect(bot.api.sendMessage(1, '<div>x</div>', { parse_mode: 'HTML' })).rejects.toMatchObject({
      description: `Bad Request: can't parse entities: Unsupported start tag "div" at byte offset 0`,
    });
    expect(fake.sent).toEqual([{ chat_id: 1, text: '<b>Bước 1</b>: mở &lt;VNeID&gt;', parse_mode: 'HTML', message_id: 1 }]);
  });

  it('records setMyCommands, chat actions and every call in order', async () => {
    await bot.api.setMyCommands([
      { command: 'start', description: 'Bắt đầu' },
      { command: 'help', description: 'Hướng dẫn' },
    ]);
    await bot.api.sendChatAction(3, 'typing');
    expect(fake.commands).toEqual([
      {
        commands: [
          { command: 'start', description: 'Bắt đầu' },
          { command: 'help', description: 'Hướng dẫn' },
        ],
      },
    ]);
    await expect(bot.api.getMyCommands()).resolves.toHaveLength(2);
    await expect(bot.api.setMyCommands([{ command: 'Bad Command', description: 'x' }])).rejects.toMatchObject({
      description: 'Bad Request: BOT_COMMAND_INVALID',
    });
    expect(fake.actions).toEqual([{ chat_id: 3, action: 'typing' }]);
    expect(fake.calls.map((c) => c.method)).toEqual(['setMyCommands', 'sendChatAction', 'getMyCommands', 'setMyCommands']);
  });

  it('getUpdates honours offset (confirming older updates), limit and timeout', async () => {
    const first = fake.textUpdate({ chatId: 1, text: 'một' });
    const second = fake.textUpdate({ chatId: 1, text: 'hai' });
    fake.queueUpdate(first);
    fake.queueUpdate(second);
    expect((await bot.api.getUpdates({ offset: 0 })).map((u) => u.update_id)).toEqual([first.update_id, second.update_id]);
    expect((await bot.api.getUpdates({ limit: 1 })).map((u) => u.update_id)).toEqual([first.update_id]);
    expect((await bot.api.getUpdates({ offset: second.update_id })).map((u) => u.update_id)).toEqual([second.update_id]);
    expect(fake.pending).toEqual([second]);
    const started = Date.now();
    await expect(bot.api.getUpdates({ offset: second.update_id + 1, timeout: 30 })).resolves.toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000); // waited pollWaitMs, not 30 s
    expect(await bot.api.getWebhookInfo()).toEqual({ url: '', has_custom_certificate: false, pending_update_count: 0 });
  });

  it('a second concurrent getUpdates ends the first with 409, as on Telegram', async () => {
    const slow = await startFakeTelegram({ token: TOKEN, pollWaitMs: 2000 });
    try {
      const api = new Bot(TOKEN, { client: { apiRoot: slow.apiRoot } }).api;
      const first = api.getUpdates({ timeout: 30 }).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const second = api.getUpdates({ timeout: 30 });
      await expect(first).resolves.toMatchObject({ error_code: 409 });
      slow.queueUpdate(slow.textUpdate({ chatId: 1, text: 'hi' }));
      await expect(second).resolves.toHaveLength(1);
    } finally {
      await slow.close();
    }
  });

  it('parses multipart bodies into fields', async () => {
    fake.handle('sendDocument', (body) => ({ message_id: 77, date: 0, chat: { id: body.chat_id, type: 'private', first_name: 'Lan' } }));
    const { InputFile } = await import('grammy');
    await bot.api.sendDocument(4, new InputFile(Buffer.from('xin chào'), 'ghi-chu.txt'), { caption: 'Tệp' });
    const call = fake.calls.at(-1)!;
    expect(call.method).toBe('sendDocument');
    expect(call.body).toMatchObject({ chat_id: '4', caption: 'Tệp' });
    expect(Object.values(call.body)).toContainEqual({ filename: 'ghi-chu.txt', size: Buffer.byteLength('xin chào') });
  });
});
