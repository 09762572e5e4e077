import type { List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { foldText, normalizeText, splitSentences } from '../text';

/** The smallest piece of text an answer may quote: a sentence, a list item or a table row. */
export interface Unit {
  text: string;
  kind: 'sentence' | 'item' | 'row';
  line: number;
  /** Index of the block (paragraph, list, table) the unit belongs to, within its section. */
  block: number;
  /** True for a lesson's opening lines, which introduce the lesson rather than answer a question. */
  intro?: boolean;
}

export interface TableBlock {
  type: 'table';
  line: number;
  header: string[];
  rows: { cells: string[]; line: number }[];
}

export interface TextBlock {
  type: 'paragraph' | 'list';
  line: number;
  /** Paragraph text, or the list items in order. */
  parts: { text: string; line: number }[];
  ordered?: boolean;
}

export type Block = TextBlock | TableBlock;

export interface Section {
  /** Headings below the document title, outermost first (empty for the text before the first one). */
  headings: string[];
  line: number;
  blocks: Block[];
  /**
   * Other ways citizens ask this section's question: the list under a "Cách hỏi khác:" line. Indexed and matched,
   * never quoted in answers.
   */
  variants: string[];
  /** Line of the "Cách hỏi khác:" label, when the section has one. */
  variantsLine?: number;
}

/** The label that opens a section's list of question variants (compared folded, colon optional). */
export const VARIANTS_LABEL = 'Cách hỏi khác';
const VARIANTS_LABEL_FOLDED = foldText(VARIANTS_LABEL);

export interface ParsedMarkdown {
  title?: string;
  titleLine?: number;
  sections: Section[];
}

/** Parses a markdown body into sections by heading; lineOffset maps body lines back to file lines. */
export function parseMarkdown(body: string, lineOffset = 0): ParsedMarkdown {
  const tree: Root = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + lineOffset;
  const result: ParsedMarkdown = { sections: [] };
  const stack: { depth: number; text: string }[] = [];
  let current: Section = { headings: [], line: 1 + lineOffset, blocks: [], variants: [] };
  const flush = () => {
    if (current.blocks.length > 0) result.sections.push(current);
  };

  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'paragraph' && isVariantsLabel(node)) {
      current.variantsLine = lineOf(node);
      const list = nodes[i + 1];
      if (list?.type === 'list') {
        current.variants.push(...listParts(list, lineOf).map((p) => p.text.trim()).filter(Boolean));
        i++;
      }
      continue;
    }
    if (node.type === 'heading') {
      const text = clean(plain(node));
      if (node.depth === 1 && result.title === undefined) {
        result.title = text;
        result.titleLine = lineOf(node);
        continue;
      }
      flush();
      while (stack.length > 0 && stack.at(-1)!.depth >= node.depth) stack.pop();
      stack.push({ depth: node.depth, text });
      current = { headings: stack.map((h) => h.text), line: lineOf(node), blocks: [], variants: [] };
      continue;
    }
    const block = toBlock(node, lineOf);
    if (block) current.blocks.push(block);
  }
  flush();
  return result;
}

function isVariantsLabel(node: Paragraph): boolean {
  return foldText(plain(node)).replace(/[:：]\s*$/u, '').trim() === VARIANTS_LABEL_FOLDED;
}

function toBlock(node: RootContent, lineOf: (n: Nodes) => number): Block | undefined {
  switch (node.type) {
    case 'paragraph':
    case 'blockquote':
    case 'code': {
      const text = clean(plain(node));
      return text ? { type: 'paragraph', line: lineOf(node), parts: [{ text, line: lineOf(node) }] } : undefined;
    }
    case 'list':
      return { type: 'list', line: lineOf(node), ordered: node.ordered ?? false, parts: listParts(node, lineOf) };
    case 'table':
      return tableBlock(node, lineOf);
    default:
      return undefined;
  }
}

function listParts(list: List, lineOf: (n: Nodes) => number, depth = 0): TextBlock['parts'] {
  const start = list.start ?? 1;
  return list.children.flatMap((item: ListItem, i) => {
    const own = item.children.filter((c): c is Paragraph => c.type === 'paragraph').map((p) => clean(plain(p)));
    const marker = list.ordered ? `${start + i}. ` : '';
    const parts: TextBlock['parts'] = own.length > 0 ? [{ text: `${'  '.repeat(depth)}${marker}${own.join(' ')}`, line: lineOf(item) }] : [];
    for (const child of item.children) {
      if (child.type === 'list') parts.push(...listParts(child, lineOf, depth + 1));
    }
    return parts;
  });
}

function tableBlock(table: Table, lineOf: (n: Nodes) => number): TableBlock {
  const [head, ...body] = table.children;
  return {
    type: 'table',
    line: lineOf(table),
    header: head ? head.children.map((c) => clean(plain(c))) : [],
    rows: body.map((row) => ({ cells: row.children.map((c) => clean(plain(c))), line: lineOf(row) })),
  };
}

/** Text of a node with hard line breaks kept as spaces ("KT. CHÁNH VĂN PHÒNG⏎Nguyễn Công Minh"). */
function plain(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return toString(node);
}

function clean(text: string): string {
  return normalizeText(text.replace(/\s+/gu, ' '));
}

/** Quotable units of a section, in reading order. */
export function sectionUnits(section: Section): Unit[] {
  return section.blocks.flatMap((block, index): Unit[] => {
    if (block.type === 'table') {
      return block.rows.map((row) => ({ text: rowText(block.header, row.cells), kind: 'row' as const, line: row.line, block: index }));
    }
    if (block.type === 'list') {
      return block.parts.map((p) => ({ text: p.text.trim(), kind: 'item' as const, line: p.line, block: index }));
    }
    return block.parts.flatMap((p) => splitSentences(p.text).map((s) => ({ text: s, kind: 'sentence' as const, line: p.line, block: index })));
  });
}

/** "Stt: 1; Nhiệm vụ, giải pháp: …; Đơn vị chủ trì: …": a table row that reads on its own. */
export function rowText(header: string[], cells: string[]): string {
  return cells
    .map((cell, i) => (header[i] ? `${header[i]}: ${cell}` : cell))
    .filter((part) => !/:\s*$/u.test(part))
    .join('; ');
}
