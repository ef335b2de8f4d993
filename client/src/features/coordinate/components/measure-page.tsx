/** `/coordinate/measure/:id`: a measure's texts, the barriers it raises and its legal bases. */
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import type { ApiError, StoredState } from '../../../lib/graphql';
import { Link } from '../../../lib/router';
import { probeAccess } from '../api/access';
import { fetchLegalBases, type LegalBasisOption } from '../api/agreement';
import { fetchMeasure, type MeasureEdit, updateMeasure } from '../api/measure';
import { useEditForm } from '../hooks/use-edit-form';
import { useLoad } from '../hooks/use-load';
import { useVersionBoard, type VersionBoard } from '../hooks/use-version-board';
import { useText } from '../i18n/use-text';
import { fromFlags, toFlags, type Values } from '../utils/conflict';
import {
  MEASURE_CHECKS,
  MEASURE_FIELDS,
  measurePatch,
  measureValues,
  trimAll,
} from '../utils/forms';
import { EditSection, FormFailure } from './edit-section';
import { CheckboxGroup, controlId, TextField } from './form-kit';
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

export function MeasureEditPage({ id }: { id: string }) {
  return (
    <RequireEditor>
      <MeasureEditor id={id} />
    </RequireEditor>
  );
}

function MeasureEditor({ id }: { id: string }) {
  const { ct, lang } = useText();
  const tab = useTab();
  const board = useVersionBoard();
  const loaded = useLoad(
    () =>
      Promise.all([
        fetchMeasure(id, lang),
        probeAccess('measure', id, lang),
        fetchLegalBases(lang),
      ]),
    [id, lang],
  );
  const [data, access, bases] = loaded.data ?? [];
  const measure = data?.measure;
  usePageTitle(measure ? ct('measure.editTitle', { name: measure.name }) : undefined);
  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.loading && !loaded.data) return <Loading />;
  if (!data || !measure || !access || !bases || access.status === 'notFound')
    return <NotFoundNotice text={ct('measure.notFound')} />;
  return (
    <div className="page coordinate-page">
      <header className="page__header">
        <p className="kicker">{ct('measure.kicker')}</p>
        <h1>{measure.name}</h1>
        <p className="muted small">
          <code>{measure.code}</code>
        </p>
        {measure.organisations.length > 0 && (
          <p className="muted">
            {ct('measure.appliedBy', {
              names: measure.organisations.map((o) => o.name).join(', '),
            })}
          </p>
        )}
        <p className="page__links">
          {measure.barriers[0] && (
            <Link
              to={`/barrier/${encodeURIComponent(measure.barriers[0].code)}#${encodeURIComponent(id)}`}
            >
              {ct('measure.viewPage')}
            </Link>
          )}
          <Link to="/coordinate">{ct('access.toDashboard')}</Link>
        </p>
      </header>
      <EntityTabs path={`/coordinate/measure/${encodeURIComponent(id)}`} tab={tab} />
      {tab === 'history' ? (
        <HistoryTab of={{ kind: 'measure', id }} />
      ) : access.status === 'failed' ? (
        <FormFailure error={access.error} />
      ) : access.status === 'forbidden' ? (
        <OutOfScope readPath={`/barrier/${encodeURIComponent(measure.barriers[0]?.code ?? '')}`} />
      ) : (
        <div className="edit-layout">
          <MeasureTexts id={id} stored={access.stored} board={board} />
          <div className="stack">
            {(['barriers', 'legalBasisIds'] as const).map((kind) => (
              <MeasureLinks
                key={kind}
                id={id}
                kind={kind}
                data={data}
                bases={bases}
                version={Number(access.stored.version)}
                board={board}
              />
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

function MeasureTexts({
  id,
  stored,
  board,
}: {
  id: string;
  stored: StoredState;
  board: VersionBoard;
}) {
  const { ct, lang } = useText();
  const label = useFieldLabel();
  const form = useEditForm<Values>({
    initial: { values: measureValues(stored), version: Number(stored.version) },
    fields: MEASURE_FIELDS,
    checks: MEASURE_CHECKS,
    save: async (values, changed, version) => {
      await updateMeasure(id, board.latest(version), measurePatch(values, changed), lang);
      // The API does not return a measure's version: read it back.
      const after = await probeAccess('measure', id, lang);
      if (after.status !== 'editable') return { values: trimAll(values), version: version + 1 };
      return { values: measureValues(after.stored), version: Number(after.stored.version) };
    },
    theirs: async (error: ApiError) => ({
      values: measureValues(error.details.current ?? {}),
      version: Number(error.details.current?.version),
    }),
    onSaved: (saved) => board.saw(saved.version),
  });
  return (
    <EditSection
      id="measure-texts"
      title={ct('measure.texts')}
      form={form}
      labelOf={label}
      show={(_f, v) => String(v ?? '')}
      historyOf={{ kind: 'measure', id }}
    >
      <div className="form-grid form-grid--one">
        {MEASURE_FIELDS.map((field) => (
          <TextField
            key={field}
            id={controlId('measure-texts', field)}
            label={label(field)}
            value={String(form.values[field] ?? '')}
            onChange={(value) => form.set(field, value)}
            error={form.errorOf(field)}
            optional={field !== 'nameNl'}
            multiline={field.startsWith('description')}
            lang={field.slice(-2).toLowerCase()}
          />
        ))}
      </div>
    </EditSection>
  );
}

function MeasureLinks({
  id,
  kind,
  data,
  bases,
  version,
  board,
}: {
  id: string;
  kind: 'barriers' | 'legalBasisIds';
  data: MeasureEdit;
  bases: LegalBasisOption[];
  version: number;
  board: VersionBoard;
}) {
  const { ct, lang } = useText();
  const measure = data.measure as NonNullable<MeasureEdit['measure']>;
  const options =
    kind === 'barriers'
      ? data.barriers.map((b) => ({ value: b.code, label: b.name }))
      : bases.map((b) => ({ value: b.id, label: b.name, detail: b.jurisdiction ?? undefined }));
  const initial =
    kind === 'barriers' ? measure.barriers.map((b) => b.code) : measure.legalBases.map((b) => b.id);
  const formId = `measure-${kind}`;
  const form = useEditForm<Values>({
    initial: { values: toFlags(initial), version },
    fields: options.map((o) => o.value),
    checks: {},
    save: async (values, _changed, base) => {
      const ids = fromFlags(values);
      const saved = await updateMeasure(id, board.latest(base), { [kind]: ids }, lang);
      const after = await probeAccess('measure', id, lang);
      const now =
        kind === 'barriers' ? saved.barriers.map((b) => b.code) : saved.legalBases.map((b) => b.id);
      return {
        values: toFlags(now),
        version: after.status === 'editable' ? Number(after.stored.version) : base + 1,
      };
    },
    theirs: async (error: ApiError) => {
      const current = await fetchMeasure(id, lang);
      const now = current.measure;
      return {
        values: toFlags(
          kind === 'barriers'
            ? (now?.barriers.map((b) => b.code) ?? [])
            : (now?.legalBases.map((b) => b.id) ?? []),
        ),
        version: Number(error.details.current?.version),
      };
    },
    fieldOf: () => 'ids',
    onSaved: (saved) => board.saw(saved.version),
  });
  const selected = fromFlags(form.values);
  return (
    <EditSection
      id={formId}
      title={kind === 'barriers' ? ct('measure.barriers') : ct('field.legalBasisIds')}
      form={form}
      labelOf={(field) => options.find((o) => o.value === field)?.label ?? field}
      show={(_f, v) => (v ? ct('conflict.included') : ct('conflict.notIncluded'))}
      historyOf={{ kind: 'measure', id }}
    >
      <CheckboxGroup
        id={controlId(formId, 'ids')}
        hideLegend={kind === 'legalBasisIds'}
        stack={kind === 'legalBasisIds'}
        legend={kind === 'barriers' ? ct('measure.barriersLegend') : ct('field.legalBasisIds')}
        options={options}
        selected={selected}
        onChange={(ids) => {
          for (const key of options.map((o) => o.value)) form.set(key, ids.includes(key));
        }}
        error={form.errorOf('ids')}
      />
    </EditSection>
  );
}
