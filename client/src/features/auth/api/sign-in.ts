import { graphql } from '../../../lib/documents';
import { request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import { type SignInResult, VIEWER_FIELDS } from '../../../lib/viewer';

export const SIGN_IN = graphql(
  `
  mutation SignIn($email: String!, $password: String!, $code: String, $recoveryCode: String) {
    signIn(email: $email, password: $password, code: $code, recoveryCode: $recoveryCode) {
      expiresAt
      secondFactorSetupRequired
      user {
        ...ViewerFields
      }
    }
  }
`,
  [VIEWER_FIELDS],
);

/**
 * Signs in; the server sets an HttpOnly session cookie. Rejects with an ApiError:
 * SECOND_FACTOR_REQUIRED when the account asks for a code (or recovery code) too.
 */
export async function signIn(
  email: string,
  password: string,
  second: { code?: string; recoveryCode?: string } = {},
  lang?: Lang,
): Promise<SignInResult> {
  const data = await request(
    SIGN_IN,
    { email, password, code: second.code ?? null, recoveryCode: second.recoveryCode ?? null },
    lang ? { lang } : undefined,
  );
  return {
    user: data.signIn.user,
    secondFactorSetupRequired: data.signIn.secondFactorSetupRequired,
  };
}
