import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { CLOSING, rowText, type KnowledgeDoc, type PlanMeta, type Section } from '../knowledge';
import { foldText, splitSentences } from '../text';
import type { DeadlineRecord, ExtractedFile, PlanInfo, TaskRecord, TaskStatus } from './records';
import type { Roster } from './roster';
import { findInTextMentions } from './mentions';
import { findTimeExpressions, parseTiming, type Schedule, type TimeExpression } from '../time';

const FIELD = /^(Đơn vị chủ trì|Đơn vị phối hợp|Thời gian thực hiện|Thời gian|Kết quả thực hiện|Kết quả)\s*:\s*(.*)$/iu;
const LETTERED = /^([a-zđ])\)\s+(.*)$/u;
const SUB_ITEM = /^\((\d+)\)\s+/u;
/** "Thực hiện các nhiệm vụ được giao tại Kế hoạch.": a reminder, not a task of its own. */
const GENERIC = /^thuc hien (cac )?nhiem vu (duoc giao|theo) (tai |trong )?ke hoach\.?$/u;
/** Headings that assign what follows to a unit: "Giao Sở KH&CN chủ trì…", "Đề nghị Sở KH&CN:". */
const ASSIGNING = /^(?:giao|de nghi)\s+(.+?)(?:\s+(?:chu tri|can cu|thuc hien|phoi hop|trien khai)\b.*)?:?$/u;
const ORGANISING = /to chuc thuc hien/u;

export function hash(value: unknown): string {
  return createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex').slice(0, 12);
}

/** The checksum of a record's fields, as written into its `checksum`. */
export function recordChecksum(record: TaskRecord | DeadlineRecord): string {
  const { checksum: _checksum, note: _note, ...fields } = record;
  return hash(fields);
}

export function planInfo(doc: KnowledgeDoc, province: string | undefined, file: string): PlanInfo {
  const meta = doc.meta as PlanMeta;
  return { file, title: meta.title, kind: meta.kind, issuer: meta.issuer, number: meta.number, date: meta.date, province };
}

export interface Extraction extends ExtractedFile {
  /** Unit names the roster does not know, with where they appear, for the editor to add. */
  unknownUnits: { name: string; line: number }[];
}

/** Tasks and deadlines of one plan or letter, with units resolved against the roster. */
export function extractPlan(doc: KnowledgeDoc, roster: Roster, file: string): Extraction {
  const meta = doc.meta as PlanMeta;
  const province = roster.provinceOfPlan(basename(doc.path), meta.province);
  const tasks: TaskRecord[] = [];
  const deadlines: DeadlineRecord[] = [];
  const unknownUnits: Extraction['unknownUnits'] = [];
  const units = (text: string, line: number) => {
    const found = roster.findInText(text, province);
    for (const name of found.unknown) unknownUnits.push({ name, line });
    return found.ids;
  };
  const addresseeIds = addressees(doc, roster, province);

  for (const section of doc.sections) {
    const ref = sectionRef(section);
    const lastHeading = section.headings.at(-1) ?? '';
    const headingLeads = headingUnits(section, roster, province, addresseeIds);
    const body = withoutClosing(section);
    new SectionReader(body, ref, headingLeads, units, (id) => roster.get(id)?.name ?? id, tasks).read();
    collectDeadlines(body, ref, headingLeads, addresseeIds, roster, province, deadlines, lastHeading);
  }
  for (const t of tasks) t.checksum = recordChecksum(t);
  for (const d of deadlines) d.checksum = recordChecksum(d);
  return { plan: planInfo(doc, province, file), tasks, deadlines, unknownUnits };
}

/** The section without a letter's closing ("Trên đây…", "Nơi nhận:", signatures), which assigns nothing. */
function withoutClosing(section: Section): Section {
  const end = section.blocks.findIndex((b) => b.type === 'paragraph' && CLOSING.test(b.parts[0]?.text ?? ''));
  return end < 0 ? section : { ...section, blocks: section.blocks.slice(0, end) };
}

/** "III. NHIỆM VỤ…" › "1. Truyền thông…" → "III.1"; "Phụ lục I: …" → "PL-I". */
function sectionRef(section: Section): string {
  return section.headings
    .map((h) => {
      const appendix = /^Phụ lục\s+([IVX\d]+)/iu.exec(h);
      if (appendix) return `PL-${appendix[1]}`;
      return /^([IVX]+|\d+(?:\.\d+)*)\./u.exec(h)?.[1] ?? '';
    })
    .filter(Boolean)
    .join('.');
}

/** "III. NHIỆM VỤ…" → "NHIỆM VỤ…", "2. Giao …" → "Giao …". */
function withoutNumber(heading: string): string {
  return heading.replace(/^([IVX]+|\d+(\.\d+)*)\.\s*/u, '');
}

/** Units a heading hands its section to: the unit heading of "Tổ chức thực hiện", or "Giao …"/"Đề nghị …". */
function headingUnits(section: Section, roster: Roster, province: string | undefined, addresseeIds: string[]): string[] {
  const heading = section.headings.at(-1);
  if (!heading) return [];
  // A letter to several units: its "Nội dung đề nghị…" section is what it asks of all of them.
  if (addresseeIds.length >= 2 && section.headings.length === 1 && /\b(de nghi|yeu cau)\b/u.test(foldText(heading))) return addresseeIds;
  const text = withoutNumber(heading).replace(/:.*$/u, '');
  const parent = section.headings.slice(0, -1).map(foldText).join(' ');
  if (ORGANISING.test(parent)) return roster.findInText(text, province).ids;
  const assigning = ASSIGNING.exec(foldText(text));
  if (assigning) {
    const words = text.split(/\s+/u).slice(1).join(' ');
    return findInTextMentions(roster, words, province);
  }
  return [];
}

function addressees(doc: KnowledgeDoc, roster: Roster, province: string | undefined): string[] {
  const opening = doc.sections.find((s) => s.headings.length === 0);
  if (!opening) return [];
  const index = opening.blocks.findIndex((b) => b.type === 'paragraph' && /^Kính gửi/u.test(b.parts[0]?.text ?? ''));
  const list = opening.blocks[index + 1];
  if (index < 0 || list?.type !== 'list') return [];
  return list.parts.flatMap((p) => roster.findInText(p.text.replace(/^Chủ tịch\s+/u, ''), province).ids);
}

interface Draft {
  id: string;
  text: string;
  details: string[];
  lead: string[];
  support: string[];
  timing?: string;
  result?: string;
  line: number;
  source: string[];
  fieldsSeen: boolean;
}

/** Reads one section's blocks in order and turns its task paragraphs, field lists and table rows into records. */
class SectionReader {
  private current?: Draft;
  private intro?: { text: string; line: number };
  private itemCount = 0;

  constructor(
    private readonly section: Section,
    private readonly ref: string,
    private readonly headingLeads: string[],
    private readonly units: (text: string, line: number) => string[],
    private readonly nameOf: (id: string) => string,
    private readonly out: TaskRecord[],
  ) {}

  read(): void {
    const organising = this.headingLeads.length > 0;
    for (const block of this.section.blocks) {
      if (block.type === 'table') {
        this.close();
        this.readTable(block.header, block.rows);
        continue;
      }
      for (const part of block.parts) {
        const text = part.text.trim();
        const field = FIELD.exec(text);
        const lettered = block.type === 'paragraph' ? LETTERED.exec(text) : null;
        if (field) {
          this.field(field[1]!, field[2]!.trim(), part.line);
        } else if (lettered) {
          this.close();
          this.current = this.draft(`${this.ref}.${lettered[1]}`, text, part.line);
        } else if (SUB_ITEM.test(text) || (this.current && !this.current.fieldsSeen && block.type === 'paragraph')) {
          if (this.current) {
            this.current.details.push(text);
            this.current.source.push(text);
          }
        } else if (organising && !GENERIC.test(foldText(text))) {
          this.close();
          this.itemCount++;
          this.current = this.draft(`${this.ref}.${this.itemCount}`, text, part.line);
          this.close();
        } else if (!this.current && block.type === 'paragraph') {
          this.intro ??= { text, line: part.line };
        }
      }
    }
    this.close();
  }

  private draft(id: string, text: string, line: number): Draft {
    return { id, text, details: [], lead: [], support: [], line, source: [text], fieldsSeen: false };
  }

  private field(name: string, value: string, line: number): void {
    if (!this.current) {
      const heading = withoutNumber(this.section.headings.at(-1) ?? '');
      const text = this.intro ? `${heading}: ${this.intro.text}` : heading;
      this.current = this.draft(this.ref || 'chung', text, this.intro?.line ?? line);
    }
    const d = this.current;
    d.fieldsSeen = true;
    d.source.push(`${name}: ${value}`);
    const folded = foldText(name);
    if (folded.includes('chu tri')) d.lead.push(value);
    else if (folded.includes('phoi hop')) d.support.push(value);
    else if (folded.startsWith('thoi gian')) d.timing = value;
    else d.result = value;
  }

  private readTable(header: string[], rows: { cells: string[]; line: number }[]): void {
    const column = (pattern: RegExp) => header.findIndex((h) => pattern.test(foldText(h)));
    const task = column(/nhiem vu|noi dung/u);
    const lead = column(/chu tri/u);
    const support = column(/phoi hop/u);
    const timing = column(/thoi gian|thoi han/u);
    const result = column(/ket qua|tien do|tinh trang/u);
    const stt = column(/^stt$/u);
    if (task < 0) return;
    rows.forEach((row, i) => {
      const cell = (c: number) => (c >= 0 ? row.cells[c]?.trim() || undefined : undefined);
      const text = cell(task);
      if (!text) return;
      this.out.push(
        this.record({
          id: `${this.ref}.${cell(stt) ?? i + 1}`,
          text,
          details: [],
          lead: cell(lead) ? [cell(lead)!] : [],
          support: cell(support) ? [cell(support)!] : [],
          timing: cell(timing),
          result: cell(result),
          line: row.line,
          source: [rowText(header, row.cells)],
          fieldsSeen: true,
        }),
      );
    });
  }

  private close(): void {
    const d = this.current;
    this.current = undefined;
    if (!d) return;
    if (d.lead.length === 0 && this.headingLeads.length === 0) return;
    this.out.push(this.record(d));
  }

  private record(d: Draft): TaskRecord {
    const leadIds = d.lead.length > 0 ? d.lead.flatMap((l) => this.units(l, d.line)) : this.headingLeads;
    const supportIds = d.support.flatMap((s) => this.units(s, d.line));
    const timing = d.timing ?? timingInText(d.text);
    return {
      id: d.id,
      text: d.text,
      details: d.details,
      lead: d.lead.length > 0 ? d.lead.map(stripEnd) : this.headingLeads.map(this.nameOf),
      lead_ids: unique(leadIds),
      support: d.support.map(stripEnd),
      support_ids: unique(supportIds),
      timing: timing ? stripEnd(timing) : undefined,
      schedule: timing ? parseTiming(timing) : undefined,
      result: d.result,
      status: statusOf(d.result),
      section: this.section.headings.join(' › '),
      line: d.line,
      source_hash: hash(d.source.join('\n')),
      checksum: '',
    };
  }
}

/** A timing stated inside a task's own text ("… trong Quý I/2026"), skipping the dates of documents it cites. */
function timingInText(text: string): string | undefined {
  return findTimeExpressions(text).find((e) => {
    const k = e.schedule.kind;
    if (k === 'ongoing' || (k === 'month' && e.schedule.from)) return true;
    return isDue(e, text);
  })?.text;
}

/** The reported result as a status: "Đã thực hiện" is done, "Đang…"/"Đã và đang…" in progress. */
export function statusOf(result: string | undefined): TaskStatus {
  if (!result) return 'unknown';
  const r = foldText(result);
  if (/^(da va dang|dang|tiep tuc)/u.test(r)) return 'in_progress';
  if (/^(da|hoan thanh)/u.test(r)) return 'done';
  if (/^chua/u.test(r)) return 'not_started';
  return 'in_progress';
}

const DUE_KINDS = new Set<Schedule['kind']>(['date', 'yearly', 'quarterly', 'quarter', 'monthly']);
/** A document cited by number and date ("Kế hoạch số 252/KH-UBND ngày 17/9/2025"): its date is no deadline. */
const CITATION = /(số|số:)\s*[\d/.-]*[\p{Lu}Đ&-]+[^\s,;]*\s*$/u;

function collectDeadlines(
  section: Section,
  ref: string,
  headingLeads: string[],
  addresseeIds: string[],
  roster: Roster,
  province: string | undefined,
  out: DeadlineRecord[],
  lastHeading: string,
): void {
  for (const block of section.blocks) {
    const pieces =
      block.type === 'table'
        ? block.rows.map((r) => ({ text: rowText(block.header, r.cells), line: r.line, leads: leadOfRow(block.header, r.cells, roster, province) }))
        : block.parts.flatMap((p) => splitSentences(p.text).map((text) => ({ text, line: p.line, leads: [] as string[] })));
    for (const piece of pieces) {
      for (const expression of findTimeExpressions(piece.text)) {
        if (!isDue(expression, piece.text)) continue;
        const before = piece.text.slice(0, expression.index);
        const who = piece.leads.length > 0 ? piece.leads : headingLeads.length > 0 ? headingLeads : subjectUnits(before, roster, province, addresseeIds);
        const to = recipient(piece.text, roster, province);
        const clause = clauseAround(piece.text, expression);
        const record: DeadlineRecord = {
          id: `${ref || 'chung'}:${slug(expression.text)}`,
          kind: kindOf(clause.text),
          title: titleOf(clause.text, { ...expression, index: clause.index }, lastHeading),
          text: piece.text,
          timing: expression.text,
          schedule: expression.schedule,
          units: who.map((id) => roster.get(id)?.name ?? id),
          unit_ids: who,
          to,
          section: section.headings.join(' › '),
          line: piece.line,
          source_hash: hash(piece.text),
          checksum: '',
        };
        if (expression.schedule.kind === 'date' && expression.schedule.date.slice(0, 4) < '2026' && /2026|2025/u.test(lastHeading + piece.text)) {
          record.note = 'Năm ghi trong văn bản có thể nhầm (văn bản ban hành sau ngày này); kiểm tra lại với văn bản gốc.';
        }
        if (!out.some((d) => d.id === record.id)) out.push(record);
      }
    }
  }
}

function isDue(expression: TimeExpression, sentence: string): boolean {
  const s = expression.schedule;
  if (!DUE_KINDS.has(s.kind)) return false;
  if (s.kind === 'monthly' && s.day === undefined) return false;
  if (CITATION.test(sentence.slice(0, expression.index).replace(/\s*ngày\s*$/u, '').trimEnd())) return false;
  if (s.kind === 'date') return s.bound === 'before';
  if (s.kind === 'quarter') return /\b(trong|hoan thanh)\s*$/u.test(foldText(sentence.slice(0, expression.index)));
  return true;
}

/** The part of a sentence between semicolons that holds the expression, and the expression's index in it. */
function clauseAround(sentence: string, expression: TimeExpression): { text: string; index: number } {
  const start = sentence.lastIndexOf(';', expression.index) + 1;
  const stop = sentence.indexOf(';', expression.index + expression.text.length);
  const text = sentence.slice(start, stop < 0 ? undefined : stop);
  const lead = text.length - text.trimStart().length;
  return { text: text.trim(), index: expression.index - start - lead };
}

function kindOf(sentence: string): DeadlineRecord['kind'] {
  const s = foldText(sentence);
  if (/\b(dot cao diem|chien dich|phat dong)\b/u.test(s)) return 'campaign';
  if (/\b(bao cao|gui ve|nop)\b/u.test(s)) return 'report';
  if (/\b(ngay hoi|hang nam|to chuc cac hoat dong)\b/u.test(s)) return 'event';
  return 'milestone';
}

/** A short name for a deadline: "Báo cáo quý", the quoted event name, or the clause around the date. */
function titleOf(sentence: string, expression: TimeExpression, heading: string): string {
  const before = sentence.slice(0, expression.index);
  const paren = /([Bb]áo cáo [\p{L} ]{1,30}?)\s*\(\s*$/u.exec(before);
  if (paren) return capitalise(paren[1]!.trim());
  const quoted = /“([^”]{3,80})”/u.exec(sentence);
  if (quoted && !/bình dân học vụ số/iu.test(quoted[1]!)) return quoted[1]!;
  const clause = before
    .split(/[;:]|trong đó/u)
    .at(-1)!
    .replace(/\*+/gu, '')
    .replace(/^\s*(-|[a-zđ]\)|giao nhiệm vụ)\s*/iu, '')
    .replace(/[,(]?\s*(hoàn thành trong|trong|vào|trước)?\s*$/iu, '')
    .trim();
  const short = clause.length > 90 ? `${clause.slice(0, 90).replace(/\s+\S*$/u, '')}…` : clause;
  return capitalise(short || heading);
}

function leadOfRow(header: string[], cells: string[], roster: Roster, province: string | undefined): string[] {
  const lead = header.findIndex((h) => /chu tri/u.test(foldText(h)));
  return lead >= 0 && cells[lead] ? roster.findInText(cells[lead]!, province).ids : [];
}

function subjectUnits(before: string, roster: Roster, province: string | undefined, addresseeIds: string[]): string[] {
  const subject = before.split(/\b(gửi về|gửi đến|gửi|nộp về|nộp)\b/u)[0] ?? before;
  const found = findInTextMentions(roster, subject, province);
  const generic = found.filter((id) => roster.get(id)?.all);
  // "các đơn vị, địa phương" in a letter sent to several units means those units; in a report to one superior it
  // describes the plan's own rule, which binds every unit of the province.
  if (generic.length > 0 && addresseeIds.length >= 2) return addresseeIds;
  if (found.length > 0) return found;
  if (addresseeIds.length >= 2) return addresseeIds;
  const all = roster.units.find((u) => u.all && u.province === province);
  return all ? [all.id] : [];
}

function recipient(sentence: string, roster: Roster, province: string | undefined): string | undefined {
  const m = /(?:gửi về|gửi đến|nộp về|báo cáo)\s+((?:Sở|UBND|Ủy ban|Ban|Văn phòng|Bộ|Thủ tướng)\s.{0,80})/u.exec(sentence);
  if (!m) return undefined;
  const ids = findInTextMentions(roster, m[1]!, province);
  return ids[0] ? roster.get(ids[0])?.name : undefined;
}

function slug(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
}

function stripEnd(text: string): string {
  return text.replace(/[.;,…]+$/u, '').trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
