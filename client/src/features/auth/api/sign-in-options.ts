import { graphql } from '../../../lib/documents';

/** How one signs in here: a password (unless switched off) and the identity providers. */
export const SIGN_IN_OPTIONS = graphql(`
  query SignInOptions {
    signInOptions {
      passwordSignIn
      providers {
        id
        name
      }
    }
  }
`);

/** The address that starts single sign-on with a provider and comes back to `next`. */
export function providerStartUrl(providerId: string, next: string): string {
  return `/auth/sso/${encodeURIComponent(providerId)}/start?returnTo=${encodeURIComponent(next)}`;
}
