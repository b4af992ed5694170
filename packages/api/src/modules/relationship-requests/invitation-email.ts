import type { Locale } from '@partnerlink/shared';

export interface InvitationEmailInput {
  readonly locale: Locale;
  readonly partnerName: string;
  readonly senderName: string;
  readonly includesDelegatedAdmin: boolean;
  readonly message: string | null;
  readonly url: string;
  readonly expiresAt: Date;
  /** The customer a pinned request was made for (only it can answer); null for an open link. */
  readonly pinnedCompany: string | null;
}

export interface InvitationEmailText {
  readonly subject: string;
  readonly body: string;
}

interface Template {
  subject(partner: string, admin: boolean): string;
  greeting: string;
  intro(partner: string, admin: boolean): string;
  personal(sender: string): string;
  action: string;
  /** An open link: anyone eligible can answer it, so the mail must not claim it is only for the recipient. */
  expiry(date: string): string;
  /** A pinned link: only that customer can answer it. */
  pinnedExpiry(company: string, date: string): string;
  closing: string;
}

const TEMPLATES: Readonly<Record<Locale, Template>> = {
  en: {
    subject: (partner, admin) =>
      admin
        ? `${partner} requests a reseller relationship and admin permissions`
        : `${partner} requests a reseller relationship`,
    greeting: 'Hello,',
    intro: (partner, admin) =>
      `${partner} would like to become your Cloud Solution Provider partner. Accepting lets ${partner} purchase cloud subscriptions on your organisation's behalf` +
      (admin
        ? ', and grants it delegated admin permissions to manage your services and subscriptions.'
        : '. It does not grant admin permissions to your services.'),
    personal: (sender) => `A personal message from ${sender}:`,
    action: 'A global administrator of your organisation can review and accept the request here:',
    expiry: (date) => `The link expires on ${date}.`,
    pinnedExpiry: (company, date) => `The link is meant for ${company} only and expires on ${date}.`,
    closing: 'Kind regards,',
  },
  de: {
    subject: (partner, admin) =>
      admin
        ? `${partner} bittet um eine Handelspartnerbeziehung und Administratorberechtigungen`
        : `${partner} bittet um eine Handelspartnerbeziehung`,
    greeting: 'Guten Tag,',
    intro: (partner, admin) =>
      `${partner} möchte Ihr Cloud Solution Provider-Partner werden. Wenn Sie zustimmen, kann ${partner} Cloud-Abonnements im Auftrag Ihrer Organisation kaufen` +
      (admin
        ? ' und erhält delegierte Administratorberechtigungen, um Ihre Dienste und Abonnements zu verwalten.'
        : '. Administratorberechtigungen für Ihre Dienste sind darin nicht enthalten.'),
    personal: (sender) => `Eine persönliche Nachricht von ${sender}:`,
    action: 'Ein globaler Administrator Ihrer Organisation kann die Anfrage hier prüfen und annehmen:',
    expiry: (date) => `Der Link läuft am ${date} ab.`,
    pinnedExpiry: (company, date) => `Der Link ist nur für ${company} bestimmt und läuft am ${date} ab.`,
    closing: 'Mit freundlichen Grüßen',
  },
};

function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

/** The templated invitation email (subject and plain-text body) in the chosen language. */
export function invitationEmail(input: InvitationEmailInput): InvitationEmailText {
  const t = TEMPLATES[input.locale];
  const message = input.message?.trim();
  const paragraphs = [
    t.greeting,
    t.intro(input.partnerName, input.includesDelegatedAdmin),
    ...(message ? [`${t.personal(input.senderName)}\n${message}`] : []),
    `${t.action}\n${input.url}`,
    input.pinnedCompany
      ? t.pinnedExpiry(input.pinnedCompany, formatDate(input.expiresAt, input.locale))
      : t.expiry(formatDate(input.expiresAt, input.locale)),
    `${t.closing}\n${input.senderName}\n${input.partnerName}`,
  ];
  return { subject: t.subject(input.partnerName, input.includesDelegatedAdmin), body: paragraphs.join('\n\n') };
}
