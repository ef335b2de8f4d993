/**
 * Staff's words: synonyms per language for signals, sectors and forms of exploitation, kept by
 * coordinators as data. The pickers and the header search find a signal by them (its own words
 * and those of its sectors and forms, see search/refresh-context-of.cypher).
 */
import { actorOf } from '../auth/permissions';
import { ExploitationFormRef, SectorRef } from '../barriers/barrier.schema';
import { builder } from '../builder';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { IndicatorRef } from '../indicators/indicator.schema';
import { langArgs } from '../shared/language.schema';
import { reject } from '../shared/validation';
import { cleanSynonyms, SYNONYM_LANGUAGES, type SynonymProblem } from './synonyms';

/** A row of any of the three kinds, with its stored synonyms. */
type WithSynonyms = { id: string; synonymsNl?: string[] | null } & {
  synonymsFr?: string[] | null;
  synonymsEn?: string[] | null;
  version?: number | null;
};

const SUFFIX = { NL: 'Nl', FR: 'Fr', EN: 'En' } as const;

for (const ref of [IndicatorRef, SectorRef, ExploitationFormRef]) {
  builder.objectField(ref, 'synonyms', (t) =>
    t.stringList({
      description:
        'Everyday words staff use for it in `lang` (no fallback to another language); the pickers find it by them.',
      args: langArgs,
      resolve: (row, { lang }) => (row as WithSynonyms)[`synonyms${SUFFIX[lang]}`] ?? [],
    }),
  );
}
for (const ref of [IndicatorRef, SectorRef, ExploitationFormRef]) {
  builder.objectField(ref, 'version', (t) =>
    t.int({
      description: 'Bumped by every change; setSynonyms takes the version it was based on.',
      resolve: (row) => Number((row as WithSynonyms).version ?? 1),
    }),
  );
}

const VocabularyTermRef = builder.unionType('VocabularyTerm', {
  description: 'A signal, sector or form of exploitation: what synonyms are kept for.',
  types: [IndicatorRef, SectorRef, ExploitationFormRef],
  resolveType: (row) => {
    const id = (row as { id: string }).id;
    if (id.startsWith('ind-')) return IndicatorRef;
    if (id.startsWith('sector-')) return SectorRef;
    return ExploitationFormRef;
  },
});

const SynonymsInput = builder.inputType('SynonymsInput', {
  description: 'The words per language; a language left out keeps its words, [] clears them.',
  fields: (t) => ({
    nl: t.stringList(),
    fr: t.stringList(),
    en: t.stringList(),
  }),
});

const LABELS = ['Indicator', 'Sector', 'ExploitationForm'];

/** The fresh row after a change, through the loader of its kind. */
async function reload(ctx: Context, id: string): Promise<never> {
  if (id.startsWith('ind-')) {
    ctx.loaders.indicator.clear(id);
    const row = await ctx.loaders.indicator.load(id);
    if (row) return row as never;
  } else {
    ctx.loaders.referenceLists.clearAll();
    const lists = await ctx.loaders.referenceLists.load('all');
    const row = [...lists.forms, ...lists.sectors].find((r) => r.id === id);
    if (row) return row as never;
  }
  throw new NotFoundError('term', id);
}

builder.mutationField('setSynonyms', (t) =>
  t.field({
    type: VocabularyTermRef,
    description:
      'Replaces the synonyms of a signal, sector or form of exploitation in the languages given ' +
      '(coordinators and administrators; audited). Words are trimmed; empty words, words over ' +
      '60 characters, the same word twice (ignoring case and accents) and over 50 words are refused.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      synonyms: t.arg({ type: SynonymsInput, required: true }),
    },
    authScopes: { editor: true },
    resolve: async (_root, { id, version, synonyms }, ctx) => {
      const actor = actorOf(ctx);
      const patch: Record<string, string[] | null> = {};
      const problems: SynonymProblem[] = [];
      for (const lang of SYNONYM_LANGUAGES) {
        const words = synonyms[lang];
        if (!words) continue;
        const cleaned = cleanSynonyms(lang, words);
        problems.push(...cleaned.problems);
        // No words is no property, so clearing an empty list changes nothing.
        const key = `synonyms${lang.charAt(0).toUpperCase()}${lang.charAt(1)}`;
        patch[key] = cleaned.words.length > 0 ? cleaned.words : null;
      }
      if (problems.length > 0) reject(ctx.lang, problems);
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, version, 'term', ...LABELS);
        await w.update(locked, patch);
      });
      return reload(ctx, id);
    },
  }),
);
