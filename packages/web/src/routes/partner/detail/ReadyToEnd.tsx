import type { SubscriptionRow_SubscriptionFragment } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { CancelSubscriptionButton } from './CancelSubscriptionButton.js';

/**
 * "Ready to end?": the active subscriptions that keep the reseller relationship from ending, each
 * with a cancel action, so that ending is never a dead end; or the all-clear.
 */
export function ReadyToEnd({ subscriptions, mayCancel, onChanged }: {
  subscriptions: readonly SubscriptionRow_SubscriptionFragment[];
  mayCancel: boolean;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const active = subscriptions.filter((s) => s.status === 'ACTIVE');
  return (
    <div className="ready-to-end" data-testid="ready-to-end">
      <h3>{t('detail.ready.title')}</h3>
      {active.length === 0 ? (
        <p className="notice notice--success">{t('detail.ready.ok')}</p>
      ) : (
        <>
          <p>{t('detail.ready.blocked')}</p>
          <ul className="checklist">
            {active.map((s) => (
              <li key={s.id} className="checklist__step">
                <span className="checklist__marker" aria-hidden="true">!</span>
                <div className="checklist__body">
                  <div className="checklist__title">{s.product.name} × {s.quantity}</div>
                  {mayCancel && s.canCancel ? (
                    <div className="checklist__detail"><CancelSubscriptionButton subscription={s} onCancelled={onChanged} /></div>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
