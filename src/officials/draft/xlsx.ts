import { MESSAGES as M } from '../messages';
import type { AppendixRow } from './content';

const WIDTHS = [6, 70, 28, 36, 48, 40];

/** The appendix table (STT, nhiệm vụ, chủ trì, phối hợp, kết quả, văn bản) as an Excel workbook. */
export async function renderXlsx(rows: readonly AppendixRow[]): Promise<Uint8Array> {
  // Loaded on the first draft, not at start-up: the library is large and most processes never write a report.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(M.draft.appendixSheet);
  sheet.columns = M.draft.appendixHeader.map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow([r.stt, r.task, r.lead, r.support, r.result, r.document]);
  sheet.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
