import { join } from 'node:path';
import { PostgresStore } from './postgres';
import { SqliteStore } from './sqlite';
import type { Store } from './types';

/** The SQLite file in DATA_DIR when no DATABASE_URL is set. */
export const DATABASE_FILE = 'tro-ly-so.db';

/** PostgreSQL when `databaseUrl` is set (postgres://…), else SQLite in `dataDir`. */
export async function openStore(options: { databaseUrl?: string; dataDir: string }): Promise<Store> {
  if (options.databaseUrl) return PostgresStore.connect(options.databaseUrl);
  return new SqliteStore(join(options.dataDir, DATABASE_FILE));
}
