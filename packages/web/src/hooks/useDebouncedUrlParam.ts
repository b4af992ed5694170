import { useContext, useEffect, useState } from 'react';
import { UNSAFE_DataRouterContext, useLocation, useNavigation, useSearchParams } from 'react-router';

/**
 * A text input bound to a URL query parameter: typing updates the URL after a pause (so the
 * query is shareable and survives reload), and back/forward puts the URL's value back in the box.
 * A write still pending when the user follows a link to another page is dropped: written while
 * that page loads (a lazy route), it would replace the navigation and pull the user back.
 * Whether the user is leaving is asked of the router when the pause ends, not of the last render:
 * on a busy machine the pause can end after a click and before React has rendered the navigation.
 */
export function useDebouncedUrlParam(name: string, delayMs = 300) {
  const [params, setParams] = useSearchParams();
  const committed = params.get(name)?.trim() ?? '';
  const [text, setText] = useState(committed);
  const [seen, setSeen] = useState(committed);
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const leaving = navigation.state !== 'idle' && navigation.location.pathname !== pathname;
  // The data router itself (absent under a plain <MemoryRouter>, where the render-time check is all there is).
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  if (committed !== seen) {
    // The URL changed under us (navigation, or our own debounced write): follow it.
    setSeen(committed);
    setText(committed);
  }

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === committed || leaving) return;
    const timer = setTimeout(() => {
      if (router) {
        const { location, navigation: now } = router.state;
        if (location.pathname !== pathname) return;
        if (now.state !== 'idle' && now.location.pathname !== pathname) return;
      }
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
  }, [text, committed, name, delayMs, setParams, leaving, router, pathname]);

  return [text, setText] as const;
}
