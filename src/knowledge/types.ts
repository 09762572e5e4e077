import type { DocKind, DocMeta } from './schema';
import type { Section, Unit } from './markdown';
import type { Problem } from './problems';

/** One retrievable passage: a section of a document, or part of a long one. */
export interface Chunk {
  id: string;
  path: string;
  title: string;
  kind: DocKind;
  /** Heading path below the title, joined by " › " ("" for the opening text). */
  section: string;
  line: number;
  units: Unit[];
  /** Other ways citizens ask the section's question (from its "Cách hỏi khác:" list); matched, never quoted. */
  variants: string[];
  province?: string;
  topic?: string;
  /** For alerts: when the passage may be quoted (ISO instants). */
  window?: { from: string; until: string };
}

/** A validated knowledge file. */
export interface KnowledgeDoc {
  path: string;
  hash: string;
  meta: DocMeta;
  title: string;
  sections: Section[];
  chunks: Chunk[];
  /** Problems that do not stop the file being used (absent in indexes stored before warnings existed). */
  warnings?: Problem[];
  /** Front matter fields the file leaves out that were filled in (kind from the folder, audience, updated). */
  defaulted?: string[];
}

export function chunkText(chunk: Chunk): string {
  return chunk.units.map((u) => u.text).join('\n');
}
