import { z } from 'zod';
import { scheduleSchema } from '../time';

export const TASK_STATUSES = ['done', 'in_progress', 'not_started', 'unknown'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const DEADLINE_KINDS = ['report', 'event', 'campaign', 'milestone'] as const;

/**
 * "task": work the document assigns. "proposal": what a report asks of the unit it is sent to ("Đề nghị Sở KH&CN: …"
 * in a report upward): shown to that unit as a proposal, never as a task it leads.
 */
export const TASK_KINDS = ['task', 'proposal'] as const;

/** Fields every extracted record carries so a hand correction can be told from a generated value. */
const provenance = {
  section: z.string(),
  line: z.number().int().min(1),
  /** Hash of the source paragraph the record came from; a change means the plan text changed. */
  source_hash: z.string(),
  /** Hash of the record as generated. When the fields no longer match it, an editor changed them: keep the edit. */
  checksum: z.string(),
  note: z.string().optional(),
};

export const taskRecordSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(TASK_KINDS).default('task'),
  text: z.string().min(1),
  details: z.array(z.string()).default([]),
  lead: z.array(z.string()).default([]),
  lead_ids: z.array(z.string()).default([]),
  support: z.array(z.string()).default([]),
  support_ids: z.array(z.string()).default([]),
  /** Whom the task's result goes to ("báo cáo … về Sở KH&CN"): that unit is never given the task through a group. */
  to: z.string().optional(),
  to_id: z.string().optional(),
  /** For a proposal: the units it is addressed to. */
  addressed: z.array(z.string()).optional(),
  addressed_ids: z.array(z.string()).optional(),
  timing: z.string().optional(),
  schedule: scheduleSchema.optional(),
  result: z.string().optional(),
  /** For a task that recurs (a yearly event): the year the reported result covers; later years start afresh. */
  result_year: z.number().int().optional(),
  status: z.enum(TASK_STATUSES).default('unknown'),
  ...provenance,
});

/**
 * A date in a document that is almost certainly a typo ("trước ngày 20/01/2025" in a letter written after
 * 23/12/2025). Answers show the date as written and say it is being checked until an editor sets `confirmed: true`;
 * from then on they use `date`.
 */
export const correctionSchema = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  reason: z.string(),
  confirmed: z.boolean().default(false),
});

export const deadlineRecordSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(DEADLINE_KINDS),
  title: z.string().min(1),
  text: z.string().min(1),
  timing: z.string().min(1),
  schedule: scheduleSchema,
  units: z.array(z.string()).default([]),
  unit_ids: z.array(z.string()).default([]),
  /** Units that take part without being responsible (the partners of an appendix row). */
  support: z.array(z.string()).optional(),
  support_ids: z.array(z.string()).optional(),
  to: z.string().optional(),
  to_id: z.string().optional(),
  correction: correctionSchema.optional(),
  ...provenance,
});

export const planInfoSchema = z.strictObject({
  /** The plan's file relative to the knowledge folder ("plans/x.md"): stable wherever the folder lives. */
  file: z.string(),
  title: z.string(),
  kind: z.string(),
  issuer: z.string(),
  number: z.string().optional(),
  date: z.string().optional(),
  province: z.string().optional(),
  /** The roster unit that issued the plan: it never receives its own requests through a group it belongs to. */
  issuer_id: z.string().optional(),
  /** The plan was written on or after this day: its own date, or else the latest date of a document it cites. */
  issued_after: z.string().optional(),
});

export const extractedFileSchema = z.strictObject({
  plan: planInfoSchema,
  tasks: z.array(taskRecordSchema).default([]),
  deadlines: z.array(deadlineRecordSchema).default([]),
});

export type TaskRecord = z.infer<typeof taskRecordSchema>;
export type DeadlineRecord = z.infer<typeof deadlineRecordSchema>;
export type PlanInfo = z.infer<typeof planInfoSchema>;
/** A plan as the running bot knows it: its records' info plus the path shown in sources. */
export type PlanRef = PlanInfo & { path: string };
export type ExtractedFile = z.infer<typeof extractedFileSchema>;
