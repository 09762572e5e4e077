import type { DocKind, DocMeta } from './schema';
import type { Section, Unit } from './markdown';

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
}

export function chunkText(chunk: Chunk): string {
  return chunk.units.map((u) => u.text).join('\n');
}
