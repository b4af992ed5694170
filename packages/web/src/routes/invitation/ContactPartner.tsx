import { useI18n } from '../../i18n/I18nProvider.js';

/** Whom to contact about a link that cannot be answered: the partner (with its address, when it has one), or someone else. */
export function Contact({ partner, email, other }: { partner: string; email?: string | null; other?: string }) {
  const { t } = useI18n();
  return (
    <div className="contact" data-testid="contact">
      <h2>{t('invite.contact.title')}</h2>
      {other ? (
        <p>{other}</p>
      ) : (
        <p>
          {t('invite.contact.partner', { partner })}
          {email ? <><br /><a href={`mailto:${email}`}>{email}</a></> : null}
        </p>
      )}
    </div>
  );
}
