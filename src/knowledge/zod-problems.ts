import { z } from 'zod';
import { nearest } from './nearest';
import type { ProblemInput } from './problems';

const vietnamese = z.locales.vi().localeError;

const at = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);

const shown = (value: unknown): string | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

/**
 * A zod issue from a YAML file editors keep (units.yaml, a plan's records, contacts.yaml), as the problem they read:
 * the field as a dotted path (`tasks.3.lead`), what the file says there, and what is allowed. `value` is the parsed
 * object the issue's path starts from; `allowedKeys` the fields of that object, for "did you mean".
 */
export function problemFromIssue(issue: z.core.$ZodIssue, context: { path: string; line: number; value: unknown; allowedKeys?: string[] }): ProblemInput {
  const { path, line } = context;
  const field = issue.path.map(String).join('.') || undefined;
  const value = at(context.value, issue.path);
  const base = { path, line, field };
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0]!;
      return { ...base, code: 'unknown_field', field: [...issue.path.map(String), key].join('.'), expected: context.allowedKeys, suggestion: context.allowedKeys ? nearest(key, context.allowedKeys) : undefined };
    }
    case 'invalid_type':
      if (value === undefined) return { ...base, code: 'missing_field' };
      if (value === null || value === '') return { ...base, code: 'empty_field' };
      return { ...base, code: 'bad_type', found: shown(value), expected: [issue.expected] };
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (value === undefined) return { ...base, code: 'missing_field', expected: values };
      return { ...base, code: 'bad_enum', found: shown(value), expected: values, suggestion: nearest(String(value), values) };
    }
    case 'too_small':
      if (value === '' || (Array.isArray(value) && value.length === 0)) return { ...base, code: 'empty_field' };
      break;
    case 'invalid_format':
      // The pattern itself says nothing to an editor: the catalog words the rule of the field instead.
      return { ...base, code: 'bad_value', found: shown(value) };
    case 'custom':
      return { ...base, code: 'bad_value', found: shown(value), expected: [issue.message] };
  }
  const words = vietnamese(issue as Parameters<typeof vietnamese>[0]);
  const message = typeof words === 'string' ? words : (words?.message ?? issue.message);
  return { ...base, code: 'bad_value', found: shown(value), expected: [message] };
}
