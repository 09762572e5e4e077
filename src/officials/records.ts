import { z } from 'zod';
import { scheduleSchema } from '../time';

export const TASK_STATUSES = ['done', 'in_progress', 'not_started', 'unknown'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const DEADLINE_KINDS = ['report', 'event', 'campaign', 'milestone'] as const;

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
  text: z.string().min(1),
  details: z.array(z.string()).default([]),
  lead: z.array(z.string()).default([]),
  lead_ids: z.array(z.string()).default([]),
  support: z.array(z.string()).default([]),
  support_ids: z.array(z.string()).default([]),
  timing: z.string().optional(),
  schedule: scheduleSchema.optional(),
  result: z.string().optional(),
  status: z.enum(TASK_STATUSES).default('unknown'),
  ...provenance,
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
  to: z.string().optional(),
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
