import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, round } from './measure';

/**
 * Time from starting `node <entry>` to its "đang chạy" line, over `runs` starts on one data folder: the first builds
 * the index and is reported apart; the others load it, as every restart does.
 */
export async function startupBench(options: { entry: string; runs: number; env?: NodeJS.ProcessEnv }): Promise<{ first_ms: number; with_index_ms: { p50: number; max: number; runs: number[] } }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tls-startup-'));
  const once = async () => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [options.entry, '--port', '0'], {
      env: { ...process.env, ...options.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', TELEGRAM_BOT_TOKEN: '', ZALO_BOT_TOKEN: '', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('đang chạy')) resolve();
      });
      void exited.then(() => reject(new Error(`${options.entry} exited before it was ready: ${out}`)));
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    child.kill('SIGTERM');
    await exited;
    return round(ms, 0);
  };
  try {
    const first = await once();
    const runs: number[] = [];
    for (let i = 0; i < options.runs; i++) runs.push(await once());
    return { first_ms: first, with_index_ms: { p50: percentile(runs, 50), max: Math.max(...runs), runs } };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
