/** Mail links: accept an invitation, ask for a reset link, set a new password with one. */
import { graphql } from '../../../lib/documents';
import { request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import { VIEWER_FIELDS, type Viewer } from '../../../lib/viewer';

export const ACCEPT_INVITATION = graphql(
  `
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      user {
        ...ViewerFields
      }
    }
  }
`,
  [VIEWER_FIELDS],
);

export const RESET_PASSWORD = graphql(
  `
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      user {
        ...ViewerFields
      }
    }
  }
`,
  [VIEWER_FIELDS],
);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** What a link is for: the first password of an invited account, or a new one. */
export type LinkPurpose = 'invitation' | 'reset';

/** Sets the password with a link's token; the server signs the browser in. Rejects with an ApiError. */
export async function setPasswordWithLink(
  purpose: LinkPurpose,
  token: string,
  password: string,
  lang: Lang,
): Promise<Viewer> {
  if (purpose === 'invitation') {
    return (await request(ACCEPT_INVITATION, { token, password }, { lang })).acceptInvitation.user;
  }
  return (await request(RESET_PASSWORD, { token, password }, { lang })).resetPassword.user;
}

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export async function requestPasswordReset(email: string, lang: Lang): Promise<void> {
  await request(REQUEST_PASSWORD_RESET, { email }, { lang });
}
