/** `/barrier/:code`: guidance, signals, measures and the barrier × role table. */
import { usePageTitle } from '../../../components/page-title';
import { ErrorMessage, Loading } from '../../../components/status';
import { useI18n } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { INDICATOR_KINDS, ROLES } from '../../../lib/schema';
import { type BarrierDetail, useBarrier } from '../api/barrier';

export function BarrierPage({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const { data, error, loading, refetch } = useBarrier(code, lang);
  const barrier = data?.barrier;
  usePageTitle(barrier?.name ?? (data ? t('error.NOT_FOUND') : undefined));

  if (error) return <ErrorMessage error={error} onRetry={refetch} />;
  if (loading || !data) return <Loading />;
  if (!barrier) {
    return (
      <div className="page">
        <h1>{t('error.NOT_FOUND')}</h1>
        <p>{t('barrier.notFound')}</p>
        <Link to="/">{t('notFound.home')}</Link>
      </div>
    );
  }

  return (
    <div className="page">
      <header className="page__header">
        <p className="kicker">{t('barrier.kicker')}</p>
        <h1>{barrier.name}</h1>
        {barrier.sourceModel && (
          <p className="muted">{t('barrier.source', { model: barrier.sourceModel })}</p>
        )}
        <p className="page__links">
          <Link className="button" to={`/?barrier=${encodeURIComponent(barrier.code)}`}>
            {t('barrier.whoToCall')}
          </Link>
          <Link to={`/graph?focus=${encodeURIComponent(barrier.id)}`}>{t('wtc.showOnGraph')}</Link>
        </p>
      </header>

      {barrier.guidance && (
        <section className="section" aria-labelledby="guidance">
          <h2 id="guidance">{t('barrier.guidance')}</h2>
          <p className="prose">{barrier.guidance}</p>
        </section>
      )}

      <RoleTable barrier={barrier} />

      <section className="section" aria-labelledby="indicators">
        <h2 id="indicators">{t('barrier.indicators')}</h2>
        {barrier.indicators.length === 0 && <p className="muted">{t('barrier.none')}</p>}
        <div className="columns">
          {INDICATOR_KINDS.map((kind) => {
            const indicators = barrier.indicators.filter((i) => i.kind === kind);
            if (indicators.length === 0) return null;
            return (
              <div key={kind}>
                <h3>{t(`indicatorKind.${kind}`)}</h3>
                <ul className="link-list">
                  {indicators.map((indicator) => (
                    <li key={indicator.id} id={indicator.id}>
                      <Link
                        to={`/?indicator=${encodeURIComponent(indicator.id)}`}
                        aria-describedby={`${indicator.id}-action`}
                      >
                        {indicator.name}
                      </Link>
                      {indicator.description && (
                        <p className="muted small">{indicator.description}</p>
                      )}
                      <span id={`${indicator.id}-action`} className="visually-hidden">
                        {t('barrier.indicatorAction')}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      </section>

      <section className="section" aria-labelledby="measures">
        <h2 id="measures">{t('barrier.measures')}</h2>
        {barrier.measures.length === 0 && <p className="muted">{t('barrier.none')}</p>}
        <div className="stack">
          {barrier.measures.map((measure) => (
            <details key={measure.id} id={measure.id} className="card measure">
              <summary className="measure__summary">
                <h3 className="measure__title">{measure.name}</h3>
              </summary>
              {measure.description && <p className="prose">{measure.description}</p>}
              <dl className="facts">
                {measure.legalBases.length > 0 && (
                  <div>
                    <dt>{t('barrier.legalBasis')}</dt>
                    <dd>
                      <ul className="plain">
                        {measure.legalBases.map((basis) => (
                          <li key={basis.id}>
                            {basis.name}
                            {basis.citation && (
                              <span className="muted small"> — {basis.citation}</span>
                            )}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                )}
                {measure.organisations.length > 0 && (
                  <div>
                    <dt>{t('barrier.measureBy')}</dt>
                    <dd>
                      <OrganisationLinks organisations={measure.organisations} />
                    </dd>
                  </div>
                )}
              </dl>
            </details>
          ))}
        </div>
      </section>
    </div>
  );
}

function OrganisationLinks({
  organisations,
}: {
  organisations: { id: string; name: string; shortName: string | null }[];
}) {
  return (
    <ul className="inline-list">
      {organisations.map((organisation) => (
        <li key={organisation.id}>
          <Link
            to={`/organisation/${encodeURIComponent(organisation.id)}`}
            title={organisation.name}
          >
            {organisation.shortName ?? organisation.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Barrier × role: for each role, the organisations in Belgium and in the Netherlands. */
function RoleTable({ barrier }: { barrier: BarrierDetail }) {
  const { t } = useI18n();
  const byRole = (role: string, country: string) =>
    barrier.roles
      .filter((r) => r.role === role && r.organisation.country === country)
      .map((r) => r.organisation)
      .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="section" aria-labelledby="roles">
      <h2 id="roles">{t('barrier.roles')}</h2>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">
            {t('barrier.rolesCaption', { name: barrier.name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('barrier.roleColumn')}</th>
              <th scope="col">{t('country.BE')}</th>
              <th scope="col">{t('country.NL')}</th>
            </tr>
          </thead>
          <tbody>
            {ROLES.map((role) => {
              const be = byRole(role, 'BE');
              const nl = byRole(role, 'NL');
              return (
                <tr key={role}>
                  <th scope="row">{t(`role.${role}`)}</th>
                  {[be, nl].map((organisations, index) => (
                    <td key={index === 0 ? 'BE' : 'NL'}>
                      {organisations.length === 0 ? (
                        <span className="gap">{t('barrier.nobody')}</span>
                      ) : (
                        <OrganisationLinks organisations={organisations} />
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
