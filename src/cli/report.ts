import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { officialsProblems } from '../app/knowledge-check';
import { createEmbedder } from '../app/runtime';
import { NOTICES } from '../knowledge';
import { loadOfficialsData } from '../officials';
import { buildReport, parsePeriod, PeriodError, renderCsv, renderText } from '../report';
import { openKnowledgeIndex } from '../retrieval';
import { DATABASE_FILE, openStore, SqliteStore } from '../store';
import { configOrExit, progressLine, run, UsageError } from './common';

const HELP = `The content editors' report: what people asked that the knowledge does not cover, the answers they rated 👎,
knowledge files no answer used, when each file was indexed and which ones fail validation, and totals per channel
and intent. Questions are stored with secrets already hidden; the report names no user.

Usage:
  npm run --silent report -- [--days 30] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]

Options:
  --days N         the last N days up to now (default 30); with --from alone, N days from that date
  --from DATE      first day of the period (00:00 Vietnam time)
  --to DATE        last day of the period, included (up to 24:00 Vietnam time; default: now)
  --csv            print CSV (section,key,count,up,detail,extra; one row per item) instead of the page
  -h, --help       show this help

Examples:
  npm run --silent report -- --days 7
  npm run --silent report -- --from 2026-11-01 --to 2026-11-30 --csv > bao-cao-thang-11.csv

The same report is served at GET /admin/report when ADMIN_TOKEN is set (the token in the Authorization header:
Bearer, or the password of the browser's login prompt).`;

run(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        days: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        csv: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  let period: { from: Date; to: Date };
  try {
    period = parsePeriod({ days: values.days, from: values.from, to: values.to }, new Date());
  } catch (error) {
    if (error instanceof PeriodError) throw new UsageError(error.message);
    throw error;
  }

  const config = configOrExit();
  const index = await openKnowledgeIndex({
    knowledgeDir: config.knowledgeDir,
    dataDir: config.dataDir,
    embedder: createEmbedder(config),
    onProgress: progressLine,
  });
  const officials = await loadOfficialsData({ knowledgeDir: config.knowledgeDir, docs: index.docs });
  for (const file of officials.written) progressLine(NOTICES.recordsUpdated(file.path));
  const file = join(config.dataDir, DATABASE_FILE);
  const stored = !!config.databaseUrl || existsSync(file);
  if (!stored) progressLine(`no database at ${file} yet (nothing was asked there): the report has no questions`);
  const store = stored ? await openStore(config) : new SqliteStore(':memory:');
  try {
    const report = await buildReport({ store, index, officials: { problems: officialsProblems(officials) }, ...period });
    process.stdout.write(values.csv ? renderCsv(report, { bom: true }) : renderText(report));
    return 0;
  } finally {
    await store.close();
  }
});
