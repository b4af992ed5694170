import { NavLink } from 'react-router';
import { useBatchText } from './batchMessages.js';

/** The batch page's address; the webhook relationship-request-batch-completed links to it. */
export const batchPath = (id: string) => `/requests/batches/${encodeURIComponent(id)}`;
export const BATCHES_PATH = '/requests/batches';
export const NEW_BATCH_PATH = '/requests/batches/new';

/** Back to the requests, and to the list of batches. */
export function BatchNav() {
  const bt = useBatchText();
  return (
    <nav className="batch-nav" aria-label={bt('batch.list.title')}>
      <NavLink to="/requests" end>{bt('batch.nav.requests')}</NavLink>
      <span aria-hidden="true"> / </span>
      <NavLink to={BATCHES_PATH} end>{bt('batch.nav.batches')}</NavLink>
    </nav>
  );
}

export interface CountItem {
  readonly label: string;
  readonly value: number;
  readonly tone?: 'success' | 'warning' | 'danger' | 'info';
}

/** A batch's figures, side by side (wrapping on a phone). */
export function Counts({ items }: { items: readonly CountItem[] }) {
  return (
    <dl className="batch-counts" data-testid="batch-counts">
      {items.map((item) => (
        <div key={item.label} className={item.tone ? `batch-count batch-count--${item.tone}` : 'batch-count'}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Filter chips: all, or one status (aria-pressed says which). */
export function StatusChips<S extends string>({ value, onChange, all, options }: {
  value: S | null;
  onChange(value: S | null): void;
  all: string;
  options: readonly { value: S; label: string }[];
}) {
  const bt = useBatchText();
  return (
    <div className="chips" role="group" aria-label={bt('batch.filter')}>
      <button type="button" className="chip" aria-pressed={value === null} onClick={() => onChange(null)}>{all}</button>
      {options.map((option) => (
        <button key={option.value} type="button" className="chip" aria-pressed={value === option.value} onClick={() => onChange(option.value)} data-status={option.value}>
          {option.label}
        </button>
      ))}
    </div>
  );
}
