import type { KnowledgeDoc } from '../../knowledge';
import type { DeadlineRecord, ExtractedFile, PlanInfo, TaskRecord } from '../records';
import type { Roster } from '../roster';
import { createContext, type ExtractionContext } from './context';
import { collectDeadlines } from './deadlines';
import { inheritReportTiming } from './inherit';
import { issuerTasks } from './issuer';
import { procedureSteps } from './procedures';
import { hash, sectionRef, withoutClosing } from './sections';
import { SectionReader } from './tasks';
import { headingUnits } from './units';

export { statusOf } from './tasks';
export { SUSPECT_YEAR } from './deadlines';

export interface Extraction extends ExtractedFile {
  /** Unit names the roster does not know, with where they appear, for the editor to add. */
  unknownUnits: { name: string; line: number }[];
}

/**
 * The checksum of a record's fields, as written into its `checksum`. A field at its default (`kind: task`) is left
 * out, so records written before the field existed still read as generated, not as an editor's correction.
 */
export function recordChecksum(record: TaskRecord | DeadlineRecord): string {
  const { checksum: _checksum, note: _note, ...fields } = record;
  if ('kind' in fields && fields.kind === 'task') delete (fields as Partial<TaskRecord>).kind;
  return hash(fields);
}

/** Tasks and deadlines of one plan or letter, with units resolved against the roster. */
export function extractPlan(doc: KnowledgeDoc, roster: Roster, file: string): Extraction {
  const context = createContext(doc, roster, file);
  const bodies = doc.sections.map((section) => ({ section: withoutClosing(section), ref: sectionRef(section) }));
  for (const { section, ref } of bodies) {
    const assigned = headingUnits(context, section);
    new SectionReader(context, section, ref, assigned).read();
    collectDeadlines(context, section, ref, assigned.kind === 'task' ? assigned.ids : []);
    if (assigned.ids.length === 0 && section.headings.length > 0) procedureSteps(context, section, ref);
  }
  issuerTasks(context, bodies);
  inheritReportTiming(context);
  for (const t of context.tasks) t.checksum = recordChecksum(t);
  for (const d of context.deadlines) d.checksum = recordChecksum(d);
  return { plan: planInfo(context), tasks: context.tasks, deadlines: context.deadlines, unknownUnits: context.unknownUnits };
}

function planInfo(context: ExtractionContext): PlanInfo {
  const { meta } = context;
  return {
    file: context.file,
    title: meta.title,
    kind: meta.kind,
    issuer: meta.issuer,
    number: meta.number,
    date: meta.date,
    province: context.province,
    issuer_id: context.issuerId,
    issued_after: context.issuedAfter,
  };
}
