/**
 * The idle wait of a worker loop: it ends after `ms`, or as soon as `wake()` is called (new work was stored).
 * The loop resumes on the next turn of the event loop, so the wakes of one burst cost one look at the store.
 */
export class Pause {
  private pending = false;
  private resume?: () => void;

  wake(): void {
    this.pending = true;
    this.resume?.();
  }

  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return new Promise((resolve) => setImmediate(resolve));
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.resume = undefined;
        this.pending = false;
        setImmediate(resolve);
      };
      const timer = setTimeout(done, Math.max(1, ms));
      this.resume = done;
    });
  }
}
