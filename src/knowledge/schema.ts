import { z } from 'zod';

export const DOC_KINDS = ['plan', 'letter', 'lesson', 'alert'] as const;
export const AUDIENCES = ['citizen', 'official', 'all'] as const;
export const TOPICS = ['vneid', 'dich-vu-cong', 'an-toan-so', 'thanh-toan-so', 'binh-dan-hoc-vu-so'] as const;
export const SEVERITIES = ['info', 'warning', 'critical'] as const;

export type DocKind = (typeof DOC_KINDS)[number];
export type Topic = (typeof TOPICS)[number];

/** What each field accepts, in the words used by error messages. */
export const FIELD_RULES: Record<string, string> = {
  date: 'a date written YYYY-MM-DD, YYYY-MM or YYYY',
  updated: 'a date written YYYY-MM-DD',
  published: 'a date and time written YYYY-MM-DD HH:mm (Asia/Ho_Chi_Minh) or ISO 8601',
  expires: 'a date and time written YYYY-MM-DD HH:mm (Asia/Ho_Chi_Minh) or ISO 8601',
  tags: 'a list of words, e.g. ["vneid", "cài đặt"]',
};

const text = z.string().trim().min(1);
const partialDate = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u));
const fullDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u);
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/u);

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
  audience: z.enum(AUDIENCES),
  topic: z.enum(TOPICS),
  tags: z.array(text).default([]),
  updated: fullDate,
  /** Where the lesson's facts come from: web addresses or document names. */
  sources: z.array(text).optional(),
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
