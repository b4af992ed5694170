import { StatusPanel, type Tone } from '../../components/StatusPanel.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Contact } from './ContactPartner.js';
import type { ClosedReason } from './pageState.js';
import { zonedTime } from './zonedTime.js';

const TONES: Record<ClosedReason, Tone> = { notFound: 'danger', REPLACED: 'warning', EXPIRED: 'warning', REVOKED: 'warning', ACCEPTED: 'info', DECLINED: 'info' };

/** A link that can no longer be answered: replaced by a newer one, expired, withdrawn, used, declined or unknown. */
export function ClosedState({ reason, partner, replacedAt, signedInCustomer }: {
  reason: ClosedReason;
  partner: { name: string; contactEmail?: string | null } | null;
  /** When a newer link replaced this one (REPLACED). */
  replacedAt?: string | null;
  signedInCustomer: boolean;
}) {
  const { t, locale } = useI18n();
  const params = { partner: partner?.name ?? t('invite.partnerName') };
  const partnersLink = signedInCustomer && reason === 'ACCEPTED' ? <a className="button button--primary" href="/">{t('invite.showPartners')}</a> : null;
  return (
    <StatusPanel level={1} tone={TONES[reason]} title={t(`invite.${reason}.title`)} actions={partnersLink}>
      <p>{t(`invite.${reason}.text`, params)}</p>
      {reason === 'REPLACED' && replacedAt ? <p>{t('invite.REPLACED.when', { date: zonedTime(locale, replacedAt) })}</p> : null}
      {partner && reason !== 'ACCEPTED' && reason !== 'notFound' ? <Contact partner={partner.name} email={partner.contactEmail} /> : null}
    </StatusPanel>
  );
}
