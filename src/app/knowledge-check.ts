import { KnowledgeFileError, checkLessons, displayPath, isError, listKnowledgeFiles, loadContacts, parseKnowledgeFiles, type KnowledgeDoc } from '../knowledge';
import { basename, join } from 'node:path';
import { LEXICON_FILE, analyse, loadLexicon, type Lexicon } from '../understanding';
import { scopeCheck } from '../safety';
import { ROSTER_FILE, loadOfficialsData, type OfficialsData } from '../officials';

/** The officials' data's own reports (unknown unit names, records to review, records behind their plan) as problems. */
export function officialsProblems(data: OfficialsData, options: { dryRun?: boolean } = {}): KnowledgeFileError[] {
  // With the roster broken every unit is unknown: those warnings would only echo the roster's errors.
  const rosterBroken = data.problems.some((p) => basename(p.path) === ROSTER_FILE);
  return [
    ...data.problems,
    ...(rosterBroken ? [] : data.unknownUnits.map((u) => new KnowledgeFileError({ code: 'unknown_unit', path: u.file, line: u.line, found: u.name }))),
    ...data.conflicts.map((c) => new KnowledgeFileError({ code: 'record_conflict', path: c.file, line: 1, found: c.id })),
    ...(options.dryRun ? data.written.map((w) => new KnowledgeFileError({ code: 'records_outdated', path: w.path, line: 1 })) : []),
  ];
}

/**
 * The content checks that need more than one file: lessons against contacts.yaml and today's date, and (given the
 * lexicon) their headings and question variants against the scope rules.
 */
export async function lessonProblems(
  knowledgeDir: string,
  docs: readonly KnowledgeDoc[],
  options: { now: Date; maxAgeDays: number; cwd?: string; lexicon?: Lexicon },
): Promise<KnowledgeFileError[]> {
  const { contacts, problems } = await loadContacts(knowledgeDir, options.cwd);
  return [...problems, ...checkLessons(docs, { contacts, now: options.now, maxAgeDays: options.maxAgeDays }), ...(options.lexicon ? declinedVariants(docs, options.lexicon) : [])];
}

/** A lesson's heading or question variant the scope rules would decline: people asking it that way never reach it. */
export function declinedVariants(docs: readonly KnowledgeDoc[], lexicon: Lexicon): KnowledgeFileError[] {
  const problems: KnowledgeFileError[] = [];
  const scope = scopeCheck(lexicon);
  for (const doc of docs) {
    if (doc.meta.kind !== 'lesson') continue;
    for (const section of doc.sections) {
      const heading = section.headings.at(-1);
      if (heading === undefined) continue;
      const asked = [{ text: heading, line: section.line }, ...section.variants.map((text, i) => ({ text, line: section.variantsLine === undefined ? section.line : section.variantsLine + 1 + i }))];
      for (const { text, line } of asked) {
        const reason = scope.outOfScopeReason(analyse(text, lexicon));
        if (reason) problems.push(new KnowledgeFileError({ code: 'declined_variant', path: doc.path, line, field: heading, found: text, expected: [reason] }));
      }
    }
  }
  return problems;
}

/** Warnings first, then errors (closest to the summary line), each by file and line. */
export function sortProblems(problems: readonly KnowledgeFileError[]): KnowledgeFileError[] {
  const rank = (p: KnowledgeFileError) => (isError(p) ? 1 : 0);
  return [...problems].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path) || a.line - b.line);
}

export function countProblems(problems: readonly KnowledgeFileError[]): { errors: number; warnings: number; failingFiles: number } {
  const errors = problems.filter(isError);
  return { errors: errors.length, warnings: problems.length - errors.length, failingFiles: new Set(errors.map((p) => p.path)).size };
}

export interface CheckResult {
  files: number;
  extracted: number;
  problems: KnowledgeFileError[];
}

/** Everything `npm run ingest -- --check` checks, without writing anything. */
export async function checkKnowledge(options: { knowledgeDir: string; now: Date; maxAgeDays: number; cwd?: string }): Promise<CheckResult> {
  const files = await listKnowledgeFiles(options.knowledgeDir, options.cwd);
  const result = parseKnowledgeFiles(files);
  const officials = await loadOfficialsData({ knowledgeDir: options.knowledgeDir, docs: result.docs, dryRun: true, cwd: options.cwd });
  const lexiconPath = join(options.knowledgeDir, LEXICON_FILE);
  const lexicon = await loadLexicon(lexiconPath, displayPath(lexiconPath, options.cwd));
  const problems = [
    ...result.problems,
    ...(lexicon?.problems ?? []),
    ...officialsProblems(officials, { dryRun: true }),
    ...(await lessonProblems(options.knowledgeDir, result.docs, { ...options, lexicon: lexicon?.problems.length ? undefined : lexicon?.lexicon })),
  ];
  return { files: files.length, extracted: officials.plans.length, problems: sortProblems(problems) };
}
