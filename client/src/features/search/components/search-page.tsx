/** `/search?q=…&type=…`: every hit for a query, filterable by kind. */

import { type FormEvent, useEffect, useState } from 'react';
import { SEARCH_LIMITS } from '../../../../../shared/api-limits';
import { usePageTitle } from '../../../components/page-title';
import { ErrorMessage, Loading } from '../../../components/status';
import { useI18n } from '../../../lib/i18n';
import { Link, useNavigate, useSearchParams } from '../../../lib/router';
import type { SearchType } from '../../../lib/schema';
import { useSearch } from '../api/search';
import { hitLabel, hitLink, hitOrganisation } from '../utils/hit-link';

const TYPES: SearchType[] = [
  'ORGANISATION',
  'ORG_UNIT',
  'CONTACT_POINT',
  'PERSON',
  'INDICATOR',
  'MEASURE',
];

export function SearchPage() {
  const { t, tn, lang } = useI18n();
  const navigate = useNavigate();
  const params = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const typeParam = params.get('type');
  const type = TYPES.includes(typeParam as SearchType) ? (typeParam as SearchType) : undefined;
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const { data, loading, error, refetch } = useSearch(q, lang, {
    first: 50,
    types: type ? [type] : undefined,
  });
  usePageTitle(q ? t('search.resultsFor', { query: q }) : t('search.title'));

  const go = (nextQ: string, nextType: SearchType | undefined) => {
    const search = new URLSearchParams();
    if (nextQ.trim()) search.set('q', nextQ.trim());
    if (nextType) search.set('type', nextType);
    navigate(`/search?${search.toString()}`, { replace: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go(text, type);
  };
  const hits = q.length >= 2 ? (data?.search ?? []) : [];

  return (
    <div className="page">
      <h1>{q ? t('search.resultsFor', { query: q }) : t('search.title')}</h1>
      <search>
        <form className="search-form card" onSubmit={submit}>
          <div className="field field--grow">
            <label className="label" htmlFor="search-page-q">
              {t('search.label')}
            </label>
            <input
              id="search-page-q"
              className="input"
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="label" htmlFor="search-page-type">
              {t('search.typeFilter')}
            </label>
            <select
              id="search-page-type"
              className="input"
              value={type ?? ''}
              onChange={(event) => go(text, (event.target.value || undefined) as SearchType)}
            >
              <option value="">{t('search.typeAll')}</option>
              {TYPES.map((value) => (
                <option key={value} value={value}>
                  {t(`searchType.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--end">
            <button type="submit" className="button">
              {t('search.submit')}
            </button>
          </div>
        </form>
      </search>

      {q.length < SEARCH_LIMITS.min ? (
        <p className="placeholder">{t('search.enterQuery')}</p>
      ) : error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <Loading label={t('search.loading')} />
      ) : (
        <>
          <p role="status" className="muted">
            {hits.length === 0
              ? t('search.noResults', { query: q })
              : tn('search.results', hits.length)}
          </p>
          {hits.length > 0 && (
            <p>
              <Link
                to={`/graph?show=${hits.map((hit) => encodeURIComponent(hit.node.id)).join(',')}`}
              >
                {t('search.showOnGraph')}
              </Link>
            </p>
          )}
          <ul className="result-list">
            {hits.map((hit) => {
              const organisation = hitOrganisation(hit.node);
              return (
                <li key={`${hit.type}-${hit.node.id}`} className="result">
                  <span className={`badge badge--type badge--${hit.type}`}>
                    {t(`searchType.${hit.type}`)}
                  </span>
                  <Link className="result__link" to={hitLink(hit.node)}>
                    {hitLabel(hit.node)}
                  </Link>
                  {organisation && (
                    <span className="muted">{t('search.of', { name: organisation })}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
