/**
 * Who may change what: staff never, coordinators within their scope (the regions and organisations
 * they are assigned to), admins everywhere. Checked before anything is written.
 */
import type { Actor } from '../audit/editor';
import type { Context } from '../context';
import { UserError } from '../errors';

/** The signed-in coordinator or admin making a change; throws for anyone else. */
export function requireEditor(ctx: Context): Actor & { admin: boolean } {
  const { viewer } = ctx;
  if (!viewer) throw new UserError('UNAUTHENTICATED', 'Sign in to change the network');
  if (viewer.role !== 'COORDINATOR' && viewer.role !== 'ADMIN') {
    throw new UserError('FORBIDDEN', 'Only coordinators and administrators can change the network');
  }
  return { id: viewer.id, email: viewer.email, admin: viewer.role === 'ADMIN' };
}

export function requireAdmin(ctx: Context): Actor {
  const actor = requireEditor(ctx);
  if (!actor.admin) throw new UserError('FORBIDDEN', 'Only administrators can do this');
  return actor;
}

/** Throws FORBIDDEN unless every entity lies in the coordinator's scope (admins pass). */
export async function assertInScope(ctx: Context, ids: string[]): Promise<void> {
  const { viewer } = ctx;
  if (!viewer || viewer.role === 'ADMIN' || ids.length === 0) return;
  const outside = await ctx.repos.auth.outOfScope(ids, {
    regionIds: viewer.scopeRegionIds,
    organisationIds: viewer.scopeOrganisationIds,
  });
  if (outside.length > 0) {
    throw new UserError('FORBIDDEN', `Outside your scope as coordinator: ${outside.join(', ')}`, {
      ids: outside,
    });
  }
}

/** Throws FORBIDDEN unless every region lies inside the coordinator's scope regions (admins pass). */
export async function assertRegionsInScope(ctx: Context, regionIds: string[]): Promise<void> {
  const { viewer } = ctx;
  if (!viewer || viewer.role === 'ADMIN') return;
  const outside = await ctx.repos.auth.regionsOutOfScope(regionIds, viewer.scopeRegionIds);
  if (outside.length > 0 || regionIds.length === 0) {
    throw new UserError(
      'FORBIDDEN',
      regionIds.length === 0
        ? 'As coordinator, give the regions the organisation covers (inside your scope)'
        : `Outside your scope as coordinator: ${outside.join(', ')}`,
      { ids: outside },
    );
  }
}
