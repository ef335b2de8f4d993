/**
 * The pickers of who-to-call (a signal, a municipality) search with the header search's engine:
 * every word, prefixes, one typo, accents folded, and staff's own words (synonyms as data). When
 * nothing matches, they offer what comes nearest instead of an empty list.
 */
import { builder } from '../builder';
import type { Context } from '../context';
import type { IndicatorRow } from '../indicators/indicator.repository';
import { IndicatorRef } from '../indicators/indicator.schema';
import { RegionRef } from '../regions/region.schema';
import { loadAll } from '../repositories';
import { termsOf, toLuceneQuery, toNearestQuery } from './lucene';
import type { PlaceHitRow } from './search.repository';
import { checkSearchArgs } from './search-args';

const PlaceAliasRef = builder.objectRef<NonNullable<PlaceHitRow['alias']>>('PlaceAlias').implement({
  description: 'A postal code of a municipality, with one of its localities (bpost’s list).',
  fields: (t) => ({
    postalCode: t.exposeString('postalCode'),
    locality: t.exposeString('locality', {
      nullable: true,
      description: 'The locality (deelgemeente) as bpost names it; null where not known.',
    }),
  }),
});

const PlaceHitRef = builder.objectRef<PlaceHitRow>('PlaceHit').implement({
  description: 'A municipality in force that the place picker found.',
  fields: (t) => ({
    region: t.field({ type: RegionRef, resolve: (h) => h.region }),
    formerName: t.exposeString('formerName', {
      nullable: true,
      description: 'The former municipality (merged into this one) whose name matched.',
    }),
    alias: t.field({
      type: PlaceAliasRef,
      nullable: true,
      description:
        'The postal code and locality (deelgemeente) that matched, when the municipality’s own ' +
        'names do not hold what was typed.',
      resolve: (h) => h.alias,
    }),
  }),
});

interface Found<T> {
  matches: T[];
  nearest: T[];
}

const PlaceSearchRef = builder.objectRef<Found<PlaceHitRow>>('PlaceSearch').implement({
  fields: (t) => ({
    matches: t.field({ type: [PlaceHitRef], resolve: (f) => f.matches }),
    nearest: t.field({
      type: [PlaceHitRef],
      description: 'Only when nothing matches: the municipalities whose names come nearest.',
      resolve: (f) => f.nearest,
    }),
  }),
});

const SignalSearchRef = builder.objectRef<Found<IndicatorRow>>('SignalSearch').implement({
  fields: (t) => ({
    matches: t.field({ type: [IndicatorRef], resolve: (f) => f.matches }),
    nearest: t.field({
      type: [IndicatorRef],
      description:
        'Only when nothing matches: the signals that share at least one word (or nearly).',
      resolve: (f) => f.nearest,
    }),
  }),
});

/** Matches for the query; when there are none, the nearest for the relaxed query. */
async function findWithNearest<T>(
  query: string,
  run: (lucene: string) => Promise<T[]>,
): Promise<Found<T>> {
  const lucene = toLuceneQuery(query);
  const matches = lucene ? await run(lucene) : [];
  if (matches.length > 0 || !lucene) return { matches, nearest: [] };
  const relaxed = toNearestQuery(query);
  return { matches, nearest: relaxed ? await run(relaxed) : [] };
}

async function signals(ctx: Context, lucene: string, first: number): Promise<IndicatorRow[]> {
  const hits = await ctx.repos.search.search(lucene, ['INDICATOR'], false, first);
  return loadAll(
    ctx.loaders.indicator,
    hits.map((h) => h.id),
  );
}

builder.queryFields((t) => ({
  searchPlaces: t.field({
    type: PlaceSearchRef,
    description:
      'Municipalities for a typed name, postal code or locality (deelgemeente), with the search ' +
      'rules of `search` (a typo, a prefix, ' +
      'accents); a former municipality finds the one that took its place.',
    args: {
      query: t.arg.string({ required: true }),
      first: t.arg.int({ defaultValue: 10, description: '1 to 50.' }),
    },
    resolve: (_root, args, ctx) => {
      const first = args.first ?? 10;
      checkSearchArgs(args.query, first);
      const terms = termsOf(args.query);
      return findWithNearest(args.query, (lucene) => ctx.repos.search.places(lucene, first, terms));
    },
  }),
  searchSignals: t.field({
    type: SignalSearchRef,
    description:
      'Signals for staff’s words, with the search rules of `search` and the synonyms ' +
      'coordinators keep for signals, sectors and forms of exploitation.',
    args: {
      query: t.arg.string({ required: true }),
      first: t.arg.int({ defaultValue: 12, description: '1 to 50.' }),
    },
    resolve: (_root, args, ctx) => {
      const first = args.first ?? 12;
      checkSearchArgs(args.query, first);
      return findWithNearest(args.query, (lucene) => signals(ctx, lucene, first));
    },
  }),
}));
