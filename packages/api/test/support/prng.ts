/**
 * A small seeded PRNG (mulberry32) for tests that pick random moments, orders and inputs:
 * the same seed gives the same choices, so a failure names the seed that reproduces it.
 */
export class Prng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}

/** CI's seed: a landing must not depend on the luck of the draw; new seeds are explored locally. */
export const CI_SEED = 20_261_124;

/**
 * The seed of a randomised test: TEST_SEED when set (to replay a failure), CI_SEED in CI, else
 * a fresh one. Tests put it in their failure messages.
 */
export function testSeed(): number {
  const given = process.env.TEST_SEED;
  if (given && /^\d+$/.test(given)) return Number(given) >>> 0;
  if (process.env.CI === 'true') return CI_SEED;
  return (Date.now() ^ (process.pid << 16)) >>> 0;
}
