import { DomainError } from '../src/errors.js';

/** The DomainError an action throws; fails the test when it throws nothing or something else. */
export function caught(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}
