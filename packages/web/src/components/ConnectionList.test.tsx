import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '../test/render.js';
import { ConnectionList, type Connection } from './ConnectionList.js';

interface Item {
  id: string;
  name: string;
}
const head = <tr><th scope="col">Name</th></tr>;
const row = (item: Item) => <tr key={item.id}><td>{item.name}</td></tr>;
const page = (names: string[], hasNextPage: boolean): Connection<Item> => ({
  totalCount: 3,
  edges: names.map((name) => ({ node: { id: name, name } })),
  pageInfo: { hasNextPage, endCursor: names.at(-1) ?? null },
});

describe('ConnectionList (every list page’s table)', () => {
  it('says it is loading until the list arrives, and shows the empty state for an empty one', () => {
    const loadingView = renderPage(<ConnectionList list={undefined} loading error={undefined} onRetry={() => undefined} announceLoading empty={<p>Nothing yet</p>} head={head} row={row} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    loadingView.unmount();
    renderPage(<ConnectionList list={[]} loading={false} error={undefined} onRetry={() => undefined} empty={<p>Nothing yet</p>} head={head} row={row} />);
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByText('Nothing yet')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a connection’s rows, "Showing n of m", and loads the page after the last cursor', async () => {
    const fetchPage = vi.fn(async () => undefined);
    renderPage(<ConnectionList list={page(['Ada', 'Bo'], true)} loading={false} error={undefined} onRetry={() => undefined} empty={null} head={head} row={row} fetchPage={fetchPage} />);
    expect(screen.getAllByRole('row').map((tr) => tr.textContent)).toEqual(['Name', 'Ada', 'Bo']);
    expect(screen.getByText('Showing 2 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(fetchPage).toHaveBeenCalledWith('Bo'));
  });

  it('shows a plain list without Load more, and the query’s failure with Retry above the page’s own notices', () => {
    const onRetry = vi.fn();
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] });
    renderPage(<ConnectionList list={[{ id: '1', name: 'Ada' }]} loading={false} error={error} onRetry={onRetry} notices={<p role="alert">Action failed</p>} empty={null} head={head} row={row} />);
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['You are not allowed to do this.Try again', 'Action failed']);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });
});
