/**
 * The personal-data rule, in one place: a person's name, e-mail, phone and function are shown to
 * signed-in users only. The Person type carries PERSONAL_DATA (so any path to a person fails
 * closed for anonymous callers, and every person read counts against the account's hourly budget,
 * person-reads.ts), and every list that can hold persons asks canSeePersonalData to leave them
 * out instead of failing the whole list.
 */
import type { Context } from '../context';
import { UserError } from '../errors';
import { message } from '../shared/messages';

export const PERSONAL_DATA = {
  authScopes: async (person: { id: string }, ctx: Context) => {
    if (!canSeePersonalData(ctx)) return false;
    await notePersonRead(ctx, person.id);
    return true;
  },
  runScopesOnType: true,
} as const;

export function canSeePersonalData(ctx: Pick<Context, 'viewer'>): boolean {
  return ctx.viewer !== null;
}

/**
 * Counts a person read by the caller; throws TOO_MANY_REQUESTS past the budget (and audits the
 * first refusal of the window). Anonymous callers never reach a person; administrators pass.
 */
export async function notePersonRead(ctx: Context, personId: string): Promise<void> {
  const { viewer } = ctx;
  if (!viewer || viewer.role === 'ADMIN') return;
  const verdict = ctx.personReads.read(viewer.id, personId);
  if (!verdict.refused) return;
  if (verdict.firstRefusal) {
    await ctx.repos.editor.access(
      { id: viewer.id, email: viewer.email },
      'READ_LIMIT',
      { type: 'User', id: viewer.id, name: viewer.email },
      {
        budget: ctx.personReads.perHour,
        windowStart: new Date(verdict.windowStart).toISOString(),
      },
    );
  }
  const minutes = Math.max(1, Math.ceil(verdict.resetsInMs / 60_000));
  throw new UserError(
    'TOO_MANY_REQUESTS',
    message(ctx.lang, 'person_reads_exceeded', { count: ctx.personReads.perHour, minutes }),
    { retryAfterSeconds: Math.ceil(verdict.resetsInMs / 1000) },
  );
}
