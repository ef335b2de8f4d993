/** search: one full-text search over organisations, contacts, indicators and measures. */
import { canSeePersonalData } from '../auth/personal-data';
import { builder } from '../builder';
import type { ContactPointRefRow } from '../contacts/contact.repository';
import { ContactPointRef, PersonRef } from '../contacts/contact.schema';
import { IndicatorRef } from '../indicators/indicator.schema';
import { MeasureRef } from '../measures/measure.schema';
import type { OrganisationRefRow, UnitRefRow } from '../organisations/organisation.repository';
import { OrganisationRef, OrgUnitRef } from '../organisations/organisation.schema';
import type { Loaders } from '../repositories';
import { toLuceneQuery } from './lucene';
import { SEARCH_LABELS, type SearchHitRow, type SearchType } from './search.repository';
import { checkSearchArgs } from './search-args';

const SearchTypeEnum = builder.enumType('SearchType', {
  values: Object.keys(SEARCH_LABELS) as SearchType[],
});

const SearchResultRef = builder.unionType('SearchResult', {
  types: [OrganisationRef, OrgUnitRef, ContactPointRef, PersonRef, IndicatorRef, MeasureRef],
  resolveType: (row) => {
    const id = (row as { id: string }).id;
    if (id.startsWith('org-')) return OrganisationRef;
    if (id.startsWith('unit-')) return OrgUnitRef;
    if (id.startsWith('cp-')) return ContactPointRef;
    if (id.startsWith('person-')) return PersonRef;
    if (id.startsWith('ind-')) return IndicatorRef;
    return MeasureRef;
  },
});

type Hit = Omit<SearchHitRow, 'node'> & { node: object };

const SearchHitRef = builder.objectRef<Hit>('SearchHit').implement({
  fields: (t) => ({
    type: t.field({
      type: SearchTypeEnum,
      resolve: (h) =>
        (Object.entries(SEARCH_LABELS).find(([, label]) => label === h.label)?.[0] ??
          'ORGANISATION') as SearchType,
    }),
    score: t.exposeFloat('score'),
    node: t.field({ type: SearchResultRef, resolve: (h) => h.node as never }),
  }),
});

/**
 * The node of a hit. Organisations, units and contact points are shown from the fields the search
 * returned (their links load only when asked for); persons, indicators and measures need fields
 * derived from their relationships, so they are loaded (batched, one query per kind).
 */
function nodeOf(hit: SearchHitRow, loaders: Loaders): object | Promise<object | null> {
  switch (hit.label) {
    case 'Organisation': {
      const row = hit.node as unknown as OrganisationRefRow;
      loaders.organisation.prime(row.id, row);
      return row;
    }
    case 'OrgUnit':
      return hit.node as unknown as UnitRefRow;
    case 'ContactPoint':
      return hit.node as unknown as ContactPointRefRow;
    case 'Person':
      return loaders.person.load(hit.id);
    case 'Indicator':
      return loaders.indicator.load(hit.id);
    case 'Measure':
      return loaders.measure.load(hit.id);
  }
}

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Search as you type, in NL, FR and EN: every word must match, as a prefix or with one typo; ' +
      'accents do not matter. Persons only when signed in. Best matches first.',
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [SearchTypeEnum], description: 'Only these kinds (default: all).' }),
      first: t.arg.int({ defaultValue: 10, description: '1 to 50.' }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 10;
      checkSearchArgs(args.query, first);
      const lucene = toLuceneQuery(args.query);
      if (lucene === null) return [];
      const includePersons = canSeePersonalData(ctx);
      const types = (
        args.types?.length ? args.types : (Object.keys(SEARCH_LABELS) as SearchType[])
      ).filter((type) => includePersons || type !== 'PERSON');
      if (types.length === 0) return [];
      const hits = await ctx.repos.search.search(lucene, types, includePersons, first);
      const nodes = await Promise.all(hits.map((h) => nodeOf(h, ctx.loaders)));
      return hits.flatMap((hit, i) => {
        const node = nodes[i];
        return node ? [{ id: hit.id, label: hit.label, score: hit.score, node }] : [];
      });
    },
  }),
);
