import { parseArgs } from 'node:util';
import { NOTICES } from '../knowledge';
import { openKnowledgeIndex } from '../retrieval';
import { createEmbedder } from '../app/runtime';
import { checkKnowledge, countProblems, lessonProblems, officialsProblems, sortProblems } from '../app/knowledge-check';
import { loadOfficialsData } from '../officials';
import { configOrExit, parseToday, progressLine, run } from './common';

const HELP = `Validate the knowledge folder and build the search index.

Usage:
  npm run ingest              rebuild the index in DATA_DIR/index from KNOWLEDGE_DIR
  npm run ingest -- --check   only validate every file; the index is not touched
  --today YYYY-MM-DD          the day the age of lessons is counted from (default: today)

Both check the markdown files, units.yaml, contacts.yaml and the plans' *.extracted.yaml records, and the lessons'
content: sections without "Cách hỏi khác:" variants, lessons without sources, phone numbers and web sites missing
from contacts.yaml, and an "updated" date older than KNOWLEDGE_MAX_AGE_DAYS. Ingest also brings the records up to
date with their plans (keeping editors' hand corrections). Every problem is printed in Vietnamese as
"path:line: lỗi|cảnh báo: …", warnings first, then errors, then a summary line with the counts.
Exit status: 0 when no file has errors (warnings alone do not fail), 1 when some file has errors,
2 on a configuration or usage error. A file with errors keeps serving its last good version.`;

run(async () => {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, today: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const config = configOrExit();
  const now = values.today ? parseToday(values.today) : new Date();
  const print = (lines: string[]) => process.stdout.write(lines.map((l) => `${l}\n`).join(''));
  if (values.check) {
    const result = await checkKnowledge({ knowledgeDir: config.knowledgeDir, now, maxAgeDays: config.knowledgeMaxAgeDays });
    const counts = countProblems(result.problems);
    print([...result.problems.map((p) => p.message), NOTICES.checkSummary({ files: result.files, extracted: result.extracted, ...counts })]);
    return counts.errors > 0 ? 1 : 0;
  }
  const started = Date.now();
  const index = await openKnowledgeIndex({
    knowledgeDir: config.knowledgeDir,
    dataDir: config.dataDir,
    embedder: createEmbedder(config),
    force: true,
    onProgress: progressLine,
  });
  const officials = await loadOfficialsData({ knowledgeDir: config.knowledgeDir, docs: index.docs });
  const failing = new Set(index.failing);
  const problems = sortProblems([
    ...index.problems,
    ...officialsProblems(officials),
    ...(await lessonProblems(config.knowledgeDir, index.docs.filter((d) => !failing.has(d.path)), { now, maxAgeDays: config.knowledgeMaxAgeDays, lexicon: index.lexicon })),
  ]);
  const kinds: Record<string, number> = {};
  for (const d of index.docs) kinds[d.meta.kind] = (kinds[d.meta.kind] ?? 0) + 1;
  const counts = countProblems(problems);
  print([
    ...officials.written.map((w) => NOTICES.recordsUpdated(w.path)),
    ...problems.map((p) => p.message),
    NOTICES.ingestSummary({ passages: index.chunks.length, files: index.docs.length, kinds, seconds: (Date.now() - started) / 1000, ...counts }),
  ]);
  return counts.errors > 0 ? 1 : 0;
});
