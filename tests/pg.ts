import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './app/process-harness';

/**
 * A PostgreSQL server for the tests: TEST_DATABASE_URL when set (CI starts one), else a throwaway cluster made with
 * initdb and pg_ctl on 127.0.0.1 in a temporary folder (as the `postgres` user when running as root, since initdb
 * refuses root). Each caller gets its own fresh database. When neither is possible, `why` says what to install.
 */
const run = promisify(execFile);
const INSTALL = 'install PostgreSQL 15+ server binaries (Debian: apt-get install postgresql) or set TEST_DATABASE_URL=postgres://…';

export type Postgres = { url: (database: string) => string; stop: () => Promise<void> } | { why: string };

function findBin(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/local/bin'];
  if (existsSync('/usr/lib/postgresql')) for (const v of readdirSync('/usr/lib/postgresql').sort().reverse()) dirs.push(`/usr/lib/postgresql/${v}/bin`);
  return dirs.map((d) => join(d, name)).find((p) => existsSync(p));
}

async function startCluster(): Promise<Postgres> {
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  if (!initdb || !pgCtl) return { why: `no initdb/pg_ctl found: ${INSTALL}` };
  const root = userInfo().uid === 0;
  let owner: { uid: number; gid: number } | undefined;
  if (root) {
    try {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      owner = { uid: Number(stdout.trim()), gid: Number(gid.trim()) };
    } catch {
      return { why: `running as root and there is no "postgres" user to run initdb as: ${INSTALL}` };
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'tls-pg-'));
  if (owner) await chown(dir, owner.uid, owner.gid);
  const as = (bin: string, args: string[]) => (owner ? run('runuser', ['-u', 'postgres', '--', bin, ...args]) : run(bin, args));
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    await as(initdb, ['-D', data, '-U', 'tls', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    await as(pgCtl, ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    return { why: `could not start a throwaway PostgreSQL (${(error as Error).message.split('\n')[0]}): ${INSTALL}` };
  }
  return {
    url: (database) => `postgres://tls@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await as(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

let server: Promise<Postgres> | undefined;

/** The server for this test process, started on first use. */
export function postgresServer(): Promise<Postgres> {
  server ??= process.env.TEST_DATABASE_URL
    ? Promise.resolve({
        url: (database: string) => {
          const u = new URL(process.env.TEST_DATABASE_URL!);
          u.pathname = `/${database}`;
          return u.toString();
        },
        stop: async () => {},
      })
    : startCluster();
  return server;
}

/** A fresh, empty database on the test server; `drop` removes it. */
export async function freshDatabase(server: Exclude<Postgres, { why: string }>, prefix = 'tls_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: server.url(name),
    drop: async () => {
      const client = new pg.Client({ connectionString: server.url('postgres') });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
