import { adminRoleDefinition, type AdminRole, type Locale } from '@partnerlink/shared';

/** What the partner is told about one of its admin relationships. */
export type LifecycleNews =
  | { readonly kind: 'EXPIRING'; readonly daysLeft: number }
  | { readonly kind: 'EXPIRED' }
  | { readonly kind: 'EXTENDED'; readonly previousEndsAt: Date };

export interface LifecycleEmailInput {
  readonly locale: Locale;
  readonly news: LifecycleNews;
  readonly partnerName: string;
  readonly customerName: string;
  readonly displayName: string | null;
  readonly roles: readonly AdminRole[];
  /** The end it is heading for (EXPIRING, EXTENDED: the new one) or reached (EXPIRED). */
  readonly endsAt: Date;
  /** The customer's page in the SPA. */
  readonly customerUrl: string;
}

export interface LifecycleEmailText {
  readonly subject: string;
  readonly body: string;
}

interface Template {
  readonly subject: (news: LifecycleNews, customer: string, date: string) => string;
  readonly greeting: (partner: string) => string;
  readonly lead: (news: LifecycleNews, customer: string, name: string, date: string) => string;
  readonly action: (news: LifecycleNews) => string;
  readonly link: string;
  readonly closing: string;
}

const days = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

const TEMPLATES: { readonly [L in Locale]: Template } = {
  en: {
    subject: (news, customer, date) =>
      news.kind === 'EXPIRING'
        ? `Admin access to ${customer} ends in ${days(news.daysLeft, 'day', 'days')} (${date})`
        : news.kind === 'EXPIRED'
          ? `Admin access to ${customer} has ended`
          : `Admin access to ${customer} was extended to ${date}`,
    greeting: (partner) => `Hello ${partner},`,
    lead: (news, customer, name, date) =>
      news.kind === 'EXPIRING'
        ? `your admin relationship ${name}with ${customer} ends on ${date} (UTC), in ${days(news.daysLeft, 'day', 'days')}. After that you can no longer administer ${customer} with these roles:`
        : news.kind === 'EXPIRED'
          ? `your admin relationship ${name}with ${customer} ended on ${date} (UTC). You can no longer administer ${customer} with these roles:`
          : `your admin relationship ${name}with ${customer} reached its end and was extended automatically by 180 days: it now ends on ${date} (UTC). It keeps these roles:`,
    action: (news) =>
      news.kind === 'EXTENDED'
        ? 'Nothing needs doing. To stop the extensions, end the admin relationship on the customer’s page in Partnerlink.'
        : 'To renew it, ask the customer for admin access again on the customer’s page in Partnerlink; once the customer approves the new request, it replaces this one.',
    link: 'The customer’s page:',
    closing: 'Partnerlink',
  },
  de: {
    subject: (news, customer, date) =>
      news.kind === 'EXPIRING'
        ? `Administratorzugriff auf ${customer} endet in ${days(news.daysLeft, 'Tag', 'Tagen')} (${date})`
        : news.kind === 'EXPIRED'
          ? `Administratorzugriff auf ${customer} ist abgelaufen`
          : `Administratorzugriff auf ${customer} wurde bis ${date} verlängert`,
    greeting: (partner) => `Guten Tag ${partner},`,
    lead: (news, customer, name, date) =>
      news.kind === 'EXPIRING'
        ? `Ihre Administratorbeziehung ${name}mit ${customer} endet am ${date} (UTC), in ${days(news.daysLeft, 'Tag', 'Tagen')}. Danach können Sie ${customer} mit diesen Rollen nicht mehr verwalten:`
        : news.kind === 'EXPIRED'
          ? `Ihre Administratorbeziehung ${name}mit ${customer} ist am ${date} (UTC) abgelaufen. Sie können ${customer} mit diesen Rollen nicht mehr verwalten:`
          : `Ihre Administratorbeziehung ${name}mit ${customer} hat ihr Ende erreicht und wurde automatisch um 180 Tage verlängert: Sie endet jetzt am ${date} (UTC). Sie behält diese Rollen:`,
    action: (news) =>
      news.kind === 'EXTENDED'
        ? 'Sie müssen nichts tun. Um die Verlängerungen zu beenden, beenden Sie die Administratorbeziehung auf der Seite des Kunden in Partnerlink.'
        : 'Zum Erneuern fragen Sie auf der Seite des Kunden in Partnerlink erneut nach Administratorzugriff; sobald der Kunde die neue Anfrage genehmigt, ersetzt sie diese.',
    link: 'Die Seite des Kunden:',
    closing: 'Partnerlink',
  },
};

function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The email telling the partner's administrators of a reminder, an expiry or an extension, in the request's language. */
export function lifecycleEmail(input: LifecycleEmailInput): LifecycleEmailText {
  const t = TEMPLATES[input.locale];
  const date = formatDate(input.endsAt, input.locale);
  const name = input.displayName ? (input.locale === 'de' ? `„${input.displayName}“ ` : `“${input.displayName}” `) : '';
  return {
    subject: t.subject(input.news, input.customerName, date),
    body: [
      t.greeting(input.partnerName),
      '',
      t.lead(input.news, input.customerName, name, date),
      ...input.roles.map((role) => `- ${adminRoleDefinition(role).displayName}`),
      '',
      t.action(input.news),
      '',
      t.link,
      input.customerUrl,
      '',
      t.closing,
    ].join('\n'),
  };
}
