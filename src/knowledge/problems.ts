import type { DocKind } from './schema';

/**
 * Every problem an editor can be told about, as a closed set of codes. The wording of each lives in `messages.vi.ts`;
 * code, tests and logs deal in these codes and the fields of `Problem`, never in sentences.
 */
export const PROBLEM_SEVERITY = {
  // the file as a whole
  no_front_matter: 'error',
  unclosed_front_matter: 'error',
  yaml_syntax: 'error',
  not_a_map: 'error',
  unreadable: 'error',
  empty_body: 'error',
  // fields (front matter, units.yaml, extracted records, contacts.yaml)
  missing_kind: 'error',
  missing_field: 'error',
  unknown_field: 'error',
  field_not_for_kind: 'error',
  bad_enum: 'error',
  bad_date: 'error',
  bad_type: 'error',
  empty_field: 'error',
  bad_value: 'error',
  duplicate_id: 'error',
  unknown_ref: 'error',
  kind_folder_mismatch: 'warning',
  unknown_topic: 'warning',
  // markdown body
  table_no_separator: 'error',
  table_cells: 'error',
  bad_timing: 'error',
  // content check of lessons
  no_variants: 'warning',
  few_variants: 'warning',
  declined_variant: 'warning',
  no_sources: 'warning',
  unlisted_phone: 'warning',
  unlisted_web: 'warning',
  unconfirmed_contact: 'warning',
  stale_updated: 'warning',
  // contacts.yaml
  missing_contacts: 'warning',
  bad_phone: 'error',
  bad_web: 'error',
  domain_too_broad: 'error',
  duplicate_contact: 'warning',
  // officials' data
  unknown_unit: 'warning',
  record_conflict: 'warning',
  records_outdated: 'warning',
} as const satisfies Record<string, Severity>;

export type Severity = 'error' | 'warning';
export type ProblemCode = keyof typeof PROBLEM_SEVERITY;
export const PROBLEM_CODES = Object.keys(PROBLEM_SEVERITY) as ProblemCode[];

/** One problem in one file, as data: where, which field, what was found, what is allowed, what to write instead. */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** The file as shown to editors (relative to the working directory when inside it). */
  path: string;
  /** 1-based line of the file. */
  line: number;
  /** The field (front matter key, record path such as `tasks.3.lead`, table column or timing label). */
  field?: string;
  /** What the file says, as written (a value, a phone number, a heading, a count). */
  found?: string;
  /** What is allowed: the closed list of values or fields, or the one expected value (a count, an age in days). */
  expected?: string[];
  /** What to write instead, when it can be told (the nearest known value, a corrected date, a folder). */
  suggestion?: string;
  /** The kind of document the problem is in, when it matters to the wording. */
  kind?: DocKind;
}

/** A problem to build; the severity defaults to the code's. */
export type ProblemInput = Omit<Problem, 'severity'> & { severity?: Severity };

export function makeProblem(input: ProblemInput): Problem {
  const problem: Problem = { ...input, severity: input.severity ?? PROBLEM_SEVERITY[input.code] };
  for (const key of Object.keys(problem) as (keyof Problem)[]) if (problem[key] === undefined) delete problem[key];
  return problem;
}

export const isError = (p: Pick<Problem, 'severity'>) => p.severity === 'error';
