import { GraphQLError } from 'graphql';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, viewerFixture } from '../../../../test/render.js';
import { ApiKeysPage, ApiKeysPageQuery } from './ApiKeysPage.js';
import { NewApiKeyDialogMutation } from './NewApiKeyDialog.js';

const SECRET = 'plk_Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1u';
const anna = viewerFixture({ roles: ['ADMIN_AGENT'] });
const key = {
  __typename: 'ApiKey',
  id: 'key-1',
  name: 'PSA sync',
  scopes: ['READ', 'WRITE'],
  prefix: SECRET.slice(0, 12),
  status: 'ACTIVE',
  createdAt: '2026-03-02T09:00:00.000Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  createdBy: { __typename: 'UserSummary', id: 'user-1', displayName: 'Anna Admin' },
};
const list = (...apiKeys: (typeof key)[]) => ({ request: { query: ApiKeysPageQuery }, result: { data: { apiKeys } } });
const create = { query: NewApiKeyDialogMutation, variables: { input: { name: 'PSA sync', scopes: ['READ', 'WRITE'], expiresAt: null } } };

async function fillAndCreate() {
  fireEvent.click(await screen.findByRole('button', { name: 'New API key' }));
  const dialog = screen.getByRole('dialog', { name: 'New API key' });
  fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'PSA sync' } });
  fireEvent.click(within(dialog).getByLabelText(/^Write/));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Create key' }));
}

afterEach(() => vi.unstubAllGlobals());

describe('ApiKeysPage', () => {
  it('shows a new key’s secret once, with Copy and a warning, and nowhere after Done', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderPage(<ApiKeysPage />, {
      viewer: anna,
      mocks: [list(), { request: create, result: { data: { createApiKey: { __typename: 'CreatedApiKey', secret: SECRET, apiKey: key } } } }, list(key)],
    });
    expect(await screen.findByText('No API keys yet')).toBeTruthy();
    await fillAndCreate();

    const dialog = await screen.findByRole('dialog', { name: 'API key “PSA sync” created' });
    expect(within(dialog).getByRole('alert').textContent).toMatch(/Copy the secret now: it will not be shown again\./);
    expect((within(dialog).getByLabelText('API key') as HTMLInputElement).value).toBe(SECRET);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(await within(dialog).findByText('Copied to the clipboard.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(SECRET);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('rowheader', { name: 'PSA sync' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(screen.getByText(`${SECRET.slice(0, 12)}…`)).toBeTruthy();
  });

  it('shows a refused expiry (BAD_USER_INPUT on expiresAt) at the expiry field, in German too', async () => {
    const refused = new GraphQLError('The expiry must be in the future and at most two years away.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'expiresAt' },
    });
    renderPage(<ApiKeysPage />, { viewer: anna, locale: 'de', mocks: [list(), { request: create, result: { errors: [refused] } }] });
    fireEvent.click(await screen.findByRole('button', { name: 'Neuer API-Schlüssel' }));
    const dialog = screen.getByRole('dialog', { name: 'Neuer API-Schlüssel' });
    fireEvent.change(within(dialog).getByLabelText('Bezeichnung'), { target: { value: 'PSA sync' } });
    fireEvent.click(within(dialog).getByLabelText(/^Schreiben/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Schlüssel erstellen' }));
    const expiry = within(dialog).getByLabelText('Läuft ab am (optional)');
    const message = await within(dialog).findByText('Das Ablaufdatum muss in der Zukunft und höchstens zwei Jahre entfernt liegen.');
    expect(expiry.getAttribute('aria-invalid')).toBe('true');
    expect(expiry.getAttribute('aria-describedby')).toContain(message.id);
  });
});
