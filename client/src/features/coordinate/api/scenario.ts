/** Authored training scenarios: one to edit, and creating, updating and archiving one. */
import { graphql, type ResultOf } from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const AUTHORED_SCENARIO = graphql(`
  query AuthoredScenarioEdit($id: ID!, $lang: Language!) {
    authoredScenario(id: $id) {
      id
      version
      status
      barrierCode
      region { id name(lang: $lang) }
      title { nl fr en }
      story { nl fr en }
      questions {
        text { nl fr en }
        feedback { nl fr en }
        choices { text { nl fr en } right organisationId organisation { id name } }
      }
      needsAttention { id reason(lang: $lang) }
    }
  }
`);

export type AuthoredScenarioEdit = NonNullable<
  ResultOf<typeof AUTHORED_SCENARIO>['authoredScenario']
>;

export function fetchAuthoredScenario(id: string, lang: Lang) {
  return request(AUTHORED_SCENARIO, { id, lang }, { lang });
}

export const CREATE_AUTHORED_SCENARIO = graphql(`
  mutation CreateAuthoredScenario($input: AuthoredScenarioInput!) {
    createAuthoredScenario(input: $input) { id version }
  }
`);

export const UPDATE_AUTHORED_SCENARIO = graphql(`
  mutation UpdateAuthoredScenario($id: ID!, $version: Int!, $input: AuthoredScenarioInput!) {
    updateAuthoredScenario(id: $id, version: $version, input: $input) { id version }
  }
`);

export const ARCHIVE_AUTHORED_SCENARIO = graphql(`
  mutation ArchiveAuthoredScenario($id: ID!, $version: Int!) {
    archiveAuthoredScenario(id: $id, version: $version) { id version status }
  }
`);

export const RESTORE_AUTHORED_SCENARIO = graphql(`
  mutation RestoreAuthoredScenario($id: ID!, $version: Int!) {
    restoreAuthoredScenario(id: $id, version: $version) { id version status }
  }
`);

export type ScenarioInput = Parameters<typeof createAuthoredScenario>[0];

export async function createAuthoredScenario(
  input: {
    title: Record<string, string | null>;
    story: Record<string, string | null>;
    barrier: string;
    region: string | null;
    questions: {
      text: Record<string, string | null>;
      feedback: Record<string, string | null>;
      choices: {
        text: Record<string, string | null>;
        right: boolean;
        organisation: string | null;
      }[];
    }[];
  },
  lang: Lang,
) {
  return (await change(CREATE_AUTHORED_SCENARIO, { input }, lang)).createAuthoredScenario;
}

export async function updateAuthoredScenario(
  id: string,
  version: number,
  input: ScenarioInput,
  lang: Lang,
) {
  return (await change(UPDATE_AUTHORED_SCENARIO, { id, version, input }, lang))
    .updateAuthoredScenario;
}

/** Archives the scenario (no longer offered) or brings it back. */
export async function setAuthoredScenarioStatus(
  status: 'ACTIVE' | 'ARCHIVED',
  id: string,
  version: number,
  lang: Lang,
) {
  return status === 'ARCHIVED'
    ? (await change(ARCHIVE_AUTHORED_SCENARIO, { id, version }, lang)).archiveAuthoredScenario
    : (await change(RESTORE_AUTHORED_SCENARIO, { id, version }, lang)).restoreAuthoredScenario;
}
