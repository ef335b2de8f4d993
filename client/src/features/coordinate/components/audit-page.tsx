/**
 * `/coordinate/audit` (administrators): every change across the network, newest first, filtered
 * by record, user and period; the filters live in the URL, so a view can be shared.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import { type ApiError, asApiError } from '../../../lib/graphql';
import { useLocation, useNavigate } from '../../../lib/router';
import { type AuditFilter, auditCsvLink, fetchAuditPage, fetchAuditUsers } from '../api/audit';
import type { AuditEvent } from '../api/history';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import { isIsoDate } from '../utils/validation';
import { FormFailure } from './edit-section';
import { EventList } from './history-list';
import { OrganisationPicker } from './organisation-picker';
import { RequireEditor } from './page-parts';
import { RetentionSection } from './retention-section';

export function AuditPage() {
  return (
    <RequireEditor adminOnly>
      <Audit />
    </RequireEditor>
  );
}

/** Where an event's record can be changed, when the app has a page for it. */
export function editPathOf(event: AuditEvent): string | null {
  const id = encodeURIComponent(event.entityId);
  switch (event.entityType) {
    case 'Organisation':
      return `/coordinate/organisation/${id}`;
    case 'ContactPoint':
    case 'Person':
      return `/coordinate/contact/${id}`;
    case 'Measure':
      return `/coordinate/measure/${id}`;
    default:
      return null;
  }
}

function Audit() {
  const { ct, lang } = useText();
  usePageTitle(ct('audit.title'));
  const { search } = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(search);
  const filter = {
    entity: params.get('entity') ?? '',
    /** The picked record's name, kept in the URL so that a shared view reads the same. */
    entityName: params.get('entityName') ?? '',
    user: params.get('user') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const [draft, setDraft] = useState(filter);
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const users = useLoad(() => fetchAuditUsers(lang), [lang]);
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [cursor, setCursor] = useState<{ endCursor: string | null; hasNextPage: boolean } | null>(
    null,
  );
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);

  const query: AuditFilter = {
    entityId: filter.entity || undefined,
    userId: filter.user || undefined,
    from: filter.from ? `${filter.from}T00:00:00.000Z` : undefined,
    // The last day counts as a whole: until the start of the next one.
    to: filter.to
      ? new Date(Date.parse(`${filter.to}T00:00:00.000Z`) + 86_400_000).toISOString()
      : undefined,
  };
  const key = JSON.stringify(query);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the filter
  useEffect(() => {
    let live = true;
    setLoading(true);
    setFailure(null);
    fetchAuditPage(query, null, lang)
      .then((page) => {
        if (!live) return;
        setEvents(page.events);
        setCursor({ endCursor: page.endCursor, hasNextPage: page.hasNextPage });
      })
      .catch((error) => live && setFailure(asApiError(error)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [key, lang]);

  const more = async () => {
    if (!cursor?.endCursor) return;
    setLoading(true);
    try {
      const page = await fetchAuditPage(query, cursor.endCursor, lang);
      setEvents((list) => [...list, ...page.events]);
      setCursor({ endCursor: page.endCursor, hasNextPage: page.hasNextPage });
    } catch (error) {
      setFailure(asApiError(error));
    } finally {
      setLoading(false);
    }
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (
      (draft.from && !isIsoDate(draft.from)) ||
      (draft.to && !isIsoDate(draft.to)) ||
      (draft.from && draft.to && draft.to < draft.from)
    ) {
      setDateProblem(ct('problem.dates_out_of_order'));
      return;
    }
    setDateProblem(null);
    const next = new URLSearchParams();
    for (const [name, value] of Object.entries(draft)) if (value) next.set(name, value);
    const text = next.toString();
    navigate(`/coordinate/audit${text ? `?${text}` : ''}`, { replace: true });
  };

  return (
    <div className="page coordinate-page">
      <header className="page__header">
        <p className="kicker">{ct('dashboard.kickerAdmin')}</p>
        <h1>{ct('audit.title')}</h1>
        <p className="lead">{ct('audit.intro')}</p>
      </header>
      <RetentionSection />
      <form
        className="card audit-filters"
        onSubmit={apply}
        aria-labelledby="audit-filter-title"
        noValidate
      >
        <h2 id="audit-filter-title" className="edit-section__title">
          {ct('audit.filters')}
        </h2>
        <div className="form-grid">
          <div className="field">
            {draft.entity ? (
              <>
                <span className="label">{ct('audit.entity')}</span>
                <p className="picked__item">
                  {draft.entityName || draft.entity}
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => setDraft((d) => ({ ...d, entity: '', entityName: '' }))}
                  >
                    {ct('form.remove')}
                  </button>
                </p>
              </>
            ) : (
              <OrganisationPicker
                label={ct('audit.entity')}
                hint={ct('audit.entityHint')}
                withUnits
                onPick={(place) =>
                  setDraft((d) => ({ ...d, entity: place.id, entityName: place.name }))
                }
              />
            )}
          </div>
          <div className="field">
            <label className="label" htmlFor="audit-user">
              {ct('audit.user')}
            </label>
            <select
              id="audit-user"
              className="input"
              value={draft.user}
              onChange={(event) => setDraft((d) => ({ ...d, user: event.target.value }))}
            >
              <option value="">{ct('audit.anyone')}</option>
              {(users.data ?? []).map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name} ({user.email})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="label" htmlFor="audit-from">
              {ct('audit.from')}
            </label>
            <input
              id="audit-from"
              className="input"
              type="date"
              value={draft.from}
              onChange={(event) => setDraft((d) => ({ ...d, from: event.target.value }))}
            />
          </div>
          <div className="field">
            <label className="label" htmlFor="audit-to">
              {ct('audit.to')}
            </label>
            <input
              id="audit-to"
              className="input"
              type="date"
              value={draft.to}
              aria-invalid={dateProblem ? true : undefined}
              aria-describedby={dateProblem ? 'audit-to-error' : undefined}
              onChange={(event) => setDraft((d) => ({ ...d, to: event.target.value }))}
            />
            {dateProblem && (
              <p id="audit-to-error" className="form-field__error">
                {dateProblem}
              </p>
            )}
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {ct('audit.apply')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setDraft({ entity: '', entityName: '', user: '', from: '', to: '' });
              navigate('/coordinate/audit', { replace: true });
            }}
          >
            {ct('audit.clear')}
          </button>
        </div>
      </form>
      {failure && <FormFailure error={failure} />}
      <section className="section" aria-labelledby="audit-results" aria-busy={loading}>
        <h2 id="audit-results">{ct('audit.results')}</h2>
        <p className="audit-download">
          <a className="button button--secondary" href={auditCsvLink(query, lang)} download>
            {ct('audit.download')}
          </a>
          <span className="muted small">{ct('audit.downloadHint')}</span>
        </p>
        {events.length === 0 && !loading ? (
          <p className="muted">{ct('audit.none')}</p>
        ) : (
          <EventList events={events} showEntity entityLink={editPathOf} />
        )}
        {loading && <Loading />}
        {cursor?.hasNextPage && !loading && (
          <button type="button" className="button button--secondary" onClick={more}>
            {ct('audit.more')}
          </button>
        )}
      </section>
    </div>
  );
}
