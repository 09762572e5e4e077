import { parseArgs } from 'node:util';
import { listKnowledgeFiles, parseKnowledgeFiles } from '../knowledge';
import { openKnowledgeIndex } from '../retrieval';
import { createEmbedder } from '../app/runtime';
import { configOrExit, progressLine, run } from './common';

const HELP = `Validate the knowledge folder and build the search index.

Usage:
  npm run ingest              rebuild the index in DATA_DIR/index from KNOWLEDGE_DIR
  npm run ingest -- --check   only validate every file; the index is not touched

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
    for (const p of result.problems) process.stdout.write(`${p.message}\n`);
    process.stdout.write(`checked ${files.length} files: ${files.length - result.failing.length} valid, ${result.failing.length} with problems\n`);
    return result.failing.length > 0 ? 1 : 0;
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
  for (const p of index.problems) process.stdout.write(`${p.message}\n`);
  const kinds = [...byKind].map(([k, n]) => `${n} ${k}`).join(', ');
  process.stdout.write(
    `indexed ${index.chunks.length} passages from ${index.docs.length} files (${kinds}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
      (index.failing.length > 0 ? `${index.failing.length} file(s) have problems; their last good version (if any) is still served\n` : ''),
  );
  return index.failing.length > 0 ? 1 : 0;
});
