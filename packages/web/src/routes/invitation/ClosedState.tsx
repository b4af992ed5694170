import { StatusPanel, type Tone } from '../../components/StatusPanel.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { ClosedReason } from './pageState.js';

const TONES: Record<ClosedReason, Tone> = { notFound: 'danger', EXPIRED: 'warning', REVOKED: 'warning', ACCEPTED: 'info', DECLINED: 'info' };

/** A link that can no longer be answered: expired, withdrawn, used, declined or unknown. */
export function ClosedState({ reason, partner, signedInCustomer }: { reason: ClosedReason; partner: string | null; signedInCustomer: boolean }) {
  const { t } = useI18n();
  const params = { partner: partner ?? t('invite.partnerName') };
  const partnersLink = signedInCustomer && reason === 'ACCEPTED' ? <a className="button button--primary" href="/">{t('invite.showPartners')}</a> : null;
  return (
    <StatusPanel level={1} tone={TONES[reason]} title={t(`invite.${reason}.title`)} actions={partnersLink}>
      {t(`invite.${reason}.text`, params)}
    </StatusPanel>
  );
}
