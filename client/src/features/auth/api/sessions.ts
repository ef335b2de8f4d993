import { graphql, type ResultOf } from '../../../lib/documents';
import { change } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/** Where the signed-in user is signed in: browsers and API tokens, newest first. */
export const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions {
      id
      kind
      name
      current
      createdAt
      lastSeenAt
      expiresAt
    }
  }
`);

export type MySession = ResultOf<typeof MY_SESSIONS>['mySessions'][number];

export const REVOKE_SESSION = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

/** Ends one of the user's own sessions; false when it had already ended. */
export async function revokeSession(id: string, lang: Lang): Promise<boolean> {
  const data = await change(REVOKE_SESSION, { id }, lang);
  return data.revokeSession;
}
