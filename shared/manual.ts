/**
 * The manual's outline, shared by the page (client) and the PDF (server) so that both tell the
 * same story from the same answer: partners grouped by their role at the barrier, and the route a
 * signal travels from the person who notices it to those who can act, with what may be shared on
 * each step. Pure and structural: it takes the shape of the GraphQL answer, not its types.
 */
import { type CallerNeed, ROLES, type Role } from './codes';

interface OrganisationLike {
  id: string;
  name: string;
  type?: string;
}

interface EntryLike<C> {
  organisation: OrganisationLike;
  roles: readonly Role[];
  contacts: readonly C[];
}

interface ContactLike {
  roles: readonly Role[];
}

export interface AgreementLike {
  from: { id: string };
  to: { id: string };
  mutual: boolean;
}

/** Per role (in the model's order), the partners that play it with their contact for that role. */
export function partnersByRole<E extends EntryLike<ContactLike>>(
  entries: readonly E[],
): { role: Role; partners: { entry: E; contact: E['contacts'][number] | null }[] }[] {
  return ROLES.flatMap((role) => {
    const partners = entries
      .filter((e) => e.roles.includes(role))
      .map((entry) => ({
        entry,
        // Contacts come primary first: the first with this role is the one to ask for it.
        contact: entry.contacts.find((c) => c.roles.includes(role)) ?? null,
      }));
    return partners.length > 0 ? [{ role, partners }] : [];
  });
}

/** The steps of the route after noticing a signal, each answered by whoToCall's firstCall for a need. */
export const ROUTE_NEEDS = ['SIGNAL', 'INSPECTION', 'ENFORCEMENT', 'VICTIM_SUPPORT'] as const;
export type RouteNeed = (typeof ROUTE_NEEDS)[number] & CallerNeed;

export interface RouteStep<O extends OrganisationLike, A extends AgreementLike> {
  need: RouteNeed;
  organisation: O | null;
  role: Role | null;
  /** Agreements that let the previous step's partner share with this one (none: share nothing). */
  sharing: A[];
  /** The previous step's partner, or the local municipality for the first step. */
  from: O | null;
}

/** The agreements that let information flow from `from` to `to` (either way when mutual). */
export function agreementsFor<A extends AgreementLike>(
  agreements: readonly A[],
  from: string,
  to: string,
): A[] {
  return agreements.filter(
    (a) =>
      (a.from.id === from && a.to.id === to) || (a.mutual && a.from.id === to && a.to.id === from),
  );
}

/**
 * From signal to case: the local municipality (when the region is one) notices the signal, then
 * each need's first call in order; each step says what may be shared with it from the step before.
 */
export function signalRoute<O extends OrganisationLike, A extends AgreementLike>(
  municipality: O | null,
  firstCalls: Record<RouteNeed, { organisation: O; role: Role | null } | null>,
  agreements: readonly A[],
): RouteStep<O, A>[] {
  const steps: RouteStep<O, A>[] = [];
  let previous = municipality;
  for (const need of ROUTE_NEEDS) {
    const call = firstCalls[need];
    const organisation = call?.organisation ?? null;
    const from = need === 'VICTIM_SUPPORT' ? (steps[0]?.organisation ?? municipality) : previous;
    steps.push({
      need,
      organisation,
      role: call?.role ?? null,
      from,
      sharing:
        from && organisation && from.id !== organisation.id
          ? agreementsFor(agreements, from.id, organisation.id)
          : [],
    });
    if (organisation && need !== 'VICTIM_SUPPORT') previous = organisation;
  }
  return steps;
}

/** The local government among the partners: the municipality organisation of a LOCAL entry. */
export function localMunicipality<O extends OrganisationLike>(
  entries: readonly { organisation: O; scope: string }[],
): O | null {
  return (
    entries.find((e) => e.scope === 'LOCAL' && e.organisation.type === 'MUNICIPALITY')
      ?.organisation ?? null
  );
}
