import { rename, rm } from 'node:fs/promises';

/**
 * Moves the folder `next` to `dir`, replacing what is there, so readers never see half a folder. Others may swap their
 * own folder in at the same time (two starts, parallel `ask` runs building one index): whichever comes last stays.
 */
export async function swapInto(next: string, dir: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const old = `${dir}.old-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const moved = await rename(dir, old).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    try {
      await rename(next, dir);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 20 || (code !== 'ENOTEMPTY' && code !== 'EEXIST')) throw error;
    } finally {
      if (moved) await rm(old, { recursive: true, force: true });
    }
  }
}
