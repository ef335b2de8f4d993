/** The parts of a contact a coordinator changes: details, what it is the one to call for, its tie. */
import { type FormEvent, useState } from 'react';
import type { MessageKey } from '../../../i18n/nl';
import { type ApiError, asApiError, type StoredState } from '../../../lib/graphql';
import type { Priority } from '../../../lib/schema';
import { formatPhone } from '../../../utils/phone';
import {
  addPersonTie,
  type ContactEdit,
  confirmContact,
  endPersonTie,
  fetchContact,
  setContactStatus,
  setResponsibilities,
  updateContact,
} from '../api/contact';
import { useEditForm } from '../hooks/use-edit-form';
import type { VersionBoard } from '../hooks/use-version-board';
import { useText } from '../i18n/use-text';
import type { Values } from '../utils/conflict';
import {
  CONTACT_POINT_CHECKS,
  CONTACT_POINT_FIELDS,
  contactPointPatch,
  contactValues,
  normaliseReach,
  PERSON_CHECKS,
  PERSON_FIELDS,
  personPatch,
  TIE_END_CHECKS,
  TIE_MOVE_CHECKS,
  trimAll,
} from '../utils/forms';
import { problemMessage } from '../utils/problems';
import { validate } from '../utils/validation';
import { ArchiveSection } from './archive-section';
import { ContactFields } from './contact-fields';
import { EditSection, FormFailure } from './edit-section';
import { controlId, ErrorSummary, FormStatus, TextField } from './form-kit';
import { useFieldLabel } from './labels';
import { OrganisationPicker } from './organisation-picker';
import {
  ResponsibilityRows,
  responsibilityList,
  responsibilityValues,
} from './responsibility-rows';

/** Shows a stored value of a contact in the conflict view. */
export function useContactValue() {
  const { t, ct } = useText();
  return (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '';
    if (field === 'kind') return t(`contactKind.${String(value)}` as MessageKey);
    if (field === 'languages' && Array.isArray(value))
      return value.map((code) => t(`langName.${code}` as MessageKey)).join(', ');
    if (value === 'PRIMARY' || value === 'BACKUP') return t(`priority.${value}`);
    if (typeof value === 'boolean')
      return value ? ct('conflict.included') : ct('conflict.notIncluded');
    return String(value);
  };
}

export function ContactDetailsForm({
  contact,
  stored,
  board,
}: {
  contact: ContactEdit;
  stored: StoredState;
  board: VersionBoard;
}) {
  const { ct, lang } = useText();
  const label = useFieldLabel();
  const show = useContactValue();
  const person = contact.__typename === 'Person';
  const fields = person ? PERSON_FIELDS : CONTACT_POINT_FIELDS;
  const form = useEditForm<Values>({
    initial: { values: contactValues(stored, fields), version: Number(stored.version) },
    fields,
    checks: person ? PERSON_CHECKS : CONTACT_POINT_CHECKS,
    save: async (values, changed, version) => {
      const patch = person ? personPatch(values, changed) : contactPointPatch(values, changed);
      const saved = await updateContact(
        contact.__typename,
        contact.id,
        board.latest(version),
        patch,
        lang,
      );
      return {
        values: {
          ...normaliseReach(trimAll(values)),
          email: saved.email ?? '',
          phone: formatPhone(saved.phone ?? ''),
          languages: saved.languages,
        },
        version: saved.version,
      };
    },
    theirs: async (error: ApiError) => ({
      values: contactValues(error.details.current ?? {}, fields),
      version: Number(error.details.current?.version),
    }),
    onSaved: (saved) => board.saw(saved.version),
  });
  return (
    <EditSection
      id="contact-details"
      title={person ? ct('contact.personDetails') : ct('contact.pointDetails')}
      form={form}
      labelOf={label}
      show={show}
      historyOf={{ kind: 'contact', id: contact.id }}
    >
      <ContactFields
        form="contact-details"
        person={person}
        values={form.values}
        set={(field, value) => form.set(field, value)}
        errorOf={form.errorOf}
      />
    </EditSection>
  );
}

export function ResponsibilitiesForm({
  contact,
  barriers,
  board,
}: {
  contact: ContactEdit;
  barriers: { code: string; name: string }[];
  board: VersionBoard;
}) {
  const { t, ct, lang } = useText();
  const show = useContactValue();
  const form = useEditForm<Values>({
    initial: { values: responsibilityValues(contact.responsibilities), version: contact.version },
    fields: (...versions) => [...new Set(versions.flatMap((v) => Object.keys(v)))],
    checks: {},
    save: async (values, _changed, version) => {
      const list = responsibilityList(values, barriers);
      const saved = await setResponsibilities(contact.id, board.latest(version), list, lang);
      return {
        values: Object.fromEntries(list.map((r) => [`${r.barrier}:${r.role}`, r.priority])),
        version: saved.version,
      };
    },
    theirs: async () => {
      const current = await fetchContact(contact.id, lang);
      if (!current) throw new Error('gone');
      return { values: responsibilityValues(current.responsibilities), version: current.version };
    },
    fieldOf: () => 'responsibilities',
    onSaved: (saved) => board.saw(saved.version),
  });
  const labelOf = (field: string) => {
    if (field === 'responsibilities') return ct('field.responsibilities');
    const [barrier, role] = field.split(':');
    const name = barriers.find((b) => b.code === barrier)?.name ?? barrier;
    return `${name} — ${t(`role.${role}` as MessageKey)}`;
  };
  return (
    <EditSection
      id="contact-responsibilities"
      title={ct('contact.responsibilities')}
      intro={ct('contact.responsibilitiesIntro')}
      form={form}
      labelOf={labelOf}
      show={show}
      historyOf={{ kind: 'contact', id: contact.id }}
    >
      <ResponsibilityRows
        id={controlId('contact-responsibilities', 'responsibilities')}
        barriers={barriers}
        values={form.values}
        set={(key, priority: Priority | null) => form.set(key, priority)}
        error={form.errorOf('responsibilities')}
      />
    </EditSection>
  );
}

/** One click: the contact is still correct today. */
export function VerifySection({
  contact,
  board,
  onChanged,
}: {
  contact: ContactEdit;
  board: VersionBoard;
  onChanged: () => void;
}) {
  const { t, ct, lang, formatDate } = useText();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const verified = done ?? contact.lastVerifiedAt;
  const confirm = async () => {
    setPending(true);
    setFailure(null);
    try {
      const saved = await confirmContact(contact.id, board.latest(contact.version), lang);
      board.saw(saved.version);
      setDone(saved.lastVerifiedAt);
    } catch (error) {
      const problem = asApiError(error);
      setFailure(problem);
      if (problem.code === 'CONFLICT') onChanged();
    } finally {
      setPending(false);
    }
  };
  return (
    <section className="edit-section card" aria-labelledby="contact-verify-title">
      <h2 id="contact-verify-title" className="edit-section__title">
        {ct('verify.title')}
      </h2>
      <p>
        {verified
          ? t('contact.verified', { date: formatDate(verified) })
          : t('contact.neverVerified')}
        {contact.stale && !done && (
          <span className="badge badge--warning"> {t('contact.stale')}</span>
        )}
      </p>
      {failure && <FormFailure error={failure} />}
      <button
        type="button"
        className="button button--secondary"
        onClick={confirm}
        disabled={pending}
      >
        {ct('verify.stillCorrect')}
      </button>
      <FormStatus text={done ? ct('verify.done') : null} />
    </section>
  );
}

/** A person's tie to their workplace: end it when they leave, add one when they move. */
export function TieSection({
  contact,
  board,
  onChanged,
}: {
  contact: ContactEdit;
  board: VersionBoard;
  onChanged: () => void;
}) {
  const { ct, lang, formatDate } = useText();
  const label = useFieldLabel();
  const [end, setEnd] = useState('');
  const [workplace, setWorkplace] = useState<{ id: string; name: string } | null>(null);
  const [tieFunction, setTieFunction] = useState('');
  const [from, setFrom] = useState('');
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const since = (contact.__typename === 'Person' ? contact.since : null) ?? '';

  const run = async (
    fields: Record<string, unknown>,
    checks: Parameters<typeof validate>[0],
    action: () => Promise<{ version: number }>,
    done: string,
  ) => {
    setFailure(null);
    setStatus(null);
    const found = validate(checks, fields);
    setProblems(found.map((p) => ({ field: p.field, message: problemMessage({ ct }, p) })));
    if (found.length) return;
    setPending(true);
    try {
      const saved = await action();
      board.saw(saved.version);
      setStatus(done);
      onChanged();
    } catch (error) {
      const problem = asApiError(error);
      if (problem.code === 'BAD_USER_INPUT' && problem.details.fieldErrors?.length)
        setProblems(
          problem.details.fieldErrors.map((p) => ({
            field: p.field === 'to' ? 'end' : p.field,
            message: p.message,
          })),
        );
      else setFailure(problem);
    } finally {
      setPending(false);
    }
  };

  const endTie = (event: FormEvent) => {
    event.preventDefault();
    void run(
      { end, since },
      TIE_END_CHECKS,
      () => endPersonTie(contact.id, board.latest(contact.version), end, lang),
      ct('tie.ended'),
    );
  };
  const addTie = (event: FormEvent) => {
    event.preventDefault();
    void run(
      { workplaceId: workplace?.id ?? '', from, function: tieFunction },
      TIE_MOVE_CHECKS,
      () =>
        addPersonTie(
          contact.id,
          board.latest(contact.version),
          { workplaceId: workplace?.id ?? '', from, function: tieFunction.trim() || undefined },
          lang,
        ),
      ct('tie.added'),
    );
  };

  return (
    <section className="edit-section card" aria-labelledby="contact-tie-title">
      <h2 id="contact-tie-title" className="edit-section__title">
        {ct('tie.title')}
      </h2>
      <p>
        {contact.organisation ? (
          <>
            {ct('tie.worksAt', {
              place: contact.unit
                ? `${contact.unit.name}, ${contact.organisation.name}`
                : contact.organisation.name,
            })}
            {contact.__typename === 'Person' && contact.function ? ` · ${contact.function}` : ''}
            {since ? ` · ${ct('tie.since', { date: formatDate(since) })}` : ''}
          </>
        ) : (
          ct('tie.none')
        )}
      </p>
      <ErrorSummary
        problems={problems.map((p) => ({ ...p, message: `${label(p.field)}: ${p.message}` }))}
        idOf={(f) => controlId('tie', f)}
      />
      {failure && <FormFailure error={failure} />}
      {contact.organisation && (
        <form className="tie-form" onSubmit={endTie} noValidate>
          <TextField
            id={controlId('tie', 'end')}
            label={label('end')}
            type="date"
            value={end}
            onChange={setEnd}
            error={errorOf('end')}
            hint={ct('tie.endHint')}
          />
          <button type="submit" className="button button--secondary" disabled={pending}>
            {ct('tie.end')}
          </button>
        </form>
      )}
      <form className="tie-form" onSubmit={addTie} noValidate>
        <h3 className="subheading">{ct('tie.addTitle')}</h3>
        <div id={controlId('tie', 'workplaceId')} tabIndex={-1}>
          {workplace ? (
            <p className="picked__item">
              <span>{ct('tie.newWorkplace', { name: workplace.name })}</span>
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => setWorkplace(null)}
              >
                {ct('form.change')}
              </button>
            </p>
          ) : (
            <OrganisationPicker
              label={label('workplaceId')}
              withUnits
              onPick={(place) => setWorkplace({ id: place.id, name: place.name })}
            />
          )}
          {errorOf('workplaceId') && <p className="form-field__error">{errorOf('workplaceId')}</p>}
        </div>
        <TextField
          id={controlId('tie', 'function')}
          label={label('function')}
          value={tieFunction}
          onChange={setTieFunction}
          optional
          error={errorOf('function')}
        />
        <TextField
          id={controlId('tie', 'from')}
          label={label('from')}
          type="date"
          value={from}
          onChange={setFrom}
          error={errorOf('from')}
        />
        <button type="submit" className="button button--secondary" disabled={pending}>
          {ct('tie.add')}
        </button>
      </form>
      <FormStatus text={status} />
    </section>
  );
}

/** Archive (kept in history, gone from who-to-call) or restore. */
export function ContactStatusSection({
  contact,
  board,
  onChanged,
}: {
  contact: ContactEdit;
  board: VersionBoard;
  onChanged: () => void;
}) {
  const { lang } = useText();
  return (
    <ArchiveSection
      titleId="contact-status-title"
      texts={{
        title: 'contact.status',
        isArchived: 'contact.isArchived',
        isActive: 'contact.isActive',
        confirm: 'contact.confirmArchive',
        archive: 'contact.archive',
        restore: 'contact.restore',
      }}
      record={contact}
      board={board}
      save={(status, version) => setContactStatus(status, contact.id, version, lang)}
      onChanged={onChanged}
    />
  );
}
