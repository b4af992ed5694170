import { useCallback, useEffect, useState } from 'react';
import { AcceptInvitationPageQueryDocument, type AcceptInvitationPageQueryQuery } from '../../gql/acceptance.js';
import { failureCodeOf, type FailureCode } from '../../errors/errorCode.js';
import { graphqlFetch } from './graphqlFetch.js';

export type InvitationData = AcceptInvitationPageQueryQuery;

interface Loaded {
  key: string;
  data: InvitationData | null;
  failure: FailureCode | null;
}

/** Loads the invitation and the viewer; `retry` loads again (after a network failure, a sign-in). */
export function useInvitation(token: string) {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${token}#${attempt}`;

  useEffect(() => {
    const controller = new AbortController();
    graphqlFetch(AcceptInvitationPageQueryDocument, { token }, controller.signal).then(
      (data) => setLoaded({ key, data, failure: null }),
      (caught: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key, data: null, failure: failureCodeOf(caught) });
      },
    );
    return () => controller.abort();
  }, [token, key]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = loaded?.key === key ? loaded : null;
  return {
    data: current?.data ?? null,
    failure: current?.failure ?? null,
    loading: current === null,
    retry,
  };
}
