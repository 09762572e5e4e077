import { vietnamInstant } from '../time';
import type { DocMeta } from './schema';
import { sectionUnits, type Section, type Unit } from './markdown';
import type { Chunk } from './types';

/** Soft size limit of a chunk in characters; a section longer than this is split between blocks. */
const MAX_CHARS = 900;
/** A lettered task ("a) …") starts a new chunk once the current one holds this much. */
const MIN_CHARS_BEFORE_LETTER = 250;
/** A trailing piece shorter than this joins the chunk before it instead of standing alone. */
const MIN_CHUNK_CHARS = 150;
const LETTERED = /^[a-zđ]\)\s/u;
/** The closing of an official letter ("Trên đây…", "Nơi nhận:"): not part of the last numbered section. */
export const CLOSING = /^(\**)?(Nơi nhận|Trên đây|Nhận được (Công văn|Kế hoạch|Văn bản|văn bản) này)/u;
const CLOSING_SECTION = 'Phần kết (nơi nhận, người ký)';

interface Piece {
  section: string;
  units: Unit[];
  size: number;
  variants: string[];
}

export function chunkSections(path: string, title: string, meta: DocMeta, sections: Section[]): Chunk[] {
  const pieces: Piece[] = [];
  // A lesson section is one answer (its opening and its steps), however long: split, its steps would answer alone.
  for (const section of sections) pieces.push(...(meta.kind === 'lesson' ? [wholeSection(section)] : splitSection(section)));
  // A lesson's opening lines only introduce it: they join its first section rather than stand alone.
  if (meta.kind === 'lesson' && pieces.length > 1 && pieces[0]!.section === '') {
    const [intro, first] = pieces as [Piece, Piece];
    // Intro blocks are numbered apart from the section's own (negative), so the two never read as one block.
    const introUnits = intro.units.map((u) => ({ ...u, intro: true, block: u.block - intro.units.length - 1 }));
    pieces.splice(0, 2, { ...first, units: [...introUnits, ...first.units], size: intro.size + first.size, variants: [...intro.variants, ...first.variants] });
  }
  const base = {
    path,
    title,
    kind: meta.kind,
    province: 'province' in meta ? meta.province : undefined,
    topic: 'topic' in meta ? meta.topic : undefined,
    window: meta.kind === 'alert' ? { from: vietnamInstant(meta.published).toISOString(), until: vietnamInstant(meta.expires).toISOString() } : undefined,
  };
  return pieces.map((p, i) => ({ ...base, id: `${path}#${i}`, section: p.section, line: p.units[0]!.line, units: p.units, variants: p.variants }));
}

function wholeSection(section: Section): Piece {
  const units = sectionUnits(section);
  return { section: section.headings.join(' › '), units, size: units.reduce((n, u) => n + u.text.length, 0), variants: section.variants };
}

function splitSection(section: Section): Piece[] {
  const heading = section.headings.join(' › ');
  const units = sectionUnits(section);
  const pieces: Piece[] = [];
  // Every piece of a split section answers the same question, so each carries the section's variants.
  const variants = section.variants;
  let current: Piece = { section: heading, units: [], size: 0, variants };
  const close = (next: string = current.section) => {
    if (current.units.length > 0) pieces.push(current);
    current = { section: next, units: [], size: 0, variants: next === CLOSING_SECTION ? [] : variants };
  };
  const add = (items: Unit[]) => {
    current.units.push(...items);
    current.size += items.reduce((n, u) => n + u.text.length, 0);
  };

  for (let b = 0; b < section.blocks.length; b++) {
    const blockUnits = units.filter((u) => u.block === b);
    const first = blockUnits[0];
    if (!first) continue;
    if (current.section !== CLOSING_SECTION && CLOSING.test(first.text) && section.blocks[b]!.type === 'paragraph') {
      close(CLOSING_SECTION);
    }
    if (first.kind === 'row') {
      close();
      for (const row of blockUnits) pieces.push({ section: current.section, units: [row], size: row.text.length, variants });
      continue;
    }
    const blockSize = blockUnits.reduce((n, u) => n + u.text.length, 0);
    if (first.kind === 'item' && blockSize > MAX_CHARS) {
      for (const item of blockUnits) {
        if (current.size + item.text.length > MAX_CHARS) close();
        add([item]);
      }
      continue;
    }
    const letterStart = LETTERED.test(first.text) && current.size >= MIN_CHARS_BEFORE_LETTER;
    if (current.size + blockSize > MAX_CHARS || letterStart) close();
    add(blockUnits);
  }
  close();
  return mergeSmallTails(pieces);
}

/** Folds a short piece into the piece before it when both belong to the same section and are not table rows. */
function mergeSmallTails(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const previous = out.at(-1);
    const mergeable = previous && previous.section === piece.section && piece.units[0]!.kind !== 'row' && previous.units[0]!.kind !== 'row';
    if (mergeable && piece.size < MIN_CHUNK_CHARS) {
      previous.units.push(...piece.units);
      previous.size += piece.size;
    } else {
      out.push(piece);
    }
  }
  return out;
}
