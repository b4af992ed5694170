import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { useDebouncedUrlParam } from './useDebouncedUrlParam.js';

function SearchPage() {
  const [text, setText] = useDebouncedUrlParam('q', 50);
  return (
    <>
      <label>
        Search
        <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <Link to="/customers/1">Fabrikam AG</Link>
    </>
  );
}

const wait = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

describe('useDebouncedUrlParam', () => {
  it('writes what was typed to the URL after the pause', async () => {
    const router = createMemoryRouter([{ path: '/customers', element: <SearchPage /> }], { initialEntries: ['/customers'] });
    render(<RouterProvider router={router} />);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'fab' } });
    await wait(120);
    expect(router.state.location.search).toBe('?q=fab');
  });

  it('a click on a result while the pause runs goes to the result, even when its page loads slowly (the pending write does not pull the user back)', async () => {
    const router = createMemoryRouter(
      [
        { path: '/customers', element: <SearchPage /> },
        {
          path: '/customers/:id',
          lazy: async () => {
            await new Promise((resolve) => setTimeout(resolve, 200));
            return { Component: () => <h1>Fabrikam AG</h1> };
          },
        },
      ],
      { initialEntries: ['/customers'] },
    );
    render(<RouterProvider router={router} />);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'fab' } });
    fireEvent.click(screen.getByRole('link', { name: 'Fabrikam AG' }));
    await wait(400);
    expect(router.state.location.pathname).toBe('/customers/1');
    expect(screen.getByRole('heading', { name: 'Fabrikam AG' })).toBeTruthy();
  });

  it('a pause that ends after a click but before the page has re-rendered does not pull the user back (a busy machine)', async () => {
    const router = createMemoryRouter(
      [
        { path: '/customers', element: <SearchPage /> },
        {
          path: '/customers/:id',
          // Resolves on a later microtask: the pause below ends while the router is still loading.
          lazy: async () => ({ Component: () => <h1>Fabrikam AG</h1> }),
        },
      ],
      { initialEntries: ['/customers'] },
    );
    render(<RouterProvider router={router} />);
    // Only the timers are faked: React still renders on its own schedule (setImmediate), so the
    // pause can be made to end after the router started leaving and before React saw it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'fab' } });
      void router.navigate('/customers/1');
      vi.advanceTimersByTime(60);
    } finally {
      vi.useRealTimers();
    }
    await wait(300);
    expect(router.state.location.pathname).toBe('/customers/1');
  });
});
