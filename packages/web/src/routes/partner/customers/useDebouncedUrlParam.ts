import { useEffect, useState } from 'react';
import { useLocation, useNavigation, useSearchParams } from 'react-router';

/**
 * A text input bound to a URL query parameter: typing updates the URL after a pause (so the
 * query is shareable and survives reload), and back/forward puts the URL's value back in the box.
 * A write still pending when the user follows a link to another page is dropped: written while
 * that page loads (a lazy route), it would replace the navigation and pull the user back.
 */
export function useDebouncedUrlParam(name: string, delayMs = 300) {
  const [params, setParams] = useSearchParams();
  const committed = params.get(name)?.trim() ?? '';
  const [text, setText] = useState(committed);
  const [seen, setSeen] = useState(committed);
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const leaving = navigation.state !== 'idle' && navigation.location.pathname !== pathname;
  if (committed !== seen) {
    // The URL changed under us (navigation, or our own debounced write): follow it.
    setSeen(committed);
    setText(committed);
  }

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === committed || leaving) return;
    const timer = setTimeout(() => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (trimmed) next.set(name, trimmed);
          else next.delete(name);
          return next;
        },
        { replace: true },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, committed, name, delayMs, setParams, leaving]);

  return [text, setText] as const;
}
