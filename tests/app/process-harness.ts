import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { KNOWLEDGE_DIR, ROOT } from '../helpers';

/**
 * `npm start` as real processes, for crash and shutdown tests: the compiled server (built first when src/ changed),
 * started directly so a signal reaches it without npm in between, in its own process group so nothing outlives a test.
 */
const run = promisify(execFile);
let built: Promise<unknown> | undefined;

export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout(): string;
  stderr(): string;
  /** JSON log lines written so far. */
  logs(): { msg?: string; level: number; [key: string]: unknown }[];
}

/**
 * Waits until `check` holds; past `timeoutMs`, fails naming what was awaited, how many replies the platforms got and
 * the last lines the servers logged.
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
  replies: () => number,
  servers: readonly (ServerProcess | undefined)[] = [],
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) {
      const logs = servers.flatMap((s) => (s ? [s.stderr().slice(-2500)] : [])).join('\n---\n');
      throw new Error(`timed out waiting for ${what}; ${replies()} replies so far.\n${logs}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A free TCP port on 127.0.0.1, so a restarted server can listen where the platform keeps posting. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Test timings: short retries, leases and grace, so crashes and outages play out in seconds. */
export const PROCESS_ENV = {
  TZ: 'Asia/Ho_Chi_Minh',
  KNOWLEDGE_DIR,
  LOG_LEVEL: 'info',
  RETRY_BACKOFF_MIN: '100ms',
  RETRY_BACKOFF_MAX: '1s',
  PLATFORM_TIMEOUT: '2s',
  SHUTDOWN_GRACE: '5s',
  LEASE_TTL: '3s',
  POLL_TIMEOUT: '1s',
  WATCH_KNOWLEDGE: 'false',
  RATE_LIMIT: '100/30',
};

export async function startServer(env: Record<string, string>, port = 0): Promise<ServerProcess> {
  built ??= run(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT });
  await built;
  const child = spawn(process.execPath, ['dist/cli/start.js', '--port', String(port)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...PROCESS_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  running.add(child);
  void exited.then(() => running.delete(child));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 60 s.\nstdout: ${stdout}\nstderr: ${stderr}`)), 60_000);
    const check = () => {
      const match = /Trợ lý số đang chạy: (http:\/\/localhost:\d+) /u.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before it started.\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    child,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    logs: () =>
      stderr
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { msg?: string; level: number }),
  };
}

const running = new Set<ChildProcess>();

/** Kills whatever a test left running, by process group. */
export async function killAll(): Promise<void> {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}
