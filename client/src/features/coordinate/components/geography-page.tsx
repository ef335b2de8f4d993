/**
 * `/coordinate/geography` and `/coordinate/geography/:id` (administrators): the geography every
 * "in this place" answer rests on. Find a region by its type, country and a few letters of its
 * name or code; on its page, correct its names or code, or record a municipal merger (it goes up
 * in another region of its kind from a date: coverage and scopes move, the region itself stays
 * in the history, replaced by its successor).
 */
import { type FormEvent, useMemo, useState } from 'react';
import { REGION_TYPES } from '../../../../../shared/codes';
import { regionSince } from '../../../../../shared/rules/region';
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import { type ApiError, asApiError, type StoredState } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { Link, useNavigate, useSearchParams } from '../../../lib/router';
import { probeAccess } from '../api/access';
import {
  createRegion,
  fetchRegion,
  fetchRegions,
  mergeInto,
  type RegionListItem,
  type RegionPageData,
  updateRegion,
} from '../api/region';
import { useEditForm } from '../hooks/use-edit-form';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import type { Values } from '../utils/conflict';
import {
  NEW_REGION_CHECKS,
  newRegionArguments,
  REGION_CHECKS,
  REGION_FIELDS,
  regionArguments,
  regionValues,
} from '../utils/forms';
import { problemMessage, serverProblems } from '../utils/problems';
import { validate } from '../utils/validation';
import { EditSection, FormFailure } from './edit-section';
import { controlId, ErrorSummary, SelectField, type ShownProblem, TextField } from './form-kit';
import { useFieldLabel } from './labels';
import { LoadFailure, NotFoundNotice, RequireEditor } from './page-parts';
import { SuccessBanner } from './success-banner';

/** The most regions the list shows at once; a few more letters narrow it. */
const SHOWN = 40;

/** A day (YYYY-MM-DD) in the reader's language: "1 januari 2025". */
function useDay() {
  const { locale } = useText();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    return (iso: string) => {
      const date = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [locale]);
}

/** Lower case without accents, for matching what someone types. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function GeographyPage() {
  return (
    <RequireEditor adminOnly>
      <RegionFinder />
    </RequireEditor>
  );
}

function RegionFinder() {
  const { ct, ctn, lang } = useText();
  const day = useDay();
  const { t } = useI18n();
  const [type, setType] = useState<(typeof REGION_TYPES)[number]>('MUNICIPALITY');
  const [country, setCountry] = useState<'BE' | 'NL'>('BE');
  const [text, setText] = useState('');
  usePageTitle(ct('geo.title'));
  const loaded = useLoad(() => fetchRegions(type, country, lang), [type, country, lang]);
  const all = loaded.data?.regions ?? [];
  const wanted = plain(text.trim());
  const matches = wanted
    ? all.filter((r) => plain(r.name).includes(wanted) || plain(r.code ?? '').includes(wanted))
    : all;
  return (
    <div className="page page--narrow coordinate-page">
      <header className="page__header">
        <p className="kicker">{ct('dashboard.adminTitle')}</p>
        <h1>{ct('geo.title')}</h1>
        <p className="lead">{ct('geo.intro')}</p>
        <p>
          <Link className="button button--secondary" to="/coordinate/geography/new">
            {ct('geo.new')}
          </Link>
        </p>
      </header>
      <search className="card stack">
        <div className="form-grid">
          <SelectField
            id="geo-type"
            label={ct('geo.type')}
            value={type}
            onChange={(value) => setType(value as typeof type)}
            options={REGION_TYPES.filter((r) => r !== 'COUNTRY').map((r) => ({
              value: r,
              label: t(`regionType.${r}`),
            }))}
          />
          <SelectField
            id="geo-country"
            label={ct('geo.country')}
            value={country}
            onChange={(value) => setCountry(value as 'BE' | 'NL')}
            options={(['BE', 'NL'] as const).map((c) => ({ value: c, label: t(`country.${c}`) }))}
          />
        </div>
        <TextField
          id="geo-filter"
          label={ct('geo.filter')}
          hint={ct('geo.filterHint')}
          value={text}
          onChange={setText}
        />
      </search>
      {loaded.error ? (
        <LoadFailure error={loaded.error} onRetry={loaded.reload} />
      ) : !loaded.data ? (
        <Loading />
      ) : (
        <section className="section" aria-labelledby="geo-results">
          <h2 id="geo-results" aria-live="polite">
            {ctn('geo.count', matches.length)}
          </h2>
          {matches.length === 0 ? (
            <p>{ct('geo.none')}</p>
          ) : (
            <ul className="link-list">
              {matches.slice(0, SHOWN).map((region) => (
                <li key={region.id}>
                  <Link to={`/coordinate/geography/${encodeURIComponent(region.id)}`}>
                    {region.name}
                  </Link>{' '}
                  <span className="muted small">
                    {region.code}
                    {region.validTo && ` · ${ct('geo.ended', { date: day(region.validTo) })}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {matches.length > SHOWN && (
            <p className="muted small">{ct('geo.more', { count: SHOWN })}</p>
          )}
        </section>
      )}
    </div>
  );
}

export function RegionEditPage({ id }: { id: string }) {
  return (
    <RequireEditor adminOnly>
      <RegionEditor id={id} />
    </RequireEditor>
  );
}

function RegionEditor({ id }: { id: string }) {
  const { ct, lang } = useText();
  const day = useDay();
  const { t } = useI18n();
  const merged = useSearchParams().get('merged');
  const loaded = useLoad(
    () => Promise.all([fetchRegion(id, lang), probeAccess('region', id, lang)]),
    [id, lang],
  );
  const [page, access] = loaded.data ?? [];
  const region = page?.region;
  usePageTitle(region?.name);
  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  if (!region || access?.status === 'notFound') return <NotFoundNotice text={ct('geo.notFound')} />;
  return (
    <div className="page page--narrow coordinate-page">
      <header className="page__header">
        <p className="kicker">
          {t(`regionType.${region.type}`)} · {t(`country.${region.country}`)}
        </p>
        <h1>{region.name}</h1>
        <p className="page__links">
          <Link to="/coordinate/geography">{ct('geo.back')}</Link>
        </p>
      </header>
      {merged && <SuccessBanner>{ct('geo.merged', { name: merged })}</SuccessBanner>}
      <dl className="facts card region-facts">
        <div>
          <dt>{ct('geo.code')}</dt>
          <dd>{region.code ?? '—'}</dd>
        </div>
        <div>
          <dt>{ct('geo.partOf')}</dt>
          <dd>
            {region.parents.length === 0
              ? '—'
              : region.parents
                  .map((p) => `${p.name} (${t(`regionType.${p.type}`).toLowerCase()})`)
                  .join(', ')}
          </dd>
        </div>
        <div>
          <dt>{ct('geo.status')}</dt>
          <dd>
            {region.validTo ? ct('geo.ended', { date: day(region.validTo) }) : ct('geo.inForce')}
          </dd>
        </div>
      </dl>
      {access?.status === 'editable' ? (
        <div className="stack">
          <RegionNames id={id} stored={access.stored} onSaved={loaded.reload} />
          {!region.validTo && <MergeSection region={region} />}
        </div>
      ) : access?.status === 'failed' ? (
        <FormFailure error={access.error} />
      ) : null}
    </div>
  );
}

function RegionNames({
  id,
  stored,
  onSaved,
}: {
  id: string;
  stored: StoredState;
  onSaved: () => void;
}) {
  const { ct, lang } = useText();
  const label = useFieldLabel();
  const form = useEditForm<Values>({
    initial: { values: regionValues(stored), version: Number(stored.version) },
    fields: REGION_FIELDS,
    checks: REGION_CHECKS,
    save: async (values, changed, version) => {
      const saved = await updateRegion(id, version, regionArguments(values, changed), lang);
      // Read back what was stored (the code in capitals, the names trimmed).
      const after = await probeAccess('region', id, lang);
      const state = after.status === 'editable' ? after.stored : null;
      return {
        values: state ? regionValues(state) : values,
        version: state ? Number(state.version) : saved.version,
      };
    },
    theirs: async (error: ApiError) => ({
      values: regionValues(error.details.current ?? {}),
      version: Number(error.details.current?.version),
    }),
    onSaved,
  });
  const labelOf = (field: string) => (field === 'code' ? ct('geo.code') : label(field));
  return (
    <EditSection
      id="region-names"
      title={ct('geo.namesTitle')}
      intro={ct('geo.namesIntro')}
      form={form}
      labelOf={labelOf}
      show={(_field, value) => String(value ?? '')}
    >
      <div className="form-grid form-grid--one">
        {REGION_FIELDS.map((field) => (
          <TextField
            key={field}
            id={controlId('region-names', field)}
            label={labelOf(field)}
            value={String(form.values[field] ?? '')}
            onChange={(value) => form.set(field, value)}
            error={form.errorOf(field)}
            optional={field === 'nameFr' || field === 'nameEn'}
            hint={field === 'code' ? ct('geo.codeHint') : undefined}
            lang={field.startsWith('name') ? field.slice(-2).toLowerCase() : undefined}
          />
        ))}
      </div>
    </EditSection>
  );
}

function MergeSection({ region }: { region: RegionPageData }) {
  const { ct, lang } = useText();
  const day = useDay();
  const { t } = useI18n();
  const navigate = useNavigate();
  const form = 'region-merge';
  const others = useLoad(
    () => fetchRegions(region.type, region.country, lang),
    [region.type, region.country, lang],
  );
  const [into, setInto] = useState('');
  const [since, setSince] = useState('');
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const options = useMemo(
    () =>
      (others.data?.regions ?? [])
        .filter((r: RegionListItem) => r.id !== region.id && !r.validTo)
        .map((r) => ({ value: r.id, label: r.code ? `${r.name} (${r.code})` : r.name })),
    [others.data, region.id],
  );
  const successor = options.find((o) => o.value === into)?.label ?? '';
  const labels: Record<string, string> = { into: ct('geo.into'), since: ct('geo.since') };
  const labelOf = (field: string) => labels[field] ?? field;

  const check = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found: ShownProblem[] = [];
    if (!into) found.push({ field: 'into', message: ct('problem.required') });
    for (const p of validate(regionSince.shape, { since })) {
      found.push({ field: p.field, message: problemMessage({ ct }, p) });
    }
    setProblems(found);
    if (found.length === 0) setConfirming(true);
  };

  const merge = async () => {
    setPending(true);
    try {
      const result = await mergeInto(region.id, into, region.type, since, lang);
      navigate(
        `/coordinate/geography/${encodeURIComponent(result.id)}?merged=${encodeURIComponent(region.name)}`,
      );
    } catch (thrown) {
      const error = asApiError(thrown);
      const onFields = serverProblems(error, ct('problem.duplicate'), (field) =>
        field === 'formerIds' ? 'into' : (field.split('.')[0] ?? field),
      );
      if (onFields) setProblems(onFields);
      else setFailure(error);
      setConfirming(false);
      setPending(false);
    }
  };

  return (
    <section className="edit-section card" aria-labelledby={`${form}-title`}>
      <h2 id={`${form}-title`} className="edit-section__title">
        {ct('geo.mergeTitle')}
      </h2>
      <p className="muted small">
        {ct('geo.mergeIntro', { type: t(`regionType.${region.type}`).toLowerCase() })}
      </p>
      <form id={form} className="edit-form" onSubmit={check} noValidate>
        <ErrorSummary
          problems={problems.map((p) => ({ ...p, message: `${labelOf(p.field)}: ${p.message}` }))}
          idOf={(field) => controlId(form, field)}
        />
        {failure && <FormFailure error={failure} />}
        {others.error && <FormFailure error={others.error} />}
        <SelectField
          id={controlId(form, 'into')}
          label={labels.into ?? ''}
          value={into}
          onChange={(value) => {
            setInto(value);
            setConfirming(false);
          }}
          options={options}
          empty={others.data ? ct('geo.choose') : ct('geo.loading')}
          error={problems.find((p) => p.field === 'into')?.message}
        />
        <TextField
          id={controlId(form, 'since')}
          type="date"
          label={labels.since ?? ''}
          hint={ct('geo.sinceHint')}
          value={since}
          onChange={(value) => {
            setSince(value);
            setConfirming(false);
          }}
          error={problems.find((p) => p.field === 'since')?.message}
        />
        {confirming ? (
          <div className="confirm" role="alert">
            <p>
              {ct('geo.confirmMerge', {
                name: region.name,
                successor,
                date: day(since),
              })}
            </p>
            <p className="form-actions">
              <button
                type="button"
                className="button button--danger"
                onClick={() => void merge()}
                disabled={pending}
              >
                {ct('geo.merge')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirming(false)}
              >
                {ct('form.cancel')}
              </button>
            </p>
          </div>
        ) : (
          <div className="form-actions">
            <button type="submit" className="button button--secondary">
              {ct('geo.merge')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}

export function RegionNewPage() {
  return (
    <RequireEditor adminOnly>
      <NewRegion />
    </RequireEditor>
  );
}

/** A new region (a municipality born of a merger, a new police zone…), part of a province. */
function NewRegion() {
  const { ct, lang } = useText();
  const { t } = useI18n();
  const label = useFieldLabel();
  const navigate = useNavigate();
  const form = 'new-region';
  const [type, setType] = useState<(typeof REGION_TYPES)[number]>('MUNICIPALITY');
  const [country, setCountry] = useState<'BE' | 'NL'>('BE');
  const [parent, setParent] = useState('');
  const [values, setValues] = useState<Values>(regionValues({}));
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  usePageTitle(ct('geo.new'));
  const provinces = useLoad(() => fetchRegions('PROVINCE', country, lang), [country, lang]);
  const labelOf = (field: string) =>
    field === 'code' ? ct('geo.code') : field === 'parentIds' ? ct('geo.province') : label(field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validate(NEW_REGION_CHECKS, values);
    setProblems(found.map((p) => ({ field: p.field, message: problemMessage({ ct }, p) })));
    if (found.length) return;
    setPending(true);
    try {
      const created = await createRegion(
        { type, country, ...newRegionArguments(values), parentIds: parent ? [parent] : [] },
        lang,
      );
      navigate(`/coordinate/geography/${encodeURIComponent(created.id)}`);
    } catch (thrown) {
      const error = asApiError(thrown);
      const onFields = serverProblems(error, ct('geo.duplicateCode'));
      if (onFields) setProblems(onFields);
      else setFailure(error);
      setPending(false);
    }
  };

  return (
    <div className="page page--narrow coordinate-page">
      <header className="page__header">
        <p className="kicker">{ct('geo.title')}</p>
        <h1>{ct('geo.new')}</h1>
        <p className="page__links">
          <Link to="/coordinate/geography">{ct('geo.back')}</Link>
        </p>
      </header>
      <form id={form} className="card stack" onSubmit={submit} noValidate>
        <ErrorSummary
          problems={problems.map((p) => ({ ...p, message: `${labelOf(p.field)}: ${p.message}` }))}
          idOf={(field) => controlId(form, field)}
        />
        {failure && <FormFailure error={failure} />}
        <div className="form-grid">
          <SelectField
            id={controlId(form, 'type')}
            label={ct('geo.type')}
            value={type}
            onChange={(value) => setType(value as typeof type)}
            options={REGION_TYPES.filter((r) => r !== 'COUNTRY' && r !== 'PROVINCE').map((r) => ({
              value: r,
              label: t(`regionType.${r}`),
            }))}
          />
          <SelectField
            id={controlId(form, 'country')}
            label={ct('geo.country')}
            value={country}
            onChange={(value) => {
              setCountry(value as 'BE' | 'NL');
              setParent('');
            }}
            options={(['BE', 'NL'] as const).map((c) => ({ value: c, label: t(`country.${c}`) }))}
          />
        </div>
        {REGION_FIELDS.map((field) => (
          <TextField
            key={field}
            id={controlId(form, field)}
            label={labelOf(field)}
            value={String(values[field] ?? '')}
            onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
            error={problems.find((p) => p.field === field)?.message}
            optional={field === 'nameFr' || field === 'nameEn'}
            hint={field === 'code' ? ct('geo.codeHint') : undefined}
            lang={field.startsWith('name') ? field.slice(-2).toLowerCase() : undefined}
          />
        ))}
        <SelectField
          id={controlId(form, 'parentIds')}
          label={ct('geo.province')}
          hint={ct('geo.provinceHint')}
          value={parent}
          onChange={setParent}
          options={(provinces.data?.regions ?? []).map((r) => ({ value: r.id, label: r.name }))}
          empty={ct('geo.noProvince')}
          error={problems.find((p) => p.field === 'parentIds')?.message}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? ct('form.saving') : ct('geo.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
