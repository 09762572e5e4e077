import { rowText, type Section } from '../../knowledge';
import { foldText } from '../../text';
import { findTimeExpressions, parseTiming, type Schedule } from '../../time';
import type { TaskRecord, TaskStatus } from '../records';
import { nameOf, unitsIn, type ExtractionContext } from './context';
import { isDue } from './deadlines';
import { hash, stripEnd, unique, withoutNumber } from './sections';
import { namedAddressees, partnersInText, type HeadingAssignment } from './units';

const FIELD = /^(Đơn vị chủ trì|Đơn vị phối hợp|Thời gian thực hiện|Thời gian|Kết quả thực hiện|Kết quả)\s*:\s*(.*)$/iu;
const LETTERED = /^([a-zđ])\)\s+(.*)$/u;
const SUB_ITEM = /^\((\d+)\)\s+/u;
/** "Thực hiện các nhiệm vụ được giao tại Kế hoạch.": a reminder, not a task of its own. */
const GENERIC = /^thuc hien (cac )?nhiem vu (duoc giao|theo) (tai |trong )?ke hoach\.?$/u;
/** Schedules that come back: a result reported for one year says nothing of the next. */
const RECURRING = new Set<Schedule['kind']>(['yearly', 'quarterly', 'monthly', 'periodic']);

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
export class SectionReader {
  private current?: Draft;
  private intro?: { text: string; line: number };
  private itemCount = 0;

  constructor(
    private readonly context: ExtractionContext,
    private readonly section: Section,
    private readonly ref: string,
    private readonly assigned: HeadingAssignment,
  ) {}

  read(): void {
    const organising = this.assigned.ids.length > 0;
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
      this.context.tasks.push(
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
    if (d.lead.length === 0 && this.assigned.ids.length === 0) return;
    this.context.tasks.push(this.record(d));
  }

  private record(d: Draft): TaskRecord {
    const context = this.context;
    const proposal = d.lead.length === 0 && this.assigned.kind === 'proposal';
    const named = d.lead.length === 0 && !proposal ? namedAddressees(context, d.text) : [];
    const headingLeads = named.length > 0 ? named : this.assigned.ids;
    const leadIds = d.lead.length > 0 ? d.lead.flatMap((l) => unitsIn(context, l, d.line)) : headingLeads;
    const supportIds = d.support.length > 0 ? d.support.flatMap((s) => unitsIn(context, s, d.line)) : partnersInText(context, d.text).filter((id) => !leadIds.includes(id));
    const timing = d.timing ?? timingInText(d.text);
    const schedule = timing ? parseTiming(timing) : undefined;
    const status = statusOf(d.result);
    const recurring = !!d.result && !!schedule && RECURRING.has(schedule.kind) && !!context.reportedYear;
    return {
      id: d.id,
      kind: proposal ? 'proposal' : 'task',
      text: d.text,
      details: d.details,
      lead: proposal ? [] : d.lead.length > 0 ? d.lead.map(stripEnd) : headingLeads.map((id) => nameOf(context, id)),
      lead_ids: proposal ? [] : unique(leadIds),
      support: d.support.length > 0 ? d.support.map(stripEnd) : supportIds.map((id) => nameOf(context, id)),
      support_ids: unique(supportIds),
      ...(proposal ? { addressed: headingLeads.map((id) => nameOf(context, id)), addressed_ids: [...headingLeads] } : {}),
      timing: timing ? stripEnd(timing) : undefined,
      schedule,
      result: d.result,
      ...(recurring ? { result_year: context.reportedYear } : {}),
      status,
      section: this.section.headings.join(' › '),
      line: d.line,
      source_hash: hash(d.source.join('\n')),
      checksum: '',
    };
  }
}

/**
 * A timing stated inside a task's own text ("… trong Quý I/2026", "đánh giá tiến độ theo tháng, quý"), skipping the
 * dates of documents it cites; a stated rhythm ("theo tháng, quý") beats a vague "định kỳ".
 */
export function timingInText(text: string): string | undefined {
  const found = findTimeExpressions(text).filter((e) => {
    const k = e.schedule.kind;
    if (k === 'ongoing' || k === 'periodic' || (k === 'month' && e.schedule.from)) return true;
    return isDue(e, text);
  });
  const rhythm = found.find((e) => e.schedule.kind === 'periodic' && e.schedule.every?.length);
  return (rhythm ?? found.find((e) => e.schedule.kind !== 'periodic') ?? found[0])?.text;
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
