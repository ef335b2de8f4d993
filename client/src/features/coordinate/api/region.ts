/**
 * The geography as administrators maintain it: find a region, read it, rename it or change its
 * code, and merge it into another (a municipal merger). The API keeps the history: a merged region
 * stays, replaced by its successor, so old names, codes and links still resolve.
 */
import { graphql, type ResultOf } from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type { RegionType } from '../../../lib/schema';

export const REGION_LIST = graphql(`
  query RegionList($type: RegionType, $country: Country, $lang: Language!) {
    regions(type: $type, country: $country, lang: $lang) {
      id
      code
      type
      country
      validTo
      name(lang: $lang)
    }
  }
`);

export type RegionListItem = ResultOf<typeof REGION_LIST>['regions'][number];

export function fetchRegions(type: RegionType, country: 'BE' | 'NL', lang: Lang) {
  return request(REGION_LIST, { type, country, lang }, { lang });
}

export const REGION_PAGE = graphql(`
  query RegionPage($id: ID!, $lang: Language!) {
    region(id: $id) {
      id
      code
      type
      country
      validTo
      version
      name(lang: $lang)
      parents {
        id
        type
        name(lang: $lang)
      }
    }
  }
`);

export type RegionPageData = NonNullable<ResultOf<typeof REGION_PAGE>['region']>;

export function fetchRegion(id: string, lang: Lang) {
  return request(REGION_PAGE, { id, lang }, { lang });
}

export const UPDATE_REGION = graphql(`
  mutation UpdateRegion($id: ID!, $version: Int!, $patch: RegionPatch!) {
    updateRegion(id: $id, version: $version, patch: $patch) { id version }
  }
`);

export async function updateRegion(
  id: string,
  version: number,
  patch: { code?: string; name?: Record<string, string> },
  lang: Lang,
) {
  return (await change(UPDATE_REGION, { id, version, patch }, lang)).updateRegion;
}

export const MERGE_REGIONS = graphql(`
  mutation MergeRegions($input: MergeRegionsInput!) {
    mergeRegions(input: $input) { id }
  }
`);

/** Merges `formerId` into the existing region `into` from `since` on; returns the successor. */
export async function mergeInto(
  formerId: string,
  into: string,
  type: RegionType,
  since: string,
  lang: Lang,
) {
  return (
    await change(MERGE_REGIONS, { input: { formerIds: [formerId], into, type, since } }, lang)
  ).mergeRegions;
}

export const CREATE_REGION = graphql(`
  mutation CreateRegion($input: RegionInput!) {
    createRegion(input: $input) { id }
  }
`);

export async function createRegion(
  input: {
    type: RegionType;
    country: 'BE' | 'NL';
    code: string;
    name: Record<string, string>;
    parentIds: string[];
  },
  lang: Lang,
) {
  return (await change(CREATE_REGION, { input }, lang)).createRegion;
}
