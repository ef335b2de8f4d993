import { graphql } from '../../../lib/documents';
import { request } from '../../../lib/graphql';

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the session and drops the cookie. */
export async function signOut(): Promise<void> {
  await request(SIGN_OUT, {});
}
