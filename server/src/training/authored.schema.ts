/**
 * Authored training scenarios in the API: the learner's view (no right answers until answered),
 * the author's view (every text, the right answers, the version and what needs attention), the
 * queries for both and the mutations (create, update, archive, restore; authScopes: editor).
 */
import { BarrierRef } from '../barriers/barrier.schema';
import { builder } from '../builder';
import { ContactPointRef } from '../contacts/contact.schema';
import { OrganisationRef } from '../organisations/organisation.schema';
import { RegionRef } from '../regions/region.schema';
import { loadOne } from '../repositories';
import type { Language } from '../shared/language';
import { pick } from '../shared/language';
import { langArgs } from '../shared/language.schema';
import {
  type AuthoredChoice,
  type AuthoredQuestion,
  type AuthoredScenario,
  authoredInScope,
  findAuthored,
  offeredAuthored,
  practiseAuthored,
} from './authored.use-cases';
import type { StaleReference } from './training.repository';

type Numbered<T> = T & { number: number };

const ScenarioTextRef = builder
  .objectRef<{ nl: string | null; fr: string | null; en: string | null }>('ScenarioText')
  .implement({
    description: 'A text of an authored scenario in each language, as written (for editing).',
    fields: (t) => ({
      nl: t.exposeString('nl', { nullable: true }),
      fr: t.exposeString('fr', { nullable: true }),
      en: t.exposeString('en', { nullable: true }),
    }),
  });

const textsOf = (row: Record<string, unknown>, prefix: string) => ({
  nl: (row[`${prefix}Nl`] as string | null) ?? null,
  fr: (row[`${prefix}Fr`] as string | null) ?? null,
  en: (row[`${prefix}En`] as string | null) ?? null,
});

const numbered = <T>(list: T[]): Numbered<T>[] => list.map((x, i) => ({ ...x, number: i + 1 }));

export const AuthoredChoiceRef = builder
  .objectRef<Numbered<AuthoredChoice>>('AuthoredTrainingChoice')
  .implement({
    description: 'An answer choice of an authored question (whether it is right: once answered).',
    fields: (t) => ({
      number: t.exposeInt('number', { description: 'From 1, in the order written.' }),
      text: t.string({ args: langArgs, resolve: (c, { lang }) => pick(c, 'text', lang) ?? '' }),
      organisation: t.field({
        type: OrganisationRef,
        nullable: true,
        description: 'The partner this choice names, if any.',
        resolve: (c, _a, { loaders }) =>
          c.organisationId ? loaders.organisation.load(c.organisationId) : null,
      }),
      contactPoint: t.field({
        type: ContactPointRef,
        nullable: true,
        description: 'The contact point this choice names, if any.',
        resolve: (c, _a, { loaders }) =>
          c.contactPointId ? loaders.contactPoint.load(c.contactPointId) : null,
      }),
    }),
  });

const AuthoredQuestionRef = builder
  .objectRef<Numbered<AuthoredQuestion>>('AuthoredTrainingQuestion')
  .implement({
    fields: (t) => ({
      number: t.exposeInt('number', { description: 'From 1, in the order asked.' }),
      text: t.string({ args: langArgs, resolve: (q, { lang }) => pick(q, 'text', lang) ?? '' }),
      choices: t.field({ type: [AuthoredChoiceRef], resolve: (q) => numbered(q.choices) }),
    }),
  });

export const AuthoredTrainingScenarioRef = builder
  .objectRef<AuthoredScenario>('AuthoredTrainingScenario')
  .implement({
    description:
      'A case study written by a coordinator: a story, then questions one by one with feedback ' +
      'per answer. Withheld while a partner or contact point it names is archived.',
    fields: (t) => ({
      id: t.exposeID('id'),
      title: t.string({ args: langArgs, resolve: (s, { lang }) => pick(s, 'title', lang) ?? '' }),
      story: t.string({ args: langArgs, resolve: (s, { lang }) => pick(s, 'story', lang) ?? '' }),
      barrier: t.field({
        type: BarrierRef,
        resolve: (s, _a, { loaders }) => loadOne(loaders.barrierByCode, s.barrierCode),
      }),
      region: t.field({
        type: RegionRef,
        nullable: true,
        resolve: (s, _a, { loaders }) => (s.regionId ? loaders.region.load(s.regionId) : null),
      }),
      questions: t.field({ type: [AuthoredQuestionRef], resolve: (s) => numbered(s.questions) }),
    }),
  });

const REASONS: Record<
  Language,
  { archived: string; gone: string; partner: string; contact: string }
> = {
  NL: {
    archived: '{kind} {name} is gearchiveerd op {date}',
    gone: '{kind} {name} bestaat niet meer',
    partner: 'Partner',
    contact: 'Contactpunt',
  },
  FR: {
    archived: '{kind} {name} a été archivé le {date}',
    gone: "{kind} {name} n'existe plus",
    partner: 'Le partenaire',
    contact: 'Le point de contact',
  },
  EN: {
    archived: '{kind} {name} was archived on {date}',
    gone: '{kind} {name} no longer exists',
    partner: 'Partner',
    contact: 'Contact point',
  },
};

/** Why a reference makes a scenario stale, in words: "Partner X is gearchiveerd op 4 december 2026". */
export function staleReason(ref: StaleReference, lang: Language): string {
  const words = REASONS[lang];
  const kind = ref.kind === 'ContactPoint' ? words.contact : words.partner;
  const date = ref.archivedAt
    ? new Intl.DateTimeFormat(lang.toLowerCase(), { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${ref.archivedAt}T00:00:00Z`),
      )
    : '?';
  const template = ref.kind === null ? words.gone : words.archived;
  return template
    .replace('{kind}', kind)
    .replace('{name}', ref.name ?? ref.id)
    .replace('{date}', date);
}

const StaleReferenceRef = builder.objectRef<StaleReference>('ScenarioStaleReference').implement({
  description: 'A partner or contact point a scenario names that was archived or removed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    archivedAt: t.exposeString('archivedAt', { nullable: true, description: 'YYYY-MM-DD.' }),
    reason: t.string({
      args: langArgs,
      description: 'In words, e.g. "Partner X is gearchiveerd op 4 december 2026".',
      resolve: (r, { lang }) => staleReason(r, lang),
    }),
  }),
});

const AuthoredChoiceEditRef = builder
  .objectRef<AuthoredChoice>('AuthoredScenarioChoice')
  .implement({
    fields: (t) => ({
      text: t.field({ type: ScenarioTextRef, resolve: (c) => textsOf(c, 'text') }),
      right: t.exposeBoolean('right'),
      organisationId: t.exposeID('organisationId', { nullable: true }),
      contactPointId: t.exposeID('contactPointId', { nullable: true }),
      organisation: t.field({
        type: OrganisationRef,
        nullable: true,
        resolve: (c, _a, { loaders }) =>
          c.organisationId ? loaders.organisation.load(c.organisationId) : null,
      }),
    }),
  });

const AuthoredQuestionEditRef = builder
  .objectRef<AuthoredQuestion>('AuthoredScenarioQuestion')
  .implement({
    fields: (t) => ({
      text: t.field({ type: ScenarioTextRef, resolve: (q) => textsOf(q, 'text') }),
      feedback: t.field({ type: ScenarioTextRef, resolve: (q) => textsOf(q, 'feedback') }),
      choices: t.field({ type: [AuthoredChoiceEditRef], resolve: (q) => q.choices }),
    }),
  });

export const AuthoredScenarioRef = builder
  .objectRef<AuthoredScenario>('AuthoredScenario')
  .implement({
    description:
      'An authored scenario as its author edits it: every text, the right answers, its version.',
    fields: (t) => ({
      id: t.exposeID('id'),
      version: t.exposeInt('version'),
      status: t.exposeString('status', { description: 'ACTIVE or ARCHIVED.' }),
      title: t.field({ type: ScenarioTextRef, resolve: (s) => textsOf(s, 'title') }),
      story: t.field({ type: ScenarioTextRef, resolve: (s) => textsOf(s, 'story') }),
      barrierCode: t.exposeString('barrierCode'),
      region: t.field({
        type: RegionRef,
        nullable: true,
        resolve: (s, _a, { loaders }) => (s.regionId ? loaders.region.load(s.regionId) : null),
      }),
      questions: t.field({ type: [AuthoredQuestionEditRef], resolve: (s) => s.questions }),
      needsAttention: t.field({
        type: [StaleReferenceRef],
        description:
          'Partners and contact points its answers name that were archived or removed: while any ' +
          'is listed, staff are not offered the scenario.',
        resolve: (s) => s.stale,
      }),
    }),
  });

builder.queryFields((t) => ({
  authoredTrainingScenarios: t.field({
    type: [AuthoredTrainingScenarioRef],
    description: 'The authored scenarios on offer (active, none of their references archived).',
    args: { barrier: t.arg.string({ description: 'A barrier code, e.g. HOUSING.' }) },
    resolve: (_root, { barrier }, ctx) => offeredAuthored(ctx, barrier ?? null),
  }),
  authoredTrainingScenario: t.field({
    type: AuthoredTrainingScenarioRef,
    description: 'One authored scenario to practise; NOT_FOUND when archived or withheld.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => practiseAuthored(ctx, String(id)),
  }),
  authoredScenarios: t.field({
    type: [AuthoredScenarioRef],
    authScopes: { coordinator: true },
    description:
      'For coordinators: the authored scenarios they wrote or that are set in their scope (an ' +
      'administrator: all), archived ones included; those needing attention say why.',
    resolve: (_root, _args, ctx) => authoredInScope(ctx),
  }),
  authoredScenario: t.field({
    type: AuthoredScenarioRef,
    nullable: true,
    authScopes: { coordinator: true },
    description: 'For coordinators: one authored scenario with everything its form needs.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => findAuthored(ctx, String(id)),
  }),
}));
