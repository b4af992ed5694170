import { useMutation } from '@apollo/client/react';
import { apiKeyActions, PARTNER_ROLES } from '@partnerlink/shared';
import { useState, type FormEvent } from 'react';
import { evictFields } from '../../../../apollo/cache.js';
import { problemOf, type Problem } from '../../../../apollo/problem.js';
import { Dialog } from '../../../../components/Dialog.js';
import { Field } from '../../../../components/Field.js';
import { SecretReveal } from '../../../../components/SecretReveal.js';
import { graphql } from '../../../../gql/index.js';
import type { ApiKeyScope } from '../../../../gql/graphql.js';
import { useI18n } from '../../../../i18n/I18nProvider.js';
import { useViewer } from '../../../../viewer/ViewerContext.js';

export const NewApiKeyDialogMutation = graphql(`
  mutation NewApiKeyDialogMutation($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        ...ApiKeyRow_apiKey
      }
    }
  }
`);

const SCOPES: readonly ApiKeyScope[] = ['READ', 'WRITE'];
const FIELDS: readonly (string | undefined)[] = ['name', 'scopes', 'expiresAt'];

/** The end of the chosen day, in the user's time zone, as the api's DateTimeISO. */
export function endOfDay(day: string): string | null {
  return day ? new Date(`${day}T23:59:59.999`).toISOString() : null;
}

/** Name, scopes and an optional expiry; then the key's secret, shown this once. */
export function NewApiKeyDialog({ onClose }: { onClose(): void }) {
  const i18n = useI18n();
  const { t, problemText } = i18n;
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<ApiKeyScope>>(new Set(['READ']));
  const [expiresOn, setExpiresOn] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [create, { data, loading }] = useMutation(NewApiKeyDialogMutation, { update: evictFields('apiKeys', 'activityLog') });
  const created = data?.createApiKey;
  // A key never exceeds its creator: say so when these scopes promise more than the viewer may do.
  const viewer = useViewer();
  const chosen = SCOPES.filter((scope) => scopes.has(scope));
  const narrowed = apiKeyActions(chosen, viewer.roles).length < apiKeyActions(chosen, PARTNER_ROLES).length;

  const toggle = (scope: ApiKeyScope, on: boolean) => {
    const next = new Set(scopes);
    if (on) next.add(scope);
    else next.delete(scope);
    setScopes(next);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setProblem({ field: 'name', message: problemText({ reason: 'REQUIRED' }) });
    if (scopes.size === 0) return setProblem({ field: 'scopes', message: problemText({ reason: 'SCOPES_REQUIRED' }) });
    setProblem(null);
    const input = { name: name.trim(), scopes: SCOPES.filter((scope) => scopes.has(scope)), expiresAt: endOfDay(expiresOn) };
    await create({ variables: { input } }).catch((error: unknown) => setProblem(problemOf(error, i18n)));
  };
  const errorFor = (field: string) => (problem?.field === field ? problem.message : undefined);

  return (
    <Dialog title={created ? t('apiKeys.created.title', { name: created.apiKey.name }) : t('apiKeys.form.title')} onClose={onClose} wide={Boolean(created)}>
      {created ? (
        <SecretReveal label={t('apiKeys.created.secret')} secret={created.secret} onDone={onClose}>
          <p>{t('apiKeys.created.usage')} <code className="mono">Authorization: Bearer {created.apiKey.prefix}…</code></p>
        </SecretReveal>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <Field label={t('apiKeys.form.name')} hint={t('apiKeys.form.nameHint')} error={errorFor('name')}>
            <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          </Field>
          <fieldset className={errorFor('scopes') ? 'fieldset field--invalid' : 'fieldset'} aria-describedby={errorFor('scopes') ? 'api-key-scopes-error' : undefined}>
            <legend>{t('apiKeys.form.scopes')}</legend>
            {SCOPES.map((scope) => (
              <div className="checkbox-field" key={scope}>
                <input id={`api-key-scope-${scope}`} type="checkbox" checked={scopes.has(scope)} onChange={(e) => toggle(scope, e.target.checked)} />
                <label htmlFor={`api-key-scope-${scope}`}>
                  {t(`apiKeys.scope.${scope}`)}
                  <span className="field__hint">{t(`apiKeys.scope.${scope}.hint`)}</span>
                </label>
              </div>
            ))}
            {errorFor('scopes') ? <p id="api-key-scopes-error" className="field__error">{errorFor('scopes')}</p> : null}
            {narrowed ? <p className="notice notice--info">{t('apiKeys.form.narrowed', { roles: viewer.roles.map((role) => t(`role.${role}`)).join(', ') })}</p> : null}
          </fieldset>
          <Field label={t('apiKeys.form.expiry')} hint={t('apiKeys.form.expiryHint')} error={errorFor('expiresAt')}>
            <input type="date" className="input--date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
          </Field>
          {problem && !FIELDS.includes(problem.field) ? <div className="notice notice--danger" role="alert">{problem.message}</div> : null}
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" onClick={onClose}>{t('app.cancel')}</button>
            <button type="submit" className="button button--primary" disabled={loading}>
              {loading ? t('apiKeys.form.busy') : t('apiKeys.form.submit')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
