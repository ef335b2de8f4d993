import { graphql } from '../../../lib/documents';
import { request } from '../../../lib/graphql';
import { VIEWER_FIELDS, type Viewer } from '../../../lib/viewer';

export const SIGN_IN = graphql(
  `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      expiresAt
      user {
        ...ViewerFields
      }
    }
  }
`,
  [VIEWER_FIELDS],
);

/** Signs in; the server sets an HttpOnly session cookie. Rejects with an ApiError. */
export async function signIn(email: string, password: string): Promise<Viewer> {
  const data = await request(SIGN_IN, { email, password });
  return data.signIn.user;
}
