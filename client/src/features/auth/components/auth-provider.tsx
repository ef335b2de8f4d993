/** Knows who is signed in; sign-in and sign-out clear cached answers (persons come and go). */
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { clearCache } from '../../../lib/graphql';
import { type SecondStep, type Viewer, ViewerContext, type ViewerState } from '../../../lib/viewer';
import { fetchMe } from '../api/me';
import { signIn as signInRequest } from '../api/sign-in';
import { signOut as signOutRequest } from '../api/sign-out';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    fetchMe()
      .then((me) => live && setViewer(me))
      // Without an answer the app works as for an anonymous visitor.
      .catch(() => live && setViewer(null));
    return () => {
      live = false;
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string, second?: SecondStep) => {
    const result = await signInRequest(email, password, second);
    clearCache();
    setViewer(result.user);
    return result;
  }, []);

  const signOut = useCallback(async () => {
    let providerSignOut: string | null = null;
    try {
      providerSignOut = await signOutRequest();
    } finally {
      clearCache();
      setViewer(null);
    }
    // A session from single sign-on: the identity provider ends its own session too, then sends
    // the browser back to the app's start page.
    if (providerSignOut) window.location.assign(providerSignOut);
  }, []);

  const adopt = useCallback((user: Viewer) => {
    clearCache();
    setViewer(user);
  }, []);

  const value = useMemo<ViewerState>(
    () => ({ viewer, signIn, signOut, adopt }),
    [viewer, signIn, signOut, adopt],
  );
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}
