export { KnowledgeFileError, KnowledgeValidationError } from './errors';
export { PROBLEM_CODES, PROBLEM_SEVERITY, makeProblem, isError, type Problem, type ProblemCode, type ProblemInput, type Severity } from './problems';
export { describeProblem, formatProblem, severityLabel, NOTICES } from './messages.vi';
export { problemFromIssue } from './zod-problems';
export { CHECK_TUNING } from './tuning';
export { nearest } from './nearest';
export { parseKnowledgeFile, hashText } from './document';
export { kindFromPath } from './frontmatter';
export { listKnowledgeFiles, parseKnowledgeFiles, displayPath, type KnowledgeFile, type LoadResult } from './load';
export { parseMarkdown, sectionUnits, rowText, type Section, type Unit, type Block, type TableBlock, type TextBlock } from './markdown';
export { chunkText, type Chunk, type KnowledgeDoc } from './types';
export * from './schema';
export { CLOSING } from './chunk';
export {
  CONTACTS_FILE,
  CONTACT_KINDS,
  CONTACT_STATUSES,
  ContactList,
  contactSchema,
  loadContacts,
  parseContacts,
  type Contact,
} from './contacts';
export { findMentions, hostOf, phoneDigits, type Mention } from './mentions';
export { checkLessons, type LessonCheckOptions } from './content-check';
