import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openKnowledgeIndex, type KnowledgeIndex } from '../../src/retrieval';
import { KNOWLEDGE_DIR, tempDir } from '../helpers';

export const ERROR_LESSON = join(__dirname, 'fixtures/vneid-dvc-thong-bao-loi.md');
export const ERROR_LESSON_PATH = 'knowledge/lessons/vneid-dvc-thong-bao-loi.md';

/** The frozen fixture knowledge (with its contacts.yaml) plus the screenshot lesson, in a temporary folder. */
export async function mediaKnowledge(): Promise<{ dir: string; index: KnowledgeIndex }> {
  const root = await tempDir('tls-media-');
  const dir = join(root, 'knowledge');
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  await cp(ERROR_LESSON, join(dir, 'lessons/vneid-dvc-thong-bao-loi.md'));
  const index = await openKnowledgeIndex({ knowledgeDir: dir, dataDir: join(root, 'data'), cwd: root });
  return { dir, index };
}

export interface ErrorMessage {
  /** The section heading the answer must come from. */
  section: string;
  /** The message as the app shows it, quoted in the heading. */
  message: string;
}

/** The error messages of the screenshot lesson: every section whose heading quotes what the app says. */
export async function errorMessages(): Promise<ErrorMessage[]> {
  const text = await readFile(ERROR_LESSON, 'utf8');
  return [...text.matchAll(/^## (.*"(.+)".*)$/gmu)].map((m) => ({ section: m[1]!, message: m[2]! }));
}
