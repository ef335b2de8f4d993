import { graphql } from '../../../lib/documents';
import { request } from '../../../lib/graphql';

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOutWithProvider {
      signedOut
      providerSignOutUrl
    }
  }
`);

/**
 * Ends the session and drops the cookie; answers the identity provider's sign-out address when
 * the session came through single sign-on (the browser goes there next), else null.
 */
export async function signOut(): Promise<string | null> {
  const data = await request(SIGN_OUT, {});
  return data.signOutWithProvider.providerSignOutUrl;
}
