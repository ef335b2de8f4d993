/** `/municipality/:id`: for each barrier, who is responsible here — and where nobody is. */
import { PhoneLink } from '../../../components/contact-details';
import { usePageTitle } from '../../../components/page-title';
import { ErrorMessage, Loading } from '../../../components/status';
import { useI18n } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { useMunicipalityBarriers } from '../api/municipality-barriers';
import { type CoverageEntry, useMunicipalityOverview } from '../api/municipality-overview';

export function MunicipalityPage({ id }: { id: string }) {
  const { t, tn, lang } = useI18n();
  const barriers = useMunicipalityBarriers(lang);
  const list = barriers.data?.barriers;
  const overview = useMunicipalityOverview(
    id,
    list?.map((b) => b.code),
    lang,
  );
  const region = overview.data?.region;
  usePageTitle(region?.name ?? (overview.data ? t('error.NOT_FOUND') : undefined));

  const error = barriers.error ?? overview.error;
  if (error) {
    if (error.code === 'NOT_FOUND') return <NotFound />;
    return (
      <ErrorMessage
        error={error}
        onRetry={() => (barriers.error ? barriers.refetch() : overview.refetch())}
      />
    );
  }
  if (!list || !overview.data) return <Loading />;
  if (!region) return <NotFound />;

  const rows = list.map((barrier, i) => {
    const entries = overview.data?.[`b${i}`]?.entries ?? [];
    return {
      barrier,
      local: entries.filter((e) => e.scope === 'LOCAL'),
      regional: entries.filter((e) => e.scope === 'REGIONAL'),
      further: entries.filter((e) => e.scope === 'NATIONAL' || e.scope === 'CROSS_BORDER').length,
      total: entries.length,
    };
  });
  const gaps = rows.filter((row) => row.local.length === 0).length;

  return (
    <div className="page">
      <header className="page__header">
        <p className="kicker">
          {t(`regionType.${region.type}`)} · {t(`country.${region.country}`)}
        </p>
        <h1>{region.name}</h1>
        <p className="lead">{t('mun.intro', { place: region.name })}</p>
        {region.parents.length > 0 && (
          <p className="muted">
            {t('mun.partOf')}: {region.parents.map((parent) => parent.name).join(' · ')}
          </p>
        )}
        <p className={`notice ${gaps > 0 ? 'notice--warning' : 'notice--success'}`}>
          {gaps > 0 ? tn('mun.gaps', gaps) : t('mun.noGaps')}
        </p>
        <p className="page__links">
          <Link to={`/graph?focus=${encodeURIComponent(region.id)}`}>{t('wtc.showOnGraph')}</Link>
        </p>
      </header>

      <div className="coverage-grid">
        {rows.map(({ barrier, local, regional, further, total }) => (
          <section
            key={barrier.code}
            className={`card coverage ${local.length === 0 ? 'coverage--gap' : ''}`}
            aria-labelledby={`barrier-${barrier.code}`}
          >
            <h2 id={`barrier-${barrier.code}`} className="coverage__title">
              <Link to={`/barrier/${encodeURIComponent(barrier.code)}`}>{barrier.name}</Link>
            </h2>
            {total === 0 ? (
              <p className="gap gap--strong">{t('mun.gapNone')}</p>
            ) : (
              <>
                <h3 className="coverage__scope">{t('scopeGroup.LOCAL')}</h3>
                {local.length === 0 ? (
                  <p className="gap gap--strong">{t('mun.gapLocal')}</p>
                ) : (
                  <EntryList entries={local} />
                )}
                {regional.length > 0 && (
                  <>
                    <h3 className="coverage__scope">{t('scopeGroup.REGIONAL')}</h3>
                    <EntryList entries={regional} />
                  </>
                )}
                {further > 0 && <p className="muted small">{tn('mun.more', further)}</p>}
              </>
            )}
            <p className="coverage__more">
              <Link
                to={`/?barrier=${encodeURIComponent(barrier.code)}&region=${encodeURIComponent(region.id)}`}
              >
                {t('mun.fullAnswer', { barrier: barrier.name, place: region.name })}
              </Link>
            </p>
          </section>
        ))}
      </div>
    </div>
  );
}

function EntryList({ entries }: { entries: CoverageEntry[] }) {
  const { t } = useI18n();
  return (
    <ul className="coverage__list">
      {entries.map((entry) => {
        const primary = entry.contacts.find((c) => c.priority === 'PRIMARY') ?? entry.contacts[0];
        const name = entry.organisation.shortName ?? entry.organisation.name;
        return (
          <li key={entry.organisation.id}>
            <Link
              to={`/organisation/${encodeURIComponent(entry.organisation.id)}`}
              title={entry.organisation.name}
            >
              {name}
            </Link>
            <span className="muted small">
              {' '}
              — {entry.roles.map((role) => t(`role.${role}`)).join(', ')}
            </span>
            {primary?.contact.phone ? (
              <div>
                <PhoneLink phone={primary.contact.phone} name={name} />
              </div>
            ) : (
              <span className="muted small"> ({t('mun.noContact')})</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('error.NOT_FOUND')}</h1>
      <p>{t('mun.notFound')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </div>
  );
}
