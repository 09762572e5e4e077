import { civilDate, daysBetween } from '../time';
import { foldText } from '../text';
import type { ContactList } from './contacts';
import { KnowledgeFileError } from './errors';
import { sectionUnits, type Section } from './markdown';
import { findMentions } from './mentions';
import type { ProblemInput } from './problems';
import { CHECK_TUNING } from './tuning';
import type { KnowledgeDoc } from './types';

export interface LessonCheckOptions {
  /** The official numbers and sites lessons may name. */
  contacts: ContactList;
  /** "Today", for the age of `updated`. */
  now: Date;
  /** A lesson whose `updated` is older than this many days is flagged (default CHECK_TUNING.maxAgeDays). */
  maxAgeDays?: number;
  /** Variants a section should list (default CHECK_TUNING.minVariants). */
  minVariants?: number;
}

/**
 * Sections that need no "Cách hỏi khác:" list, by folded heading. Every lesson closes with "Cần giúp thêm?", a pointer
 * to where to get help rather than an answer; variants there ("hỏi ai", "gọi số nào") would be the same in every lesson
 * and pull one lesson's closing in for another lesson's question.
 */
export const SECTIONS_WITHOUT_VARIANTS = ['can giup them'] as const;

const exempt = (heading: string) => (SECTIONS_WITHOUT_VARIANTS as readonly string[]).includes(foldText(heading).replace(/[?:.!\s]+$/u, ''));

/**
 * The checks that protect a lesson's facts and findability, as warnings: sections without question variants, no
 * sources, phone numbers and web sites not in the allow-list, and an `updated` date past its age.
 */
export function checkLessons(docs: readonly KnowledgeDoc[], options: LessonCheckOptions): KnowledgeFileError[] {
  const problems: ProblemInput[] = [];
  const today = civilDate(options.now);
  const maxAge = options.maxAgeDays ?? CHECK_TUNING.maxAgeDays;
  const minVariants = options.minVariants ?? CHECK_TUNING.minVariants;
  for (const doc of docs) {
    const { meta, path } = doc;
    if (meta.kind !== 'lesson') continue;
    if (!meta.sources?.length) problems.push({ code: 'no_sources', path, line: 1, kind: 'lesson' });
    if (meta.updated && daysBetween(meta.updated, today) > maxAge) {
      const written = !doc.defaulted?.includes('updated');
      problems.push({ code: 'stale_updated', path, line: 1, field: written ? 'updated' : undefined, found: meta.updated, expected: [String(maxAge)], suggestion: today });
    }
    for (const section of doc.sections) {
      const heading = section.headings.at(-1);
      if (heading === undefined || exempt(heading)) continue;
      if (section.variants.length === 0) problems.push({ code: 'no_variants', path, line: section.line, field: heading, expected: [String(minVariants)] });
      else if (section.variants.length < minVariants) {
        problems.push({ code: 'few_variants', path, line: section.variantsLine ?? section.line, field: heading, found: String(section.variants.length), expected: [String(minVariants)] });
      }
    }
    problems.push(...contactProblems(path, doc.sections, options.contacts));
  }
  return problems.map((p) => new KnowledgeFileError(p));
}

/** Numbers and sites a lesson names that the allow-list does not hold (or holds as still to confirm), once per file. */
function contactProblems(path: string, sections: readonly Section[], contacts: ContactList): ProblemInput[] {
  const out: ProblemInput[] = [];
  const seen = new Set<string>();
  const texts = sections.flatMap((s) => [...(s.headings.length ? [{ text: s.headings.at(-1)!, line: s.line }] : []), ...sectionUnits(s).map((u) => ({ text: u.text, line: u.line }))]);
  for (const { text, line } of texts) {
    for (const mention of findMentions(text)) {
      const id = `${mention.kind}:${mention.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const entry = mention.kind === 'phone' ? contacts.lookupPhone(mention.text) : contacts.lookupDomain(mention.text);
      if (entry?.status === 'checked') continue;
      if (entry) {
        out.push({ code: 'unconfirmed_contact', path, line, found: mention.text });
        continue;
      }
      const near = mention.kind === 'phone' ? contacts.nearestPhone(mention.text) : contacts.nearestDomain(mention.text);
      out.push({ code: mention.kind === 'phone' ? 'unlisted_phone' : 'unlisted_web', path, line, found: mention.text, suggestion: near?.value });
    }
  }
  return out;
}
