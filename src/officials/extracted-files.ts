import { readFile, writeFile } from 'node:fs/promises';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { KnowledgeFileError, KnowledgeValidationError, problemFromIssue } from '../knowledge';
import { recordChecksum, type Extraction } from './extract/index';
import { extractedFileSchema, type DeadlineRecord, type ExtractedFile, type TaskRecord } from './records';

export const EXTRACTED_SUFFIX = '.extracted.yaml';

const HEADER = `# Nhiệm vụ và hạn báo cáo trích tự động từ văn bản cùng tên (.md) khi chạy npm run ingest hoặc npm start.
# Biên tập viên có thể sửa trực tiếp một bản ghi (đơn vị, thời gian, trạng thái…): lần trích sau sẽ GIỮ bản sửa tay
# (nhận ra nhờ "checksum" không còn khớp) và chỉ ghi chú (note) nếu đoạn văn gốc đã thay đổi. Muốn trích lại từ đầu
# một bản ghi, hãy xóa nó khỏi tệp này. Thêm bản ghi mới bằng tay thì để checksum: manual.
`;

export function extractedPathFor(planPath: string): string {
  return planPath.replace(/\.md$/u, EXTRACTED_SUFFIX);
}

/** Parses a reviewed extraction file; throws KnowledgeValidationError naming path:line of a bad record. */
export function parseExtractedFile(path: string, source: string): ExtractedFile {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  const yamlError = doc.errors[0];
  if (yamlError) throw new KnowledgeValidationError([new KnowledgeFileError({ code: 'yaml_syntax', path, line: counter.linePos(yamlError.pos[0]).line, found: yamlError.code })]);
  const raw: unknown = doc.toJS();
  const parsed = extractedFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new KnowledgeValidationError(
      parsed.error.issues.map((issue) => {
        const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
        const line = node?.range ? counter.linePos(node.range[0]).line : 1;
        return new KnowledgeFileError(problemFromIssue(issue, { path, line, value: raw }));
      }),
    );
  }
  return parsed.data;
}

export interface MergeResult {
  file: ExtractedFile;
  /** Records an editor changed whose source paragraph has changed since: to be reviewed. */
  conflicts: string[];
}

const edited = (r: TaskRecord | DeadlineRecord) => recordChecksum(r) !== r.checksum;
const SOURCE_CHANGED = 'Đoạn văn gốc đã thay đổi sau khi bản ghi này được sửa tay: cần xem lại.';
const SOURCE_GONE = 'Đoạn văn gốc không còn trong văn bản; bản ghi sửa tay được giữ lại: cần xem lại.';

/** Fresh extraction merged with the reviewed file: hand-edited records win, and are flagged when their source changed. */
export function mergeExtraction(previous: ExtractedFile | undefined, fresh: Extraction): MergeResult {
  const conflicts: string[] = [];
  const merge = <R extends TaskRecord | DeadlineRecord>(old: readonly R[], next: readonly R[]): R[] => {
    const byId = new Map(old.map((r) => [r.id, r]));
    const out = next.map((r) => {
      const kept = byId.get(r.id);
      if (!kept || !edited(kept)) return r;
      if (kept.source_hash !== r.source_hash) {
        conflicts.push(r.id);
        return { ...kept, note: SOURCE_CHANGED };
      }
      return kept;
    });
    const ids = new Set(next.map((r) => r.id));
    for (const r of old) {
      if (ids.has(r.id) || !edited(r)) continue;
      if (r.checksum !== 'manual') conflicts.push(r.id);
      out.push(r.checksum === 'manual' ? r : { ...r, note: SOURCE_GONE });
    }
    return out;
  };
  return {
    file: { plan: fresh.plan, tasks: merge(previous?.tasks ?? [], fresh.tasks), deadlines: merge(previous?.deadlines ?? [], fresh.deadlines) },
    conflicts,
  };
}

export function renderExtractedFile(file: ExtractedFile): string {
  return HEADER + stringify(file, { lineWidth: 0, aliasDuplicateObjects: false });
}

/**
 * Reads the reviewed file beside a plan, merges a fresh extraction into it and writes it back when it changed.
 * A reviewed file that no longer parses is left untouched (the editor's work is not overwritten) and reported.
 */
export async function syncExtractedFile(
  absolutePath: string,
  displayPath: string,
  fresh: Extraction,
  /** Only report what would change (`npm run ingest -- --check`): nothing is written. */
  dryRun = false,
): Promise<{ file: ExtractedFile; conflicts: string[]; problems: KnowledgeFileError[]; written: boolean; text?: string }> {
  const source = await readFile(absolutePath, 'utf8').catch(() => undefined);
  let previous: ExtractedFile | undefined;
  if (source !== undefined) {
    try {
      previous = parseExtractedFile(displayPath, source);
    } catch (error) {
      if (!(error instanceof KnowledgeValidationError)) throw error;
      return { file: mergeExtraction(undefined, fresh).file, conflicts: [], problems: error.problems, written: false };
    }
  }
  const { file, conflicts } = mergeExtraction(previous, fresh);
  const text = renderExtractedFile(file);
  const written = text !== source;
  if (written && !dryRun) await writeFile(absolutePath, text);
  return { file, conflicts, problems: [], written, text };
}
