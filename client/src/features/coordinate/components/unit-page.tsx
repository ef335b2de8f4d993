/** `/coordinate/unit/:id` and `/coordinate/new/unit`: a department of an organisation. */
import { type FormEvent, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import { type ApiError, asApiError, type StoredState } from '../../../lib/graphql';
import { Link, useNavigate, useSearchParams } from '../../../lib/router';
import { probeAccess } from '../api/access';
import { createUnit, fetchUnitContext, updateUnit } from '../api/unit';
import { useEditForm } from '../hooks/use-edit-form';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import type { Values } from '../utils/conflict';
import {
  newUnitArguments,
  UNIT_CHECKS,
  UNIT_FIELDS,
  unitArguments,
  unitValues,
} from '../utils/forms';
import { problemMessage, serverProblems } from '../utils/problems';
import { validate } from '../utils/validation';
import { EditSection, FormFailure } from './edit-section';
import { controlId, ErrorSummary, type ShownProblem, TextField } from './form-kit';
import { HistoryTab } from './history-list';
import { useFieldLabel } from './labels';
import {
  EntityTabs,
  LoadFailure,
  NotFoundNotice,
  OutOfScope,
  RequireEditor,
  useTab,
} from './page-parts';

function UnitFields({
  form,
  values,
  set,
  errorOf,
}: {
  form: string;
  values: Values;
  set: (field: string, value: string) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const label = useFieldLabel();
  return (
    <div className="form-grid form-grid--one">
      {UNIT_FIELDS.map((field) => (
        <TextField
          key={field}
          id={controlId(form, field)}
          label={label(field)}
          value={String(values[field] ?? '')}
          onChange={(value) => set(field, value)}
          error={errorOf(field)}
          optional={field !== 'nameNl'}
          multiline={field.startsWith('description')}
          lang={field.slice(-2).toLowerCase()}
        />
      ))}
    </div>
  );
}

export function UnitEditPage({ id }: { id: string }) {
  return (
    <RequireEditor>
      <UnitEditor id={id} />
    </RequireEditor>
  );
}

function UnitEditor({ id }: { id: string }) {
  const { ct, lang } = useText();
  const tab = useTab();
  const organisationId = useSearchParams().get('organisation') ?? '';
  const loaded = useLoad(
    () => Promise.all([probeAccess('unit', id, lang), fetchUnitContext(organisationId, lang)]),
    [id, organisationId, lang],
  );
  const [access, context] = loaded.data ?? [];
  const name =
    context?.organisation?.units.find((u) => u.id === id)?.name ??
    (access?.status === 'editable' ? String(access.stored.nameNl ?? '') : '');
  usePageTitle(name ? ct('unit.editTitle', { name }) : undefined);
  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.loading && !loaded.data) return <Loading />;
  if (!access || access.status === 'notFound') return <NotFoundNotice text={ct('unit.notFound')} />;
  const organisation = context?.organisation;
  const path = `/coordinate/unit/${encodeURIComponent(id)}?organisation=${encodeURIComponent(organisationId)}`;
  return (
    <div className="page page--narrow coordinate-page">
      <header className="page__header">
        <p className="kicker">{ct('unit.kicker')}</p>
        <h1>{name || id}</h1>
        {organisation && (
          <p className="page__links">
            <Link to={`/coordinate/organisation/${encodeURIComponent(organisation.id)}`}>
              {ct('contact.toOrganisation', { name: organisation.name })}
            </Link>
          </p>
        )}
      </header>
      {organisation && <EntityTabs path={path} tab={tab} joiner="&" />}
      {tab === 'history' && organisation ? (
        <HistoryTab of={{ kind: 'unit', id, organisationId: organisation.id }} />
      ) : access.status === 'forbidden' ? (
        <OutOfScope
          readPath={
            organisation ? `/organisation/${encodeURIComponent(organisation.id)}#${id}` : '/'
          }
        />
      ) : access.status === 'failed' ? (
        <FormFailure error={access.error} />
      ) : (
        <UnitForm id={id} stored={access.stored} organisationId={organisationId} />
      )}
    </div>
  );
}

function UnitForm({
  id,
  stored,
  organisationId,
}: {
  id: string;
  stored: StoredState;
  organisationId: string;
}) {
  const { ct, lang } = useText();
  const label = useFieldLabel();
  const form = useEditForm<Values>({
    initial: { values: unitValues(stored), version: Number(stored.version) },
    fields: UNIT_FIELDS,
    checks: UNIT_CHECKS,
    save: async (values, changed, version) => {
      await updateUnit(id, version, unitArguments(values, changed), lang);
      // The API does not return a unit's version: read it (and the stored texts) back.
      const after = await probeAccess('unit', id, lang);
      if (after.status !== 'editable') throw new Error('unit not readable after saving');
      return { values: unitValues(after.stored), version: Number(after.stored.version) };
    },
    theirs: async (error: ApiError) => ({
      values: unitValues(error.details.current ?? {}),
      version: Number(error.details.current?.version),
    }),
  });
  return (
    <EditSection
      id="unit-details"
      title={ct('unit.details')}
      form={form}
      labelOf={label}
      show={(_field, value) => String(value ?? '')}
      historyOf={organisationId ? { kind: 'unit', id, organisationId } : undefined}
    >
      <UnitFields
        form="unit-details"
        values={form.values}
        set={(f, v) => form.set(f, v)}
        errorOf={form.errorOf}
      />
    </EditSection>
  );
}

export function UnitNewPage() {
  return (
    <RequireEditor>
      <NewUnit />
    </RequireEditor>
  );
}

function NewUnit() {
  const { ct, lang } = useText();
  const navigate = useNavigate();
  const label = useFieldLabel();
  const organisationId = useSearchParams().get('organisation') ?? '';
  usePageTitle(ct('unit.newTitle'));
  const context = useLoad(() => fetchUnitContext(organisationId, lang), [organisationId, lang]);
  const [values, setValues] = useState<Values>(Object.fromEntries(UNIT_FIELDS.map((f) => [f, ''])));
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  if (context.error) return <LoadFailure error={context.error} onRetry={context.reload} />;
  if (!context.data) return <Loading />;
  const organisation = context.data.organisation;
  if (!organisation) return <NotFoundNotice text={ct('org.notFound')} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validate(UNIT_CHECKS, values);
    setProblems(found.map((p) => ({ field: p.field, message: problemMessage({ ct }, p) })));
    if (found.length) return;
    setPending(true);
    try {
      const created = await createUnit(organisation.id, newUnitArguments(values), lang);
      navigate(
        `/coordinate/unit/${encodeURIComponent(created.id)}?organisation=${encodeURIComponent(organisation.id)}`,
      );
    } catch (thrown) {
      const error = asApiError(thrown);
      const onFields = serverProblems(error, ct('problem.duplicate'));
      if (onFields) setProblems(onFields);
      else setFailure(error);
      setPending(false);
    }
  };

  return (
    <div className="page page--narrow coordinate-page">
      <header className="page__header">
        <p className="kicker">{organisation.name}</p>
        <h1>{ct('unit.newTitle')}</h1>
      </header>
      <form id="new-unit" className="card stack" onSubmit={submit} noValidate>
        <ErrorSummary
          problems={problems.map((p) => ({ ...p, message: `${label(p.field)}: ${p.message}` }))}
          idOf={(field) => controlId('new-unit', field)}
        />
        {failure && <FormFailure error={failure} />}
        <UnitFields
          form="new-unit"
          values={values}
          set={(f, v) => setValues((current) => ({ ...current, [f]: v }))}
          errorOf={(f) => problems.find((p) => p.field === f)?.message}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? ct('form.saving') : ct('unit.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
