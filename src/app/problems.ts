import type { OfficialsData } from '../officials';
import type { KnowledgeIndex } from '../retrieval';

export interface ProblemsReport {
  logLines: { level: 'warn' | 'info'; file?: string; message: string }[];
  /** What to tell the admins' chat, when something newly broke or was fixed. */
  adminText?: string;
}

/**
 * What changed in the knowledge's health after a reload: files that broke (each problem with path:line, the last
 * good version still serving) and files that were fixed.
 */
export function knowledgeProblemsReport(
  before: { failing: Set<string>; officials: Set<string> },
  index: KnowledgeIndex,
  officials: OfficialsData,
): ProblemsReport {
  const failing = new Set(index.failing);
  const broke = [...failing].filter((f) => !before.failing.has(f));
  const fixed = [...before.failing].filter((f) => !failing.has(f));
  const newOfficials = officials.problems.filter((p) => !before.officials.has(p.message));
  const logLines: ProblemsReport['logLines'] = [];
  const problems = [...index.problems.filter((p) => broke.includes(p.path)), ...newOfficials];
  for (const p of problems) logLines.push({ level: 'warn', file: p.path, message: `${p.message} (the last good version keeps serving)` });
  for (const f of fixed) logLines.push({ level: 'info', file: f, message: `${f} is valid again and serving its new version` });
  logLines.push({ level: 'info', message: `knowledge reloaded: ${index.chunks.length} passages from ${index.docs.length} files, ${failing.size} failing` });
  const lines = [
    ...(problems.length > 0 ? ['⚠️ Tệp kiến thức có lỗi (bản đúng gần nhất vẫn đang được dùng):', ...problems.map((p) => `• ${p.message}`)] : []),
    ...(fixed.length > 0 ? ['✅ Đã sửa xong, đang dùng bản mới:', ...fixed.map((f) => `• ${f}`)] : []),
  ];
  return { logLines, adminText: lines.length > 0 ? lines.join('\n') : undefined };
}
