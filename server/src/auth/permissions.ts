/**
 * Who may change what: staff never, coordinators within their scope (the regions and organisations
 * they are assigned to), admins everywhere. Checked before anything is written.
 *
 * The scope rules, in one place:
 * - a record is in a coordinator's scope when it belongs (directly, through a unit, a current
 *   workplace or as a party to an agreement) to an organisation they are assigned to or that covers
 *   a region inside their regions (`assertInScope`, cypher/queries/auth/scope.cypher);
 * - a link may be added or removed only when both its ends lie in the scope
 *   (`assertBothEndsInScope`): what lies outside is never changed from inside;
 * - an organisation that also serves regions outside the scope is archived, restored, renamed or
 *   given another type or country by an administrator only (`assertServesOnlyScope`).
 */
import type { Actor } from '../audit/editor';
import type { Context } from '../context';
import { UserError } from '../errors';
import { pick } from '../shared/language';
import { message } from '../shared/messages';

type Viewer = Context['viewer'];

/** A coordinator, or an admin (who may do all a coordinator may): the one definition of both. */
export const isCoordinator = (viewer: Viewer) =>
  viewer?.role === 'COORDINATOR' || viewer?.role === 'ADMIN';
export const isAdmin = (viewer: Viewer) => viewer?.role === 'ADMIN';

/**
 * The scopes a field can declare (builder.ts hands them to scope-auth). The role scopes answer
 * yes or no (scope-auth's error follows); the others take a parameter from the field's
 * arguments and throw the same errors, with the same payloads, as the checks they name.
 */
export function authScopesOf(ctx: Context) {
  return {
    signedIn: ctx.viewer !== null,
    coordinator: isCoordinator(ctx.viewer),
    admin: isAdmin(ctx.viewer),
    /** May change the network: a coordinator or admin (`requireEditor`'s errors otherwise). */
    editor: () => {
      requireEditor(ctx);
      return true;
    },
    /** An editor, and every one of these records lies in their scope (`assertInScope`). */
    editorOf: async (ids: string[]) => {
      requireEditor(ctx);
      await assertInScope(ctx, ids);
      return true;
    },
    /** An editor who may change what every region this organisation serves sees (`assertServesOnlyScope`). */
    editorOfAllItServes: async (organisationId: string) => {
      requireEditor(ctx);
      await assertServesOnlyScope(ctx, organisationId);
      return true;
    },
  };
}

/**
 * Who makes a change, on a field that declares `editor` access (or a scope built on it): that
 * declaration has checked the role, so a missing editor here is a programming error, not the
 * caller's (it is masked like any other).
 */
export function actorOf(ctx: Context): Actor & { admin: boolean } {
  const { viewer } = ctx;
  if (!viewer || !isCoordinator(viewer)) {
    throw new Error('actorOf: the field must declare editor access (authScopes)');
  }
  return { id: viewer.id, email: viewer.email, admin: isAdmin(viewer) };
}

/** The signed-in coordinator or admin making a change; throws for anyone else. */
export function requireEditor(ctx: Context): Actor & { admin: boolean } {
  const { viewer } = ctx;
  if (!viewer) throw new UserError('UNAUTHENTICATED', 'Sign in to change the network');
  if (!isCoordinator(viewer)) {
    throw new UserError('FORBIDDEN', 'Only coordinators and administrators can change the network');
  }
  return { id: viewer.id, email: viewer.email, admin: isAdmin(viewer) };
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

/**
 * The rule for links: a coordinator may add or remove a link only when both its ends lie in their
 * scope. `entities` are the records at the ends (organisations, units, persons, contacts: in scope
 * as `assertInScope` says), `regions` the regions added to or removed from a coverage (inside the
 * scope regions). Admins pass. Throws FORBIDDEN naming every end outside.
 */
export async function assertBothEndsInScope(
  ctx: Context,
  ends: { entities?: string[]; regions?: string[] },
): Promise<void> {
  const { viewer } = ctx;
  if (!viewer || viewer.role === 'ADMIN') return;
  const entities = [...new Set(ends.entities ?? [])];
  const regions = [...new Set(ends.regions ?? [])];
  const outside = [
    ...(entities.length
      ? await ctx.repos.auth.outOfScope(entities, {
          regionIds: viewer.scopeRegionIds,
          organisationIds: viewer.scopeOrganisationIds,
        })
      : []),
    ...(regions.length
      ? await ctx.repos.auth.regionsOutOfScope(regions, viewer.scopeRegionIds)
      : []),
  ];
  if (outside.length > 0) {
    throw new UserError(
      'FORBIDDEN',
      message(ctx.lang, 'link_outside_scope', { ids: outside.join(', ') }),
      { ids: outside },
    );
  }
}

/**
 * Archiving, restoring, renaming an organisation or changing its type or country changes what
 * every region it covers sees: a coordinator may do it only when the organisation is assigned to
 * them or covers nothing outside their scope regions; otherwise an administrator must. Admins pass.
 */
export async function assertServesOnlyScope(ctx: Context, organisationId: string): Promise<void> {
  const { viewer } = ctx;
  if (!viewer || viewer.role === 'ADMIN') return;
  await assertInScope(ctx, [organisationId]);
  if (viewer.scopeOrganisationIds.includes(organisationId)) return;
  ctx.loaders.organisationDetails.clear(organisationId);
  const org = await ctx.loaders.organisationDetails.load(organisationId);
  const coverage = org?.coverageIds ?? [];
  const outside = coverage.length
    ? await ctx.repos.auth.regionsOutOfScope(coverage, viewer.scopeRegionIds)
    : [];
  if (outside.length > 0) {
    const names = (await ctx.loaders.region.loadMany(outside)).map((r, i) =>
      r && !(r instanceof Error) ? (pick(r, 'name', ctx.lang) ?? r.id) : outside[i],
    );
    throw new UserError(
      'FORBIDDEN',
      message(ctx.lang, 'admin_required', { regions: names.join(', ') }),
      { ids: outside, adminRequired: true },
    );
  }
}

/**
 * Bulk access to contact persons (the persons CSV, whole-list downloads): administrators, and
 * coordinators for the persons in their scope (`personsInScope`). Staff keep the persons of the
 * answers and pages they open, never the whole list: one compromised staff account must not be
 * the whole directory of people.
 */
export function requireBulkPersonAccess(ctx: Context): Actor & { admin: boolean } {
  const { viewer } = ctx;
  if (!viewer) {
    throw new UserError('UNAUTHENTICATED', message(ctx.lang, 'bulk_persons_forbidden'));
  }
  if (!isCoordinator(viewer)) {
    throw new UserError('FORBIDDEN', message(ctx.lang, 'bulk_persons_forbidden'));
  }
  return { id: viewer.id, email: viewer.email, admin: isAdmin(viewer) };
}

/** The ids among `ids` that lie in the caller's scope (`assertInScope`'s rule); admins: all. */
export async function personsInScope(ctx: Context, ids: string[]): Promise<Set<string>> {
  const { viewer } = ctx;
  if (!viewer || !isCoordinator(viewer)) return new Set();
  if (viewer.role === 'ADMIN' || ids.length === 0) return new Set(ids);
  const outside = new Set(
    await ctx.repos.auth.outOfScope(ids, {
      regionIds: viewer.scopeRegionIds,
      organisationIds: viewer.scopeOrganisationIds,
    }),
  );
  return new Set(ids.filter((id) => !outside.has(id)));
}

/** The scope a coordinator's bulk access was limited to, for the audit trail; null for admins. */
export function scopeOf(ctx: Context): { regions: string[]; organisations: string[] } | null {
  const { viewer } = ctx;
  if (!viewer || viewer.role === 'ADMIN') return null;
  return { regions: viewer.scopeRegionIds, organisations: viewer.scopeOrganisationIds };
}
