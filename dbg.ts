import { createLogger } from './src/app/logger';
import { createRuntime } from './src/app/runtime';
import { loadConfig } from './src/config';
const rt = await createRuntime(loadConfig(process.env), { log: createLogger('warn'), onProgress: () => {} });
const r = rt.knowledge.current.retriever;
for (const q of process.argv.slice(2)) {
  const a = r.analyse(q);
  console.log('Q:', q, '\n  norm:', a.normalized);
  console.log('  concepts:', a.concepts.map(c => `${c.alternatives.map(x=>x.join(' ')).join('/')}=${r.lexical.conceptWeight(c.alternatives).toFixed(2)}`).join(', '));
  const res = await r.search(a, 5);
  console.log('  covered', res.covered, res.rule);
  for (const p of res.passages) console.log(`   ${p.score.toFixed(2)} cov=${p.coverage.toFixed(2)} m=${p.matched.toFixed(1)} var=${p.variantMatch.toFixed(2)} ${p.chunk.path.split('/').pop()} › ${p.chunk.section.slice(0,60)} | ${p.matchedVariant?.slice(0,60) ?? ''}`);
}
rt.close();
