import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { civilDate, isValidDate } from '../time';
import { KnowledgeFileError, KnowledgeValidationError } from './errors';
import { nearest } from './nearest';
import type { ProblemInput } from './problems';
import {
  DATE_FIELDS,
  DOC_KINDS,
  FOLDER_KINDS,
  KNOWN_TOPICS,
  allowedFields,
  kindsWithField,
  schemaForKind,
  type DocKind,
  type DocMeta,
} from './schema';

export interface FrontMatter {
  meta: DocMeta;
  /** Line (1-based) of the file where the markdown body starts. */
  bodyLine: number;
  body: string;
  /** Problems that do not stop the file being used (a topic that looks like a typo, a file in another kind's folder). */
  warnings: KnowledgeFileError[];
  /** Fields the file does not write that were filled in: kind from its folder, audience, updated from the file's date. */
  defaulted: string[];
}

export interface FrontMatterOptions {
  /** When the file last changed: a lesson's `updated` when it does not say. */
  modified?: Date;
}

const FENCE = /^---\s*$/u;

/** The kind a path's folder gives (the nearest of lessons/, plans/, alerts/ above the file), with that folder. */
export function kindFromPath(path: string): { kind: DocKind; folder: string } | undefined {
  const dirs = path.split(/[\\/]/u).slice(0, -1);
  for (let i = dirs.length - 1; i >= 0; i--) {
    const kind = FOLDER_KINDS[dirs[i]!];
    if (kind) return { kind, folder: `${dirs[i]}/` };
  }
  return undefined;
}

/** Splits, parses and validates the front matter; throws KnowledgeValidationError with every problem as data. */
export function parseFrontMatter(path: string, source: string, options: FrontMatterOptions = {}): FrontMatter {
  const lines = source.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  if (!FENCE.test(lines[0] ?? '')) {
    const heading = lines.map((l) => /^#\s+(.+?)\s*#*\s*$/u.exec(l)?.[1]).find(Boolean);
    throw fail({ code: 'no_front_matter', path, line: 1, suggestion: heading });
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) throw fail({ code: 'unclosed_front_matter', path, line: 1 });

  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter: counter, prettyErrors: false });
  const lineOf = (offset: number) => counter.linePos(offset).line + 1; // +1 for the opening fence
  // Later YAML errors are nearly always echoes of the first: one precise problem helps more than four.
  const yamlError = doc.errors[0];
  if (yamlError) throw fail({ code: 'yaml_syntax', path, line: lineOf(yamlError.pos[0]), found: yamlError.code });
  if (doc.contents !== null && !isMap(doc.contents)) throw fail({ code: 'not_a_map', path, line: 2 });

  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  const at = (field: string) => fieldLine(doc, field, lineOf) ?? 1;
  const warnings: KnowledgeFileError[] = [];
  const defaulted: string[] = [];

  const folder = kindFromPath(path);
  let kind: DocKind;
  if (raw.kind === undefined || raw.kind === null) {
    if (!folder) throw fail({ code: 'missing_kind', path, line: 1, field: 'kind', expected: [...DOC_KINDS] });
    kind = folder.kind;
    defaulted.push('kind');
  } else if (DOC_KINDS.includes(raw.kind as DocKind)) {
    kind = raw.kind as DocKind;
    if (folder && folder.kind !== kind && !(folder.kind === 'plan' && kind === 'letter')) {
      warnings.push(new KnowledgeFileError({ code: 'kind_folder_mismatch', path, line: at('kind'), field: 'kind', found: folder.folder, kind }));
    }
  } else {
    const found = String(raw.kind);
    throw fail({ code: 'bad_enum', path, line: at('kind'), field: 'kind', found, expected: [...DOC_KINDS], suggestion: nearest(found, DOC_KINDS) });
  }

  const allowed = allowedFields(kind);
  const problems: KnowledgeFileError[] = [];
  const known: Record<string, unknown> = { kind };
  for (const [field, value] of Object.entries(raw)) {
    if (field === 'kind') continue;
    if (allowed.includes(field)) {
      // "title:" with nothing after it is an empty field, not a missing one.
      known[field] = value === null ? '' : value;
      continue;
    }
    const elsewhere = kindsWithField(field);
    problems.push(
      new KnowledgeFileError(
        elsewhere.length > 0
          ? { code: 'field_not_for_kind', path, line: at(field), field, kind, found: elsewhere[0], expected: allowed, suggestion: folderOf(elsewhere[0]!) }
          : { code: 'unknown_field', path, line: at(field), field, kind, expected: allowed, suggestion: nearest(field, allowed) },
      ),
    );
  }

  const parsed = schemaForKind(kind).safeParse(known);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (seen.has(field)) continue;
      seen.add(field);
      problems.push(new KnowledgeFileError(issueProblem(issue, { path, field, kind, value: known[field], line: at(field), fromFolder: defaulted.includes('kind') })));
    }
  }
  if (problems.length > 0) throw new KnowledgeValidationError([...problems, ...warnings]);

  const meta = parsed.data as DocMeta;
  if (meta.kind === 'lesson') {
    if (raw.audience === undefined) defaulted.push('audience');
    if (meta.topic && !(KNOWN_TOPICS as readonly string[]).includes(meta.topic)) {
      const suggestion = nearest(meta.topic, KNOWN_TOPICS);
      if (suggestion) warnings.push(new KnowledgeFileError({ code: 'unknown_topic', path, line: at('topic'), field: 'topic', found: meta.topic, expected: [...KNOWN_TOPICS], suggestion }));
    }
    if (meta.updated === undefined && options.modified) {
      meta.updated = civilDate(options.modified);
      defaulted.push('updated');
    }
  }
  return { meta, bodyLine: end + 2, body: lines.slice(end + 1).join('\n'), warnings, defaulted };
}

const folderOf = (kind: DocKind) => Object.entries(FOLDER_KINDS).find(([, k]) => k === kind)?.[0].concat('/');

function fieldLine(doc: Document, field: string, lineOf: (offset: number) => number): number | undefined {
  if (!field || !isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === field);
  const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  return range ? lineOf(range[0]) : undefined;
}

/** A zod issue on one front matter field, as the problem an editor reads. */
function issueProblem(
  issue: z.core.$ZodIssue,
  at: { path: string; field: string; kind: DocKind; value: unknown; line: number; fromFolder: boolean },
): ProblemInput {
  const { path, field, kind, value, line } = at;
  const base = { path, line, field, kind };
  const found = Array.isArray(value) ? value.map(String).join(', ') : value === undefined ? undefined : String(value);
  if (value === undefined) {
    // A file in plans/ without the fields of an official document is most often a lesson in the wrong folder.
    const wrongFolder = at.fromFolder && kind === 'plan' && (field === 'issuer' || field === 'source');
    const values = issue.code === 'invalid_value' ? issue.values.map(String) : undefined;
    return { ...base, code: 'missing_field', line: 1, expected: values, suggestion: wrongFolder ? 'lessons/' : undefined };
  }
  if (field in DATE_FIELDS) return { ...base, code: 'bad_date', found, suggestion: guessDate(found ?? '', DATE_FIELDS[field as keyof typeof DATE_FIELDS]) };
  switch (issue.code) {
    case 'invalid_value': {
      const values = issue.values.map(String);
      return { ...base, code: 'bad_enum', found, expected: values, suggestion: found ? nearest(found, values) : undefined };
    }
    case 'too_small':
      return { ...base, code: 'empty_field' };
    case 'invalid_type':
      return found === '' ? { ...base, code: 'empty_field' } : { ...base, code: 'bad_type', found, expected: [issue.expected] };
    default:
      return { ...base, code: 'bad_value', found };
  }
}

/** "23/11/2026" → "2026-11-23" (day first, as Vietnamese write dates); undefined when it is no real date. */
function guessDate(text: string, form: (typeof DATE_FIELDS)[keyof typeof DATE_FIELDS]): string | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?$/u.exec(text.trim()) ?? undefined;
  const iso = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/u.exec(text.trim());
  const [y, mo, d] = m ? [Number(m[3]), Number(m[2]), Number(m[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [];
  if (y === undefined || !isValidDate(y, mo!, d!)) return undefined;
  const date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (form !== 'date-time') return date;
  const time = m?.[4] ? `${m[4].padStart(2, '0')}:${m[5]}` : '00:00';
  return `"${date} ${time}"`;
}

function fail(input: ProblemInput): KnowledgeValidationError {
  return new KnowledgeValidationError([new KnowledgeFileError(input)]);
}
