/**
 * The scheduling of a background worker that works in rounds (the webhook dispatcher, the batch
 * sender): `kick()` runs a round now, or right after the current one when it runs, never two at
 * once; `wakeAt()` keeps one timer for the next round; `stop()` ends the timer and waits for the
 * round in flight. What a round does is the worker's.
 */
export class Rounds {
  private started = false;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;

  constructor(
    private readonly round: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  get isStarted(): boolean {
    return this.started;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.kick();
  }

  /** No more rounds; resolves once the round in flight (if any) ended. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    this.timerAt = Number.POSITIVE_INFINITY;
    await this.running;
  }

  /** A round now, or right after the current one. */
  kick(): void {
    if (!this.started) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.round()
      .catch(this.onError)
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Sets the one timer to the given time (ms since the epoch) unless it already fires sooner. */
  wakeAt(at: number): void {
    if (!this.started || at >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timerAt = Number.POSITIVE_INFINITY;
      this.kick();
    }, Math.max(0, at - Date.now()));
    this.timer.unref();
  }
}
