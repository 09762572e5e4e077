import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Tesseract from 'tesseract.js';
import { mediaError } from './errors';

export interface OcrLine {
  text: string;
  /** Tesseract's confidence, 0–100. */
  confidence: number;
}

export interface OcrEngine {
  /** Reads the text lines of a prepared image on a worker thread; rejects with `timeout` past the per-image limit. */
  read(image: Buffer, options?: { onProgress?: (share: number) => void; timeoutMs?: number }): Promise<OcrLine[]>;
  close(): Promise<void>;
}

export interface OcrPoolOptions {
  /** Worker threads, each holding its own Tesseract (about 100 MB); 1 leaves the other core to the chat. */
  workers: number;
  /** Longest time one image may be read, in ms, once a worker has it (a read may ask for another). */
  timeoutMs: number;
  /** Tesseract languages, from `@tesseract.js-data/<code>` packages (default Vietnamese, then English). */
  languages?: string[];
  /** Where worker failures are reported. */
  onWorkerError?: (message: string) => void;
}

const require = createRequire(import.meta.url);

/**
 * Tesseract reads every language from one folder, while each `@tesseract.js-data` package has its own: a temporary
 * folder of links to the installed, LSTM-only (`best_int`) data files is made, so nothing is ever downloaded.
 */
async function languageFolder(languages: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tro-ly-so-ocr-'));
  for (const code of languages) {
    const file = `${code}.traineddata.gz`;
    let source: string;
    try {
      source = require.resolve(`@tesseract.js-data/${code}/4.0.0_best_int/${file}`);
    } catch (error) {
      throw new Error(`OCR language data for "${code}" is not installed: run npm install @tesseract.js-data/${code}`, { cause: error });
    }
    await symlink(source, join(dir, file));
  }
  return dir;
}

interface Task {
  image: Buffer;
  started(slot: Slot): void;
  onProgress?: (share: number) => void;
}

/**
 * One place in the pool. The scheduler sees it as a worker; behind it a Tesseract worker thread can be killed (when an
 * image overruns its time) and replaced without the scheduler noticing, so the pool keeps its size.
 */
class Slot {
  private static count = 0;
  readonly id = `ocr-slot-${Slot.count++}`;
  private ready: Promise<Tesseract.Worker>;
  private current?: Task;
  private kill?: (error: Error) => void;

  constructor(private readonly spawn: (slot: Slot) => Promise<Tesseract.Worker>) {
    this.ready = spawn(this);
    this.ready.catch(() => {});
  }

  progress(share: number): void {
    this.current?.onProgress?.(share);
  }

  /** An arrow function: the scheduler calls it detached from the slot (`slot[action].apply(this, …)`). */
  readonly recognize = async (task: Task): Promise<OcrLine[]> => {
    const worker = await this.ready;
    this.current = task;
    const killed = new Promise<never>((_, reject) => (this.kill = reject));
    task.started(this);
    try {
      const result = await Promise.race([worker.recognize(task.image, {}, { text: false, blocks: true }), killed]);
      return linesOf(result.data.blocks ?? []);
    } finally {
      this.current = undefined;
      this.kill = undefined;
    }
  };

  /** Ends the image being read: its thread is terminated and a fresh one started in its place. */
  abort(error: Error): void {
    if (!this.kill) return;
    const old = this.ready;
    this.ready = this.spawn(this);
    this.ready.catch(() => {});
    this.kill(error);
    void old.then((w) => w.terminate()).catch(() => {});
  }

  async terminate(): Promise<void> {
    this.kill?.(mediaError('closed', 'the OCR pool was closed'));
    await this.ready.then((w) => w.terminate()).catch(() => {});
  }
}

function linesOf(blocks: Tesseract.Block[]): OcrLine[] {
  return blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map((l) => ({ text: l.text.trim(), confidence: l.confidence }))));
}

/** A bounded pool of Tesseract worker threads (tesseract.js's scheduler), started on the first image. */
export function createOcrPool(options: OcrPoolOptions): OcrEngine {
  const languages = options.languages ?? ['vie', 'eng'];
  let started: Promise<{ scheduler: Tesseract.Scheduler; slots: Slot[]; folder: string }> | undefined;
  let closed = false;

  const start = async () => {
    const folder = await languageFolder(languages);
    const scheduler = Tesseract.createScheduler();
    const spawn = (slot: Slot) =>
      Tesseract.createWorker(languages, Tesseract.OEM.LSTM_ONLY, {
        langPath: folder,
        gzip: true,
        cacheMethod: 'none',
        logger: (m) => {
          if (m.status === 'recognizing text') slot.progress(m.progress);
        },
        // Without a handler tesseract.js throws inside its message listener, which would end the process.
        errorHandler: (error: unknown) => options.onWorkerError?.(String(error)),
      });
    const slots = Array.from({ length: Math.max(1, options.workers) }, () => new Slot(spawn));
    // The scheduler calls `slot.recognize(task, jobId)`: a slot stands in for a Tesseract worker.
    for (const slot of slots) scheduler.addWorker(slot as unknown as Tesseract.Worker);
    return { scheduler, slots, folder };
  };

  return {
    async read(image, readOptions = {}) {
      if (closed) throw mediaError('closed', 'the OCR pool was closed');
      const { scheduler } = await (started ??= start());
      const timeoutMs = readOptions.timeoutMs ?? options.timeoutMs;
      let timer: NodeJS.Timeout | undefined;
      const task: Task = {
        image,
        onProgress: readOptions.onProgress,
        started: (slot) => {
          timer = setTimeout(() => slot.abort(mediaError('timeout', `reading the image took over ${timeoutMs} ms`)), timeoutMs);
        },
      };
      try {
        return (await scheduler.addJob('recognize', task as unknown as Tesseract.ImageLike)) as unknown as OcrLine[];
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      closed = true;
      if (!started) return;
      const { slots, folder } = await started.catch(() => ({ slots: [] as Slot[], folder: undefined }));
      await Promise.all(slots.map((s) => s.terminate()));
      if (folder) await rm(folder, { recursive: true, force: true });
    },
  };
}
