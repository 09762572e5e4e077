import { join, relative, resolve, sep } from 'node:path';
import { KnowledgeFileError, KnowledgeValidationError, displayPath, hashText, type KnowledgeDoc } from '../knowledge';
import { extractPlan } from './extract/index';
import { readOutline, type Outline } from './draft/outline';
import { extractedPathFor, syncExtractedFile } from './extracted-files';
import type { DeadlineRecord, PlanRef, TaskRecord } from './records';
import { loadRoster, Roster } from './roster';

export interface PlanData {
  plan: PlanRef;
  tasks: TaskRecord[];
  deadlines: DeadlineRecord[];
  /** The report outline ("Đề cương") the plan carries, for draft reports. */
  outline?: Outline;
}

/** Everything officials' questions are answered from: the unit roster and each plan's reviewed records. */
export interface OfficialsData {
  roster: Roster;
  plans: PlanData[];
  problems: KnowledgeFileError[];
  /** Hand-corrected records whose source paragraph changed since: for an editor to review. */
  conflicts: { file: string; id: string }[];
  unknownUnits: { file: string; line: number; name: string }[];
  /** Extraction files rewritten by this load, with the hash of what was written (the watcher ignores them). */
  written: { path: string; absolutePath: string; hash: string }[];
}

export const ROSTER_FILE = 'units.yaml';

/**
 * Loads the roster and brings every plan's `.extracted.yaml` up to date with its plan, keeping editors' corrections.
 * A broken roster keeps `previous.roster` (or an empty one) and is reported, like a broken knowledge file.
 */
export async function loadOfficialsData(options: {
  knowledgeDir: string;
  docs: readonly KnowledgeDoc[];
  previous?: OfficialsData;
  cwd?: string;
  /** Read and check only: no extraction file is written (written then lists what would be). */
  dryRun?: boolean;
}): Promise<OfficialsData> {
  const problems: KnowledgeFileError[] = [];
  const rosterPath = join(options.knowledgeDir, ROSTER_FILE);
  let roster: Roster;
  try {
    roster = await loadRoster(rosterPath, displayPath(rosterPath, options.cwd));
  } catch (error) {
    if (error instanceof KnowledgeValidationError) problems.push(...error.problems);
    else if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    roster = options.previous?.roster ?? new Roster([], []);
  }
  const plans: PlanData[] = [];
  const conflicts: OfficialsData['conflicts'] = [];
  const unknownUnits: OfficialsData['unknownUnits'] = [];
  const written: OfficialsData['written'] = [];
  for (const doc of options.docs) {
    if (doc.meta.kind !== 'plan' && doc.meta.kind !== 'letter') continue;
    // A doc's path is shown relative to the working directory (or absolute outside it).
    const absolute = resolve(options.cwd ?? process.cwd(), doc.path);
    const extraction = extractPlan(doc, roster, relative(options.knowledgeDir, absolute).split(sep).join('/'));
    const file = extractedPathFor(absolute);
    const shown = displayPath(file, options.cwd);
    const result = await syncExtractedFile(file, shown, extraction, options.dryRun);
    problems.push(...result.problems);
    conflicts.push(...result.conflicts.map((id) => ({ file: shown, id })));
    unknownUnits.push(...extraction.unknownUnits.map((u) => ({ file: doc.path, ...u })));
    if (result.written && result.text !== undefined) written.push({ path: shown, absolutePath: file, hash: hashText(result.text) });
    plans.push({ plan: { ...result.file.plan, path: doc.path }, tasks: result.file.tasks, deadlines: result.file.deadlines, outline: readOutline(doc) });
  }
  return { roster, plans, problems, conflicts, unknownUnits, written };
}
