import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignInInvitationQueryDocument } from '../../gql/graphql.js';
import { renderPage } from '../../test/render.js';
import { SignInPage } from './SignInPage.js';

describe('SignInPage', () => {
  it.each([
    ['en', 'Sign in', 'Email', 'Password', 'Enter your email address.', 'Enter your password.'],
    ['de', 'Anmelden', 'E-Mail', 'Kennwort', 'Geben Sie Ihre E-Mail-Adresse ein.', 'Geben Sie Ihr Kennwort ein.'],
  ] as const)('(%s) an empty form gets an error under each field and sends nothing', async (locale, submit, emailLabel, passwordLabel, emailError, passwordError) => {
    // No mocks: a sent mutation would fail and show the generic error instead.
    renderPage(<SignInPage />, { viewer: null, locale, mocks: [] });
    fireEvent.click(screen.getByRole('button', { name: submit }));
    const email = screen.getByLabelText(emailLabel);
    const password = screen.getByLabelText(passwordLabel);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe(emailError);
    expect(document.getElementById(password.getAttribute('aria-describedby') ?? '')?.textContent).toBe(passwordError);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).toBe(`${submit} · Partnerlink`);
  });

  it('an email without a password marks only the password', () => {
    renderPage(<SignInPage />, { viewer: null, mocks: [] });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'sam.sales@contoso-partner.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
  });

  it.each([
    ['en', 'Sign in to answer the invitation', 'This is about the invitation from Contoso Cloud Partners GmbH. Sign in as a global administrator of your organisation'],
    ['de', 'Anmelden, um die Einladung zu beantworten', 'Es geht um die Einladung von Contoso Cloud Partners GmbH. Melden Sie sich als globaler Administrator'],
  ] as const)('(%s) from an invitation: the customer sign-in names the partner, with no partner tagline or partner demo users', async (locale, title, lead) => {
    const next = '/admin-center/partner-invitation/tok_1';
    const mocks = [{
      request: { query: SignInInvitationQueryDocument, variables: { token: 'tok_1' } },
      result: { data: { invitation: { __typename: 'Invitation', partner: { __typename: 'PartnerProfile', name: 'Contoso Cloud Partners GmbH' } } } },
    }];
    renderPage(<SignInPage />, { viewer: null, locale, mocks, path: '/login', url: `/login?next=${encodeURIComponent(next)}` });
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect((await screen.findByText(new RegExp(lead))).textContent).toContain('Contoso');
    expect(screen.queryByText(/Reseller relationships between partners|Handelspartnerbeziehungen/)).toBeNull();
    expect(screen.queryByText('sam.sales@contoso-partner.example')).toBeNull();
    expect(screen.getByText('admin@northwind.example')).toBeTruthy();
    expect(screen.getByRole('link', { name: locale === 'en' ? 'Back to the invitation' : 'Zurück zur Einladung' }).getAttribute('href')).toBe(next);
  });

  it('without an invitation: the partner tagline and every demo user', () => {
    renderPage(<SignInPage />, { viewer: null, mocks: [] });
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Partnerlink' })).toBeTruthy();
    expect(screen.getByText(/Reseller relationships between partners/)).toBeTruthy();
    expect(screen.getByText('sam.sales@contoso-partner.example')).toBeTruthy();
  });
});
