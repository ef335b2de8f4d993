/** Departments (org units): create and change. Units carry no `version` in the API: see access.ts. */

import { graphql, type ResultOf } from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const UNIT_CONTEXT = graphql(`
  query UnitContext($organisationId: ID!, $lang: Language!) {
    organisation(id: $organisationId) {
      id
      name
      units {
        id
        name(lang: $lang)
      }
    }
  }
`);

export type UnitContext = ResultOf<typeof UNIT_CONTEXT>;

export function fetchUnitContext(organisationId: string, lang: Lang) {
  return request(UNIT_CONTEXT, { organisationId, lang }, { lang });
}

export const CREATE_UNIT = graphql(`
  mutation CreateOrgUnit(
    $organisationId: ID!
    $name: TranslatedTextInput!
    $description: TranslatedTextInput
  ) {
    createOrgUnit(organisationId: $organisationId, name: $name, description: $description) {
      id
    }
  }
`);

export const UPDATE_UNIT = graphql(`
  mutation UpdateOrgUnit(
    $id: ID!
    $version: Int!
    $name: TranslatedTextInput
    $description: TranslatedTextInput
  ) {
    updateOrgUnit(id: $id, version: $version, name: $name, description: $description) {
      id
    }
  }
`);

export async function createUnit(
  organisationId: string,
  text: { name: Record<string, string>; description?: Record<string, string> | undefined },
  lang: Lang,
) {
  const data = await change(CREATE_UNIT, { organisationId, ...text }, lang);
  return data.createOrgUnit;
}

export async function updateUnit(
  id: string,
  version: number,
  text: {
    name?: Record<string, string> | undefined;
    description?: Record<string, string> | undefined;
  },
  lang: Lang,
) {
  await change(UPDATE_UNIT, { id, version, ...text }, lang);
}
