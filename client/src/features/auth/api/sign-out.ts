import { request } from '../../../lib/graphql';

export const SIGN_OUT = /* GraphQL */ `
  mutation SignOut {
    signOut
  }
`;

/** Ends the session and drops the cookie. */
export async function signOut(): Promise<void> {
  await request<{ signOut: boolean }>(SIGN_OUT);
}
