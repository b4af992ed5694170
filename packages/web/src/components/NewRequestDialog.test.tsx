import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, viewerFixture } from '../test/render.js';
import { NewRequestDialog } from './NewRequestDialog.js';

describe('NewRequestDialog', () => {
  it('offers the admin-permissions checkbox to a public-cloud partner, unchecked', () => {
    renderPage(<NewRequestDialog onClose={() => undefined} />);
    const checkbox = screen.getByRole('checkbox', { name: /Also request admin permissions/ });
    expect((checkbox as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByTestId('admin-always')).toBeNull();
  });

  it('hides the checkbox for a US_GOVERNMENT partner and says why admin permissions are always requested', () => {
    renderPage(<NewRequestDialog onClose={() => undefined} />, { viewer: viewerFixture({ cloud: 'US_GOVERNMENT', country: 'US' }) });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByTestId('admin-always').textContent).toContain('Admin permissions are always requested.');
    expect(screen.getByText(/Microsoft Cloud for US Government cannot request a reseller relationship without admin permissions/)).toBeTruthy();
  });

  it('names the customer when the request is for a known customer, in German on the German page', () => {
    renderPage(<NewRequestDialog customer={{ id: 'c1', companyName: 'Fabrikam GmbH' }} onClose={() => undefined} />, { locale: 'de' });
    expect(screen.getByRole('heading', { name: 'Beziehungsanfrage für Fabrikam GmbH' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Anfrage erstellen' })).toBeTruthy();
  });
});
