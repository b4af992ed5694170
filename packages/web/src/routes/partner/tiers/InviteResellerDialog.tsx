import { useMutation } from '@apollo/client/react';
import type { Locale } from '@partnerlink/shared';
import { useState, type FormEvent } from 'react';
import { evictFields } from '../../../apollo/cache.js';
import { problemOf, type Problem } from '../../../apollo/problem.js';
import { Dialog } from '../../../components/Dialog.js';
import { Field } from '../../../components/Field.js';
import { graphql } from '../../../gql/index.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useTierText } from './tierMessages.js';

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
  const tt = useTierText();
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
      setFeedback(tt('tiers.copied'));
    } catch {
      setFeedback(tt('tiers.copyFailed'));
    }
  };
  const errorFor = (field: string) => (problem?.field === field ? problem.message : undefined);

  return (
    <Dialog title={created ? tt('tiers.created.title') : tt('tiers.form.title')} onClose={onClose} wide={Boolean(created)}>
      {created ? (
        <div className="secret-reveal" data-testid="reseller-link">
          <div className="notice notice--warning" role="alert">
            <span><strong>{tt('tiers.created.once')}</strong> {tt('tiers.created.expires', { date: date(created.authorization.expiresAt) })}</span>
          </div>
          <div className="secret-reveal__row">
            <input className="link-field" readOnly value={created.url} aria-label={tt('tiers.created.link')} spellCheck={false} onFocus={(e) => e.target.select()} autoFocus />
            <button type="button" className="button" onClick={() => void copy(created.url)}>{tt('tiers.copy')}</button>
          </div>
          <p className="muted" aria-live="polite">{feedback}</p>
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>{tt('tiers.done')}</button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <p>{tt('tiers.form.lead')}</p>
          <Field label={tt('tiers.form.locale')}>
            <select value={locale} onChange={(e) => setLocale(e.target.value === 'de' ? 'de' : 'en')}>
              {LOCALES.map((option) => (
                <option key={option} value={option}>{t(`lang.${option}`)}</option>
              ))}
            </select>
          </Field>
          <Field label={tt('tiers.form.email')} hint={tt('tiers.form.emailHint')} error={errorFor('recipientEmail')}>
            <input type="email" value={recipientEmail} maxLength={254} onChange={(e) => setRecipientEmail(e.target.value)} autoComplete="off" />
          </Field>
          <Field label={tt('tiers.form.message')} hint={tt('tiers.form.messageHint')} error={errorFor('message')}>
            <textarea value={message} maxLength={2000} rows={4} onChange={(e) => setMessage(e.target.value)} />
          </Field>
          {problem && !FIELDS.includes(problem.field) ? <div className="notice notice--danger" role="alert">{problem.message}</div> : null}
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" onClick={onClose}>{t('app.cancel')}</button>
            <button type="submit" className="button button--primary" disabled={loading}>
              {loading ? tt('tiers.form.busy') : tt('tiers.form.submit')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
