import { useState } from 'react';

/** "Load more" for a cursor connection: fetches the page after `endCursor`, tracking the wait. */
export function useLoadMore(endCursor: string | null | undefined, fetchPage: (after: string) => Promise<unknown>) {
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchPage(endCursor);
    } finally {
      setLoadingMore(false);
    }
  };
  return { loadingMore, loadMore };
}
