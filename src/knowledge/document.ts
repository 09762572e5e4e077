import { createHash } from 'node:crypto';
import { chunkSections } from './chunk';
import { KnowledgeFileError, KnowledgeValidationError } from './errors';
import { parseFrontMatter } from './frontmatter';
import { parseTiming } from '../time';
import { parseMarkdown, type Section } from './markdown';
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
  if (meta.kind === 'plan' || meta.kind === 'letter') problems.push(...checkTimings(path, parsed.sections));
  if (problems.length > 0) throw new KnowledgeValidationError(problems);
  const title = meta.title;
  return { path, hash: hashText(source), meta, title, sections: parsed.sections, chunks: chunkSections(path, title, meta, parsed.sections) };
}

const TIMING_FIELD = /^(Thời gian thực hiện|Thời gian|Thời hạn)\s*:\s*(.*)$/u;
export const TIMING_EXAMPLES = '"Từ tháng 6/2026", "trước ngày 15/6/2026", "Quý I/2026", "trước ngày 05/12 hằng năm", "trước ngày 15 của tháng cuối quý", "tối thiểu 01 lần/tháng" or "Thường xuyên"';

/** Task timings officials rely on: each must be a time the deadline engine can read. */
function checkTimings(path: string, sections: Section[]): KnowledgeFileError[] {
  const problems: KnowledgeFileError[] = [];
  const check = (field: string, value: string, line: number) => {
    const text = value.trim();
    if (text && !parseTiming(text)) {
      problems.push(new KnowledgeFileError(path, line, `\`${field}\` '${text}' is not a time the bot can read; write it like ${TIMING_EXAMPLES}`, field));
    }
  };
  for (const section of sections) {
    for (const block of section.blocks) {
      if (block.type === 'list') {
        for (const part of block.parts) {
          const m = TIMING_FIELD.exec(part.text.trim());
          if (m) check(m[1]!, m[2]!, part.line);
        }
      } else if (block.type === 'table') {
        const column = block.header.findIndex((h) => /^(Thời gian|Thời hạn)/iu.test(h));
        if (column >= 0) for (const row of block.rows) check(block.header[column]!, row.cells[column] ?? '', row.line);
      }
    }
  }
  return problems;
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
