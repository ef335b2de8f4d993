/** Who is using the app: read everywhere, provided by the auth feature. */
import { createContext, useContext } from 'react';

export type UserRole = 'STAFF' | 'COORDINATOR' | 'ADMIN';

export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  organisation: { id: string; name: string } | null;
}

export interface ViewerState {
  /** null when anonymous; undefined while the first `me` is on its way. */
  viewer: Viewer | null | undefined;
  signIn: (email: string, password: string) => Promise<Viewer>;
  signOut: () => Promise<void>;
}

export const ViewerContext = createContext<ViewerState | null>(null);

export function useViewer(): ViewerState {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer outside the auth provider');
  return value;
}
