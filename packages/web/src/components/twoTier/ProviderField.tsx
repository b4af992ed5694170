import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Field } from '../Field.js';
import { providerChoice } from './providerChoice.js';

/** Where an indirect reseller sees its providers (their authorisations). */
export const PROVIDERS_PATH = '/providers';

export const IndirectProvidersQuery = graphql(`
  query IndirectProvidersQuery {
    resellerAuthorizations(first: 100, status: ACTIVE) {
      edges {
        node {
          id
          provider {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * An indirect reseller's request names the indirect provider the customer will buy through
 * (DESIGN.md rule 15): a choice among its ACTIVE authorisations, the only one preselected, and
 * with none a plain explanation pointing to its providers. `onChange(null)` while none is chosen.
 */
export function ProviderField({ value, onChange, error }: { value: string | null; onChange(id: string | null): void; error?: string | undefined }) {
  const { t, locale } = useI18n();
  const { data, loading } = useQuery(IndirectProvidersQuery, { fetchPolicy: 'cache-and-network' });
  const { options, preselected } = providerChoice((data?.resellerAuthorizations.edges ?? []).map((edge) => edge.node), locale);
  const chosen = options.find((option) => option.id === value) ?? null;

  useEffect(() => {
    if (value === null && preselected) onChange(preselected);
  }, [value, preselected, onChange]);

  if (!data && loading) return <p className="muted" role="status">{t('app.loading')}</p>;
  if (options.length === 0) {
    return (
      <div className="notice notice--warning" role="status" data-testid="no-providers">
        <p><strong>{t('request.noProviders.title')}</strong></p>
        <p>{t('request.noProviders.text')}</p>
        <p><Link to={PROVIDERS_PATH}>{t('request.noProviders.link')}</Link></p>
      </div>
    );
  }
  return (
    <Field label={t('request.provider')} hint={chosen ? t('request.providerHint', { provider: chosen.name }) : undefined} error={error}>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} required>
        {preselected ? null : <option value="">{t('request.providerChoose')}</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>{option.name}</option>
        ))}
      </select>
    </Field>
  );
}
