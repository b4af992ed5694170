import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { durationWords, endsAtIfApproved } from './adminTerms.js';

/** How long admin access would last: the duration in words, the end if accepted today, auto-extension, its name. */
export function AdminTermFacts({ partner, access }: {
  partner: string;
  access: { duration: string; autoExtend: boolean; displayName: string };
}) {
  const { t, date } = useI18n();
  const [now] = useState(() => Date.now());
  const [key, params] = durationWords(access.duration);
  return (
    <>
      <h2>{t('invite.term.title')}</h2>
      <dl className="facts facts--narrow-stack" data-testid="admin-term">
        <dt>{t('invite.term.duration')}</dt>
        <dd>{t('invite.term.durationValue', { duration: t(key, params) })}</dd>
        <dt>{t('invite.term.ends')}</dt>
        <dd>{t('invite.term.endsValue', { date: date(endsAtIfApproved(access.duration, now)) })}</dd>
        <dt>{t('invite.term.extend')}</dt>
        <dd>{access.autoExtend ? t('invite.term.extends', { partner }) : t('invite.term.noExtend')}</dd>
        <dt>{t('invite.term.name')}</dt>
        <dd>{access.displayName}</dd>
      </dl>
    </>
  );
}
