/**
 * Where the server takes the time from. Production reads the system clock; tests of what happens
 * at an instant (an admin relationship's end, its auto-extension, a reminder) start the server
 * with a clock they set, instead of waiting or rewriting stored times.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
