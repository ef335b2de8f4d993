import { graphql } from '../../../lib/documents';
import { request } from '../../../lib/graphql';
import { VIEWER_FIELDS, type Viewer } from '../../../lib/viewer';

export const ME = graphql(
  `
  query Me {
    me {
      ...ViewerFields
    }
  }
`,
  [VIEWER_FIELDS],
);

/** The signed-in user, or null (the session cookie travels with the request). */
export async function fetchMe(): Promise<Viewer | null> {
  const data = await request(ME, {});
  return data.me;
}
