import type { SourceRef } from '../store';
import { TIME_ZONE } from '../time';
import { severityLabel } from '../knowledge';
import type { Count, FileProblem, FileStatus, Report } from './build';

const INTENT_LABEL: Record<string, string> = {
  knowledge: 'Hỏi kiến thức',
  deadlines: 'Hạn báo cáo',
  tasks: 'Nhiệm vụ đơn vị',
  safety: 'Cảnh báo lộ thông tin',
  out_of_scope: 'Ngoài phạm vi',
  greeting: 'Chào hỏi, cảm ơn',
  help: 'Trợ giúp, lệnh',
};
const CHANNEL_LABEL: Record<string, string> = { web: 'Web', telegram: 'Telegram', zalo: 'Zalo', cli: 'Dòng lệnh' };

const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "23/11/2026 10:05", Vietnam time. */
export function formatTime(instant: Date): string {
  const p = Object.fromEntries(TIME.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "Từ 01/11/2026 00:00 đến hết ngày 30/11/2026" (the end is exclusive, so a midnight end is the day before's end). */
export function periodText(report: Pick<Report, 'from' | 'to'>): string {
  const end = formatTime(report.to);
  const endText = end.endsWith(' 00:00') ? `hết ngày ${formatTime(new Date(report.to.getTime() - 60_000)).slice(0, 10)}` : end;
  return `Từ ${formatTime(report.from)} đến ${endText} (giờ Việt Nam)`;
}

const passageText = (p?: SourceRef) => (p ? (p.section ? `${p.path} › ${p.section}` : p.path) : '');
const intentLabel = (key: string) => INTENT_LABEL[key] ?? key;
const channelLabel = (key: string) => CHANNEL_LABEL[key] ?? key;
const fileState = (f: FileStatus) => (f.failing ? 'CÓ LỖI' : f.problems.length > 0 ? 'cần xem lại' : 'ổn');
const problemText = (p: FileProblem) => `${severityLabel(p.severity)}: ${p.problem}`;
const quoted = (items: string[]) => items.map((t) => `“${t}”`).join('; ');

// ---- terminal page ----

const width = (s: string) => Array.from(s.normalize('NFC')).length;
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

/** Rows as aligned columns; numeric columns (`right`) are right-aligned. */
function columns(rows: string[][], right: boolean[], indent = '  '): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows.map((r) => indent + r.map((cell, i) => (i === r.length - 1 && !right[i] ? cell : right[i] ? padStart(cell, widths[i]!) : padEnd(cell, widths[i]!))).join('  '));
}

function countLines(title: string, counts: Count[], label: (k: string) => string): string[] {
  return ['', `  ${title}`, ...(counts.length ? columns(counts.map((c) => [label(c.key), String(c.count)]), [false, true], '    ') : ['    (chưa có)'])];
}

/** The report as a page for the terminal, in Vietnamese. */
export function renderText(report: Report): string {
  const { totals } = report;
  const out: string[] = ['BÁO CÁO CHO BIÊN TẬP VIÊN: TRỢ LÝ SỐ', periodText(report)];
  const heading = (title: string) => out.push('', title, '-'.repeat(width(title)));

  heading('1. TỔNG QUAN');
  out.push(
    ...columns(
      [
        ['Câu hỏi', String(totals.questions)],
        ['Chưa có thông tin', String(totals.notCovered)],
        ['Đánh giá hữu ích', String(totals.up)],
        ['Đánh giá chưa tốt', String(totals.down)],
      ],
      [false, true],
    ),
    ...countLines('Theo kênh', totals.byChannel, channelLabel),
    ...countLines('Theo loại câu hỏi', totals.byIntent, intentLabel),
  );

  const nc = report.notCovered;
  heading(`2. CÂU HỎI CHƯA CÓ THÔNG TIN (${nc.total} nhóm${nc.total > nc.groups.length ? `, hiện ${nc.groups.length} nhóm hỏi nhiều nhất` : ''})`);
  if (!nc.groups.length) out.push('  (không có)');
  const countWidth = Math.max(0, ...nc.groups.map((g) => String(g.count).length));
  for (const g of nc.groups) {
    const pad = ' '.repeat(countWidth + 8);
    out.push(`  ${padStart(String(g.count), countWidth)} lần  ${g.example}`);
    if (g.others.length) out.push(`${pad}Cách hỏi khác: ${quoted(g.others)}`);
    out.push(`${pad}Lần cuối: ${formatTime(g.lastAskedAt)}`);
  }

  const wr = report.worstRated;
  heading(`3. CÂU TRẢ LỜI BỊ CHÊ (${wr.total}${wr.total > wr.answers.length ? `, hiện ${wr.answers.length} câu bị chê nhiều nhất` : ''})`);
  if (!wr.answers.length) out.push('  (không có)');
  for (const a of wr.answers) {
    out.push(`  👎 ${a.down}  👍 ${a.up}  ${a.question}`);
    out.push(`      Đoạn đã dùng: ${passageText(a.passage) || '(không trích nguồn)'}`);
    out.push(`      Trả lời: ${a.answer}`);
    if (a.followUps.length) out.push(`      Hỏi tiếp sau 👎: ${a.followUps.map((f) => `“${f.key}”${f.count > 1 ? ` (${f.count} lần)` : ''}`).join('; ')}`);
  }

  heading(`4. TỆP CHƯA TRẢ LỜI CÂU NÀO (${report.unusedFiles.length})`);
  out.push(...(report.unusedFiles.length ? report.unusedFiles.map((p) => `  ${p}`) : ['  (không có)']));

  const failing = report.files.filter((f) => f.failing).length;
  heading(`5. TỆP KIẾN THỨC (${report.files.length} tệp, ${failing} tệp có lỗi)`);
  const rows = [['Tệp', 'Lập chỉ mục lúc', 'Lượt dùng', 'Tình trạng'], ...report.files.map((f) => [f.path, f.indexedAt ? formatTime(f.indexedAt) : '-', String(f.answered), fileState(f)])];
  const lines = columns(rows, [false, false, true, false]);
  out.push(lines[0]!);
  report.files.forEach((f, i) => {
    out.push(lines[i + 1]!);
    for (const p of f.problems) out.push(`      dòng ${p.line}: ${problemText(p)}`);
  });
  return `${out.join('\n')}\n`;
}

// ---- HTML page ----

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/gu, (c) => HTML_ESCAPES[c]!);
}

const STYLE = `
body{font:19px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#fff;max-width:70rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.3em;margin:1.8em 0 .5em;border-bottom:2px solid #d0d7de;padding-bottom:.2em}
h3{font-size:1.05em;margin:1.2em 0 .3em}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em}th,td{border:1px solid #c9d1d9;padding:.45em .6em;text-align:left;vertical-align:top}
th{background:#f3f5f7}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.muted{color:#555}.bad{color:#a40e26;font-weight:600}.warn{color:#7d4e00;font-weight:600}.ok{color:#1a7f37}ul{margin:.2em 0;padding-left:1.3em}
a{color:#0550ae}code{font-size:.9em;word-break:break-all}`;

function htmlTable(head: string[], rows: string[][], numeric: boolean[] = []): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  // Cells are already HTML: callers escape every value.
  const tr = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric[i] ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
}

const none = '<p class="muted">(không có)</p>';

/** The report as a small self-contained HTML page (no scripts, no external resources). `csvHref` adds a download link. */
export function renderHtml(report: Report, options: { csvHref?: string } = {}): string {
  const { totals } = report;
  const e = escapeHtml;
  const counts = (items: Count[], label: (k: string) => string) =>
    items.length ? htmlTable(['', 'Số câu'], items.map((c) => [e(label(c.key)), e(c.count)]), [false, true]) : none;
  const nc = report.notCovered;
  const wr = report.worstRated;
  const failing = report.files.filter((f) => f.failing).length;
  const parts = [
    `<h1>Báo cáo cho biên tập viên: Trợ lý số</h1>`,
    `<p>${e(periodText(report))}</p>`,
    options.csvHref ? `<p><a href="${e(options.csvHref)}">Tải bảng CSV</a></p>` : '',
    `<h2>1. Tổng quan</h2>`,
    htmlTable(
      ['', 'Số lượng'],
      [
        ['Câu hỏi', e(totals.questions)],
        ['Chưa có thông tin', e(totals.notCovered)],
        ['Đánh giá hữu ích 👍', e(totals.up)],
        ['Đánh giá chưa tốt 👎', e(totals.down)],
      ],
      [false, true],
    ),
    `<h3>Theo kênh</h3>`,
    counts(totals.byChannel, channelLabel),
    `<h3>Theo loại câu hỏi</h3>`,
    counts(totals.byIntent, intentLabel),
    `<h2>2. Câu hỏi chưa có thông tin (${e(nc.total)} nhóm${nc.total > nc.groups.length ? `, hiện ${e(nc.groups.length)} nhóm hỏi nhiều nhất` : ''})</h2>`,
    nc.groups.length
      ? htmlTable(
          ['Số lần', 'Câu hỏi', 'Cách hỏi khác', 'Lần cuối'],
          nc.groups.map((g) => [e(g.count), e(g.example), g.others.length ? `<ul>${g.others.map((o) => `<li>${e(o)}</li>`).join('')}</ul>` : '', e(formatTime(g.lastAskedAt))]),
          [true],
        )
      : none,
    `<h2>3. Câu trả lời bị chê (${e(wr.total)}${wr.total > wr.answers.length ? `, hiện ${e(wr.answers.length)} câu bị chê nhiều nhất` : ''})</h2>`,
    wr.answers.length
      ? htmlTable(
          ['👎', '👍', 'Câu hỏi', 'Đoạn đã dùng', 'Câu trả lời (phần đầu)', 'Hỏi tiếp sau 👎'],
          wr.answers.map((a) => [
            e(a.down),
            e(a.up),
            e(a.question),
            a.passage ? `<code>${e(passageText(a.passage))}</code>` : '<span class="muted">(không trích nguồn)</span>',
            e(a.answer),
            a.followUps.length ? `<ul>${a.followUps.map((f) => `<li>${e(f.key)}${f.count > 1 ? ` (${e(f.count)} lần)` : ''}</li>`).join('')}</ul>` : '',
          ]),
          [true, true],
        )
      : none,
    `<h2>4. Tệp chưa trả lời câu nào (${e(report.unusedFiles.length)})</h2>`,
    report.unusedFiles.length ? `<ul>${report.unusedFiles.map((p) => `<li><code>${e(p)}</code></li>`).join('')}</ul>` : none,
    `<h2>5. Tệp kiến thức (${e(report.files.length)} tệp, ${e(failing)} tệp có lỗi)</h2>`,
    htmlTable(
      ['Tệp', 'Lập chỉ mục lúc', 'Lượt dùng', 'Tình trạng'],
      report.files.map((f) => [
        `<code>${e(f.path)}</code>`,
        f.indexedAt ? e(formatTime(f.indexedAt)) : '-',
        e(f.answered),
        (f.failing ? '<span class="bad">Có lỗi</span>' : f.problems.length ? '<span class="warn">Cần xem lại</span>' : '<span class="ok">Ổn</span>') +
          (f.problems.length ? `<ul>${f.problems.map((p) => `<li>dòng ${e(p.line)}: ${e(problemText(p))}</li>`).join('')}</ul>` : ''),
      ]),
      [false, false, true],
    ),
  ];
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Báo cáo Trợ lý số</title>
<style>${STYLE}</style>
</head>
<body>
${parts.filter(Boolean).join('\n')}
</body>
</html>
`;
}

// ---- CSV ----

/** The CSV header; every row has these six fields. */
export const CSV_HEADER = ['section', 'key', 'count', 'up', 'detail', 'extra'] as const;

type Cell = string | number | undefined;

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote or a line break. A text starting with = + - @ or a tab
 * gets a leading apostrophe so a spreadsheet shows it instead of running it as a formula (questions are typed by
 * anyone).
 */
export function csvField(value: Cell): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * The report as CSV, one row per item, CRLF line ends. Rows by `section` (empty fields omitted):
 * - `period`: key `from`/`to`, detail dd/mm/yyyy HH:mm (Vietnam), extra the ISO instant (`to` is exclusive)
 * - `total`: key `questions`, `not_covered`, `thumbs_up` or `thumbs_down`, count
 * - `channel`, `intent`: key the channel or intent, count the questions
 * - `not_covered`: key the most common wording, count the times asked, detail other wordings joined by " | ",
 *   extra the last time asked
 * - `worst_rated`: key the question, count the 👎, up the 👍, detail the passage "path › section", extra the answer's start
 * - `follow_up`: key a question asked after a 👎, count the times, detail the worst_rated question it followed,
 *   extra that answer's passage
 * - `unused_file`: key the path, extra its last indexed time
 * - `file`: key the path, count the questions it answered, detail `ok` or `failing`, extra its last indexed time
 * - `problem`: key the path, detail the problem ("lỗi: …" or "cảnh báo: …"), extra the line
 * With `bom`, starts with a UTF-8 byte order mark so spreadsheet programs read the Vietnamese correctly.
 */
export function renderCsv(report: Report, options: { bom?: boolean } = {}): string {
  const rows: Cell[][] = [[...CSV_HEADER]];
  const row = (section: string, key: Cell, count?: Cell, up?: Cell, detail?: Cell, extra?: Cell) => rows.push([section, key, count, up, detail, extra]);
  row('period', 'from', undefined, undefined, formatTime(report.from), report.from.toISOString());
  row('period', 'to', undefined, undefined, formatTime(report.to), report.to.toISOString());
  const t = report.totals;
  row('total', 'questions', t.questions);
  row('total', 'not_covered', t.notCovered);
  row('total', 'thumbs_up', t.up);
  row('total', 'thumbs_down', t.down);
  for (const c of t.byChannel) row('channel', c.key, c.count);
  for (const c of t.byIntent) row('intent', c.key, c.count);
  for (const g of report.notCovered.groups) row('not_covered', g.example, g.count, undefined, g.others.join(' | ') || undefined, formatTime(g.lastAskedAt));
  for (const a of report.worstRated.answers) {
    row('worst_rated', a.question, a.down, a.up, passageText(a.passage) || undefined, a.answer);
    for (const f of a.followUps) row('follow_up', f.key, f.count, undefined, a.question, passageText(a.passage) || undefined);
  }
  const indexed = (f?: FileStatus) => (f?.indexedAt ? formatTime(f.indexedAt) : undefined);
  for (const path of report.unusedFiles) row('unused_file', path, undefined, undefined, undefined, indexed(report.files.find((f) => f.path === path)));
  for (const f of report.files) row('file', f.path, f.answered, undefined, f.failing ? 'failing' : 'ok', indexed(f));
  for (const f of report.files) for (const p of f.problems) row('problem', f.path, undefined, undefined, problemText(p), p.line);
  return `${options.bom ? '\uFEFF' : ''}${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
