import { createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the generated secret is kept when ID_SECRET is not set. */
export const ID_SECRET_FILE = 'id-secret';

/**
 * The server secret that chat and user ids are hashed with: ID_SECRET, else the one generated on first start and
 * kept in DATA_DIR (readable by this user only). Processes on other machines must share it: set ID_SECRET there.
 */
export async function resolveIdSecret(options: { idSecret?: string; dataDir: string }): Promise<{ secret: string; generated: boolean }> {
  if (options.idSecret) return { secret: options.idSecret, generated: false };
  const file = join(options.dataDir, ID_SECRET_FILE);
  try {
    return { secret: (await readFile(file, 'utf8')).trim(), generated: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(options.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return { secret, generated: true };
  } catch (error) {
    // Another process started at the same moment and wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { secret: (await readFile(file, 'utf8')).trim(), generated: false };
    throw error;
  }
}

/** HMAC-SHA256 of "channel:id" under the server secret, 128 bits in hex: stable per person, not reversible without the secret. */
export function idHasher(secret: string): (channel: string, id: string) => string {
  return (channel, id) => createHmac('sha256', secret).update(`${channel}:${id}`).digest('hex').slice(0, 32);
}
