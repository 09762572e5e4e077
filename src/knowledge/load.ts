import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { hashText, parseKnowledgeFile } from './document';
import { KnowledgeFileError, KnowledgeValidationError } from './errors';
import type { KnowledgeDoc } from './types';

export interface KnowledgeFile {
  /** Path shown to users and editors: relative to the working directory when inside it. */
  path: string;
  absolutePath: string;
  source: string;
  hash: string;
  /** When the file last changed: a lesson's `updated` when its front matter does not say. */
  modified?: Date;
}

export interface LoadResult {
  docs: KnowledgeDoc[];
  /**
   * Every problem: those of failing files (a failing file with a previous good version keeps that version in `docs`),
   * and the warnings of the files in use.
   */
  problems: KnowledgeFileError[];
  /** Files with errors (warnings alone do not make a file fail). */
  failing: string[];
}

/**
 * Markdown files that are knowledge (the editors' guide and files starting with "_" are not). Other files (units.yaml,
 * contacts.yaml, the plans' records, a lexicon) are read by the modules that know them, never as documents.
 */
export async function listKnowledgeFiles(dir: string, cwd = process.cwd()): Promise<KnowledgeFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.name.startsWith('_') && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => relative(dir, p) !== 'README.md')
    .sort();
  return Promise.all(
    files.map(async (absolutePath) => {
      const [source, info] = await Promise.all([readFile(absolutePath, 'utf8'), stat(absolutePath)]);
      return { path: displayPath(absolutePath, cwd), absolutePath, source, hash: hashText(source), modified: info.mtime };
    }),
  );
}

export function displayPath(absolutePath: string, cwd = process.cwd()): string {
  const rel = relative(cwd, absolutePath);
  return rel.startsWith('..') ? absolutePath : rel.split(sep).join('/');
}

/**
 * Parses every file; reuses `previous` docs whose hash is unchanged (unless `reuseUnchanged` is false, as when the
 * parser itself changed), and keeps a previous good version of a file that now fails validation so a bad edit never
 * takes content away.
 */
export function parseKnowledgeFiles(
  files: KnowledgeFile[],
  previous: ReadonlyMap<string, KnowledgeDoc> = new Map(),
  reuseUnchanged = true,
): LoadResult {
  const docs: KnowledgeDoc[] = [];
  const problems: KnowledgeFileError[] = [];
  const failing: string[] = [];
  for (const file of files) {
    const known = previous.get(file.path);
    if (reuseUnchanged && known && known.hash === file.hash) {
      docs.push(known);
      problems.push(...(known.warnings ?? []).map((w) => new KnowledgeFileError(w)));
      continue;
    }
    try {
      const doc = parseKnowledgeFile(file.path, file.source, { modified: file.modified });
      docs.push(doc);
      problems.push(...(doc.warnings ?? []).map((w) => new KnowledgeFileError(w)));
    } catch (error) {
      failing.push(file.path);
      if (error instanceof KnowledgeValidationError) problems.push(...error.problems);
      else problems.push(new KnowledgeFileError({ code: 'unreadable', path: file.path, line: 1, found: (error as Error).message }));
      if (known) docs.push(known);
    }
  }
  return { docs, problems, failing };
}
