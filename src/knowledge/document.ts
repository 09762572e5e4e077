import { createHash } from 'node:crypto';
import { chunkSections } from './chunk';
import { KnowledgeFileError, KnowledgeValidationError } from './errors';
import { parseFrontMatter, type FrontMatterOptions } from './frontmatter';
import { parseTiming } from '../time';
import { parseMarkdown, type Section } from './markdown';
import type { KnowledgeDoc } from './types';

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Parses and validates one knowledge file; throws KnowledgeValidationError listing every problem (its warnings too).
 * A usable file carries its warnings.
 */
export function parseKnowledgeFile(path: string, source: string, options: FrontMatterOptions = {}): KnowledgeDoc {
  const { meta, body, bodyLine, warnings, defaulted } = parseFrontMatter(path, source, options);
  const problems = checkTables(path, body, bodyLine);
  const parsed = parseMarkdown(body, bodyLine - 1);
  if (parsed.sections.length === 0) problems.push(new KnowledgeFileError({ code: 'empty_body', path, line: bodyLine }));
  if (meta.kind === 'plan' || meta.kind === 'letter') problems.push(...checkTimings(path, parsed.sections));
  if (problems.length > 0) throw new KnowledgeValidationError([...problems, ...warnings]);
  const title = meta.title;
  return {
    path,
    hash: hashText(source),
    meta,
    title,
    sections: parsed.sections,
    chunks: chunkSections(path, title, meta, parsed.sections),
    warnings: warnings.map((w) => w.toJSON()),
    defaulted,
  };
}

const TIMING_FIELD = /^(Thời gian thực hiện|Thời gian|Thời hạn)\s*:\s*(.*)$/u;

/** Task timings officials rely on: each must be a time the deadline engine can read. */
function checkTimings(path: string, sections: Section[]): KnowledgeFileError[] {
  const problems: KnowledgeFileError[] = [];
  const check = (field: string, value: string, line: number) => {
    const text = value.trim();
    if (text && !parseTiming(text)) {
      problems.push(new KnowledgeFileError({ code: 'bad_timing', path, line, field, found: text }));
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
      const separator = `|${' --- |'.repeat(headerCells)}`;
      problems.push(new KnowledgeFileError({ code: 'table_no_separator', path, line: bodyLine + start, field: 'table', suggestion: separator }));
      continue;
    }
    for (let r = start + 2; r < i; r++) {
      const n = cellCount(lines[r]!);
      if (n !== headerCells) {
        problems.push(new KnowledgeFileError({ code: 'table_cells', path, line: bodyLine + r, field: 'table', found: String(n), expected: [String(headerCells)] }));
      }
    }
  }
  return problems;
}

function cellCount(line: string): number {
  const inner = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return inner.split(/(?<!\\)\|/u).length;
}
