import type { Logger } from 'pino';

/** One job of the sweep: writes down what time alone changed. */
export interface SweepTask {
  readonly name: string;
  /** `stopping()` turns true when the server stops: a long task ends after the batch in hand. */
  run(stopping: () => boolean): Promise<unknown>;
}

/**
 * What happens with time rather than with a request, run from one place: once when the services
 * start, then every SWEEP_INTERVAL_MINUTES, and on demand (`sweep()`: tests move their clock and
 * sweep, instead of waiting for a timer). One sweep at a time per instance; each task's failure is
 * logged and the others still run. Every instance sweeps: the tasks are safe to run concurrently
 * (conditional updates, rows locked skipping those another instance holds).
 */
export class Sweeps {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly tasks: readonly SweepTask[],
    private readonly everyMs: number,
    private readonly log: Logger,
  ) {}

  /** Sweeps now, then every interval (the timer does not keep the process alive). */
  start(): void {
    this.stopped = false;
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), this.everyMs);
    this.timer.unref();
  }

  /** Runs every task once, after any sweep already running; resolves when done (never rejects). */
  sweep(): Promise<void> {
    const next = this.running.then(() => this.runTasks());
    this.running = next;
    return next;
  }

  private async runTasks(): Promise<void> {
    for (const task of this.tasks) {
      if (this.stopped) return;
      try {
        await task.run(() => this.stopped);
      } catch (error) {
        this.log.error({ err: error, sweep: task.name }, 'sweep failed; it runs again at the next interval');
      }
    }
  }

  /** No more sweeps; waits for the one running. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
