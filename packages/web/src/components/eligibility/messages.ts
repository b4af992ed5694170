import { useChunkText } from '../../i18n/chunkText.js';
import type { Params } from '../../i18n/I18nProvider.js';

// The eligibility panel's texts, both languages, in the request dialog's lazily loaded chunk (the
// shared catalogs load on every first visit; see adminAccess/messages.ts).

const en = {
  'elig.checking': 'Checking {domain}…',
  'elig.unknown': 'No organisation with this domain uses Partnerlink yet — only the one that gets it can accept.',
  'elig.knownCustomer': 'Known customer: {company} ({country}, {cloud})',
  'elig.knownOrganisation': 'An organisation with this domain uses Partnerlink ({country}, {cloud}).',
  'elig.resells': 'You already resell to this customer —',
  'elig.resellsEnded': 'You were this customer’s reseller before.',
  'elig.admin': 'You have admin access to this customer.',
  'elig.openCustomer': 'open it',
  'elig.pending': 'A request from you is pending for this domain —',
  'elig.openPending': 'open it',
  'elig.agreement': 'Customer agreement on file.',
  'elig.noAgreement': 'Customer agreement not on file yet.',
  'elig.cannot': 'You cannot ask for a reseller relationship here:',
  'elig.blocker.DOMAIN_NOT_CUSTOMER': 'this domain belongs to a partner organisation, not a customer.',
  'elig.blocker.CLOUD_MISMATCH': 'this customer is in {cloud}; you are in {partnerCloud}, and partners only relate to customers in the same cloud.',
  'elig.blocker.REGION_NOT_ALLOWED': 'this customer’s country ({country}) is outside your market.',
  'elig.blocker.ALREADY_RELATED': 'you already resell to this customer, so a new request would change nothing. For admin access, use “Request admin access” on its page.',
  'elig.blocker.ALREADY_RELATED_WITH_ADMIN': 'you already resell to this customer with admin access, so a new request would change nothing.',
  'elig.blocker.REQUEST_PENDING': 'a request is already pending. Open it, or send a reminder with a new link.',
} as const satisfies Record<string, string>;

export type EligibilityMessageKey = keyof typeof en;

const de: Record<EligibilityMessageKey, string> = {
  'elig.checking': '{domain} wird geprüft …',
  'elig.unknown': 'Noch keine Organisation mit dieser Domäne nutzt Partnerlink — nur die, die sie erhält, kann annehmen.',
  'elig.knownCustomer': 'Bekannter Kunde: {company} ({country}, {cloud})',
  'elig.knownOrganisation': 'Eine Organisation mit dieser Domäne nutzt Partnerlink ({country}, {cloud}).',
  'elig.resells': 'Sie sind bereits Handelspartner dieses Kunden —',
  'elig.resellsEnded': 'Sie waren früher Handelspartner dieses Kunden.',
  'elig.admin': 'Sie haben Administratorzugriff auf diesen Kunden.',
  'elig.openCustomer': 'Kunden öffnen',
  'elig.pending': 'Eine Anfrage von Ihnen für diese Domäne ist offen —',
  'elig.openPending': 'Anfrage öffnen',
  'elig.agreement': 'Kundenvereinbarung liegt vor.',
  'elig.noAgreement': 'Kundenvereinbarung liegt noch nicht vor.',
  'elig.cannot': 'Eine Handelspartnerbeziehung können Sie hier nicht anfragen:',
  'elig.blocker.DOMAIN_NOT_CUSTOMER': 'Diese Domäne gehört einer Partnerorganisation, nicht einem Kunden.',
  'elig.blocker.CLOUD_MISMATCH': 'Dieser Kunde ist in {cloud}, Sie sind in {partnerCloud}; Partner und Kunden können nur in derselben Cloud verbunden sein.',
  'elig.blocker.REGION_NOT_ALLOWED': 'Das Land dieses Kunden ({country}) liegt außerhalb Ihres Markts.',
  'elig.blocker.ALREADY_RELATED': 'Sie sind bereits Handelspartner dieses Kunden, eine neue Anfrage würde nichts ändern. Für Administratorzugriff nutzen Sie „Administratorzugriff anfragen“ auf seiner Seite.',
  'elig.blocker.ALREADY_RELATED_WITH_ADMIN': 'Sie sind bereits Handelspartner dieses Kunden mit Administratorzugriff, eine neue Anfrage würde nichts ändern.',
  'elig.blocker.REQUEST_PENDING': 'Eine Anfrage ist bereits offen. Öffnen Sie sie oder senden Sie eine Erinnerung mit einem neuen Link.',
};

export const ELIGIBILITY_MESSAGES = { en, de } as const;

/** `t` for the eligibility texts, in the page's language. */
export function useEligibilityText(): (key: EligibilityMessageKey, params?: Params) => string {
  return useChunkText(ELIGIBILITY_MESSAGES);
}
