/** Coordinators' changes to contacts and their verification (staff's reports: report.schema.ts). */
import { z } from 'zod';
import { assertBothEndsInScope, assertInScope, requireEditor } from '../auth/permissions';
import { builder } from '../builder';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { ContactKindEnum } from '../shared/codes.schema';
import { checkFormCodes } from '../shared/form-codes';
import { randomId } from '../shared/ids';
import { ResponsibilityInput, TranslatedTextInput, translatedProps } from '../shared/inputs.schema';
import {
  email,
  isoDate,
  languages,
  line,
  optional,
  phone,
  reject,
  validate,
} from '../shared/validation';
import type { ContactPointRow, PersonRow } from './contact.repository';
import { ContactRef } from './contact.schema';

const reach = { email: optional(email), phone: optional(phone), languages: languages.optional() };
const pointSchema = z.object({
  nameNl: line(200, 2),
  nameFr: optional(line(200)),
  nameEn: optional(line(200)),
  hoursNl: optional(line(120)),
  hoursFr: optional(line(120)),
  hoursEn: optional(line(120)),
  ...reach,
});
const personSchema = z.object({ firstName: line(80), lastName: line(80), ...reach });
const tieSchema = z.object({ function: optional(line(120)), from: isoDate.optional() });

const ContactPointInput = builder.inputType('ContactPointInput', {
  fields: (t) => ({
    ownerId: t.id({ required: true, description: 'The organisation or unit it belongs to.' }),
    name: t.field({ type: TranslatedTextInput, required: true }),
    kind: t.field({ type: ContactKindEnum, required: true }),
    email: t.string(),
    phone: t.string(),
    hours: t.field({ type: TranslatedTextInput }),
    languages: t.stringList(),
    exploitationForms: t.stringList({
      description: 'Codes of the forms of exploitation it handles; none (or []) means every form.',
    }),
  }),
});
const ContactPointPatch = builder.inputType('ContactPointPatch', {
  fields: (t) => ({
    name: t.field({ type: TranslatedTextInput }),
    kind: t.field({ type: ContactKindEnum }),
    email: t.string(),
    phone: t.string(),
    hours: t.field({ type: TranslatedTextInput }),
    languages: t.stringList(),
    exploitationForms: t.stringList({
      description: 'Codes of the forms of exploitation it handles; none (or []) means every form.',
    }),
  }),
});
const PersonInput = builder.inputType('PersonInput', {
  fields: (t) => ({
    firstName: t.string({ required: true }),
    lastName: t.string({ required: true }),
    email: t.string(),
    phone: t.string(),
    languages: t.stringList(),
    workplaceId: t.id({ required: true, description: 'The organisation or unit they work at.' }),
    function: t.string(),
    from: t.field({ type: 'Date' }),
    exploitationForms: t.stringList({
      description: 'Codes of the forms of exploitation it handles; none (or []) means every form.',
    }),
  }),
});
const PersonPatch = builder.inputType('PersonPatch', {
  fields: (t) => ({
    firstName: t.string(),
    lastName: t.string(),
    email: t.string(),
    phone: t.string(),
    languages: t.stringList(),
    exploitationForms: t.stringList({
      description: 'Codes of the forms of exploitation it handles; none (or []) means every form.',
    }),
  }),
});

type ContactRow = ContactPointRow | PersonRow;

async function fresh(ctx: Context, id: string): Promise<ContactRow> {
  const loader = id.startsWith('person-') ? ctx.loaders.person : ctx.loaders.contactPoint;
  loader.clear(id);
  const row = await loader.load(id);
  if (!row) throw new NotFoundError('contact', id);
  return row;
}

const undef = <T>(v: T | null | undefined) => (v === null ? undefined : v);

/** The checked form codes of an input (undefined when not given; null when emptied). */
async function formsInput(ctx: Context, codes: readonly string[] | null | undefined) {
  if (codes == null) return undefined;
  const known = (await ctx.loaders.referenceLists.load('all')).forms.map((f) => f.code);
  const checked = checkFormCodes(codes, known);
  if (checked.problems.length > 0) reject(ctx.lang, checked.problems);
  return checked.codes.length > 0 ? checked.codes : null;
}

/**
 * The workplaces of a person's ties that are still running after `day` (no end, or a later end):
 * the other ends of the ties a change to the person reaches. Empty for a contact point.
 */
async function workplacesAfter(
  ctx: Context,
  id: string,
  day: string,
  only: string | null = null,
): Promise<string[]> {
  if (!id.startsWith('person-')) return [];
  ctx.loaders.person.clear(id);
  const person = await ctx.loaders.person.load(id);
  return (person?.history ?? [])
    .filter((h) => (h.to === null || h.to > day) && (only === null || h.placeId === only))
    .map((h) => h.placeId);
}

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

builder.mutationFields((t) => ({
  createContactPoint: t.field({
    type: ContactRef,
    args: { input: t.arg({ type: ContactPointInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const actor = requireEditor(ctx);
      const data = validate(
        pointSchema,
        {
          ...translatedProps('name', input.name),
          ...translatedProps('hours', input.hours),
          email: undef(input.email),
          phone: undef(input.phone),
          languages: undef(input.languages),
        },
        ctx.lang,
      );
      const exploitationForms = (await formsInput(ctx, input.exploitationForms)) ?? undefined;
      await assertInScope(ctx, [input.ownerId]);
      const id = randomId('cp', data.nameNl);
      await ctx.repos.editor.run(actor, async (w) => {
        const props = { ...data, kind: input.kind, exploitationForms };
        if (!(await ctx.repos.contacts.createPoint(w.tx, id, input.ownerId, props))) {
          reject(ctx.lang, [{ field: 'ownerId', code: 'unknown_reference' }]);
        }
        await w.created(id, 'ContactPoint', { ...props, ownerId: input.ownerId });
      });
      return fresh(ctx, id);
    },
  }),
  updateContactPoint: t.field({
    type: ContactRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      patch: t.arg({ type: ContactPointPatch, required: true }),
    },
    resolve: async (_root, { id, version, patch }, ctx) => {
      const actor = requireEditor(ctx);
      const data = validate(
        pointSchema.partial(),
        {
          ...translatedProps('name', patch.name),
          ...translatedProps('hours', patch.hours),
          email: patch.email,
          phone: patch.phone,
          languages: undef(patch.languages),
        },
        ctx.lang,
      );
      const exploitationForms = await formsInput(ctx, patch.exploitationForms);
      await assertInScope(ctx, [id]);
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, version, 'contact point', 'ContactPoint');
        await w.update(locked, { ...data, kind: undef(patch.kind), exploitationForms });
      });
      return fresh(ctx, id);
    },
  }),
  createPerson: t.field({
    type: ContactRef,
    description: 'A contact person and their tie to an organisation or unit (personal data).',
    args: { input: t.arg({ type: PersonInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const actor = requireEditor(ctx);
      const data = validate(
        personSchema,
        {
          firstName: input.firstName,
          lastName: input.lastName,
          email: undef(input.email),
          phone: undef(input.phone),
          languages: undef(input.languages),
        },
        ctx.lang,
      );
      const tie = validate(
        tieSchema,
        { function: undef(input.function), from: undef(input.from) },
        ctx.lang,
      );
      const exploitationForms = (await formsInput(ctx, input.exploitationForms)) ?? undefined;
      await assertInScope(ctx, [input.workplaceId]);
      const id = randomId('person', `${data.firstName} ${data.lastName}`);
      const props = { ...data, exploitationForms };
      await ctx.repos.editor.run(actor, async (w) => {
        const created = await ctx.repos.contacts.createPerson(w.tx, id, props, {
          workplaceId: input.workplaceId,
          function: tie.function ?? null,
          from: tie.from ?? null,
        });
        if (!created) reject(ctx.lang, [{ field: 'workplaceId', code: 'unknown_reference' }]);
        await w.created(id, 'Person', {
          ...props,
          workplaceId: input.workplaceId,
          function: tie.function ?? null,
        });
      });
      return fresh(ctx, id);
    },
  }),
  updatePerson: t.field({
    type: ContactRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      patch: t.arg({ type: PersonPatch, required: true }),
    },
    resolve: async (_root, { id, version, patch }, ctx) => {
      const actor = requireEditor(ctx);
      const data = validate(
        personSchema.partial(),
        {
          firstName: undef(patch.firstName),
          lastName: undef(patch.lastName),
          email: patch.email,
          phone: patch.phone,
          languages: undef(patch.languages),
        },
        ctx.lang,
      );
      const exploitationForms = await formsInput(ctx, patch.exploitationForms);
      await assertInScope(ctx, [id]);
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, version, 'person', 'Person');
        await w.update(locked, { ...data, exploitationForms });
      });
      return fresh(ctx, id);
    },
  }),
  endPersonTie: t.field({
    type: ContactRef,
    description:
      'The person left: their tie ends on `to`; history is kept, who-to-call stops offering them.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      to: t.arg({ type: 'Date', required: true }),
      workplaceId: t.arg.id({
        description:
          'Only the tie to this organisation or unit (they work elsewhere too); every running tie when left out.',
      }),
    },
    resolve: async (_root, { id, version, to, workplaceId }, ctx) => {
      const actor = requireEditor(ctx);
      const only = workplaceId ?? null;
      // Every tie it ends (those running after `to`) is a link whose other end must be in scope.
      await assertBothEndsInScope(ctx, {
        entities: [id, ...(await workplacesAfter(ctx, id, String(to), only))],
      });
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, version, 'person');
        const ended = await ctx.repos.contacts.endTie(w.tx, id, to, only);
        await w.changed(locked, ended.length ? [{ field: 'tieEnded', from: ended, to }] : []);
      });
      return fresh(ctx, id);
    },
  }),
  addPersonTie: t.field({
    type: ContactRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      workplaceId: t.arg.id({ required: true }),
      function: t.arg.string(),
      from: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const actor = requireEditor(ctx);
      const tie = validate(
        tieSchema,
        { function: undef(args.function), from: args.from },
        ctx.lang,
      );
      await assertInScope(ctx, [args.id, args.workplaceId]);
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(args.id, args.version, 'person');
        if (
          !(await ctx.repos.contacts.addTie(
            w.tx,
            args.id,
            args.workplaceId,
            tie.function ?? null,
            args.from,
          ))
        ) {
          reject(ctx.lang, [{ field: 'workplaceId', code: 'unknown_reference' }]);
        }
        await w.changed(locked, [
          {
            field: 'tieAdded',
            from: null,
            to: `${args.workplaceId} (${tie.function ?? ''}) from ${args.from}`,
          },
        ]);
      });
      return fresh(ctx, args.id);
    },
  }),
  setContactResponsibilities: t.field({
    type: ContactRef,
    description:
      'Replaces what the contact is the one to call for (barrier, role, primary or backup).',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      responsibilities: t.arg({ type: [ResponsibilityInput], required: true }),
    },
    resolve: async (_root, { id, version, responsibilities }, ctx) => {
      const actor = requireEditor(ctx);
      const codes = new Set((await ctx.repos.barriers.list()).map((b) => b.code));
      const seen = new Set<string>();
      const problems = responsibilities.flatMap((r, i) => {
        const key = `${r.barrier}:${r.role}`;
        const dup = seen.has(key);
        seen.add(key);
        if (!codes.has(r.barrier))
          return [{ field: `responsibilities.${i}.barrier`, code: 'unknown_reference' }];
        return dup ? [{ field: `responsibilities.${i}`, code: 'duplicate_value' }] : [];
      });
      if (problems.length) reject(ctx.lang, problems);
      await assertInScope(ctx, [id]);
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, version, 'contact');
        const { before, after } = await ctx.repos.contacts.setResponsibilities(
          w.tx,
          id,
          responsibilities,
        );
        await w.changed(
          locked,
          JSON.stringify(before) === JSON.stringify(after)
            ? []
            : [{ field: 'responsibilities', from: before, to: after }],
        );
      });
      return fresh(ctx, id);
    },
  }),
  archiveContact: contactStatus(t, 'ARCHIVED'),
  restoreContact: contactStatus(t, 'ACTIVE'),
  confirmContact: t.field({
    type: ContactRef,
    description: 'Still correct: sets the last-verified date to today.',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: async (_root, { id, version }, ctx) => {
      const actor = requireEditor(ctx);
      await assertInScope(ctx, [id]);
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, version, 'contact', 'ContactPoint', 'Person');
        await w.update(locked, { lastVerifiedAt: new Date().toISOString().slice(0, 10) }, 'VERIFY');
      });
      return fresh(ctx, id);
    },
  }),
}));

type MutationFields = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

function contactStatus(t: MutationFields, status: 'ACTIVE' | 'ARCHIVED') {
  return t.field({
    type: ContactRef,
    description:
      status === 'ARCHIVED'
        ? 'Archives a contact: kept in history, gone from who-to-call.'
        : 'Restores an archived contact.',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: async (_root, { id, version }, ctx) => {
      const actor = requireEditor(ctx);
      await assertInScope(ctx, [id]);
      // A person archived (or restored) disappears (or reappears) at every current workplace.
      const workplaces = await workplacesAfter(ctx, id, yesterday());
      if (workplaces.length) await assertBothEndsInScope(ctx, { entities: workplaces });
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, version, 'contact', 'ContactPoint', 'Person');
        await w.update(locked, { status }, status === 'ARCHIVED' ? 'ARCHIVE' : 'RESTORE');
      });
      return fresh(ctx, id);
    },
  });
}
