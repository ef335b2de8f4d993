/** Who is using the app: read everywhere, provided by the auth feature. */
import { createContext, useContext } from 'react';
import { graphql, type ResultOf } from './documents';

export type { UserRole } from './schema';

/** What the app knows of the signed-in user: `me` and `signIn` both select these fields. */
export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on User {
    id
    name
    email
    role
    organisation {
      id
      name
    }
  }
`);

export type Viewer = ResultOf<typeof VIEWER_FIELDS>;

/** A sign-in that went through; `secondFactorSetupRequired`: enrol before anything else. */
export interface SignInResult {
  user: Viewer;
  secondFactorSetupRequired: boolean;
}

/** The second step of a sign-in: a code from the authenticator app, or a recovery code. */
export interface SecondStep {
  code?: string;
  recoveryCode?: string;
}

export interface ViewerState {
  /** null when anonymous; undefined while the first `me` is on its way. */
  viewer: Viewer | null | undefined;
  signIn: (email: string, password: string, second?: SecondStep) => Promise<SignInResult>;
  signOut: () => Promise<void>;
  /** Takes the user a mail link has just signed in (a new password set through it). */
  adopt: (user: Viewer) => void;
}

export const ViewerContext = createContext<ViewerState | null>(null);

export function useViewer(): ViewerState {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer outside the auth provider');
  return value;
}
