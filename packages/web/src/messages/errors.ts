import type { ErrorCode, Locale } from '@partnerlink/shared';

/** Every contract error code as text a person understands, in both languages. */
export const errorMessages: Record<Locale, Record<ErrorCode, string>> = {
  en: {
    UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'This item does not exist or is not visible to you.',
    BAD_USER_INPUT: 'Some of the entered data is not valid.',
    INVITATION_EXPIRED: 'This invitation has expired.',
    INVITATION_REVOKED: 'This invitation was withdrawn by the partner.',
    INVITATION_ALREADY_USED: 'This invitation has already been accepted.',
    INVITATION_DECLINED: 'This invitation was declined.',
    REGION_NOT_ALLOWED: 'The partner and the customer are not in the same market.',
    CLOUD_MISMATCH: 'The partner and the customer are in different clouds.',
    CUSTOMER_AGREEMENT_REQUIRED: 'The customer agreement must be accepted first.',
    RELATIONSHIP_REQUIRED: 'This needs an active reseller relationship with the customer.',
    ADMIN_RELATIONSHIP_REQUIRED: 'This needs admin permissions for the customer.',
    RATE_LIMITED: 'Too many attempts. Please wait a moment and try again.',
    INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
  },
  de: {
    UNAUTHENTICATED: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    FORBIDDEN: 'Sie dürfen das nicht tun.',
    NOT_FOUND: 'Dieses Element gibt es nicht, oder Sie dürfen es nicht sehen.',
    BAD_USER_INPUT: 'Einige der eingegebenen Daten sind ungültig.',
    INVITATION_EXPIRED: 'Diese Einladung ist abgelaufen.',
    INVITATION_REVOKED: 'Diese Einladung wurde vom Partner zurückgezogen.',
    INVITATION_ALREADY_USED: 'Diese Einladung wurde bereits angenommen.',
    INVITATION_DECLINED: 'Diese Einladung wurde abgelehnt.',
    REGION_NOT_ALLOWED: 'Partner und Kunde befinden sich nicht im selben Markt.',
    CLOUD_MISMATCH: 'Partner und Kunde befinden sich in verschiedenen Clouds.',
    CUSTOMER_AGREEMENT_REQUIRED: 'Zuerst muss der Kundenvertrag akzeptiert werden.',
    RELATIONSHIP_REQUIRED: 'Dafür ist eine aktive Handelspartnerbeziehung mit dem Kunden nötig.',
    ADMIN_RELATIONSHIP_REQUIRED: 'Dafür sind Administratorrechte für den Kunden nötig.',
    RATE_LIMITED: 'Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    INTERNAL_SERVER_ERROR: 'Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es erneut.',
  },
};
