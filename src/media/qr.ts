import { Worker } from 'node:worker_threads';
import { mediaError } from './errors';
import type { RgbaImage } from './prepare';

export interface QrDecoder {
  /** The text of the QR code in the image, or undefined when there is none. */
  decode(image: RgbaImage): Promise<string | undefined>;
  close(): Promise<void>;
}

interface Pending {
  resolve(text: string | undefined): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

// Written from the folder above, so that it resolves both from src/media/ and from a command compiled into dist/cli/.
const WORKER_FILE = new URL('../media/qr-worker.mjs', import.meta.url);

/** jsQR on one worker thread, started on first use; a decode that overruns `timeoutMs` gets the thread replaced. */
export function createQrDecoder(options: { timeoutMs: number }): QrDecoder {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.reject(error);
      pending.delete(id);
    }
  };
  const start = (): Worker => {
    const w = new Worker(WORKER_FILE);
    w.unref();
    w.on('message', (msg: { id: number; text?: string | null; error?: string }) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.error) p.reject(new Error(`QR decoder failed: ${msg.error}`));
      else p.resolve(msg.text ?? undefined);
    });
    w.on('error', (error) => {
      if (worker === w) worker = undefined;
      failAll(new Error(`QR decoder thread failed: ${error.message}`));
    });
    w.on('exit', () => {
      if (worker === w) worker = undefined;
    });
    return w;
  };

  return {
    decode(image) {
      const w = (worker ??= start());
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          // jsQR cannot be interrupted: the thread goes, with whatever was queued behind it.
          pending.delete(id);
          if (worker === w) worker = undefined;
          void w.terminate();
          failAll(mediaError('timeout', 'a QR decode queued behind a stuck one was dropped'));
          reject(mediaError('timeout', `looking for a QR code took over ${options.timeoutMs} ms`));
        }, options.timeoutMs);
        pending.set(id, { resolve, reject, timer });
        const copy = new Uint8ClampedArray(image.data);
        w.postMessage({ id, data: copy, width: image.width, height: image.height }, [copy.buffer]);
      });
    },
    async close() {
      failAll(mediaError('closed', 'the QR decoder was closed'));
      const w = worker;
      worker = undefined;
      await w?.terminate();
    },
  };
}
