import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../test/render.js';
import { AdminAccessAsked } from './AdminAccessAsked.js';

describe('AdminAccessAsked', () => {
  it('counts roles that are no preset in words: "1 role", "2 roles" (German: "1 Rolle", "2 Rollen")', async () => {
    const one = { roles: ['GLOBAL_READER'] as const, duration: 'P90D', autoExtend: false };
    const two = { roles: ['GLOBAL_READER', 'EXCHANGE_ADMINISTRATOR'] as const, duration: 'P90D', autoExtend: false };
    const { unmount } = renderPage(<><AdminAccessAsked access={one} /><AdminAccessAsked access={two} /></>);
    const asked = await screen.findAllByTestId('admin-asked');
    expect(asked.map((node) => node.querySelector('strong')?.textContent)).toEqual(['1 role', '2 roles']);
    unmount();
    renderPage(<><AdminAccessAsked access={one} /><AdminAccessAsked access={two} /></>, { locale: 'de' });
    const german = await screen.findAllByTestId('admin-asked');
    expect(german.map((node) => node.querySelector('strong')?.textContent)).toEqual(['1 Rolle', '2 Rollen']);
  });
});
