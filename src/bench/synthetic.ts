import type { Chunk, Unit } from '../knowledge';

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` synthetic passages built from the knowledge's own sentences: each takes a real section heading and
 * three to six sentences drawn from across the corpus, so vocabulary and length match real Vietnamese passages.
 */
export function syntheticChunks(source: readonly Chunk[], count: number, seed = 7): Chunk[] {
  const random = seededRandom(seed);
  const units: Unit[] = source.flatMap((c) => c.units);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const out: Chunk[] = [];
  for (let i = 0; i < count; i++) {
    const base = pick(source);
    const n = 3 + Math.floor(random() * 4);
    const picked = Array.from({ length: n }, () => pick(units)).map((u, k) => ({ ...u, block: k }));
    out.push({ ...base, id: `synthetic#${i}`, path: `synthetic/${i}.md`, units: picked });
  }
  return out;
}
