/**
 * What choosing a form of exploitation does to a who-to-call answer. A partner (or contact) that
 * records forms handles only those; one that records none handles every form. Within each scope
 * the partners that handle the form come first; those that record only other forms are left out.
 * Contacts in a card follow the same rule. Pure: the answer rows in, the new rows and what changed
 * out, so the page can say it in one sentence.
 */
import type { WhoToCallRow } from './routing.repository';

export interface FormEffect {
  formCode: string;
  /** Partners in the answer that record the form: shown first in their scope. */
  shownFirst: WhoToCallRow[];
  /** Partners that record only other forms: not in the answer. */
  leftOut: WhoToCallRow[];
  /** Contacts of the partners shown that record only other forms: not in their cards. */
  contactsLeftOut: number;
}

const handles = (forms: readonly string[] | null | undefined, code: string) =>
  (forms ?? []).includes(code);
const onlyOthers = (forms: readonly string[] | null | undefined, code: string) =>
  (forms ?? []).length > 0 && !handles(forms, code);

/**
 * Re-ranks and filters `rows` (in the query's order: nearest scope first) for `formCode`, keeping
 * at most `limit` partners. Without a form, the rows come back unchanged and the effect is null.
 */
export function applyFormEffect(
  rows: WhoToCallRow[],
  formCode: string | null,
  limit: number,
): { rows: WhoToCallRow[]; effect: FormEffect | null } {
  if (!formCode) return { rows: rows.slice(0, limit), effect: null };
  const leftOut = rows.filter((r) => onlyOthers(r.organisation.exploitationForms, formCode));
  const kept = rows.filter((r) => !onlyOthers(r.organisation.exploitationForms, formCode));
  // Scopes in the order they come; within a scope, those handling the form first (stable).
  const scopes = [...new Set(kept.map((r) => r.scope))];
  const ranked = scopes.flatMap((scope) => {
    const inScope = kept.filter((r) => r.scope === scope);
    return [
      ...inScope.filter((r) => handles(r.organisation.exploitationForms, formCode)),
      ...inScope.filter((r) => !handles(r.organisation.exploitationForms, formCode)),
    ];
  });
  let contactsLeftOut = 0;
  const shown = ranked.slice(0, limit).map((row) => {
    const contacts = row.contacts.filter((c) => !onlyOthers(c.forms, formCode));
    contactsLeftOut += row.contacts.length - contacts.length;
    return {
      ...row,
      contacts: [
        ...contacts.filter((c) => handles(c.forms, formCode)),
        ...contacts.filter((c) => !handles(c.forms, formCode)),
      ],
    };
  });
  return {
    rows: shown,
    effect: {
      formCode,
      shownFirst: shown.filter((r) => handles(r.organisation.exploitationForms, formCode)),
      leftOut,
      contactsLeftOut,
    },
  };
}
