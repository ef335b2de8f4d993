/**
 * The personal-data rule, in one place: a person's name, e-mail, phone and function are shown to
 * signed-in users only. The Person type carries PERSONAL_DATA (so any path to a person fails
 * closed for anonymous callers), and every list that can hold persons asks canSeePersonalData
 * to leave them out instead of failing the whole list.
 */
import type { Context } from '../context';

export const PERSONAL_DATA = { authScopes: { signedIn: true }, runScopesOnType: true } as const;

export function canSeePersonalData(ctx: Pick<Context, 'viewer'>): boolean {
  return ctx.viewer !== null;
}
