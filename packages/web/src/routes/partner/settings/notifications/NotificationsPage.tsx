import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageHeader } from '../../../../components/PageHeader.js';
import { graphql } from '../../../../gql/index.js';
import { useDocumentTitle } from '../../../../hooks/useDocumentTitle.js';
import { useI18n } from '../../../../i18n/I18nProvider.js';

export const NotificationsPageQuery = graphql(`
  query NotificationsPageQuery {
    viewer {
      id
      notificationSettings {
        onAnswer
        digest
      }
    }
    serverCapabilities {
      emailSending
    }
  }
`);

export const UpdateNotificationSettingsMutation = graphql(`
  mutation NotificationsPageUpdateMutation($input: NotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      onAnswer
      digest
    }
  }
`);

type Setting = 'onAnswer' | 'digest';

/** Your own email notifications: answers to your requests, and the daily digest of requests about to expire. */
export function NotificationsPage() {
  const { t, errorText } = useI18n();
  useDocumentTitle(t('settings.notifications.title'), t('nav.settings'));
  const { data, error } = useQuery(NotificationsPageQuery);
  const [update, updating] = useMutation(UpdateNotificationSettingsMutation, {
    // The viewer's settings in the cache follow the answer.
    update(cache, result) {
      const settings = result.data?.updateNotificationSettings;
      const viewer = data?.viewer;
      if (!settings || !viewer) return;
      cache.writeQuery({ query: NotificationsPageQuery, data: { ...data, viewer: { ...viewer, notificationSettings: { ...viewer.notificationSettings, ...settings } } } });
    },
  });
  const [saved, setSaved] = useState(false);
  const settings = data?.viewer?.notificationSettings;

  const change = async (setting: Setting, value: boolean) => {
    setSaved(false);
    const optimistic = settings ? { ...settings, __typename: 'NotificationSettings' as const, [setting]: value } : undefined;
    const result = await update({
      variables: { input: { [setting]: value } },
      ...(optimistic ? { optimisticResponse: { updateNotificationSettings: optimistic } } : {}),
    }).catch(() => undefined);
    if (result?.data) setSaved(true);
  };

  return (
    <>
      <PageHeader title={t('settings.notifications.title')} lead={t('settings.notifications.lead')} />
      {error ? <div className="notice notice--danger" role="alert">{errorText('INTERNAL_SERVER_ERROR')}</div> : null}
      {data && !data.serverCapabilities.emailSending ? <p className="notice">{t('settings.notifications.noMail')}</p> : null}
      {settings ? (
        <fieldset className="fieldset" disabled={updating.loading}>
          <legend>{t('settings.notifications.title')}</legend>
          {(['onAnswer', 'digest'] as const).map((setting) => (
            <div className="checkbox-field" key={setting}>
              <input id={`notify-${setting}`} type="checkbox" checked={settings[setting]} onChange={(e) => void change(setting, e.target.checked)} />
              <label htmlFor={`notify-${setting}`}>{t(`settings.notifications.${setting}`)}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <p role="status" className="muted">{saved ? t('settings.notifications.saved') : ''}</p>
      {updating.error ? <div className="notice notice--danger" role="alert">{errorText('INTERNAL_SERVER_ERROR')}</div> : null}
    </>
  );
}
