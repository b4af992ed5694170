import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../test/render.js';
import { SendInvitationCapabilitiesQuery, SendInvitationForm, SendInvitationMutation } from './SendInvitationForm.js';

const URL = 'http://localhost:4000/admin-center/partner-invitation/tok_abc';

function capabilities(emailSending: boolean) {
  return {
    request: { query: SendInvitationCapabilitiesQuery },
    result: { data: { serverCapabilities: { __typename: 'ServerCapabilities', emailSending } } },
  };
}

function sendMock(result: object) {
  return { request: { query: SendInvitationMutation, variables: { input: { token: 'tok_abc', to: 'it@fabrikam.example' } } }, result };
}

describe('SendInvitationForm', () => {
  it('offers nothing when the server cannot send email', async () => {
    const { container } = renderPage(<SendInvitationForm url={URL} />, { mocks: [capabilities(false)] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.querySelector('form')).toBeNull();
  });

  it('sends the link’s token to the address and says “Sent to …”', async () => {
    const sent = { data: { sendRelationshipInvitation: { __typename: 'RelationshipRequest', id: 'r1', sentTo: 'it@fabrikam.example', sentAt: '2026-01-02T10:00:00.000Z' } } };
    renderPage(<SendInvitationForm url={URL} />, { mocks: [capabilities(true), sendMock(sent)] });
    fireEvent.change(await screen.findByLabelText('Or have Partnerlink email it to'), { target: { value: ' it@fabrikam.example ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Sent to it@fabrikam.example.')).toBeTruthy();
  });

  it('shows a refusal in the page’s language', async () => {
    const refused = { errors: [new GraphQLError('Gone', { extensions: { code: 'INVITATION_REVOKED' } })] };
    renderPage(<SendInvitationForm url={URL} />, { locale: 'de', mocks: [capabilities(true), sendMock(refused)] });
    fireEvent.change(await screen.findByLabelText('Oder von Partnerlink per E-Mail senden an'), { target: { value: 'it@fabrikam.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Senden' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Diese Einladung wurde vom Partner zurückgezogen.');
  });

  it('a daily email limit says which one and that the message can still be sent from the mail app', async () => {
    const refused = {
      errors: [new GraphQLError('Limit', { extensions: { code: 'RATE_LIMITED', limit: 'RECIPIENT', perDay: 3, retryAfterSeconds: 7200 } })],
    };
    renderPage(<SendInvitationForm url={URL} />, { mocks: [capabilities(true), sendMock(refused)] });
    fireEvent.change(await screen.findByLabelText('Or have Partnerlink email it to'), { target: { value: 'it@fabrikam.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This address has already received 3 invitation emails from Partnerlink today. Copy the message or open it in your mail app instead, or try again in 2 hours.',
    );
  });
});
