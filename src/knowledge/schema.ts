import { z } from 'zod';
import { isValidDate } from '../time';

export const DOC_KINDS = ['plan', 'letter', 'lesson', 'alert'] as const;
export const AUDIENCES = ['citizen', 'official', 'all'] as const;
/**
 * The topics the bot knows and offers: a lesson may name another (topics are open), and the check suggests the
 * nearest of these when the other looks like a typo of one.
 */
export const KNOWN_TOPICS = ['vneid', 'dich-vu-cong', 'an-toan-so', 'thanh-toan-so', 'binh-dan-hoc-vu-so'] as const;
export const SEVERITIES = ['info', 'warning', 'critical'] as const;

export type DocKind = (typeof DOC_KINDS)[number];
export type KnownTopic = (typeof KNOWN_TOPICS)[number];

/** The kind a file has when its front matter does not say, by the knowledge folder it sits in. */
export const FOLDER_KINDS: Record<string, DocKind> = { lessons: 'lesson', plans: 'plan', alerts: 'alert' };

/** Front matter fields holding a date, and the form each takes. */
export const DATE_FIELDS = { updated: 'date', date: 'partial-date', published: 'date-time', expires: 'date-time' } as const;

const realDate = (v: string) => {
  const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number?];
  return isValidDate(y, m, d ?? 1);
};
const text = z.string().trim().min(1);
/** A list of words; `tags: vneid, cài đặt` (one line, commas) is read as the list it means. */
const words = z
  .union([z.array(text), text.transform((v) => v.split(',').map((w) => w.trim()).filter(Boolean))])
  .pipe(z.array(text));
const partialDate = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u).refine((v) => v.length < 10 || realDate(v)));
const fullDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u).refine(realDate);
const dateTime = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/u)
  .refine(realDate);

export const planMetaSchema = z.strictObject({
  title: text,
  kind: z.enum(['plan', 'letter']),
  issuer: text,
  number: text.optional(),
  date: partialDate.optional(),
  date_note: text.optional(),
  province: text.optional(),
  source: text,
  summary: text.optional(),
});

export const lessonMetaSchema = z.strictObject({
  title: text,
  kind: z.literal('lesson'),
  audience: z.enum(AUDIENCES).default('citizen'),
  /** Open: one of KNOWN_TOPICS, or a new topic. */
  topic: text.optional(),
  tags: words.default([]),
  /** YYYY-MM-DD; when the file does not say, the day the file last changed. */
  updated: fullDate.optional(),
  /** Where the lesson's facts come from: web addresses or document names. */
  sources: words.optional(),
});

export const alertMetaSchema = z.strictObject({
  title: text,
  kind: z.literal('alert'),
  severity: z.enum(SEVERITIES),
  published: dateTime,
  expires: dateTime,
});

export type PlanMeta = z.infer<typeof planMetaSchema>;
export type LessonMeta = z.infer<typeof lessonMetaSchema>;
export type AlertMeta = z.infer<typeof alertMetaSchema>;
export type DocMeta = PlanMeta | LessonMeta | AlertMeta;

export function schemaForKind(kind: DocKind) {
  switch (kind) {
    case 'plan':
    case 'letter':
      return planMetaSchema;
    case 'lesson':
      return lessonMetaSchema;
    case 'alert':
      return alertMetaSchema;
  }
}

/** The fields a kind allows, for "unknown field" messages. */
export function allowedFields(kind: DocKind): string[] {
  return Object.keys(schemaForKind(kind).shape);
}

/** The kinds that allow a field (for a field written in the wrong kind of file). */
export function kindsWithField(field: string): DocKind[] {
  return DOC_KINDS.filter((k) => k !== 'letter' && allowedFields(k).includes(field));
}
