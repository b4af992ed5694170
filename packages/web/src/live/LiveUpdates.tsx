import { useSubscription } from '@apollo/client/react';
import type { ActivityType } from '@partnerlink/shared';
import { useEffect, useState } from 'react';
import { evictFields, LIVE_FIELDS } from '../apollo/cache.js';
import { graphql } from '../gql/index.js';
import { useI18n } from '../i18n/I18nProvider.js';

export const RelationshipEventsSubscription = graphql(`
  subscription RelationshipEventsSubscription {
    relationshipEvents {
      id
      type
      createdAt
      customer {
        id
        companyName
      }
    }
  }
`);

/** Evicted, the open pages refetch these lists at once. */
const evictLiveFields = evictFields(...LIVE_FIELDS);

const TOAST_MS = 8000;

/**
 * The partner's pages update as things happen (a customer accepts, declines, ends a relationship):
 * each event from `relationshipEvents` evicts the affected lists, and a short note says what happened.
 * The note sits in the header's flow, under the navigation: it pushes the page down instead of lying
 * over its buttons, goes after a few seconds, and can be dismissed.
 */
export function LiveUpdates() {
  const { t } = useI18n();
  // What happened, rendered in the page's language when shown (so it follows a language switch).
  const [note, setNote] = useState<{ id: string; type: ActivityType; companyName: string | null } | null>(null);
  useSubscription(RelationshipEventsSubscription, {
    onData: ({ client, data }) => {
      const event = data.data?.relationshipEvents;
      if (!event) return;
      evictLiveFields(client.cache);
      setNote({ id: event.id, type: event.type, companyName: event.customer?.companyName ?? null });
    },
  });
  // The note stays while the pointer or the focus is on it (time to read it, or to reach Dismiss).
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!note || held) return;
    const timer = setTimeout(() => setNote(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [note, held]);
  return (
    <div
      className="live-note"
      role="status"
      aria-live="polite"
      data-testid="live-note"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {note ? (
        <p key={note.id} className="live-note__text">
          <span className="live-note__dot" aria-hidden="true">● </span>
          <span className="live-note__what">{note.companyName ? `${t(`activity.${note.type}`)}: ${note.companyName}` : t(`activity.${note.type}`)}</span>
          <button type="button" className="live-note__dismiss" aria-label={t('app.dismiss')} onClick={() => setNote(null)}>×</button>
        </p>
      ) : null}
    </div>
  );
}
