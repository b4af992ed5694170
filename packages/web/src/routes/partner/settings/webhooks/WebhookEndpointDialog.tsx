import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { evictFields } from '../../../../apollo/cache.js';
import { problemOf, type Problem } from '../../../../apollo/problem.js';
import { Dialog } from '../../../../components/Dialog.js';
import { Field } from '../../../../components/Field.js';
import { SecretReveal } from '../../../../components/SecretReveal.js';
import { graphql } from '../../../../gql/index.js';
import type { WebhookEndpointRow_EndpointFragment, WebhookEventType } from '../../../../gql/graphql.js';
import { useI18n } from '../../../../i18n/I18nProvider.js';
import { WEBHOOK_EVENT_TYPES, WIRE_NAMES } from './webhookEvents.js';

export const CreateWebhookEndpointMutation = graphql(`
  mutation WebhookEndpointDialogCreateMutation($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        ...WebhookEndpointRow_endpoint
      }
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation WebhookEndpointDialogUpdateMutation($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      id
      ...WebhookEndpointRow_endpoint
    }
  }
`);

const FIELDS: readonly (string | undefined)[] = ['url', 'events', 'description'];
const DESCRIPTION_MAX = 500;

/** Registers an endpoint (then shows its signing secret once) or edits one. */
export function WebhookEndpointDialog({ endpoint, onClose }: { endpoint?: WebhookEndpointRow_EndpointFragment; onClose(): void }) {
  const i18n = useI18n();
  const { t, problemText } = i18n;
  const [url, setUrl] = useState(endpoint?.url ?? 'https://');
  const [events, setEvents] = useState<ReadonlySet<WebhookEventType>>(new Set(endpoint?.events ?? []));
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [create, created] = useMutation(CreateWebhookEndpointMutation, { update: evictFields('webhookEndpoints') });
  const [update, updating] = useMutation(UpdateWebhookEndpointMutation);
  const result = created.data?.createWebhookEndpoint;

  const toggle = (type: WebhookEventType, on: boolean) => {
    const next = new Set(events);
    if (on) next.add(type);
    else next.delete(type);
    setEvents(next);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^https?:\/\/\S+/i.test(url.trim())) return setProblem({ field: 'url', message: problemText({ reason: 'URL_INVALID' }) });
    if (events.size === 0) return setProblem({ field: 'events', message: problemText({ reason: 'EVENTS_REQUIRED' }) });
    setProblem(null);
    const fields = { url: url.trim(), events: WEBHOOK_EVENT_TYPES.filter((type) => events.has(type)), description: description.trim() };
    try {
      if (endpoint) {
        await update({ variables: { input: { id: endpoint.id, ...fields } } });
        onClose();
      } else {
        await create({ variables: { input: fields } });
      }
    } catch (error) {
      setProblem(problemOf(error, i18n));
    }
  };
  const errorFor = (field: string) => (problem?.field === field ? problem.message : undefined);
  const busy = created.loading || updating.loading;
  const title = result ? t('webhooks.created.title') : endpoint ? t('webhooks.form.editTitle') : t('webhooks.form.newTitle');

  return (
    <Dialog title={title} onClose={onClose} wide>
      {result ? (
        <SecretReveal label={t('webhooks.secret')} secret={result.secret} onDone={onClose}>
          <p>{t('webhooks.created.usage', { url: result.endpoint.url })}</p>
        </SecretReveal>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <Field label={t('webhooks.form.url')} hint={t('webhooks.form.urlHint')} error={errorFor('url')}>
            <input type="url" value={url} maxLength={2048} onChange={(e) => setUrl(e.target.value)} autoComplete="off" spellCheck={false} />
          </Field>
          <fieldset className={errorFor('events') ? 'fieldset field--invalid' : 'fieldset'} aria-describedby={errorFor('events') ? 'webhook-events-error' : undefined}>
            <legend>{t('webhooks.form.events')}</legend>
            <div className="event-choices">
              {WEBHOOK_EVENT_TYPES.map((type) => (
                <div className="checkbox-field" key={type}>
                  <input id={`webhook-event-${type}`} type="checkbox" checked={events.has(type)} onChange={(e) => toggle(type, e.target.checked)} />
                  <label htmlFor={`webhook-event-${type}`}>
                    {t(`webhookEvent.${type}`)}
                    <span className="field__hint mono">{WIRE_NAMES[type]}</span>
                  </label>
                </div>
              ))}
            </div>
            {errorFor('events') ? <p id="webhook-events-error" className="field__error">{errorFor('events')}</p> : null}
          </fieldset>
          <Field label={t('webhooks.form.description')} hint={t('webhooks.form.descriptionHint', { count: description.length, max: DESCRIPTION_MAX })} error={errorFor('description')}>
            <input value={description} maxLength={DESCRIPTION_MAX} onChange={(e) => setDescription(e.target.value)} />
          </Field>
          {problem && !FIELDS.includes(problem.field) ? <div className="notice notice--danger" role="alert">{problem.message}</div> : null}
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" onClick={onClose}>{t('app.cancel')}</button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('webhooks.form.busy') : endpoint ? t('app.save') : t('webhooks.form.create')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
