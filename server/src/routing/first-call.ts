/**
 * The first call: out of a who-to-call answer, the one or two contacts to call first, and the
 * caller's own colleagues apart. Pure (no database, no GraphQL), so every rule is a unit case;
 * docs/who-to-call.md explains the ranking with a worked example.
 */
import {
  type CallerNeed,
  type Priority,
  ROLE_FITS,
  type Role,
  type RoleFit,
  SCOPES,
} from '../shared/codes';
import type { Scope, WhoToCallRow } from './routing.repository';

/**
 * For each need, the contact roles that fit it, in tiers: the first tier is what the need asks
 * for, the second what can take it further. A role in no tier does not fit the need.
 */
export const NEED_ROLES: Record<CallerNeed, readonly (readonly Role[])[]> = {
  SIGNAL: [['SIGNAL'], ['REFER', 'COORDINATE']],
  ADVICE: [['ADVISE'], ['COORDINATE', 'SCREEN']],
  INSPECTION: [['INSPECT'], ['ADMIN_ENFORCE', 'INVESTIGATE']],
  ENFORCEMENT: [['ADMIN_ENFORCE'], ['SCREEN', 'PROSECUTE', 'INVESTIGATE']],
  VICTIM_SUPPORT: [['SUPPORT_VICTIM'], ['REFER']],
};

/** How well a contact's role at the barrier fits the need: the tier it falls in. */
export type { RoleFit };

/** One contact of one partner in the answer, with what the ranking looks at. */
export interface FirstCallCandidate {
  organisationId: string;
  organisationName: string;
  scope: Scope;
  /** Steps from the place asked about up to the region the partner covers (0: the place). */
  distance: number;
  /** The regions from the place up to the one covered (empty across the border). */
  pathIds: string[];
  viaId: string | null;
  contactId: string;
  /** For the last tie-break only. */
  contactName: string;
  /** The contact's roles at the barrier, each with its priority there. */
  ties: { role: Role | null; priority: Priority }[];
  /** The partner's roles at the barrier: they count for a tie that records no role. */
  organisationRoles: Role[];
  phone: string | null;
  verifiedAt: string | null;
  stale: boolean;
}

/** A candidate as ranked: the role that fits best and the priority it has in that role. */
export interface RankedCall {
  candidate: FirstCallCandidate;
  fit: RoleFit;
  role: Role | null;
  priority: Priority;
}

export interface FirstCallOptions {
  need: CallerNeed;
  /** The asking user's organisation: never a first call, listed as own colleagues. */
  callerOrganisationId: string | null;
}

export interface FirstCallAnswer {
  firstCall: RankedCall[];
  ownColleagues: RankedCall[];
}

/** The best fit of a candidate's roles for the need, and its priority in that role. */
export function scoreCandidate(candidate: FirstCallCandidate, need: CallerNeed): RankedCall {
  const tiers = NEED_ROLES[need];
  let best: RankedCall = {
    candidate,
    fit: 'NONE',
    role: candidate.ties[0]?.role ?? candidate.organisationRoles[0] ?? null,
    priority: candidate.ties.some((t) => t.priority === 'PRIMARY') ? 'PRIMARY' : 'BACKUP',
  };
  let bestTier = tiers.length;
  for (const tie of candidate.ties) {
    const roles = tie.role ? [tie.role] : candidate.organisationRoles;
    for (const role of roles) {
      const tier = tiers.findIndex((roleSet) => roleSet.includes(role));
      if (tier < 0) continue;
      const better =
        tier < bestTier ||
        (tier === bestTier && tie.priority === 'PRIMARY' && best.priority === 'BACKUP');
      if (better) {
        bestTier = tier;
        best = { candidate, fit: ROLE_FITS[tier] as RoleFit, role, priority: tie.priority };
      }
    }
  }
  return best;
}

type Criterion = (a: RankedCall, b: RankedCall) => number;

const byRoleFit: Criterion = (a, b) => ROLE_FITS.indexOf(a.fit) - ROLE_FITS.indexOf(b.fit);
const byCoverage: Criterion = (a, b) =>
  SCOPES.indexOf(a.candidate.scope) - SCOPES.indexOf(b.candidate.scope) ||
  a.candidate.distance - b.candidate.distance;
const byPriority: Criterion = (a, b) =>
  (a.priority === 'PRIMARY' ? 0 : 1) - (b.priority === 'PRIMARY' ? 0 : 1);
const byVerification: Criterion = (a, b) =>
  (a.candidate.stale ? 1 : 0) - (b.candidate.stale ? 1 : 0);
const byName: Criterion = (a, b) =>
  a.candidate.organisationName.localeCompare(b.candidate.organisationName, 'nl') ||
  a.candidate.contactName.localeCompare(b.candidate.contactName, 'nl') ||
  a.candidate.contactId.localeCompare(b.candidate.contactId);

/**
 * The ranking, in order: the first criterion that differs decides. A form-of-exploitation
 * criterion (a partner that handles the chosen form before one that does not) slots in right
 * after role fit: add it here and a `forms` list to the candidate.
 */
export const CRITERIA: readonly Criterion[] = [
  byRoleFit,
  byCoverage,
  byPriority,
  byVerification,
  byName,
];

/** Candidates in ranking order. */
export function rankCandidates(candidates: FirstCallCandidate[], need: CallerNeed): RankedCall[] {
  const compare: Criterion = (a, b) => {
    for (const criterion of CRITERIA) {
      const order = criterion(a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
  return candidates.map((c) => scoreCandidate(c, need)).sort(compare);
}

/**
 * The top of a ranking: the best contact, and the next one when it is as good a fit and as near
 * (an equal alternative, e.g. its backup). A contact without a phone number is only chosen when
 * no contact has one: the first call is a call.
 */
function top(ranked: RankedCall[]): RankedCall[] {
  const callable = ranked.filter((r) => r.candidate.phone);
  const pool = callable.length > 0 ? callable : ranked;
  const [first, ...rest] = pool;
  if (!first) return [];
  const second = rest.find(
    (r) =>
      r.fit === first.fit &&
      r.candidate.scope === first.candidate.scope &&
      r.candidate.contactId !== first.candidate.contactId,
  );
  return second ? [first, second] : [first];
}

/** The one or two contacts to call first, and the caller's own colleagues apart. */
export function rankFirstCall(
  candidates: FirstCallCandidate[],
  { need, callerOrganisationId }: FirstCallOptions,
): FirstCallAnswer {
  const ranked = rankCandidates(candidates, need);
  const own = (r: RankedCall) => r.candidate.organisationId === callerOrganisationId;
  return {
    firstCall: top(ranked.filter((r) => !own(r))),
    ownColleagues: top(ranked.filter(own)),
  };
}

/** The candidates of an answer: every contact of every partner listed. */
export function candidatesOf(
  rows: WhoToCallRow[],
  isStale: (verifiedAt: string | null) => boolean,
): FirstCallCandidate[] {
  return rows.flatMap((row) =>
    row.contacts.map((contact) => ({
      organisationId: row.organisationId,
      organisationName: row.organisation.name,
      scope: row.scope,
      distance: row.distance,
      pathIds: row.pathIds,
      viaId: row.viaId,
      contactId: contact.id,
      contactName: contact.sortName ?? '',
      ties: contact.ties,
      organisationRoles: row.roles,
      phone: contact.phone,
      verifiedAt: contact.verifiedAt,
      stale: isStale(contact.verifiedAt),
    })),
  );
}
