import type { PartnerAppCatalog } from './partnerApp.en.js';

/** Die Texte nur der angemeldeten App: dieselben Schlüssel wie partnerApp.en.ts (der Typ erzwingt es). */
export const partnerAppDe: PartnerAppCatalog = {
  'rel.type.INDIRECT_RESELLER': 'Indirekter Handelspartner',
  'partners.indirectThrough': 'Indirekter Handelspartner, über {provider} (stellt Ihnen die Rechnungen)',
  'partners.confirm.INDIRECT_RESELLER.title': 'Die Beziehung zum indirekten Handelspartner {partner} beenden?',
  'partners.confirm.INDIRECT_RESELLER.text': '{partner} betreut Ihre Organisation nicht mehr. Ihr Handelspartner (Reseller of Record) bleibt: Diese Beziehung beenden Sie getrennt.',
  'partners.confirm.INDIRECT_RESELLER.submit': 'Beziehung zum indirekten Handelspartner beenden',
  'partners.done.INDIRECT_RESELLER': 'Die Beziehung zum indirekten Handelspartner {partner} ist beendet.',
  'activity.text.RELATIONSHIP_CREATED.INDIRECT_RESELLER': 'Die Beziehung als indirekter Handelspartner mit {customerName} ist jetzt aktiv.',
  'activity.text.RELATIONSHIP_CREATED.RESELLER.through': 'Die Handelspartnerbeziehung mit {customerName} ist jetzt aktiv: Der Kunde kam über Ihren indirekten Handelspartner {indirectPartnerName}.',
  'activity.text.RELATIONSHIP_CREATED.INDIRECT_RESELLER.through': 'Die Beziehung als indirekter Handelspartner mit {customerName} ist jetzt aktiv, über Ihren indirekten Anbieter {indirectPartnerName}.',
  'activity.text.RELATIONSHIP_ENDED.INDIRECT_RESELLER.PARTNER': 'Die Beziehung als indirekter Handelspartner mit {customerName} wurde von {actorName} beendet.',
  'activity.text.RELATIONSHIP_ENDED.INDIRECT_RESELLER.CUSTOMER': 'Die Beziehung als indirekter Handelspartner wurde von {actorName} von {customerName} beendet (Kundenseite); {partnerName} hat sie nicht mehr.',
  'problem.INDIRECT_PROVIDER_REQUIRED': 'Wählen Sie den indirekten Anbieter, über den der Kunde kaufen wird.',
  'problem.INDIRECT_PROVIDER_NOT_ALLOWED': 'Nur ein indirekter Handelspartner nennt einen indirekten Anbieter.',
  'problem.PROVIDER_NOT_AUTHORIZED': 'Dieser indirekte Anbieter hat Ihre Organisation nicht (oder nicht mehr) autorisiert. Wählen Sie einen Ihrer Anbieter.',
  'problem.NOT_ASSOCIATED_RESELLER': 'Dieser indirekte Handelspartner betreut den Kunden nicht über Sie.',

  // Stapel von Anfragen (Issue 15): Aktivität und der Name des Webhook-Ereignisses.
  'activity.REQUEST_BATCH_CREATED': 'Stapel von Anfragen angelegt',
  'activity.REQUEST_BATCH_COMPLETED': 'Stapel von Anfragen abgeschlossen',
  'activity.text.REQUEST_BATCH_CREATED': '{actorName} hat einen Stapel von Anfragen angelegt: {created} von {total} Zeilen wurden zu Anfragen ({blocked} blockiert, {invalid} ungültig).',
  'activity.text.REQUEST_BATCH_COMPLETED.links': 'Ein Stapel von Anfragen ist abgeschlossen: {actorName} hat die Links seiner {created} Anfragen erhalten.',
  'activity.text.REQUEST_BATCH_COMPLETED.sent': 'Ein Stapel von Anfragen ist abgeschlossen: {sent} von {created} E-Mails gesendet, {sendFailed} nicht gesendet.',
  'webhookEvent.RELATIONSHIP_REQUEST_BATCH_COMPLETED': 'Stapel von Anfragen abgeschlossen',
  'problem.BATCH_NOT_SENT': 'Partnerlink hat diesen Stapel nicht per E-Mail versendet: Seine Links wurden beim Anlegen ausgegeben. Senden Sie einen neuen Link von der Seite „Anfragen“.',

  'request.provider': 'Indirekter Anbieter',
  'request.providerHint': '{provider} wird Handelspartner des Kunden (Reseller of Record): Er bestellt und stellt die Rechnungen. Sie betreuen den Kunden als indirekter Handelspartner.',
  'request.providerChoose': 'Anbieter wählen',
  'request.noProviders.title': 'Noch hat Sie kein indirekter Anbieter autorisiert',
  'request.noProviders.text': 'Als indirekter Handelspartner laden Sie Kunden über einen Ihrer indirekten Anbieter ein. Sobald ein Anbieter Sie autorisiert hat, wählen Sie ihn hier.',
  'request.noProviders.link': 'Ihre Anbieter ansehen',

  'customers.col.through': 'Über',
  'customers.through': 'über {reseller}',
  'customers.direct': 'Direkt',
  'customers.billedBy': 'Rechnung von {provider}',
  'customers.filter.reseller': 'Indirekter Handelspartner',
  'customers.filter.allResellers': 'Alle',
  'detail.through': 'Dieser Kunde kam über Ihren indirekten Handelspartner {reseller}; Ihre Bestellungen werden ihm zugeordnet.',
  'detail.billedBy': 'Rechnung von {provider}: Ihr indirekter Anbieter ist Handelspartner des Kunden (Reseller of Record) und bestellt. Bitten Sie ihn, für diesen Kunden zu bestellen.',
  'detail.sub.readOnly': 'Verkauft von {partner}, der es ändert; für Sie nur lesbar.',
  'purchase.associated': 'Indirekter Handelspartner',
  'purchase.associatedHint': 'Die Bestellung wird dem Handelspartner zugeordnet, der den Kunden betreut.',
  'requests.through': 'über {provider}',
};
