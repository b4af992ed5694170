import { useI18n } from '../../i18n/I18nProvider.js';

/** Whom to contact about a link that cannot be answered: the partner (with its address, when it has one), or someone else. */
export function Contact({ partner, email, other, level = 2 }: { partner: string; email?: string | null; other?: string; level?: 2 | 3 }) {
  const { t } = useI18n();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="contact" data-testid="contact">
      <Heading>{t('invite.contact.title')}</Heading>
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
