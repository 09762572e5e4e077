import { NOTICES, isError, type KnowledgeFileError } from '../knowledge';
import type { OfficialsData } from '../officials';
import type { KnowledgeIndex } from '../retrieval';
import { officialsProblems } from './knowledge-check';

export interface ProblemLogLine {
  level: 'warn' | 'info';
  /** The log line's message, in Vietnamese. */
  message: string;
  /** Structured fields beside it: the file, and for a problem its line, code, field and severity. */
  fields: { file?: string; line?: number; code?: string; field?: string; severity?: string };
}

export interface ProblemsReport {
  logLines: ProblemLogLine[];
  /** What to tell the admins' chat, when something newly broke, needs a look, or was fixed. */
  adminText?: string;
}

/** What the knowledge's health is before a reload: failing files and every problem's message. */
export interface KnowledgeHealth {
  failing: Set<string>;
  problems: Set<string>;
}

/** Every problem the knowledge and the officials' data report now, as editors read them. */
export function currentProblems(index: Pick<KnowledgeIndex, 'problems'>, officials: OfficialsData): KnowledgeFileError[] {
  return [...index.problems, ...officialsProblems(officials)];
}

export function knowledgeHealth(index: Pick<KnowledgeIndex, 'failing' | 'problems'>, officials: OfficialsData): KnowledgeHealth {
  return { failing: new Set(index.failing), problems: new Set(currentProblems(index, officials).map((p) => p.message)) };
}

/**
 * What changed in the knowledge's health after a reload: problems not seen before (errors: the last good version of
 * the file keeps serving; warnings: the file serves but wants a look), and files that were failing and are fixed.
 */
export function knowledgeProblemsReport(before: KnowledgeHealth, index: KnowledgeIndex, officials: OfficialsData): ProblemsReport {
  const failing = new Set(index.failing);
  const fixed = [...before.failing].filter((f) => !failing.has(f));
  const fresh = currentProblems(index, officials).filter((p) => !before.problems.has(p.message));
  const errors = fresh.filter(isError);
  const warnings = fresh.filter((p) => !isError(p));
  const fields = (p: KnowledgeFileError) => ({ file: p.path, line: p.line, code: p.code, field: p.field, severity: p.severity });
  const logLines: ProblemLogLine[] = [
    ...errors.map((p) => ({ level: 'warn' as const, message: `${p.message} (${NOTICES.stillServing})`, fields: fields(p) })),
    ...warnings.map((p) => ({ level: 'warn' as const, message: p.message, fields: fields(p) })),
    ...fixed.map((f) => ({ level: 'info' as const, message: NOTICES.fixed(f), fields: { file: f } })),
    { level: 'info', message: NOTICES.reloaded({ passages: index.chunks.length, files: index.docs.length, failing: failing.size }), fields: {} },
  ];
  const lines = [
    ...(errors.length > 0 ? [NOTICES.adminBroken, ...errors.map((p) => `• ${p.message}`)] : []),
    ...(warnings.length > 0 ? [NOTICES.adminWarnings, ...warnings.map((p) => `• ${p.message}`)] : []),
    ...(fixed.length > 0 ? [NOTICES.adminFixed, ...fixed.map((f) => `• ${f}`)] : []),
  ];
  return { logLines, adminText: lines.length > 0 ? lines.join('\n') : undefined };
}
