/** The coordinators' weekly digest: the signed-in user's setting, and "no more" by a mail's link. */
import { graphql } from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const MY_DIGEST_MAIL = graphql(`
  query MyDigestMail {
    myDigestMail
  }
`);

export const SET_DIGEST_MAIL = graphql(`
  mutation SetDigestMail($on: Boolean!) {
    setDigestMail(on: $on)
  }
`);

export const STOP_DIGEST_MAIL = graphql(`
  mutation StopDigestMail($token: String!) {
    stopDigestMail(token: $token)
  }
`);

/** Turns the signed-in user's digest on or off; answers the setting. */
export async function setDigestMail(on: boolean, lang: Lang): Promise<boolean> {
  return (await change(SET_DIGEST_MAIL, { on }, lang)).setDigestMail;
}

/** Turns off the digest of the account a digest's link was mailed to (no sign-in needed). */
export async function stopDigestMail(token: string, lang: Lang): Promise<void> {
  await request(STOP_DIGEST_MAIL, { token }, { lang });
}
