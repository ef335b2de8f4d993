/** The organisation page in one query: which of its lists a request asks for, and priming them. */
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { type Loaders, primeAll } from '../repositories';
import type { OrganisationPageRow, PageParts } from './organisation.repository';

/** The names of the fields asked of the resolved value, through fragments (@skip/@include ignored). */
function askedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else visit(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** The lists of the page worth fetching with the organisation for this request. */
export function pageParts(info: GraphQLResolveInfo): PageParts {
  const asked = askedFields(info);
  return {
    roles: asked.has('roles'),
    coverage: asked.has('coverage'),
    // A contact point or a person names its unit.
    units: asked.has('units') || asked.has('contactPoints') || asked.has('people'),
    contactPoints: asked.has('contactPoints'),
    agreements: asked.has('agreements'),
    counterparts: asked.has('counterparts'),
  };
}

/** Hands the page's rows to the loaders, so the fields below the organisation find them there. */
export function primePage(loaders: Loaders, page: OrganisationPageRow): void {
  primeAll(loaders.organisationDetails, [page.organisation]);
  primeAll(loaders.region, page.regions);
  primeAll(loaders.unit, page.units);
  primeAll(loaders.contactPoint, page.contactPoints);
  primeAll(loaders.agreement, page.agreements);
  primeAll(loaders.legalBasis, page.legalBases);
  primeAll(loaders.organisation, page.organisations);
  for (const b of page.barriers) loaders.barrierByCode.prime(b.code, b);
}
