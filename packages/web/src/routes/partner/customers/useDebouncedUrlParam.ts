import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A text input bound to a URL query parameter: typing updates the URL after a pause (so the
 * query is shareable and survives reload), and back/forward puts the URL's value back in the box.
 */
export function useDebouncedUrlParam(name: string, delayMs = 300) {
  const [params, setParams] = useSearchParams();
  const committed = params.get(name)?.trim() ?? '';
  const [text, setText] = useState(committed);
  const [seen, setSeen] = useState(committed);
  if (committed !== seen) {
    // The URL changed under us (navigation, or our own debounced write): follow it.
    setSeen(committed);
    setText(committed);
  }

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === committed) return;
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
  }, [text, committed, name, delayMs, setParams]);

  return [text, setText] as const;
}
