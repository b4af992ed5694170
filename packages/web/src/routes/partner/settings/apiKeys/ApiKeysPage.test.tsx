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

  it('shows a refused expiry (BAD_USER_INPUT on expiresAt) at the expiry field, in German by its reason, whatever the English says', async () => {
    const refused = new GraphQLError('An English sentence the server may reword at any time.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'expiresAt', reason: 'EXPIRY_RANGE' },
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

  it('shows a refused name with its params (TOO_LONG, max 120) in German', async () => {
    const refused = new GraphQLError('An English sentence the server may reword at any time.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name', reason: 'TOO_LONG', params: { max: 120 } },
    });
    renderPage(<ApiKeysPage />, { viewer: anna, locale: 'de', mocks: [list(), { request: create, result: { errors: [refused] } }] });
    fireEvent.click(await screen.findByRole('button', { name: 'Neuer API-Schlüssel' }));
    const dialog = screen.getByRole('dialog', { name: 'Neuer API-Schlüssel' });
    fireEvent.change(within(dialog).getByLabelText('Bezeichnung'), { target: { value: 'PSA sync' } });
    fireEvent.click(within(dialog).getByLabelText(/^Schreiben/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Schlüssel erstellen' }));
    const name = within(dialog).getByLabelText('Bezeichnung');
    const message = await within(dialog).findByText('Geben Sie höchstens 120 Zeichen ein.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain(message.id);
  });

  it.each([
    ['en', 'Write', /With your role \(Global admin\) this key cannot request relationships/],
    ['de', 'Schreiben', /Mit Ihrer Rolle \(.+\) kann dieser Schlüssel keine Beziehungen anfragen/],
  ] as const)('(%s) tells a GLOBAL_ADMIN choosing %s that the key cannot do what they cannot', async (locale, write, note) => {
    renderPage(<ApiKeysPage />, { viewer: viewerFixture({ roles: ['GLOBAL_ADMIN'] }), locale, mocks: [list()] });
    fireEvent.click(await screen.findByRole('button', { name: locale === 'en' ? 'New API key' : 'Neuer API-Schlüssel' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).queryByText(note)).toBeNull();
    fireEvent.click(within(dialog).getByLabelText(new RegExp(`^${write}`)));
    expect(within(dialog).getByText(note)).toBeTruthy();
  });

  it('an ADMIN_AGENT choosing Write sees no such note: the key may do what they may', async () => {
    renderPage(<ApiKeysPage />, { viewer: anna, mocks: [list()] });
    fireEvent.click(await screen.findByRole('button', { name: 'New API key' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText(/^Write/));
    expect(within(dialog).queryByText(/can never do more than the person/)).toBeNull();
  });

  it('shows a key whose creator lost access as Stopped, says why, and offers to revoke it', async () => {
    renderPage(<ApiKeysPage />, { viewer: anna, mocks: [list({ ...key, status: 'CREATOR_LOST_ACCESS' })] });
    const row = (await screen.findByRole('rowheader', { name: 'PSA sync' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Stopped')).toBeTruthy();
    expect(within(row).getByText(/Its creator is gone or may no longer manage API keys/)).toBeTruthy();
    expect(within(row).getByRole('button', { name: /Revoke/ })).toBeTruthy();
  });
});
