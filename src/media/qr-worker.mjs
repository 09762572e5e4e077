// Runs jsQR on a worker thread: decoding a 1000-px image takes 50–200 ms of CPU that must not block the event loop.
import { parentPort } from 'node:worker_threads';
import jsQR from 'jsqr';

parentPort.on('message', ({ id, data, width, height }) => {
  try {
    const code = jsQR(data, width, height, { inversionAttempts: 'attemptBoth' });
    parentPort.postMessage({ id, text: code ? code.data : null });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
