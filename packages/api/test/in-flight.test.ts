import { describe, expect, it } from 'vitest';
import { InFlight } from '../src/graphql/in-flight.js';

describe('requests in flight at stop', () => {
  it('stop waits for running requests, failed ones count as ended, and a request that never ends does not hold the stop forever', async () => {
    const inFlight = new InFlight();
    expect(await inFlight.settled(10)).toBe(true);

    let finish!: () => void;
    const running = inFlight.track(() => new Promise<void>((resolve) => (finish = resolve)));
    const failing = inFlight.track(async () => {
      throw new Error('the client went away');
    });
    await expect(failing).rejects.toThrow('the client went away');
    expect(inFlight.count).toBe(1);
    expect(await inFlight.settled(20)).toBe(false);

    const settled = inFlight.settled(5_000);
    finish();
    await running;
    expect(await settled).toBe(true);
    expect(inFlight.count).toBe(0);
  });
});
