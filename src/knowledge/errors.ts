/** A problem in one knowledge file, located precisely enough for an editor to fix it. */
export class KnowledgeFileError extends Error {
  override readonly name = 'KnowledgeFileError';
  constructor(
    readonly path: string,
    readonly line: number,
    readonly problem: string,
    readonly field?: string,
  ) {
    super(`${path}:${line}: ${problem}`);
  }
}

/** Raised when a file cannot be used at all; carries every problem found in it. */
export class KnowledgeValidationError extends Error {
  override readonly name = 'KnowledgeValidationError';
  constructor(readonly problems: KnowledgeFileError[]) {
    super(problems.map((p) => p.message).join('\n'));
  }
}
