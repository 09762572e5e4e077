import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { swapInto } from '../../src/retrieval/swap-into';
import { tempDir } from '../helpers';

async function folder(path: string, value: string): Promise<void> {
  await mkdir(path, { recursive: true });
  await writeFile(join(path, 'value'), value);
}

describe('swapping a freshly built folder in', () => {
  it('replaces the folder there, or makes it', async () => {
    const root = await tempDir('tls-swap-');
    await folder(join(root, 'a'), 'first');
    await swapInto(join(root, 'a'), join(root, 'index'));
    await folder(join(root, 'b'), 'second');
    await swapInto(join(root, 'b'), join(root, 'index'));
    expect(await readFile(join(root, 'index', 'value'), 'utf8')).toBe('second');
    expect(await readdir(root)).toEqual(['index']);
  });

  it('leaves one whole folder and nothing else when several swaps run at once (as two builds of one index do)', async () => {
    const root = await tempDir('tls-swap-');
    await folder(join(root, 'index'), 'old');
    const values = ['0', '1', '2', '3', '4', '5'];
    for (const v of values) await folder(join(root, `next-${v}`), v);
    await Promise.all(values.map((v) => swapInto(join(root, `next-${v}`), join(root, 'index'))));
    expect(values).toContain(await readFile(join(root, 'index', 'value'), 'utf8'));
    expect(await readdir(root)).toEqual(['index']);
  });
});
