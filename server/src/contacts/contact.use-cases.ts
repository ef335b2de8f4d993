/**
 * What a coordinator can do to contacts (contact points and persons), each as one function: check
 * the input with the shared rules (shared/rules/contact-point.ts, person.ts), check the scope
 * where it depends on the input or on loaded data, write it in one audited transaction, and read
 * it back. Who may call them is declared on the GraphQL field (authScopes).
 */
import { contactPointDetailsIn } from '../../../shared/rules/contact-point';
import { personDetailsIn, tieDetails } from '../../../shared/rules/person';
import { actorOf, assertBothEndsInScope, assertInScope } from '../auth/permissions';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { checkBarrierRoles, formsInput, listChange } from '../organisations/organisation.use-cases';
import type { ContactKind, Priority, Role } from '../shared/codes';
import { randomId } from '../shared/ids';
import { translatedProps } from '../shared/inputs.schema';
import { reject, validate } from '../shared/validation';
import type { ContactPointRow, PersonRow } from './contact.repository';

type Maybe<T> = T | null | undefined;
type TranslatedInput = Maybe<{ nl?: Maybe<string>; fr?: Maybe<string>; en?: Maybe<string> }>;

interface Reach {
  email?: Maybe<string>;
  phone?: Maybe<string>;
  languages?: Maybe<readonly string[]>;
  exploitationForms?: Maybe<readonly string[]>;
}

export interface ContactPointInput extends Reach {
  ownerId: string;
  name: TranslatedInput;
  kind: ContactKind;
  hours?: TranslatedInput;
}

export interface ContactPointPatch extends Reach {
  name?: TranslatedInput;
  kind?: Maybe<ContactKind>;
  hours?: TranslatedInput;
}

export interface PersonInput extends Reach {
  firstName: string;
  lastName: string;
  workplaceId: string;
  function?: Maybe<string>;
  from?: Maybe<string>;
}

export interface PersonPatch extends Reach {
  firstName?: Maybe<string>;
  lastName?: Maybe<string>;
}

type ContactRow = ContactPointRow | PersonRow;

const undef = <T>(v: T | null | undefined) => (v === null ? undefined : v);

/** The contact as it is now. */
export async function reloadContact(ctx: Context, id: string): Promise<ContactRow> {
  const loader = id.startsWith('person-') ? ctx.loaders.person : ctx.loaders.contactPoint;
  loader.clear(id);
  const row = await loader.load(id);
  if (!row) throw new NotFoundError('contact', id);
  return row;
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

export async function createContactPoint(ctx: Context, input: ContactPointInput) {
  const actor = actorOf(ctx);
  // A phone number without a country code is read as one of the owner's country first.
  const country = input.phone ? await ctx.repos.contacts.countryOf(input.ownerId) : null;
  const data = validate(
    contactPointDetailsIn(country),
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
  return reloadContact(ctx, id);
}

export async function updateContactPoint(
  ctx: Context,
  id: string,
  version: number,
  patch: ContactPointPatch,
) {
  const actor = actorOf(ctx);
  const country = patch.phone ? await ctx.repos.contacts.countryOf(id) : null;
  const data = validate(
    contactPointDetailsIn(country).partial(),
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
  return reloadContact(ctx, id);
}

export async function createPerson(ctx: Context, input: PersonInput) {
  const actor = actorOf(ctx);
  // A phone number without a country code is read as one of the workplace's country first.
  const country = input.phone ? await ctx.repos.contacts.countryOf(input.workplaceId) : null;
  const data = validate(
    personDetailsIn(country),
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
    tieDetails,
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
  return reloadContact(ctx, id);
}

export async function updatePerson(ctx: Context, id: string, version: number, patch: PersonPatch) {
  const actor = actorOf(ctx);
  const country = patch.phone ? await ctx.repos.contacts.countryOf(id) : null;
  const data = validate(
    personDetailsIn(country).partial(),
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
  return reloadContact(ctx, id);
}

/** The person left: their ties (or the one to `workplaceId`) end on `to`. */
export async function endPersonTie(
  ctx: Context,
  args: { id: string; version: number; to: string; workplaceId?: Maybe<string> },
) {
  const actor = actorOf(ctx);
  const { id, version, to } = args;
  const only = args.workplaceId ?? null;
  // Every tie it ends (those running after `to`) is a link whose other end must be in scope.
  await assertBothEndsInScope(ctx, {
    entities: [id, ...(await workplacesAfter(ctx, id, String(to), only))],
  });
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'person');
    const ended = await ctx.repos.contacts.endTie(w.tx, id, to, only);
    await w.changed(locked, ended.length ? [{ field: 'tieEnded', from: ended, to }] : []);
  });
  return reloadContact(ctx, id);
}

/** A new tie of a person to a workplace, from a day. */
export async function addPersonTie(
  ctx: Context,
  args: {
    id: string;
    version: number;
    workplaceId: string;
    function?: Maybe<string>;
    from: string;
  },
) {
  const actor = actorOf(ctx);
  const tie = validate(tieDetails, { function: undef(args.function), from: args.from }, ctx.lang);
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
  return reloadContact(ctx, args.id);
}

/** Replaces what the contact is the one to call for. */
export async function setContactResponsibilities(
  ctx: Context,
  id: string,
  version: number,
  responsibilities: { barrier: string; role: Role; priority: Priority }[],
) {
  const actor = actorOf(ctx);
  await checkBarrierRoles(ctx, 'responsibilities', responsibilities);
  await assertInScope(ctx, [id]);
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'contact');
    const { before, after } = await ctx.repos.contacts.setResponsibilities(
      w.tx,
      id,
      responsibilities,
    );
    await w.changed(locked, listChange('responsibilities', before, after));
  });
  return reloadContact(ctx, id);
}

/**
 * Archives or restores a contact (a person at every current workplace). The contact itself is in
 * scope (`editorOf` on the field); its workplaces are found here.
 */
export async function setContactStatus(
  ctx: Context,
  id: string,
  version: number,
  status: 'ACTIVE' | 'ARCHIVED',
) {
  const actor = actorOf(ctx);
  // A person archived (or restored) disappears (or reappears) at every current workplace.
  const workplaces = await workplacesAfter(ctx, id, yesterday());
  if (workplaces.length) await assertBothEndsInScope(ctx, { entities: workplaces });
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'contact', 'ContactPoint', 'Person');
    await w.update(locked, { status }, status === 'ARCHIVED' ? 'ARCHIVE' : 'RESTORE');
  });
  return reloadContact(ctx, id);
}

/** Still correct: sets the last-verified date to today (in scope: `editorOf` on the field). */
export async function confirmContact(ctx: Context, id: string, version: number) {
  const actor = actorOf(ctx);
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'contact', 'ContactPoint', 'Person');
    await w.update(locked, { lastVerifiedAt: new Date().toISOString().slice(0, 10) }, 'VERIFY');
  });
  return reloadContact(ctx, id);
}
