import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, viewerFixture } from '../test/render.js';
import { NewRequestDialog, NewRequestDialogMutation, NewRequestDialogRenewMutation } from './NewRequestDialog.js';
import { SendInvitationCapabilitiesQuery } from './SendInvitationForm.js';

const FABRIKAM = { id: 'c1', companyName: 'Fabrikam GmbH' };
const request = {
  query: NewRequestDialogMutation,
  variables: { input: { includeDelegatedAdmin: false, locale: 'en', customerId: 'c1', message: null } },
};

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

  it('a customer with a pending request: offers to open it or send a reminder with a new link, instead of a bare error', async () => {
    const pending = new GraphQLError('This customer already has a pending request from you.', {
      extensions: { code: 'FAILED_PRECONDITION', requestId: 'r-7', status: 'PENDING' },
    });
    const renewed = {
      __typename: 'RelationshipInvitation' as const,
      url: 'http://localhost/admin-center/partner-invitation/fresh-token',
      email: { __typename: 'InvitationEmail' as const, subject: 'Contoso requests a reseller relationship', body: 'Hello' },
      request: { __typename: 'RelationshipRequest' as const, id: 'r-7', status: 'PENDING' as const, expiresAt: '2027-01-03T10:00:00.000Z' },
    };
    renderPage(<NewRequestDialog customer={FABRIKAM} onClose={() => undefined} />, {
      mocks: [
        { request, result: { errors: [pending] } },
        { request: { query: NewRequestDialogRenewMutation, variables: { id: 'r-7' } }, result: { data: { resendRelationshipRequest: renewed } } },
        {
          request: { query: SendInvitationCapabilitiesQuery },
          result: { data: { serverCapabilities: { __typename: 'ServerCapabilities' as const, emailSending: false } } },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create request' }));
    expect(await screen.findByText('Fabrikam GmbH already has a pending request from you.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the request' }).getAttribute('href')).toBe('/requests?status=PENDING&request=r-7');
    fireEvent.click(screen.getByRole('button', { name: 'Send a reminder with a new link' }));
    expect(await screen.findByDisplayValue(renewed.url)).toBeTruthy();
  });

  it('a customer that already has the relationship: says so in German, with a link to the customer', async () => {
    const related = new GraphQLError('Fabrikam GmbH already has a reseller relationship with you.', {
      extensions: { code: 'FAILED_PRECONDITION', relationshipId: 'rel-1' },
    });
    renderPage(<NewRequestDialog customer={FABRIKAM} onClose={() => undefined} />, { locale: 'de', mocks: [{ request: { ...request, variables: { input: { ...request.variables.input, locale: 'de' } } }, result: { errors: [related] } }] });
    fireEvent.click(screen.getByRole('button', { name: 'Anfrage erstellen' }));
    expect(await screen.findByText('Fabrikam GmbH hat bereits eine Handelspartnerbeziehung mit Ihnen.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kunden öffnen' }).getAttribute('href')).toBe('/customers/c1');
  });
});
