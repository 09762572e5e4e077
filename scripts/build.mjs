// Compiles the commands in src/cli to dist/ (esbuild: one ESM file per command, dependencies left in node_modules),
// so `npm start` runs JavaScript instead of compiling TypeScript at every start.
//   node scripts/build.mjs             build
//   node scripts/build.mjs --if-stale  build only when src/ changed since the last build (what `npm start` runs first)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const stampFile = join(dist, '.source-hash');
/** Files the compiled commands read at run time, next to where the code expects them. */
const ASSETS = ['channels/web/page.html', 'media/qr-worker.mjs'];

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** A hash of every source file's path and content, and of the lock file: dist/ is stale when it differs. */
function sourceHash() {
  const hash = createHash('sha256');
  for (const file of [...files(src).sort(), join(root, 'package-lock.json'), join(root, 'scripts/build.mjs')]) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const current = sourceHash();
if (process.argv.includes('--if-stale') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === current) process.exit(0);

const started = Date.now();
const { build } = await import('esbuild');
const entryPoints = readdirSync(join(src, 'cli'))
  .filter((f) => f.endsWith('.ts') && f !== 'common.ts')
  .map((f) => join(src, 'cli', f));
const { outputFiles } = await build({
  entryPoints,
  outbase: src,
  outdir: dist,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  write: false,
});

/** Writes through a temporary file and a rename, so a server starting meanwhile never reads half a file. */
function writeAtomic(file, contents) {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file);
}
for (const file of outputFiles) writeAtomic(file.path, file.contents);
for (const asset of ASSETS) writeAtomic(join(dist, asset), readFileSync(join(src, asset)));
writeAtomic(join(dist, 'package.json'), '{ "type": "module" }\n');
writeAtomic(stampFile, current);
process.stderr.write(`[trợ lý số] compiled ${entryPoints.length} commands to dist/ in ${Date.now() - started} ms\n`);
