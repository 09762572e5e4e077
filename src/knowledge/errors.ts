import { describeProblem, formatProblem } from './messages.vi';
import { makeProblem, type Problem, type ProblemCode, type ProblemInput, type Severity } from './problems';
import type { DocKind } from './schema';

/** A problem in one knowledge file, located precisely enough for an editor to fix it; its message is the catalog's. */
export class KnowledgeFileError extends Error implements Problem {
  override readonly name = 'KnowledgeFileError';
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly path: string;
  readonly line: number;
  readonly field?: string;
  readonly found?: string;
  readonly expected?: string[];
  readonly suggestion?: string;
  readonly kind?: DocKind;

  constructor(input: ProblemInput) {
    const problem = makeProblem(input);
    super(formatProblem(problem));
    this.code = problem.code;
    this.severity = problem.severity;
    this.path = problem.path;
    this.line = problem.line;
    this.field = problem.field;
    this.found = problem.found;
    this.expected = problem.expected;
    this.suggestion = problem.suggestion;
    this.kind = problem.kind;
  }

  /** The problem in words, without its location (for tables that show the file and line apart). */
  get problem(): string {
    return describeProblem(this);
  }

  /** The problem as plain data, for storing and logging. */
  toJSON(): Problem {
    return makeProblem({ code: this.code, severity: this.severity, path: this.path, line: this.line, field: this.field, found: this.found, expected: this.expected, suggestion: this.suggestion, kind: this.kind });
  }
}

/** Raised when a file cannot be used at all; carries every problem found in it (its warnings too). */
export class KnowledgeValidationError extends Error {
  override readonly name = 'KnowledgeValidationError';
  constructor(readonly problems: KnowledgeFileError[]) {
    super(problems.map((p) => p.message).join('\n'));
  }
}
