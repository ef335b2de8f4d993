/**
 * `/coordinate/agreement/:id?organisation=…` and `/coordinate/new/agreement?from=…`: what one
 * organisation may share with another, on which legal basis, under which conditions.
 */
import { type FormEvent, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import type { MessageKey } from '../../../i18n/nl';
import { type ApiError, asApiError, type StoredState } from '../../../lib/graphql';
import { Link, useNavigate, useSearchParams } from '../../../lib/router';
import { DATA_CATEGORIES } from '../../../lib/schema';
import { probeAccess } from '../api/access';
import {
  type AgreementEdit,
  createAgreement,
  endAgreement,
  fetchAgreement,
  fetchLegalBases,
  type LegalBasisOption,
  updateAgreement,
} from '../api/agreement';
import { fetchUnitContext } from '../api/unit';
import { useEditForm } from '../hooks/use-edit-form';
import { useLoad } from '../hooks/use-load';
import { useVersionBoard, type VersionBoard } from '../hooks/use-version-board';
import { useText } from '../i18n/use-text';
import { fromFlags, toFlags, type Values } from '../utils/conflict';
import {
  AGREEMENT_CHECKS,
  AGREEMENT_FIELDS,
  AGREEMENT_PARTY_CHECKS,
  agreementPatch,
  agreementValues,
  translated,
  trimAll,
} from '../utils/forms';
import { problemMessage, serverProblems } from '../utils/problems';
import { validate } from '../utils/validation';
import { EditSection, FormFailure } from './edit-section';
import { CheckboxGroup, controlId, ErrorSummary, type ShownProblem, TextField } from './form-kit';
import { HistoryTab } from './history-list';
import { useFieldLabel } from './labels';
import { OrganisationPicker } from './organisation-picker';
import {
  EntityTabs,
  LoadFailure,
  NotFoundNotice,
  OutOfScope,
  RequireEditor,
  useTab,
} from './page-parts';

function useAgreementValue(bases: LegalBasisOption[]) {
  const { t, ct } = useText();
  return (field: string, value: unknown): string => {
    if (field === 'dataCategories' && Array.isArray(value))
      return value.map((c) => t(`dataCategory.${c}` as MessageKey)).join(', ');
    if (field === 'mutual') return value ? ct('agreement.mutualYes') : ct('agreement.mutualNo');
    if (bases.some((b) => b.id === field))
      return value ? ct('conflict.included') : ct('conflict.notIncluded');
    return typeof value === 'string' ? value : '';
  };
}

function AgreementFields({
  form,
  values,
  set,
  errorOf,
}: {
  form: string;
  values: Values;
  set: (field: string, value: unknown) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t, ct } = useText();
  const label = useFieldLabel();
  return (
    <div className="form-grid form-grid--one">
      <label className="choice choice--single">
        <input
          id={controlId(form, 'mutual')}
          type="checkbox"
          checked={values.mutual === true}
          onChange={(event) => set('mutual', event.target.checked)}
        />
        <span>{ct('agreement.mutualLabel')}</span>
      </label>
      <CheckboxGroup
        id={controlId(form, 'dataCategories')}
        legend={label('dataCategories')}
        options={DATA_CATEGORIES.map((c) => ({
          value: c,
          label: t(`dataCategory.${c}` as MessageKey),
        }))}
        selected={Array.isArray(values.dataCategories) ? (values.dataCategories as string[]) : []}
        onChange={(list) =>
          set(
            'dataCategories',
            DATA_CATEGORIES.filter((c) => list.includes(c)),
          )
        }
        error={errorOf('dataCategories')}
        columns
      />
      {(['conditionsNl', 'conditionsFr', 'conditionsEn'] as const).map((field) => (
        <TextField
          key={field}
          id={controlId(form, field)}
          label={label(field)}
          value={String(values[field] ?? '')}
          onChange={(value) => set(field, value)}
          error={errorOf(field)}
          optional
          multiline
          lang={field.slice(-2).toLowerCase()}
        />
      ))}
    </div>
  );
}

function LegalBasisChoices({
  id,
  bases,
  selected,
  onChange,
  error,
  hideLegend,
}: {
  id: string;
  bases: LegalBasisOption[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
  hideLegend?: boolean;
}) {
  const { ct } = useText();
  return (
    <CheckboxGroup
      id={id}
      hideLegend={hideLegend}
      stack
      legend={ct('field.legalBasisIds')}
      hint={ct('agreement.legalBasesHint')}
      options={bases.map((b) => ({
        value: b.id,
        label: b.name,
        detail: b.jurisdiction ?? undefined,
      }))}
      selected={selected}
      onChange={onChange}
      error={error}
    />
  );
}

export function AgreementEditPage({ id }: { id: string }) {
  return (
    <RequireEditor>
      <AgreementEditor id={id} />
    </RequireEditor>
  );
}

function AgreementEditor({ id }: { id: string }) {
  const { ct, lang } = useText();
  const tab = useTab();
  const board = useVersionBoard();
  const organisationId = useSearchParams().get('organisation') ?? '';
  const loaded = useLoad(
    () =>
      Promise.all([
        fetchAgreement(id, organisationId, lang),
        probeAccess('agreement', id, lang),
        fetchLegalBases(lang),
      ]),
    [id, organisationId, lang],
  );
  const [found, access, bases] = loaded.data ?? [];
  const agreement = found?.agreement;
  const title = agreement
    ? ct('agreement.title', { from: agreement.from.name, to: agreement.to.name })
    : undefined;
  usePageTitle(title);
  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.loading && !loaded.data) return <Loading />;
  if (!agreement || !access || !bases || access.status === 'notFound')
    return <NotFoundNotice text={ct('agreement.notFound')} />;
  const path = `/coordinate/agreement/${encodeURIComponent(id)}?organisation=${encodeURIComponent(organisationId)}`;
  return (
    <div className="page coordinate-page">
      <header className="page__header">
        <p className="kicker">{ct('agreement.kicker')}</p>
        <h1>{title}</h1>
        <p className="muted">
          {agreement.mutual ? ct('agreement.mutualYes') : ct('agreement.mutualNo')}
          {agreement.crossBorder ? ` · ${ct('agreement.crossBorder')}` : ''}
        </p>
        {agreement.status === 'ARCHIVED' && (
          <p className="notice notice--warning">{ct('agreement.ended')}</p>
        )}
        <p className="page__links">
          <Link to={`/coordinate/organisation/${encodeURIComponent(agreement.from.id)}`}>
            {ct('contact.toOrganisation', { name: agreement.from.name })}
          </Link>
        </p>
      </header>
      <EntityTabs path={path} tab={tab} joiner="&" />
      {tab === 'history' ? (
        <HistoryTab of={{ kind: 'agreement', id, organisationId }} />
      ) : access.status === 'forbidden' ? (
        <OutOfScope readPath={`/organisation/${encodeURIComponent(agreement.from.id)}`} />
      ) : access.status === 'failed' ? (
        <FormFailure error={access.error} />
      ) : (
        <div className="edit-layout">
          <AgreementDetailsForm
            agreement={agreement}
            stored={access.stored}
            bases={bases}
            board={board}
            organisationId={organisationId}
          />
          <div className="stack">
            <LegalBasesForm
              agreement={agreement}
              bases={bases}
              board={board}
              organisationId={organisationId}
            />
            <EndAgreement agreement={agreement} board={board} onChanged={loaded.reload} />
          </div>
        </div>
      )}
    </div>
  );
}

function AgreementDetailsForm({
  agreement,
  stored,
  bases,
  board,
  organisationId,
}: {
  agreement: AgreementEdit;
  stored: StoredState;
  bases: LegalBasisOption[];
  board: VersionBoard;
  organisationId: string;
}) {
  const { ct, lang } = useText();
  const label = useFieldLabel();
  const show = useAgreementValue(bases);
  const form = useEditForm<Values>({
    initial: { values: agreementValues(stored), version: Number(stored.version) },
    fields: AGREEMENT_FIELDS,
    checks: AGREEMENT_CHECKS,
    save: async (values, changed, version) => {
      const saved = await updateAgreement(
        agreement.id,
        board.latest(version),
        agreementPatch(values, changed),
        lang,
      );
      return {
        values: { ...trimAll(values), mutual: saved.mutual, dataCategories: saved.dataCategories },
        version: saved.version,
      };
    },
    theirs: async (error: ApiError) => ({
      values: agreementValues(error.details.current ?? {}),
      version: Number(error.details.current?.version),
    }),
    onSaved: (saved) => board.saw(saved.version),
  });
  return (
    <EditSection
      id="agreement-details"
      title={ct('agreement.details')}
      form={form}
      labelOf={label}
      show={show}
      historyOf={{ kind: 'agreement', id: agreement.id, organisationId }}
    >
      <AgreementFields
        form="agreement-details"
        values={form.values}
        set={(f, v) => form.set(f, v)}
        errorOf={form.errorOf}
      />
    </EditSection>
  );
}

function LegalBasesForm({
  agreement,
  bases,
  board,
  organisationId,
}: {
  agreement: AgreementEdit;
  bases: LegalBasisOption[];
  board: VersionBoard;
  organisationId: string;
}) {
  const { ct, lang } = useText();
  const show = useAgreementValue(bases);
  const form = useEditForm<Values>({
    initial: { values: toFlags(agreement.legalBases.map((b) => b.id)), version: agreement.version },
    fields: (...versions) => [...new Set(versions.flatMap((v) => Object.keys(v)))],
    checks: {},
    save: async (values, _changed, version) => {
      const ids = fromFlags(values);
      const saved = await updateAgreement(
        agreement.id,
        board.latest(version),
        { legalBasisIds: ids },
        lang,
      );
      return { values: toFlags(saved.legalBases.map((b) => b.id)), version: saved.version };
    },
    theirs: async () => {
      const current = await fetchAgreement(agreement.id, organisationId, lang);
      if (!current.agreement) throw new Error('gone');
      return {
        values: toFlags(current.agreement.legalBases.map((b) => b.id)),
        version: current.agreement.version,
      };
    },
    fieldOf: () => 'legalBasisIds',
    onSaved: (saved) => board.saw(saved.version),
  });
  const selected = fromFlags(form.values);
  const empty = selected.length === 0;
  return (
    <EditSection
      id="agreement-bases"
      title={ct('field.legalBasisIds')}
      form={form}
      labelOf={(field) =>
        field === 'legalBasisIds'
          ? ct('field.legalBasisIds')
          : (bases.find((b) => b.id === field)?.name ?? field)
      }
      show={show}
      historyOf={{ kind: 'agreement', id: agreement.id, organisationId }}
    >
      <LegalBasisChoices
        hideLegend
        id={controlId('agreement-bases', 'legalBasisIds')}
        bases={bases}
        selected={selected}
        onChange={(ids) => {
          for (const key of new Set([...Object.keys(form.values), ...ids]))
            form.set(key, ids.includes(key));
        }}
        error={form.errorOf('legalBasisIds') ?? (empty ? ct('agreement.needsBasis') : undefined)}
      />
    </EditSection>
  );
}

function EndAgreement({
  agreement,
  board,
  onChanged,
}: {
  agreement: AgreementEdit;
  board: VersionBoard;
  onChanged: () => void;
}) {
  const { ct, lang } = useText();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  if (agreement.status === 'ARCHIVED') return null;
  const end = async () => {
    setFailure(null);
    try {
      const saved = await endAgreement(agreement.id, board.latest(agreement.version), lang);
      board.saw(saved.version);
      onChanged();
    } catch (error) {
      setFailure(asApiError(error));
    } finally {
      setConfirming(false);
    }
  };
  return (
    <section className="edit-section card" aria-labelledby="agreement-end-title">
      <h2 id="agreement-end-title" className="edit-section__title">
        {ct('agreement.endTitle')}
      </h2>
      <p className="muted small">{ct('agreement.endIntro')}</p>
      {failure && <FormFailure error={failure} />}
      {confirming ? (
        <p className="form-actions">
          <button type="button" className="button button--danger" onClick={end}>
            {ct('agreement.end')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(false)}
          >
            {ct('form.cancel')}
          </button>
        </p>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setConfirming(true)}
        >
          {ct('agreement.end')}
        </button>
      )}
    </section>
  );
}

export function AgreementNewPage() {
  return (
    <RequireEditor>
      <NewAgreement />
    </RequireEditor>
  );
}

function NewAgreement() {
  const { ct, lang } = useText();
  const fromId = useSearchParams().get('from') ?? '';
  usePageTitle(ct('agreement.newTitle'));
  const loaded = useLoad(
    () => Promise.all([fetchUnitContext(fromId, lang), fetchLegalBases(lang)]),
    [fromId, lang],
  );
  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const [context, bases] = loaded.data;
  if (!context.organisation) return <NotFoundNotice text={ct('org.notFound')} />;
  return <NewAgreementForm from={context.organisation} bases={bases} />;
}

function NewAgreementForm({
  from,
  bases,
}: {
  from: { id: string; name: string };
  bases: LegalBasisOption[];
}) {
  const { ct, lang } = useText();
  const navigate = useNavigate();
  const label = useFieldLabel();
  const [to, setTo] = useState<{ id: string; name: string } | null>(null);
  const [values, setValues] = useState<Values>({
    mutual: false,
    dataCategories: [],
    conditionsNl: '',
    conditionsFr: '',
    conditionsEn: '',
  });
  const [legalBasisIds, setBases] = useState<string[]>([]);
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const labelOf = (field: string) => (field === 'toId' ? ct('agreement.to') : label(field));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validate(
      {
        ...AGREEMENT_CHECKS,
        ...AGREEMENT_PARTY_CHECKS,
      },
      { ...values, toId: to?.id ?? '', legalBasisIds },
    );
    if (to?.id === from.id) found.push({ field: 'toId', code: 'self_reference' });
    setProblems(found.map((p) => ({ field: p.field, message: problemMessage({ ct }, p) })));
    if (found.length) return;
    setPending(true);
    try {
      await createAgreement(
        {
          fromId: from.id,
          toId: to?.id,
          mutual: values.mutual === true,
          dataCategories: values.dataCategories,
          legalBasisIds,
          conditions: translated(
            values,
            'conditions',
            ['conditionsNl', 'conditionsFr', 'conditionsEn'].filter((f) =>
              String(values[f] ?? '').trim(),
            ),
          ),
        },
        lang,
      );
      navigate(`/coordinate/organisation/${encodeURIComponent(from.id)}`);
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
        <p className="kicker">{ct('agreement.kicker')}</p>
        <h1>{ct('agreement.newTitle')}</h1>
        <p className="lead">{ct('agreement.newIntro', { name: from.name })}</p>
      </header>
      <form id="new-agreement" className="card stack" onSubmit={submit} noValidate>
        <ErrorSummary
          problems={problems.map((p) => ({ ...p, message: `${labelOf(p.field)}: ${p.message}` }))}
          idOf={(field) => controlId('new-agreement', field)}
        />
        {failure && <FormFailure error={failure} />}
        <div id={controlId('new-agreement', 'toId')} tabIndex={-1}>
          {to ? (
            <p className="picked__item">
              <span>{ct('agreement.toChosen', { name: to.name })}</span>
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => setTo(null)}
              >
                {ct('form.change')}
              </button>
            </p>
          ) : (
            <OrganisationPicker
              label={ct('agreement.to')}
              exclude={[from.id]}
              onPick={(place) => setTo({ id: place.id, name: place.name })}
            />
          )}
          {errorOf('toId') && <p className="form-field__error">{errorOf('toId')}</p>}
        </div>
        <AgreementFields
          form="new-agreement"
          values={values}
          set={(f, v) => setValues((c) => ({ ...c, [f]: v }))}
          errorOf={errorOf}
        />
        <LegalBasisChoices
          id={controlId('new-agreement', 'legalBasisIds')}
          bases={bases}
          selected={legalBasisIds}
          onChange={setBases}
          error={errorOf('legalBasisIds')}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? ct('form.saving') : ct('agreement.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
