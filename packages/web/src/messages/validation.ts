import type { Locale } from '@partnerlink/shared';
import { errorMessages } from './errors.js';

type Rule = readonly [RegExp, (match: RegExpMatchArray) => string];

/**
 * German text for the English problem messages of @partnerlink/shared's validation and the
 * api's BAD_USER_INPUT errors. Unknown messages fall back to a generic German sentence, so the
 * German page never shows English.
 */
const GERMAN: readonly Rule[] = [
  [/^This field is required\.$/, () => 'Dieses Feld ist erforderlich.'],
  [/^Enter at least (\d+) characters\.$/, (m) => `Geben Sie mindestens ${m[1]} Zeichen ein.`],
  [/^Enter at most (\d+) characters\.$/, (m) => `Geben Sie höchstens ${m[1]} Zeichen ein.`],
  [/^An email address has at most (\d+) characters\.$/, (m) => `Eine E-Mail-Adresse hat höchstens ${m[1]} Zeichen.`],
  [/^A name cannot contain control characters/, () => 'Ein Name darf keine Steuerzeichen, unsichtbaren Zeichen oder Zeichen zur Schreibrichtungssteuerung enthalten.'],
  [/^Enter a valid email address/, () => 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.'],
  [/^An email address needs a domain name after the @/, () => 'Eine E-Mail-Adresse braucht nach dem @ einen Domänennamen, z. B. name@example.com, keine IP-Adresse.'],
  [/^Enter a domain name/, () => 'Geben Sie einen Domänennamen ein, z. B. contoso.com.'],
  [/^Choose a country/, () => 'Wählen Sie ein Land aus.'],
  [/^The quantity is a whole number from (\d+) to (\d+)\.$/, (m) => `Die Menge ist eine ganze Zahl von ${m[1]} bis ${m[2]}.`],
  [/^Enter the date as YYYY-MM-DD\.$/, () => 'Geben Sie das Datum als JJJJ-MM-TT ein.'],
  [/^Enter a real calendar date\.$/, () => 'Geben Sie ein gültiges Kalenderdatum ein.'],
  [/^The agreement date cannot be in the future\.$/, () => 'Das Vertragsdatum darf nicht in der Zukunft liegen.'],
  [/^A tenant with this domain already exists/, () => 'Eine Organisation mit dieser Domäne gibt es bereits. Laden Sie sie stattdessen mit einer Beziehungsanfrage ein.'],
  [/^The customer agreement is already on record/, () => 'Der Kundenvertrag ist für diesen Kunden bereits erfasst.'],
  [/already has a reseller relationship and admin permissions with you\.$/, () => 'Dieser Kunde hat bereits eine Handelspartnerbeziehung und Administratorrechte mit Ihnen.'],
  [/already has a reseller relationship with you\.$/, () => 'Dieser Kunde hat bereits eine Handelspartnerbeziehung mit Ihnen.'],
  [/^This relationship has already ended\.$/, () => 'Diese Beziehung ist bereits beendet.'],
  [/^An Azure plan is bought once per customer/, () => 'Ein Azure-Plan wird einmal pro Kunde gekauft: Menge 1.'],
  [/^An Azure plan has no seats to change\.$/, () => 'Ein Azure-Plan hat keine Lizenzen, deren Anzahl sich ändern ließe.'],
  [/^The customer still has (\d+) active subscription/, (m) => `Der Kunde hat noch ${m[1]} aktive(s) Abonnement(s) von Ihnen; setzen Sie diese aus, bevor Sie die Handelspartnerbeziehung beenden.`],
  [/^Choose at least one scope\.$/, () => 'Wählen Sie mindestens eine Berechtigung aus.'],
  [/^The expiry must be in the future and at most two years away\.$/, () => 'Das Ablaufdatum muss in der Zukunft und höchstens zwei Jahre entfernt liegen.'],
  [/^This key is already revoked\.$/, () => 'Dieser Schlüssel ist bereits widerrufen.'],
  [/^Choose at least one event\.$/, () => 'Wählen Sie mindestens ein Ereignis aus.'],
  [/^The description is longer than (\d+) characters\.$/, (m) => `Die Beschreibung ist länger als ${m[1]} Zeichen.`],
  [/^A partner can register at most (\d+) webhook endpoints\.$/, (m) => `Ein Partner kann höchstens ${m[1]} Webhook-Endpunkte registrieren.`],
  [/^This delivery is being sent right now/, () => 'Diese Zustellung wird gerade gesendet; versuchen Sie es in einer Minute erneut.'],
  [/^The endpoint is disabled; enable it first\.$/, () => 'Der Endpunkt ist deaktiviert; aktivieren Sie ihn zuerst.'],
  [/^Enter a full URL/, () => 'Geben Sie eine vollständige URL ein, z. B. https://example.com/webhooks/partnerlink.'],
  [/^The URL is longer than (\d+) characters\.$/, (m) => `Die URL ist länger als ${m[1]} Zeichen.`],
  [/^Webhook URLs must start with https:\/\/\.$/, () => 'Webhook-URLs müssen mit https:// beginnen.'],
  [/^Webhook URLs must start with https:\/\/ or http:\/\/\.$/, () => 'Webhook-URLs müssen mit https:// oder http:// beginnen.'],
  [/^Webhook URLs may not contain a user name or password\.$/, () => 'Webhook-URLs dürfen keinen Benutzernamen und kein Kennwort enthalten.'],
  [/^Webhook URLs must point to a public address/, () => 'Webhook-URLs müssen auf eine öffentliche Adresse zeigen, nicht auf eine private, Loopback- oder Link-Local-Adresse.'],
  [/^(\S+) resolves to a private, loopback or link-local address\.$/, (m) => `${m[1]} verweist auf eine private, Loopback- oder Link-Local-Adresse.`],
];

/** A validation or BAD_USER_INPUT message in the page's language. */
export function localizeProblem(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  for (const [pattern, render] of GERMAN) {
    const match = message.match(pattern);
    if (match) return render(match);
  }
  return errorMessages.de.BAD_USER_INPUT;
}
