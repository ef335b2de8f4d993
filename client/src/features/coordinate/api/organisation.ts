/** An organisation as its edit page needs it, and every change to it. */
import type { Lang } from '../../../lib/i18n';
import type {
  ContactKind,
  Country,
  DataCategory,
  OrganisationType,
  RegionType,
  Role,
} from '../../../types/api';
import { change, send } from './request';

export const ORGANISATION_EDIT = /* GraphQL */ `
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
`;

export interface OrganisationEdit {
  id: string;
  name: string;
  version: number;
  status: 'ACTIVE' | 'ARCHIVED';
  type: OrganisationType;
  country: Country;
  roles: { role: Role; barrier: { code: string } }[];
  coverage: { id: string }[];
  counterparts: { id: string; name: string; country: Country }[];
  networks: { id: string }[];
  units: { id: string; name: string }[];
  contactPoints: {
    id: string;
    name: string;
    kind: ContactKind;
    stale: boolean;
    lastVerifiedAt: string | null;
    unit: { id: string } | null;
  }[];
  people: {
    id: string;
    name: string;
    function: string | null;
    stale: boolean;
    lastVerifiedAt: string | null;
    unit: { id: string } | null;
  }[];
  agreements: {
    id: string;
    status: string;
    mutual: boolean;
    dataCategories: DataCategory[];
    from: { id: string; name: string };
    to: { id: string; name: string };
    legalBases: { id: string; name: string }[];
  }[];
}

export function fetchOrganisation(id: string, lang: Lang) {
  return send<{ organisation: OrganisationEdit | null }>(ORGANISATION_EDIT, { id, lang }, lang);
}

/** What the organisation forms choose from: barriers, regions and networks. */
export const EDIT_OPTIONS = /* GraphQL */ `
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
`;

export interface RegionOption {
  id: string;
  name: string;
  type: RegionType;
  country: Country;
}

export interface EditOptions {
  barriers: { code: string; name: string }[];
  regions: RegionOption[];
  /** Known networks (the API lists them only through their members). */
  networks: { id: string; name: string }[];
}

export async function fetchEditOptions(lang: Lang): Promise<EditOptions> {
  const data = await send<{
    barriers: EditOptions['barriers'];
    regions: RegionOption[];
    organisations: { edges: { node: { networks: { id: string; name: string }[] } }[] };
  }>(EDIT_OPTIONS, { lang }, lang);
  const networks = new Map<string, { id: string; name: string }>();
  for (const edge of data.organisations.edges)
    for (const network of edge.node.networks) networks.set(network.id, network);
  return {
    barriers: data.barriers,
    regions: data.regions,
    networks: [...networks.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export const CREATE_ORGANISATION = /* GraphQL */ `
  mutation CreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      id
      version
    }
  }
`;

export const UPDATE_ORGANISATION = /* GraphQL */ `
  mutation UpdateOrganisation($id: ID!, $version: Int!, $patch: OrganisationPatch!) {
    updateOrganisation(id: $id, version: $version, patch: $patch) {
      id
      version
      name
      shortName
      website
    }
  }
`;

export const SET_ORGANISATION_ROLES = /* GraphQL */ `
  mutation SetOrganisationRoles($id: ID!, $version: Int!, $roles: [BarrierRoleInput!]!) {
    setOrganisationRoles(id: $id, version: $version, roles: $roles) {
      id
      version
    }
  }
`;

export const SET_ORGANISATION_COVERAGE = /* GraphQL */ `
  mutation SetOrganisationCoverage($id: ID!, $version: Int!, $ids: [ID!]!) {
    setOrganisationCoverage(id: $id, version: $version, ids: $ids) {
      id
      version
    }
  }
`;

export const SET_ORGANISATION_COUNTERPARTS = /* GraphQL */ `
  mutation SetOrganisationCounterparts($id: ID!, $version: Int!, $ids: [ID!]!) {
    setOrganisationCounterparts(id: $id, version: $version, ids: $ids) {
      id
      version
    }
  }
`;

export const SET_ORGANISATION_NETWORKS = /* GraphQL */ `
  mutation SetOrganisationNetworks($id: ID!, $version: Int!, $ids: [ID!]!) {
    setOrganisationNetworks(id: $id, version: $version, ids: $ids) {
      id
      version
    }
  }
`;

export const ARCHIVE_ORGANISATION = /* GraphQL */ `
  mutation ArchiveOrganisation($id: ID!, $version: Int!) {
    archiveOrganisation(id: $id, version: $version) {
      id
      version
      status
    }
  }
`;

export const RESTORE_ORGANISATION = /* GraphQL */ `
  mutation RestoreOrganisation($id: ID!, $version: Int!) {
    restoreOrganisation(id: $id, version: $version) {
      id
      version
      status
    }
  }
`;

type Versioned = { id: string; version: number };

export async function createOrganisation(input: Record<string, unknown>, lang: Lang) {
  const data = await change<{ createOrganisation: Versioned }>(
    CREATE_ORGANISATION,
    { input },
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
  const data = await change<{
    updateOrganisation: Versioned & {
      name: string;
      shortName: string | null;
      website: string | null;
    };
  }>(UPDATE_ORGANISATION, { id, version, patch }, lang);
  return data.updateOrganisation;
}

export async function setOrganisationRoles(
  id: string,
  version: number,
  roles: { barrier: string; role: Role }[],
  lang: Lang,
) {
  const data = await change<{ setOrganisationRoles: Versioned }>(
    SET_ORGANISATION_ROLES,
    { id, version, roles },
    lang,
  );
  return data.setOrganisationRoles;
}

export type OrganisationLinks = 'coverage' | 'counterparts' | 'networks';

const LINK_MUTATIONS: Record<OrganisationLinks, [string, string]> = {
  coverage: [SET_ORGANISATION_COVERAGE, 'setOrganisationCoverage'],
  counterparts: [SET_ORGANISATION_COUNTERPARTS, 'setOrganisationCounterparts'],
  networks: [SET_ORGANISATION_NETWORKS, 'setOrganisationNetworks'],
};

export async function setOrganisationLinks(
  links: OrganisationLinks,
  id: string,
  version: number,
  ids: string[],
  lang: Lang,
): Promise<Versioned> {
  const [document, field] = LINK_MUTATIONS[links];
  const data = await change<Record<string, Versioned>>(document, { id, version, ids }, lang);
  return data[field] as Versioned;
}

export async function setOrganisationStatus(
  status: 'ARCHIVED' | 'ACTIVE',
  id: string,
  version: number,
  lang: Lang,
) {
  const document = status === 'ARCHIVED' ? ARCHIVE_ORGANISATION : RESTORE_ORGANISATION;
  const field = status === 'ARCHIVED' ? 'archiveOrganisation' : 'restoreOrganisation';
  const data = await change<Record<string, Versioned & { status: string }>>(
    document,
    { id, version },
    lang,
  );
  return data[field] as Versioned & { status: string };
}
