/**
 * The requests the server is still working on, whether or not their clients are still connected.
 * Apollo's drain waits only for requests on open connections: a request whose client went away
 * runs on, and the server must not close the database under it (it failed on the closed
 * connection and was logged as an unexpected error). stop() waits for these first.
 */
export class InFlight {
  private running = 0;
  private readonly waiting = new Set<() => void>();

  get count(): number {
    return this.running;
  }

  /** Runs `work` as one request in flight until it settles (however it ends). */
  track<T>(work: () => T | Promise<T>): Promise<T> {
    this.running += 1;
    return Promise.resolve()
      .then(work)
      .finally(() => {
        this.running -= 1;
        if (this.running === 0) for (const wake of this.waiting) wake();
      });
  }

  /** Resolves true once nothing is in flight, or false after `ms` with requests still running. */
  settled(ms: number): Promise<boolean> {
    if (this.running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiting.delete(wake);
        resolve(false);
      }, ms);
      this.waiting.add(wake);
    });
  }
}
