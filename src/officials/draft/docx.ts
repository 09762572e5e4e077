import type { Paragraph, Table } from 'docx';
import { MESSAGES as M } from '../messages';
import type { DraftContent, DraftParagraph } from './content';

/** The draft report as a Word document: national heading, title, the outline's sections filled in, the appendix table. */
export async function renderDocx(content: DraftContent): Promise<Uint8Array> {
  // Loaded on the first draft, not at start-up: the library is large and most processes never write a report.
  const { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

  function run(p: DraftParagraph) {
    return new TextRun({ text: p.text, italics: p.guidance, highlight: p.blank ? 'yellow' : undefined });
  }

  const centred = (text: string, bold = false) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold })] });

  function table(header: readonly string[], rows: string[][]) {
    const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
    });
  }

  const body: (Paragraph | Table)[] = [
    new Paragraph({ children: [new TextRun({ text: M.draft.agency(content.unit), bold: true })] }),
    centred(M.draft.nation, true),
    centred(M.draft.motto, true),
    new Paragraph({ children: [new TextRun(M.draft.number)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: M.draft.placeDate(content.province), italics: true })] }),
    ...content.title.map((t, i) => centred(t, i === 0)),
    ...(content.recipient ? [centred(M.draft.to(content.recipient))] : []),
    ...content.intro.map((p) => new Paragraph({ children: [run(p)] })),
  ];
  for (const section of content.sections) {
    body.push(new Paragraph({ heading: HEADINGS[Math.min(section.level, HEADINGS.length) - 1], children: [new TextRun({ text: section.heading, bold: true })] }));
    for (const p of section.paragraphs) body.push(new Paragraph({ children: [run(p)] }));
    if (section.criteria) {
      body.push(table(M.draft.criteriaHeader, section.criteria.map((c) => [`Tiêu chí ${c.number}`, c.text, c.target, `${c.assessedBy}: ${c.value}`])));
    }
  }
  body.push(...content.signature.map((s) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: s, bold: !s.startsWith('(') })] })));
  const appendix: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun({ text: M.draft.appendixTitle, bold: true })] }),
    table(M.draft.appendixHeader, content.appendix.map((r) => [String(r.stt), r.task, r.lead, r.support, r.result, r.document])),
  ];
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [{ children: body }, { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: appendix }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
