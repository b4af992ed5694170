import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndirectProvidersQuery } from '../../../components/twoTier/ProviderField.js';
import { renderPage, viewerFixture } from '../../../test/render.js';
import { BatchPreviewMutation, BatchUploadCapabilitiesQuery, BatchUploadPage } from './BatchUploadPage.js';

const KEY = '00000000-0000-4000-8000-000000000001';
const capabilities = (emailSending: boolean) => ({
  request: { query: BatchUploadCapabilitiesQuery },
  result: { data: { serverCapabilities: { __typename: 'ServerCapabilities' as const, emailSending } } },
});
const providers = {
  request: { query: IndirectProvidersQuery },
  result: {
    data: {
      resellerAuthorizations: {
        __typename: 'ResellerAuthorizationConnection' as const,
        edges: [{ __typename: 'ResellerAuthorizationEdge' as const, node: { __typename: 'ResellerAuthorization' as const, id: 'a0', provider: { __typename: 'AuthorizationPartner' as const, id: 'p0', name: 'Tailspin Distribution GmbH' } } }],
      },
    },
  },
};

function upload(text: string, name = 'kunden.csv') {
  const file = new File([text], name, { type: 'text/csv' });
  // jsdom's File has no text(); browsers' does (UTF-8).
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [file] } });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('BatchUploadPage', () => {
  it('refuses a file without an email column in words, and checks nothing', async () => {
    renderPage(<BatchUploadPage />, { mocks: [capabilities(false)] });
    upload('\uFEFFDomäne;Name\r\nfabrikam.example;Anna\r\n');
    const problems = await screen.findByTestId('file-problems');
    expect(problems.textContent).toContain('The header row has no recipientEmail column.');
    expect((screen.getByRole('button', { name: 'Check the rows' }) as HTMLButtonElement).disabled).toBe(true);
    // Without SMTP, the page says the links are downloaded once.
    await screen.findByText(/This server does not send emails/);
  });

  it('an indirect reseller’s batch names its provider (the only one, preselected); the preview says each verdict', async () => {
    vi.spyOn(crypto, 'randomUUID').mockReturnValue(KEY);
    const input = {
      rows: [
        { domain: 'neu-1.example', customerId: null, recipientEmail: 'it@neu-1.example', recipientName: 'Jürgen Müller', companyName: null },
        { domain: 'adatum.example', customerId: null, recipientEmail: 'admin@adatum.example', recipientName: null, companyName: null },
      ],
      locale: 'en', includeDelegatedAdmin: false, message: null, send: false, idempotencyKey: KEY, indirectProviderId: 'p0', dryRun: true,
    };
    const preview = {
      request: { query: BatchPreviewMutation, variables: { input } },
      result: {
        data: {
          createRelationshipRequestBatch: {
            __typename: 'RelationshipRequestBatch' as const,
            counts: { __typename: 'BatchCountsType' as const, total: 2, created: 1, blocked: 1, invalid: 0 },
            refusals: [{ __typename: 'BatchRow' as const, rowNumber: 2, status: 'BLOCKED' as const, reason: 'REGION_NOT_ALLOWED', message: 'English sentence', errorParams: { country: 'US' } }],
          },
        },
      },
    };
    renderPage(<BatchUploadPage />, { viewer: viewerFixture({ partnerType: 'INDIRECT_RESELLER' }), mocks: [capabilities(false), providers, preview] });
    const provider = (await screen.findByLabelText('Indirect provider')) as HTMLSelectElement;
    await waitFor(() => expect(provider.value).toBe('p0'));
    upload('Domain,Recipient email,Recipient name\nneu-1.example,it@neu-1.example,Jürgen Müller\nadatum.example,admin@adatum.example,\n');
    await screen.findByText('kunden.csv: 2 rows read.');
    fireEvent.click(screen.getByRole('button', { name: 'Check the rows' }));
    const table = await screen.findByTestId('batch-preview');
    const [, first, second] = within(table).getAllByRole('row');
    expect(first?.textContent).toContain('line 2');
    expect(first?.textContent).toContain('Will be created');
    expect(second?.textContent).toContain('line 3');
    expect(second?.textContent).toContain('This customer’s country (United States) is outside your market.');
    expect((screen.getByRole('button', { name: 'Create 1 request' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
