import { createHash } from 'node:crypto';
import { chunkSections } from './chunk';
import { KnowledgeFileError, KnowledgeValidationError } from './errors';
import { parseFrontMatter } from './frontmatter';
import { parseMarkdown } from './markdown';
import type { KnowledgeDoc } from './types';

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Parses and validates one knowledge file; throws KnowledgeValidationError listing every problem. */
export function parseKnowledgeFile(path: string, source: string): KnowledgeDoc {
  const { meta, body, bodyLine } = parseFrontMatter(path, source);
  const problems = checkTables(path, body, bodyLine);
  const parsed = parseMarkdown(body, bodyLine - 1);
  if (parsed.sections.length === 0) problems.push(new KnowledgeFileError(path, bodyLine, 'the file has no text after its front matter'));
  if (problems.length > 0) throw new KnowledgeValidationError(problems);
  const title = meta.title;
  return { path, hash: hashText(source), meta, title, sections: parsed.sections, chunks: chunkSections(path, title, meta, parsed.sections) };
}

const TABLE_LINE = /^\s*\|.*\|\s*$/u;
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/u;

/** Finds tables that markdown would silently turn into paragraphs or trim: missing separator rows, wrong cell counts. */
function checkTables(path: string, body: string, bodyLine: number): KnowledgeFileError[] {
  const problems: KnowledgeFileError[] = [];
  const lines = body.split(/\r?\n/u);
  let i = 0;
  while (i < lines.length) {
    if (!TABLE_LINE.test(lines[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < lines.length && TABLE_LINE.test(lines[i]!)) i++;
    const headerCells = cellCount(lines[start]!);
    if (!SEPARATOR.test(lines[start + 1] ?? '')) {
      problems.push(new KnowledgeFileError(path, bodyLine + start, 'table has no separator row: put a line like "| --- | --- |" (one --- per column) right under the header row', 'table'));
      continue;
    }
    for (let r = start + 2; r < i; r++) {
      const n = cellCount(lines[r]!);
      if (n !== headerCells) {
        problems.push(new KnowledgeFileError(path, bodyLine + r, `table row has ${n} cells but the header has ${headerCells}: every row needs one cell per column (escape a "|" inside a cell as "\\|")`, 'table'));
      }
    }
  }
  return problems;
}

function cellCount(line: string): number {
  const inner = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return inner.split(/(?<!\\)\|/u).length;
}
