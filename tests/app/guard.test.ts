import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redactor, secretsOf } from '../../src/app/logger';
import { loadConfig } from '../../src/config';
import { ROOT } from '../helpers';

const run = promisify(execFile);

describe('the process guard', () => {
  it('logs an unhandled rejection and an uncaught exception without their secrets, and the process keeps running', async () => {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/app/fixtures/guard-worker.ts')], { cwd: ROOT });
    expect(stdout).toBe('still alive\n');
    const lines = stderr.trim().split('\n').map((l) => JSON.parse(l) as { event: string; type: string; err: string; msg: string });
    expect(lines.map((l) => [l.event, l.type])).toEqual([
      ['unhandledRejection', 'Error'],
      ['uncaughtException', 'TypeError'],
    ]);
    expect(lines[0]!.err).toBe('request to http://127.0.0.1:9/bot[redacted]/sendMessage failed, reason: ECONNREFUSED');
    expect(stderr).not.toContain('AAGuardTestSecretPart');
  });
});

describe('log redaction', () => {
  it('knows every configured secret, and the secret half of each bot token', () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: '7000000001:AAsecretTelegramPart',
      ZALO_BOT_TOKEN: '1234567890:zaloSecretPart',
      PUBLIC_BASE_URL: 'https://bot.example.vn',
      WEBHOOK_SECRET: 'webhook-secret-0123456789',
      ADMIN_TOKEN: 'admin-token-0123456789',
      OPENAI_API_KEY: 'sk-test-key-123456',
    });
    expect(secretsOf({ ...config, databaseUrl: 'postgres://bot:db-pass-123@127.0.0.1:5432/tls' }).sort()).toEqual(
      ['7000000001:AAsecretTelegramPart', 'AAsecretTelegramPart', '1234567890:zaloSecretPart', 'zaloSecretPart', 'webhook-secret-0123456789', 'admin-token-0123456789', 'sk-test-key-123456', 'db-pass-123'].sort(),
    );
    const scrub = redactor(['db-pass/12"3']);
    expect(scrub('a db-pass/12"3 b db-pass%2F12%223 c db-pass/12\\"3')).toBe('a [redacted] b [redacted] c [redacted]');
  });
});
