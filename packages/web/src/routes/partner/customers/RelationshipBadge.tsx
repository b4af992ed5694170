import { Badge } from '../../../components/Badge.js';
import type { RelationshipStatus } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/I18nProvider.js';

export function RelationshipBadge({ relationship }: { relationship: { status: RelationshipStatus } | null }) {
  const { t } = useI18n();
  if (!relationship) return <Badge tone="neutral">{t('rel.none')}</Badge>;
  return relationship.status === 'ACTIVE' ? (
    <Badge tone="success">{t('rel.ACTIVE')}</Badge>
  ) : (
    <Badge tone="neutral">{t('rel.TERMINATED')}</Badge>
  );
}
