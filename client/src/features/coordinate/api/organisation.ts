/** An organisation as its edit page needs it, and every change to it. */

import {
  graphql,
  type ResultOf,
  type TadaDocumentNode,
  type VariablesOf,
} from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type { Role } from '../../../lib/schema';

export const ORGANISATION_EDIT = graphql(`
  query OrganisationEdit($id: ID!, $lang: Language!) {
    organisation(id: $id) {
      id
      name
      version
      status
      type
      country
      roles {
        role
        barrier {
          code
        }
      }
      coverage {
        id
      }
      counterparts {
        id
        name
        country
      }
      networks {
        id
      }
      units {
        id
        name(lang: $lang)
      }
      contactPoints {
        id
        name(lang: $lang)
        kind
        stale
        lastVerifiedAt
        unit {
          id
        }
      }
      people {
        id
        name
        function
        stale
        lastVerifiedAt
        unit {
          id
        }
      }
      agreements {
        id
        status
        mutual
        dataCategories
        from {
          id
          name
        }
        to {
          id
          name
        }
        legalBases {
          id
          name(lang: $lang)
        }
      }
    }
  }
`);

export type OrganisationEdit = NonNullable<ResultOf<typeof ORGANISATION_EDIT>['organisation']>;

export function fetchOrganisation(id: string, lang: Lang) {
  return request(ORGANISATION_EDIT, { id, lang }, { lang });
}

/** What the organisation forms choose from: barriers, regions and networks. */
export const EDIT_OPTIONS = graphql(`
  query EditOptions($lang: Language!) {
    barriers {
      code
      name(lang: $lang)
    }
    regions(lang: $lang) {
      id
      name(lang: $lang)
      type
      country
    }
    organisations(first: 100) {
      edges {
        node {
          networks {
            id
            name(lang: $lang)
          }
        }
      }
    }
  }
`);

export type RegionOption = ResultOf<typeof EDIT_OPTIONS>['regions'][number];

export interface EditOptions {
  barriers: { code: string; name: string }[];
  regions: RegionOption[];
  /** Known networks (the API lists them only through their members). */
  networks: { id: string; name: string }[];
}

export async function fetchEditOptions(lang: Lang): Promise<EditOptions> {
  const data = await request(EDIT_OPTIONS, { lang }, { lang });
  const networks = new Map<string, { id: string; name: string }>();
  for (const edge of data.organisations.edges)
    for (const network of edge.node.networks) networks.set(network.id, network);
  return {
    barriers: data.barriers,
    regions: data.regions,
    networks: [...networks.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      id
      version
    }
  }
`);

export const UPDATE_ORGANISATION = graphql(`
  mutation UpdateOrganisation($id: ID!, $version: Int!, $patch: OrganisationPatch!) {
    updateOrganisation(id: $id, version: $version, patch: $patch) {
      id
      version
      name
      shortName
      website
    }
  }
`);

export const SET_ORGANISATION_ROLES = graphql(`
  mutation SetOrganisationRoles($id: ID!, $version: Int!, $roles: [BarrierRoleInput!]!) {
    setOrganisationRoles(id: $id, version: $version, roles: $roles) {
      id
      version
    }
  }
`);

export const SET_ORGANISATION_COVERAGE = graphql(`
  mutation SetOrganisationCoverage($id: ID!, $version: Int!, $ids: [ID!]!) {
    setOrganisationCoverage(id: $id, version: $version, ids: $ids) {
      id
      version
    }
  }
`);

export const SET_ORGANISATION_COUNTERPARTS = graphql(`
  mutation SetOrganisationCounterparts($id: ID!, $version: Int!, $ids: [ID!]!) {
    setOrganisationCounterparts(id: $id, version: $version, ids: $ids) {
      id
      version
    }
  }
`);

export const SET_ORGANISATION_NETWORKS = graphql(`
  mutation SetOrganisationNetworks($id: ID!, $version: Int!, $ids: [ID!]!) {
    setOrganisationNetworks(id: $id, version: $version, ids: $ids) {
      id
      version
    }
  }
`);

export const ARCHIVE_ORGANISATION = graphql(`
  mutation ArchiveOrganisation($id: ID!, $version: Int!) {
    archiveOrganisation(id: $id, version: $version) {
      id
      version
      status
    }
  }
`);

export const RESTORE_ORGANISATION = graphql(`
  mutation RestoreOrganisation($id: ID!, $version: Int!) {
    restoreOrganisation(id: $id, version: $version) {
      id
      version
      status
    }
  }
`);

type Versioned = { id: string; version: number };

export async function createOrganisation(input: Record<string, unknown>, lang: Lang) {
  const data = await change(
    CREATE_ORGANISATION,
    { input: input as VariablesOf<typeof CREATE_ORGANISATION>['input'] },
    lang,
  );
  return data.createOrganisation;
}

export async function updateOrganisation(
  id: string,
  version: number,
  patch: Record<string, unknown>,
  lang: Lang,
) {
  const data = await change(UPDATE_ORGANISATION, { id, version, patch }, lang);
  return data.updateOrganisation;
}

export async function setOrganisationRoles(
  id: string,
  version: number,
  roles: { barrier: string; role: Role }[],
  lang: Lang,
) {
  const data = await change(SET_ORGANISATION_ROLES, { id, version, roles }, lang);
  return data.setOrganisationRoles;
}

export type OrganisationLinks = 'coverage' | 'counterparts' | 'networks';

const LINK_MUTATIONS: Record<
  OrganisationLinks,
  TadaDocumentNode<Record<string, Versioned>, { id: string; version: number; ids: string[] }>
> = {
  coverage: SET_ORGANISATION_COVERAGE,
  counterparts: SET_ORGANISATION_COUNTERPARTS,
  networks: SET_ORGANISATION_NETWORKS,
};

export async function setOrganisationLinks(
  links: OrganisationLinks,
  id: string,
  version: number,
  ids: string[],
  lang: Lang,
): Promise<Versioned> {
  const data = await change(LINK_MUTATIONS[links], { id, version, ids }, lang);
  return Object.values(data)[0] as Versioned;
}

export async function setOrganisationStatus(
  status: 'ARCHIVED' | 'ACTIVE',
  id: string,
  version: number,
  lang: Lang,
) {
  if (status === 'ARCHIVED')
    return (await change(ARCHIVE_ORGANISATION, { id, version }, lang)).archiveOrganisation;
  return (await change(RESTORE_ORGANISATION, { id, version }, lang)).restoreOrganisation;
}
