import { parseArgs } from 'node:util';
import { listKnowledgeFiles, parseKnowledgeFiles } from '../knowledge';
import { openKnowledgeIndex } from '../retrieval';
import { createEmbedder } from '../app/runtime';
import { loadOfficialsData, ROSTER_FILE } from '../officials';
import { configOrExit, progressLine, run } from './common';

const HELP = `Validate the knowledge folder and build the search index.

Usage:
  npm run ingest              rebuild the index in DATA_DIR/index from KNOWLEDGE_DIR
  npm run ingest -- --check   only validate every file; the index is not touched

Both check the markdown files, units.yaml and the plans' *.extracted.yaml records; ingest also brings those records up
to date with their plans (keeping editors' hand corrections).
Exit status: 0 when every file is valid, 1 when some file has problems (each is listed as path:line),
2 on a configuration error. A file with problems keeps serving its last good version.`;

run(async () => {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const config = configOrExit();
  if (values.check) {
    const files = await listKnowledgeFiles(config.knowledgeDir);
    const result = parseKnowledgeFiles(files);
    const officials = await loadOfficialsData({ knowledgeDir: config.knowledgeDir, docs: result.docs, dryRun: true });
    const problems = [...result.problems, ...officials.problems];
    for (const p of problems) process.stdout.write(`${p.message}\n`);
    for (const u of officials.unknownUnits) process.stdout.write(`${u.file}:${u.line}: warning: unit "${u.name}" is not in units.yaml; add it (or an alias) so its tasks reach its officials\n`);
    for (const c of officials.conflicts) process.stdout.write(`${c.file}: warning: record ${c.id} was corrected by hand but its plan paragraph changed; review it\n`);
    for (const w of officials.written) process.stdout.write(`${w.path}: warning: out of date with its plan; npm run ingest (or the running bot) will update it\n`);
    const failing = new Set([...result.failing, ...officials.problems.map((p) => p.path)]);
    process.stdout.write(`checked ${files.length} knowledge files, ${ROSTER_FILE} and ${officials.plans.length} extraction files: ${failing.size} with problems\n`);
    return failing.size > 0 ? 1 : 0;
  }
  const started = Date.now();
  const index = await openKnowledgeIndex({
    knowledgeDir: config.knowledgeDir,
    dataDir: config.dataDir,
    embedder: createEmbedder(config),
    force: true,
    onProgress: progressLine,
  });
  const byKind = new Map<string, number>();
  for (const d of index.docs) byKind.set(d.meta.kind, (byKind.get(d.meta.kind) ?? 0) + 1);
  const officials = await loadOfficialsData({ knowledgeDir: config.knowledgeDir, docs: index.docs });
  for (const p of [...index.problems, ...officials.problems]) process.stdout.write(`${p.message}\n`);
  for (const w of officials.written) process.stdout.write(`updated ${w.path} from its plan\n`);
  for (const u of officials.unknownUnits) process.stdout.write(`${u.file}:${u.line}: warning: unit "${u.name}" is not in units.yaml\n`);
  for (const c of officials.conflicts) process.stdout.write(`${c.file}: warning: record ${c.id} was corrected by hand but its plan paragraph changed; review it\n`);
  const kinds = [...byKind].map(([k, n]) => `${n} ${k}`).join(', ');
  process.stdout.write(
    `indexed ${index.chunks.length} passages from ${index.docs.length} files (${kinds}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
      (index.failing.length > 0 ? `${index.failing.length} file(s) have problems; their last good version (if any) is still served\n` : ''),
  );
  return index.failing.length > 0 || officials.problems.length > 0 ? 1 : 0;
});
