import { z } from 'zod';

/**
 * How a date in a document bounds the work: "trước ngày X" (before: the last day is X−1), "chậm nhất ngày X",
 * "hạn chót ngày X", "trong ngày X" (by: X is the last day), "vào ngày X" (on: the day itself, an event).
 */
export type Bound = 'before' | 'by' | 'on';
const bound = z.enum(['before', 'by', 'on']);

/** The parsed form of a time expression from a plan; `kind` says which fields apply. */
export const scheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u), bound }),
  z.object({ kind: z.literal('yearly'), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31), bound }),
  z.object({ kind: z.literal('quarterly'), day: z.number().int().min(1).max(31), monthOfQuarter: z.number().int().min(1).max(3), bound }),
  z.object({ kind: z.literal('monthly'), day: z.number().int().min(1).max(31).optional(), timesPerMonth: z.number().int().min(1).optional(), bound: bound.optional() }),
  z.object({ kind: z.literal('quarter'), year: z.number().int(), quarter: z.number().int().min(1).max(4) }),
  z.object({ kind: z.literal('month'), year: z.number().int(), month: z.number().int().min(1).max(12), from: z.boolean() }),
  z.object({ kind: z.literal('range'), from: z.string().regex(/^\d{4}-\d{2}$/u), to: z.string().regex(/^\d{4}-\d{2}$/u) }),
  z.object({ kind: z.literal('year'), year: z.number().int() }),
  z.object({ kind: z.literal('ongoing') }),
  z.object({ kind: z.literal('on_request') }),
  z.object({ kind: z.literal('periodic'), every: z.array(z.enum(['month', 'quarter', 'year'])).optional() }),
]);

export type Schedule = z.infer<typeof scheduleSchema>;
