import { useMutation } from '@apollo/client/react';
import type { Locale } from '@partnerlink/shared';
import { useState, type FormEvent } from 'react';
import { evictFields } from '../../../apollo/cache.js';
import { problemOf, type Problem } from '../../../apollo/problem.js';
import { Dialog } from '../../../components/Dialog.js';
import { Field } from '../../../components/Field.js';
import { graphql } from '../../../gql/index.js';
import { useI18n } from '../../../i18n/I18nProvider.js';

export const InviteResellerDialogMutation = graphql(`
  mutation InviteResellerDialogMutation($input: InviteIndirectResellerInput!) {
    inviteIndirectReseller(input: $input) {
      url
      authorization {
        id
        ...AuthorizationRow_authorization
      }
    }
  }
`);

const LOCALES: readonly Locale[] = ['en', 'de'];
const FIELDS: readonly (string | undefined)[] = ['recipientEmail', 'message'];

/** Language, recipient and message; then the link, shown this once, with Copy. */
export function InviteResellerDialog({ onClose }: { onClose(): void }) {
  const i18n = useI18n();
  const { t, date, locale: pageLocale } = i18n;
  const [locale, setLocale] = useState<Locale>(pageLocale);
  const [recipientEmail, setRecipientEmail] = useState('');
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [feedback, setFeedback] = useState('');
  const [invite, { data, loading }] = useMutation(InviteResellerDialogMutation, { update: evictFields('resellerAuthorizations', 'activityLog') });
  const created = data?.inviteIndirectReseller;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const input = { locale, recipientEmail: recipientEmail.trim() || null, message: message.trim() || null };
    await invite({ variables: { input } }).catch((error: unknown) => setProblem(problemOf(error, i18n)));
  };
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setFeedback(t('tiers.copied'));
    } catch {
      setFeedback(t('tiers.copyFailed'));
    }
  };
  const errorFor = (field: string) => (problem?.field === field ? problem.message : undefined);

  return (
    <Dialog title={created ? t('tiers.created.title') : t('tiers.form.title')} onClose={onClose} wide={Boolean(created)}>
      {created ? (
        <div className="secret-reveal" data-testid="reseller-link">
          <div className="notice notice--warning" role="alert">
            <span><strong>{t('tiers.created.once')}</strong> {t('tiers.created.expires', { date: date(created.authorization.expiresAt) })}</span>
          </div>
          <div className="secret-reveal__row">
            <input className="link-field" readOnly value={created.url} aria-label={t('tiers.created.link')} spellCheck={false} onFocus={(e) => e.target.select()} autoFocus />
            <button type="button" className="button" onClick={() => void copy(created.url)}>{t('tiers.copy')}</button>
          </div>
          <p className="muted" aria-live="polite">{feedback}</p>
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>{t('tiers.done')}</button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <p>{t('tiers.form.lead')}</p>
          <Field label={t('tiers.form.locale')}>
            <select value={locale} onChange={(e) => setLocale(e.target.value === 'de' ? 'de' : 'en')}>
              {LOCALES.map((option) => (
                <option key={option} value={option}>{t(`lang.${option}`)}</option>
              ))}
            </select>
          </Field>
          <Field label={t('tiers.form.email')} hint={t('tiers.form.emailHint')} error={errorFor('recipientEmail')}>
            <input type="email" value={recipientEmail} maxLength={254} onChange={(e) => setRecipientEmail(e.target.value)} autoComplete="off" />
          </Field>
          <Field label={t('tiers.form.message')} hint={t('tiers.form.messageHint')} error={errorFor('message')}>
            <textarea value={message} maxLength={2000} rows={4} onChange={(e) => setMessage(e.target.value)} />
          </Field>
          {problem && !FIELDS.includes(problem.field) ? <div className="notice notice--danger" role="alert">{problem.message}</div> : null}
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" onClick={onClose}>{t('app.cancel')}</button>
            <button type="submit" className="button button--primary" disabled={loading}>
              {loading ? t('tiers.form.busy') : t('tiers.form.submit')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
