import { join } from 'node:path';
import { afterAll } from 'vitest';
import { PostgresStore, SqliteStore, type Store } from '../../src/store';
import { tempDir } from '../helpers';
import { freshDatabase, postgresServer } from '../pg';

/** A store engine the contract tests run against: where a fresh database is, and how to open it. */
export interface Engine {
  name: 'sqlite' | 'postgres';
  /** Why the engine's tests are skipped on this machine, if they are. */
  skip?: string;
  /** A new, empty database: a file path (SQLite) or a URL (PostgreSQL). */
  fresh(): Promise<string>;
  open(location: string): Promise<Store>;
}

/**
 * SQLite always; PostgreSQL from TEST_DATABASE_URL or a throwaway local cluster, or skipped with the reason printed.
 * Call at the top level of a test file: the cluster and its databases are removed after the file.
 */
export async function storeEngines(): Promise<Engine[]> {
  const sqlite: Engine = { name: 'sqlite', fresh: async () => join(await tempDir('tls-store-'), 'nested', 'tro-ly-so.db'), open: async (file) => new SqliteStore(file) };
  const server = await postgresServer();
  if ('why' in server) {
    process.stderr.write(`PostgreSQL store tests skipped: ${server.why}\n`);
    return [sqlite, { name: 'postgres', skip: server.why, fresh: async () => '', open: async () => Promise.reject(new Error(server.why)) }];
  }
  const databases: { drop(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const d of databases.splice(0)) await d.drop().catch(() => {});
    await server.stop();
  });
  const postgres: Engine = {
    name: 'postgres',
    fresh: async () => {
      const db = await freshDatabase(server);
      databases.push(db);
      return db.url;
    },
    open: (url) => PostgresStore.connect(url, { max: 4 }),
  };
  return [sqlite, postgres];
}
