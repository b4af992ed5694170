import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/index.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { resellerOptions } from './resellerOptions.js';

export const ResellerFilterQuery = graphql(`
  query ResellerFilterQuery {
    resellerAuthorizations(first: 100) {
      edges {
        node {
          id
          reseller {
            id
            name
          }
        }
      }
    }
  }
`);

/** An indirect provider's filter of its customer list by the indirect reseller they came through (its authorised resellers, past ones too). */
export function ResellerFilter({ value, onChange }: { value: string | null; onChange(id: string | null): void }) {
  const { t, locale } = useI18n();
  const { data } = useQuery(ResellerFilterQuery, { fetchPolicy: 'cache-and-network' });
  const options = resellerOptions((data?.resellerAuthorizations.edges ?? []).map((edge) => edge.node.reseller), value, locale);
  return (
    <div className="field field--inline">
      <label htmlFor="customer-reseller">{t('customers.filter.reseller')}</label>
      <select id="customer-reseller" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('customers.filter.allResellers')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>{option.name}</option>
        ))}
      </select>
    </div>
  );
}
