import { ADMIN_ROLE_PRESETS } from '@partnerlink/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, viewerFixture } from '../test/render.js';
import { NewRequestDialog, NewRequestDialogMutation, NewRequestDialogRenewMutation } from './NewRequestDialog.js';
import { SendInvitationCapabilitiesQuery } from './SendInvitationForm.js';
import { IndirectProvidersQuery } from './twoTier/ProviderField.js';

const FABRIKAM = { id: 'c1', companyName: 'Fabrikam GmbH' };
const request = {
  query: NewRequestDialogMutation,
  variables: {
    input: {
      includeDelegatedAdmin: false, adminAccess: null, locale: 'en', customerId: 'c1', domain: null, message: null,
      recipientEmail: 'it@fabrikam.example', recipientName: null,
    },
  },
};

/** Types the recipient's email (the German page labels it in German). */
function fillRecipient(email = 'it@fabrikam.example', label = /^Recipient’s email/) {
  fireEvent.change(screen.getByLabelText(label), { target: { value: email } });
}
const HELPDESK = [...ADMIN_ROLE_PRESETS.HELPDESK.roles];

describe('NewRequestDialog', () => {
  it('asks for no admin access unless the partner picks some: "No admin access" is chosen, the presets offered', async () => {
    renderPage(<NewRequestDialog onClose={() => undefined} />);
    const none = await screen.findByRole('radio', { name: /No admin access/ });
    expect((none as HTMLInputElement).checked).toBe(true);
    const offered = screen.getAllByRole('radio').map((radio) => radio.closest('label')?.querySelector('strong')?.textContent);
    expect(offered).toEqual(['No admin access', 'Helpdesk', 'Licences and users', 'Security operations', 'Full access', 'Choose roles']);
    expect(screen.queryByLabelText('Duration')).toBeNull();
    expect(screen.queryByTestId('admin-always')).toBeNull();
  });

  it('the Helpdesk preset shows its roles in plain words and sends exactly them, for 2 years; the result says what was asked', async () => {
    const asked = { roles: HELPDESK, duration: 'P2Y', autoExtend: false, displayName: null };
    const invitation = {
      __typename: 'RelationshipInvitation' as const,
      url: 'http://localhost/admin-center/partner-invitation/t1',
      email: { __typename: 'InvitationEmail' as const, subject: 'Contoso asks', body: 'Hello' },
      request: {
        __typename: 'RelationshipRequest' as const, id: 'r-1', status: 'PENDING' as const, expiresAt: '2027-01-03T10:00:00.000Z', includesReseller: true,
        adminAccess: { __typename: 'AdminAccess' as const, ...asked, displayName: 'Fabrikam GmbH 2026-12-05' },
      },
    };
    renderPage(<NewRequestDialog customer={FABRIKAM} onClose={() => undefined} />, {
      mocks: [
        { request: { ...request, variables: { input: { ...request.variables.input, adminAccess: asked } } }, result: { data: { requestResellerRelationship: invitation } } },
        { request: { query: SendInvitationCapabilitiesQuery }, result: { data: { serverCapabilities: { __typename: 'ServerCapabilities' as const, emailSending: false } } } },
      ],
    });
    fireEvent.click(await screen.findByRole('radio', { name: /^Helpdesk/ }));
    const roles = screen.getByRole('list', { name: 'Roles in “Helpdesk”' });
    expect(within(roles).getAllByRole('listitem').map((item) => item.querySelector('.admin-roles__name')?.textContent)).toEqual([
      'Directory Readers', 'Service Support Administrator', 'Helpdesk Administrator',
    ]);
    expect(roles.textContent).toContain('reset passwords of users who are not administrators');
    expect(roles.textContent).toContain('Medium risk');
    expect((screen.getByLabelText('Duration') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('2 years');
    fillRecipient();
    fireEvent.click(screen.getByRole('button', { name: 'Create request' }));
    const asks = await screen.findByTestId('invitation-asks');
    expect(asks.textContent).toContain('Reseller and admin access');
    expect((await within(asks).findByTestId('admin-asked')).textContent).toContain('Helpdesk · 2 years');
    expect(asks.textContent).toContain('Fabrikam GmbH 2026-12-05');
  });

  it('warns, without blocking, when the roles are more than the stated purpose needs, and names them', async () => {
    renderPage(<NewRequestDialog onClose={() => undefined} />);
    fireEvent.click(await screen.findByRole('radio', { name: /^Licences and users/ }));
    fireEvent.change(screen.getByLabelText('What do you need it for?'), { target: { value: 'SUPPORT' } });
    expect(screen.getByTestId('admin-beyond').textContent).toBe(
      'More than this purpose needs: License Administrator, User Administrator. The customer may refuse them; ask only for what you need.',
    );
    fireEvent.click(screen.getByRole('radio', { name: /^Helpdesk/ }));
    expect(screen.queryByTestId('admin-beyond')).toBeNull();
    expect((screen.getByRole('button', { name: 'Create request' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('turns auto-extension off, saying why, as soon as Global Administrator is among the custom roles', async () => {
    renderPage(<NewRequestDialog onClose={() => undefined} />);
    fireEvent.click(await screen.findByRole('radio', { name: /^Choose roles/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Global Reader/ }));
    const extend = screen.getByRole('checkbox', { name: /Extend automatically/ }) as HTMLInputElement;
    fireEvent.click(extend);
    expect(extend.checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Global Administrator/ }));
    expect(extend.disabled).toBe(true);
    expect(extend.checked).toBe(false);
    expect(screen.getByText(/Not possible with Global Administrator/)).toBeTruthy();
  });

  it('a US_GOVERNMENT partner is not offered "No admin access", starts on Helpdesk and is told why', async () => {
    renderPage(<NewRequestDialog onClose={() => undefined} />, { viewer: viewerFixture({ cloud: 'US_GOVERNMENT', country: 'US' }) });
    expect(((await screen.findByRole('radio', { name: /^Helpdesk/ })) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('radio', { name: /No admin access/ })).toBeNull();
    expect(screen.getByTestId('admin-always').textContent).toContain('Microsoft Cloud for US Government always ask for admin access');
  });

  it('speaks German on the German page', async () => {
    renderPage(<NewRequestDialog onClose={() => undefined} />, { locale: 'de' });
    fireEvent.click(await screen.findByRole('radio', { name: /^Sicherheitsbetrieb/ }));
    expect(screen.getByRole('list', { name: 'Rollen in „Sicherheitsbetrieb“' }).textContent).toContain('Hohes Risiko');
    expect(screen.getByLabelText('Wofür brauchen Sie ihn?')).toBeTruthy();
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
      request: { __typename: 'RelationshipRequest' as const, id: 'r-7', status: 'PENDING' as const, expiresAt: '2027-01-03T10:00:00.000Z', includesReseller: true, adminAccess: null },
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
    fillRecipient();
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
    fillRecipient('it@fabrikam.example', /^E-Mail-Adresse des Empfängers/);
    fireEvent.click(screen.getByRole('button', { name: 'Anfrage erstellen' }));
    expect(await screen.findByText('Fabrikam GmbH hat bereits eine Handelspartnerbeziehung mit Ihnen.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kunden öffnen' }).getAttribute('href')).toBe('/customers/c1');
  });

  it('asks whom the request is for: without a recipient email it says so at the field and sends nothing', async () => {
    renderPage(<NewRequestDialog customer={FABRIKAM} onClose={() => undefined} />, { mocks: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Create request' }));
    const email = screen.getByLabelText(/^Recipient’s email/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('This field is required.')).toBeTruthy();
    fillRecipient('it@');
    expect(screen.getByText('Enter a valid email address, like name@example.com.')).toBeTruthy();
    // A known customer is pinned by its id: the dialog does not ask for a domain.
    expect(screen.queryByLabelText(/^Customer’s domain/)).toBeNull();
  });

  it('a new customer: sends the recipient and the domain, and shows the server’s refusal of the domain at that field', async () => {
    const partnerDomain = new GraphQLError('This domain belongs to a partner organisation, not a customer.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'domain', reason: 'DOMAIN_NOT_CUSTOMER' },
    });
    const input = { ...request.variables.input, customerId: null, domain: 'contoso-partner.example', recipientEmail: 'kim@northwind.example', recipientName: 'Kim Akers' };
    renderPage(<NewRequestDialog onClose={() => undefined} />, { mocks: [{ request: { ...request, variables: { input } }, result: { errors: [partnerDomain] } }] });
    fillRecipient('kim@northwind.example');
    fireEvent.change(screen.getByLabelText(/^Recipient’s name/), { target: { value: ' Kim Akers ' } });
    fireEvent.change(screen.getByLabelText(/^Customer’s domain/), { target: { value: 'contoso-partner.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create request' }));
    const domain = screen.getByLabelText(/^Customer’s domain/);
    expect(await screen.findByText('This domain belongs to a partner organisation, not a customer.')).toBeTruthy();
    expect(domain.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('NewRequestDialog: an indirect reseller names its indirect provider', () => {
  const reseller = viewerFixture({ partnerType: 'INDIRECT_RESELLER' });
  const providers = (names: readonly string[]) => ({
    request: { query: IndirectProvidersQuery },
    result: {
      data: {
        resellerAuthorizations: {
          __typename: 'ResellerAuthorizationConnection' as const,
          edges: names.map((name, i) => ({
            __typename: 'ResellerAuthorizationEdge' as const,
            node: { __typename: 'ResellerAuthorization' as const, id: `a${i}`, provider: { __typename: 'AuthorizationPartner' as const, id: `p${i}`, name } },
          })),
        },
      },
    },
  });

  it('the only provider is preselected and says what it means; the request names it', async () => {
    const invitation = {
      __typename: 'RelationshipInvitation' as const,
      url: 'http://localhost/admin-center/partner-invitation/t1',
      email: { __typename: 'InvitationEmail' as const, subject: 'Proseware asks', body: 'Hello' },
      request: {
        __typename: 'RelationshipRequest' as const, id: 'r-1', status: 'PENDING' as const, expiresAt: '2027-01-03T10:00:00.000Z', includesReseller: true,
        adminAccess: null, recipientEmail: 'it@fabrikam.example',
      },
    };
    const sent = { request: { ...request, variables: { input: { ...request.variables.input, indirectProviderId: 'p0' } } }, result: { data: { requestResellerRelationship: invitation } } };
    renderPage(<NewRequestDialog customer={FABRIKAM} onClose={() => undefined} />, { viewer: reseller, mocks: [providers(['Tailspin Distribution GmbH']), sent] });
    const select = (await screen.findByLabelText('Indirect provider')) as HTMLSelectElement;
    expect(select.value).toBe('p0');
    expect(await screen.findByText(/Tailspin Distribution GmbH becomes the customer’s reseller of record/)).toBeTruthy();
    fillRecipient();
    fireEvent.click(screen.getByRole('button', { name: 'Create request' }));
    expect(await screen.findByTestId('invitation-result')).toBeTruthy();
  });

  it('with several, the reseller chooses; sending without a choice says so at the field', async () => {
    renderPage(<NewRequestDialog customer={FABRIKAM} onClose={() => undefined} />, { viewer: reseller, mocks: [providers(['Wide World Distribution', 'Tailspin Distribution GmbH'])] });
    const select = (await screen.findByLabelText('Indirect provider')) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual(['Choose a provider', 'Tailspin Distribution GmbH', 'Wide World Distribution']);
    fillRecipient();
    fireEvent.click(screen.getByRole('button', { name: 'Create request' }));
    expect(await screen.findByText('Choose the indirect provider the customer will buy through.')).toBeTruthy();
  });

  it('without an authorisation it says why and points to the providers page, in German', async () => {
    renderPage(<NewRequestDialog customer={FABRIKAM} onClose={() => undefined} />, { viewer: reseller, locale: 'de', mocks: [providers([])] });
    expect(await screen.findByText('Noch hat Sie kein indirekter Anbieter autorisiert')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ihre Anbieter ansehen' }).getAttribute('href')).toBe('/providers');
  });
});
