import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import chokidar, { type FSWatcher } from 'chokidar';
import type { Logger } from 'pino';
import { NOTICES, hashText } from '../knowledge';

export interface KnowledgeWatcher {
  /** Resolves once the folder has been scanned: changes from then on are seen. */
  ready: Promise<void>;
  close(): Promise<void>;
  /** Resolves once no reload is pending or running (tests wait on it). */
  idle(): Promise<void>;
}

export interface WatchOptions {
  dir: string;
  /** Rebuilds what changed; called at most once at a time. */
  reload: () => Promise<void>;
  log: Logger;
  /** Files the bot itself wrote (the reviewed extraction files), with the content it wrote: their events are ignored. */
  ownWrites: () => Map<string, string>;
  /** Quiet time after the last change before reloading (default 300 ms), so a save of several files reloads once. */
  debounceMs?: number;
}

const WATCHED = /\.(md|ya?ml)$/u;

/** Reloads the knowledge when a file in the folder is added, changed or deleted. */
export function watchKnowledge(options: WatchOptions): KnowledgeWatcher {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const waiters: (() => void)[] = [];

  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = options
      .reload()
      .catch((error: Error) => options.log.error({ err: error.message }, NOTICES.reloadFailed))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        } else if (!timer) {
          waiters.splice(0).forEach((w) => w());
        }
      });
  };
  const schedule = (path: string) => {
    if (!WATCHED.test(path)) return;
    const own = options.ownWrites().get(resolve(path));
    if (own !== undefined) {
      try {
        if (hashText(readFileSync(path, 'utf8')) === own) return;
      } catch {
        // deleted since: a real change
      }
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      run();
    }, options.debounceMs ?? 300);
  };

  const watcher: FSWatcher = chokidar.watch(options.dir, {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  watcher.on('all', (_event, path) => schedule(path));
  watcher.on('error', (error) => options.log.error({ err: (error as Error).message }, NOTICES.watcherError));

  return {
    ready,
    close: () => {
      clearTimeout(timer);
      return watcher.close();
    },
    idle: () => (running || timer ? new Promise<void>((r) => waiters.push(r)) : Promise.resolve()),
  };
}
