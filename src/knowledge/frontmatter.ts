import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { KnowledgeFileError, KnowledgeValidationError } from './errors';
import { DOC_KINDS, FIELD_RULES, allowedFields, schemaForKind, type DocKind, type DocMeta } from './schema';

export interface FrontMatter {
  meta: DocMeta;
  /** Line (1-based) of the file where the markdown body starts. */
  bodyLine: number;
  body: string;
}

const FENCE = /^---\s*$/u;

/** Splits, parses and validates the front matter; throws KnowledgeValidationError naming path:line and field. */
export function parseFrontMatter(path: string, source: string): FrontMatter {
  const lines = source.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  if (!FENCE.test(lines[0] ?? '')) {
    throw fail(path, 1, 'the file must start with front matter: a line "---", the fields (title, kind, …), then "---"');
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) throw fail(path, 1, 'front matter opened with "---" on line 1 is never closed: add a line "---" after the last field');

  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const lineOf = (offset: number) => counter.linePos(offset).line + 1; // +1 for the opening fence
  if (doc.errors.length > 0) {
    throw new KnowledgeValidationError(
      doc.errors.map((e) => new KnowledgeFileError(path, lineOf(e.pos[0]), `front matter is not valid YAML: ${e.message.split('\n')[0]}`)),
    );
  }
  if (!isMap(doc.contents)) throw fail(path, 2, 'front matter must be a list of "field: value" lines');

  const raw = doc.toJS() as Record<string, unknown>;
  const kind = raw.kind;
  if (!DOC_KINDS.includes(kind as DocKind)) {
    const where = fieldLine(doc, 'kind', lineOf) ?? 2;
    const got = kind === undefined ? 'nothing' : `'${String(kind)}'`;
    throw fail(path, where, `front matter \`kind\` must be one of ${DOC_KINDS.join(', ')}; got ${got}`, 'kind');
  }
  const parsed = schemaForKind(kind as DocKind).safeParse(raw);
  if (!parsed.success) {
    throw new KnowledgeValidationError(
      parsed.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : ''));
        const line = fieldLine(doc, field, lineOf) ?? 1;
        return new KnowledgeFileError(path, line, describeIssue(issue, raw, kind as DocKind), field || undefined);
      }),
    );
  }
  return { meta: parsed.data as DocMeta, bodyLine: end + 2, body: lines.slice(end + 1).join('\n') };
}

function fieldLine(doc: Document, field: string, lineOf: (offset: number) => number): number | undefined {
  if (!field || !isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === field);
  const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  return range ? lineOf(range[0]) : undefined;
}

function describeIssue(issue: z.core.$ZodIssue, raw: Record<string, unknown>, kind: DocKind): string {
  const field = String(issue.path[0] ?? '');
  const name = `front matter \`${field}\``;
  const value = raw[field];
  const got = value === undefined ? 'nothing' : `'${Array.isArray(value) ? value.join(', ') : String(value)}'`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `front matter has unknown field ${issue.keys.map((k) => `\`${k}\``).join(', ')}; a ${kind} allows: ${allowedFields(kind).join(', ')}`;
    case 'invalid_value':
      if (value === undefined) return `${name} is required: one of ${issue.values.map(String).join(', ')}`;
      return `${name} must be one of ${issue.values.map(String).join(', ')}; got ${got}`;
    case 'invalid_type':
      if (value === undefined) return `${name} is required (${FIELD_RULES[field] ?? `${issue.expected}`})`;
      return `${name} must be ${FIELD_RULES[field] ?? issue.expected}; got ${got}`;
    case 'too_small':
      return `${name} must not be empty`;
    default:
      return `${name} must be ${FIELD_RULES[field] ?? 'valid'}; got ${got}`;
  }
}

function fail(path: string, line: number, problem: string, field?: string): KnowledgeValidationError {
  return new KnowledgeValidationError([new KnowledgeFileError(path, line, problem, field)]);
}
