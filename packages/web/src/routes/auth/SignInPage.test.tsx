import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
});
