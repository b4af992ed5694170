import { describe, expect, it } from 'vitest';
import { providerChoice } from './providerChoice.js';

const auth = (id: string, name: string) => ({ provider: { id, name } });

describe('the indirect provider a reseller chooses', () => {
  it('preselects the only provider', () => {
    expect(providerChoice([auth('p1', 'Tailspin Distribution')], 'en')).toEqual({ options: [{ id: 'p1', name: 'Tailspin Distribution' }], preselected: 'p1' });
  });

  it('lets the reseller choose among several, sorted by name, each once', () => {
    const choice = providerChoice([auth('p2', 'Wide World Distribution'), auth('p1', 'Tailspin Distribution'), auth('p2', 'Wide World Distribution')], 'de');
    expect(choice.options.map((option) => option.name)).toEqual(['Tailspin Distribution', 'Wide World Distribution']);
    expect(choice.preselected).toBeNull();
  });

  it('offers nothing without an authorisation', () => {
    expect(providerChoice([], 'en')).toEqual({ options: [], preselected: null });
  });
});
