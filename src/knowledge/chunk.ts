import type { DocMeta } from './schema';
import { sectionUnits, type Section, type Unit } from './markdown';
import type { Chunk } from './types';

/** Soft size limit of a chunk in characters; a section longer than this is split between blocks. */
const MAX_CHARS = 900;
/** A lettered task ("a) …") starts a new chunk once the current one holds this much. */
const MIN_CHARS_BEFORE_LETTER = 250;
const LETTERED = /^[a-zđ]\)\s/u;

export function chunkSections(path: string, title: string, meta: DocMeta, sections: Section[]): Chunk[] {
  const chunks: Chunk[] = [];
  const base = {
    path,
    title,
    kind: meta.kind,
    province: 'province' in meta ? meta.province : undefined,
    topic: 'topic' in meta ? meta.topic : undefined,
  };
  const push = (section: Section, units: Unit[]) => {
    if (units.length === 0) return;
    chunks.push({ ...base, id: `${path}#${chunks.length}`, section: section.headings.join(' › '), line: units[0]!.line, units });
  };

  for (const section of sections) {
    let pending: Unit[] = [];
    let size = 0;
    const units = sectionUnits(section);
    for (let b = 0; b < section.blocks.length; b++) {
      const blockUnits = units.filter((u) => u.block === b);
      if (blockUnits[0]?.kind === 'row') {
        push(section, pending);
        pending = [];
        size = 0;
        for (const row of blockUnits) push(section, [row]);
        continue;
      }
      const blockSize = blockUnits.reduce((n, u) => n + u.text.length, 0);
      if (blockUnits[0]?.kind === 'item' && blockSize > MAX_CHARS) {
        for (const item of blockUnits) {
          if (pending.length > 0 && size + item.text.length > MAX_CHARS) {
            push(section, pending);
            pending = [];
            size = 0;
          }
          pending.push(item);
          size += item.text.length;
        }
        continue;
      }
      const letterStart = LETTERED.test(blockUnits[0]?.text ?? '') && size >= MIN_CHARS_BEFORE_LETTER;
      if (pending.length > 0 && (size + blockSize > MAX_CHARS || letterStart)) {
        push(section, pending);
        pending = [];
        size = 0;
      }
      pending.push(...blockUnits);
      size += blockSize;
    }
    push(section, pending);
  }
  return chunks;
}
