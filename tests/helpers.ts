import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { openKnowledgeIndex, type KnowledgeIndex, type OpenIndexOptions } from '../src/retrieval';

export const ROOT = resolve(__dirname, '..');
/** A frozen copy of the knowledge folder: tests of behaviour never read the live `knowledge/` that editors change. */
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const KNOWLEDGE_DIR = join(FIXTURES, 'knowledge');

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A temporary folder removed after the test file. */
export async function tempDir(prefix = 'tls-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** The real knowledge folder indexed into a temporary data folder. */
export async function realIndex(options: Partial<OpenIndexOptions> = {}): Promise<KnowledgeIndex> {
  return openKnowledgeIndex({ knowledgeDir: KNOWLEDGE_DIR, dataDir: await tempDir('tls-data-'), cwd: FIXTURES, ...options });
}
