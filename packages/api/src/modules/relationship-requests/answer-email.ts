import { DECLINE_REASON_ENGLISH, type DeclineReason, type Locale } from '@partnerlink/shared';

/** One answer the requesting agent is told of. */
export interface AnswerEmailInput {
  readonly locale: Locale;
  readonly agentName: string;
  readonly answer: 'ACCEPTED' | 'DECLINED';
  readonly customerName: string;
  /** Who answered: their name and email address. */
  readonly answeredBy: string;
  readonly answeredAt: Date;
  readonly declineReason: DeclineReason | null;
  readonly declineReasonText: string | null;
  /** The request in the SPA. */
  readonly requestUrl: string;
}

/** One pending request in the daily digest. */
export interface DigestItem {
  readonly customerName: string | null;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly requestUrl: string;
}

export interface EmailText {
  readonly subject: string;
  readonly body: string;
}

const DECLINE_REASON_GERMAN: { readonly [R in DeclineReason]: string } = {
  NOT_EXPECTED: 'wir haben diese Anfrage nicht erwartet',
  WRONG_PARTNER: 'wir arbeiten mit einem anderen Partner',
  NOT_NOW: 'nicht jetzt',
  OTHER: 'anderer Grund',
};

const day = (date: Date) => date.toISOString().slice(0, 10);
const minute = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ');

const TEXT = {
  en: {
    subject: (i: AnswerEmailInput) => `${i.customerName} ${i.answer === 'ACCEPTED' ? 'accepted' : 'declined'} your relationship request`,
    greeting: (name: string) => `Hello ${name},`,
    lead: (i: AnswerEmailInput) =>
      `${i.answeredBy} of ${i.customerName} ${i.answer === 'ACCEPTED' ? 'accepted' : 'declined'} your relationship request on ${minute(i.answeredAt)} (UTC).`,
    reason: (i: AnswerEmailInput) => (i.declineReason ? `Reason: ${DECLINE_REASON_ENGLISH[i.declineReason]}` : 'No reason was given.'),
    said: 'In their words:',
    link: 'The request in Partnerlink:',
    digestSubject: (n: number) => (n === 1 ? '1 of your requests expires within 7 days' : `${n} of your requests expire within 7 days`),
    digestLead: 'these relationship requests of yours are still unanswered and expire within 7 days. Send a reminder or renew the link before they expire:',
    openLink: (created: Date) => `Open link created on ${day(created)}`,
    expires: (date: Date) => `expires on ${minute(date)} (UTC)`,
    footer: 'You get this email because of your notification settings in Partnerlink (Settings → Notifications).',
  },
  de: {
    subject: (i: AnswerEmailInput) => `${i.customerName} hat Ihre Beziehungsanfrage ${i.answer === 'ACCEPTED' ? 'angenommen' : 'abgelehnt'}`,
    greeting: (name: string) => `Guten Tag ${name},`,
    lead: (i: AnswerEmailInput) =>
      `${i.answeredBy} von ${i.customerName} hat Ihre Beziehungsanfrage am ${minute(i.answeredAt)} (UTC) ${i.answer === 'ACCEPTED' ? 'angenommen' : 'abgelehnt'}.`,
    reason: (i: AnswerEmailInput) => (i.declineReason ? `Grund: ${DECLINE_REASON_GERMAN[i.declineReason]}` : 'Es wurde kein Grund angegeben.'),
    said: 'In eigenen Worten:',
    link: 'Die Anfrage in Partnerlink:',
    digestSubject: (n: number) => (n === 1 ? '1 Ihrer Anfragen läuft in 7 Tagen ab' : `${n} Ihrer Anfragen laufen in 7 Tagen ab`),
    digestLead:
      'diese Beziehungsanfragen von Ihnen sind noch unbeantwortet und laufen in den nächsten 7 Tagen ab. Senden Sie eine Erinnerung oder erneuern Sie den Link, bevor sie ablaufen:',
    openLink: (created: Date) => `Offener Link vom ${day(created)}`,
    expires: (date: Date) => `läuft am ${minute(date)} (UTC) ab`,
    footer: 'Sie erhalten diese E-Mail wegen Ihrer Benachrichtigungseinstellungen in Partnerlink (Einstellungen → Benachrichtigungen).',
  },
} as const;

/** The email to the agent who made a request, once the customer accepted or declined it. */
export function answerEmail(input: AnswerEmailInput): EmailText {
  const t = TEXT[input.locale];
  const lines = [t.greeting(input.agentName), '', t.lead(input)];
  if (input.answer === 'DECLINED') {
    lines.push('', t.reason(input));
    if (input.declineReasonText) lines.push(`${t.said} “${input.declineReasonText}”`);
  }
  lines.push('', t.link, input.requestUrl, '', '--', t.footer);
  return { subject: t.subject(input), body: lines.join('\n') };
}

/** The daily digest of an agent's pending requests that expire within 7 days, soonest first. */
export function digestEmail(locale: Locale, agentName: string, items: readonly DigestItem[]): EmailText {
  const t = TEXT[locale];
  const list = items.map((item) => `- ${item.customerName ?? t.openLink(item.createdAt)}: ${t.expires(item.expiresAt)}\n  ${item.requestUrl}`);
  return { subject: t.digestSubject(items.length), body: [t.greeting(agentName), '', t.digestLead, '', ...list, '', '--', t.footer].join('\n') };
}
