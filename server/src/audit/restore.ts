/**
 * "Restore this version": puts an entity's fields back to what they were right after one event of
 * its history. The values come from the audit trail itself: for each field that a later event
 * changed, the value before the earliest of those later changes. The restore then goes the way
 * every edit goes — the shared rules, the coordinator's scope, the version check and the audited
 * Editor — as one REVERT event that names the event and moment it went back to.
 *
 * Only the kinds whose fields are plain properties the API exposes are restorable (organisations
 * and their units); relationships (coverage, roles, links) are not part of a version. Contacts
 * are left out on purpose: a person's old values may be personal data erased or corrected since.
 */
import { COUNTRIES, ORGANISATION_TYPES } from '../../../shared/codes';
import { organisationPatch } from '../../../shared/rules/organisation';
import { unitPatch } from '../../../shared/rules/unit';
import { actorOf, assertInScope, assertServesOnlyScope } from '../auth/permissions';
import type { Context } from '../context';
import { formsInput } from '../organisations/organisation.use-cases';
import type { Language } from '../shared/language';
import { reject, validate } from '../shared/validation';
import type { AuditEventView, Change } from './audit.repository';

const inEachLanguage = (...fields: string[]) =>
  fields.flatMap((f) => [`${f}Nl`, `${f}Fr`, `${f}En`]);

/** The restorable fields of each kind (a subset of PUBLIC_STATE: never status, never links). */
export const RESTORABLE: Readonly<Record<string, readonly string[]>> = {
  Organisation: [
    'name',
    'shortName',
    'type',
    'country',
    'website',
    'exploitationForms',
    ...inEachLanguage('description'),
  ],
  OrgUnit: inEachLanguage('name', 'description'),
};

/** How many events back a version can be restored from (the history tab shows 100). */
const HISTORY_DEPTH = 500;

/**
 * The values of `fields` right after `eventId`, from a history listed newest first: only the
 * fields some later event changed (the others are as they were). Null when the event is not there.
 */
export function valuesAfter(
  history: readonly Pick<AuditEventView, 'id' | 'changes'>[],
  eventId: string,
  fields: readonly string[],
): Record<string, unknown> | null {
  const index = history.findIndex((e) => e.id === eventId);
  if (index < 0) return null;
  const values: Record<string, unknown> = {};
  // From the oldest later event to the newest: the first change of a field holds its old value.
  for (let i = index - 1; i >= 0; i--) {
    for (const change of JSON.parse(history[i]?.changes ?? '[]') as Change[]) {
      if (fields.includes(change.field) && !(change.field in values))
        values[change.field] = change.from ?? null;
    }
  }
  return values;
}

/** Restores an entity to the version right after event `eventId`; `version` is the one seen. */
export async function restoreVersion(
  ctx: Context,
  entityId: string,
  eventId: string,
  version: number,
): Promise<{ entityType: string; changes: Change[] }> {
  const actor = actorOf(ctx);
  const [history = []] = await ctx.repos.audit.historyByIds([entityId], HISTORY_DEPTH);
  const event = history.find((e) => e.id === eventId);
  if (!event) reject(ctx.lang, [{ field: 'auditEventId', code: 'restore_unknown_version' }]);
  const fields = RESTORABLE[event.entityType];
  if (!fields) reject(ctx.lang, [{ field: 'entityId', code: 'restore_not_supported' }]);
  const values = valuesAfter(history, eventId, fields) ?? {};
  // The scope first: a coordinator outside it learns nothing more (not even a CONFLICT).
  await assertInScope(ctx, [entityId]);
  if (event.entityType === 'Organisation' && ['name', 'type', 'country'].some((f) => f in values)) {
    // Its name, type and country are what every region it serves sees it as.
    await assertServesOnlyScope(ctx, entityId);
  }
  const patch = await checkedPatch(ctx, event.entityType, values);
  const changes = await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(entityId, version, 'entity', event.entityType);
    if (locked.current.status === 'ARCHIVED')
      reject(ctx.lang, [{ field: 'entityId', code: 'restore_archived' }]);
    const done = await w.update(locked, patch, 'REVERT', [
      { field: 'restoredVersionOf', from: null, to: event.at },
      { field: 'restoredEvent', from: null, to: event.id },
    ]);
    if (done.length === 0) reject(ctx.lang, [{ field: 'auditEventId', code: 'restore_nothing' }]);
    return done;
  });
  return { entityType: event.entityType, changes };
}

/** The old values through the rules of an edit of that kind (they may no longer hold). */
async function checkedPatch(
  ctx: Context,
  kind: string,
  values: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const texts = Object.fromEntries(
    Object.entries(values).filter(([f]) => !['type', 'country', 'exploitationForms'].includes(f)),
  );
  if (kind === 'OrgUnit') return validate(unitPatch, texts, ctx.lang);
  const data = validate(organisationPatch, texts, ctx.lang);
  const patch: Record<string, unknown> = { ...data };
  checkCode(ctx.lang, 'type', values.type, ORGANISATION_TYPES, patch);
  checkCode(ctx.lang, 'country', values.country, COUNTRIES, patch);
  if ('exploitationForms' in values) {
    const forms = Array.isArray(values.exploitationForms) ? values.exploitationForms : [];
    patch.exploitationForms = await formsInput(ctx, forms as string[]);
  }
  return patch;
}

function checkCode(
  lang: Language,
  field: string,
  value: unknown,
  codes: readonly string[],
  patch: Record<string, unknown>,
) {
  if (value === undefined) return;
  if (typeof value !== 'string' || !codes.includes(value))
    reject(lang, [{ field, code: 'unknown_code', params: { options: codes.join(', ') } }]);
  patch[field] = value;
}
