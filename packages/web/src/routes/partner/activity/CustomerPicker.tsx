import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../../gql/index.js';
import { useI18n } from '../../../i18n/I18nProvider.js';

const CustomerPickerQuery = graphql(`
  query CustomerPickerQuery($search: String) {
    customers(first: 10, search: $search) {
      edges {
        node {
          id
          companyName
        }
      }
    }
  }
`);

/**
 * A text box that finds one of the partner's customers by the start of its name (the browser
 * offers the matches); choosing one selects it, emptying the box clears the choice.
 */
export function CustomerPicker({ id, selectedName, onSelect }: { id: string; selectedName: string | null; onSelect(customerId: string | null): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(selectedName ?? '');
  const [seen, setSeen] = useState(selectedName);
  const [search, setSearch] = useState('');
  if (selectedName !== seen) {
    setSeen(selectedName);
    setText(selectedName ?? '');
  }
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const { data } = useQuery(CustomerPickerQuery, { variables: { search: search || null }, fetchPolicy: 'no-cache', skip: !search || search === selectedName });
  const options = data?.customers.edges.map((edge) => edge.node) ?? [];
  const exact = options.find((option) => option.companyName.toLowerCase() === text.trim().toLowerCase());
  useEffect(() => {
    // Typed in full before the matches arrived: choose it once they do.
    if (exact && exact.companyName !== selectedName) onSelect(exact.id);
  }, [exact, selectedName, onSelect]);

  const change = (value: string) => {
    setText(value);
    if (!value.trim()) {
      if (selectedName) onSelect(null);
      return;
    }
    const match = options.find((option) => option.companyName.toLowerCase() === value.trim().toLowerCase());
    if (match && match.companyName !== selectedName) onSelect(match.id);
  };

  return (
    <>
      <input id={id} type="search" list={`${id}-options`} autoComplete="off" placeholder={t('activity.filter.customerPlaceholder')} maxLength={100} value={text} onChange={(e) => change(e.target.value)} />
      <datalist id={`${id}-options`}>
        {options.map((option) => <option key={option.id} value={option.companyName} />)}
      </datalist>
    </>
  );
}
