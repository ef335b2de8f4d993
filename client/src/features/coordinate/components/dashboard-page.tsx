/** `/coordinate`: where a coordinator starts — what waits, what to change, what to add. */
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import { Link, useNavigate } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { fetchDashboard } from '../api/dashboard';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import { FormFailure } from './edit-section';
import { OrganisationPicker } from './organisation-picker';
import { RequireEditor } from './page-parts';

export function DashboardPage() {
  return (
    <RequireEditor>
      <Dashboard />
    </RequireEditor>
  );
}

function Dashboard() {
  const { ct, ctn, lang } = useText();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  usePageTitle(ct('dashboard.title'));
  const { data, error } = useLoad(() => fetchDashboard(lang), [lang]);
  const admin = viewer?.role === 'ADMIN';

  return (
    <div className="page coordinate-page">
      <header className="page__header">
        <p className="kicker">{admin ? ct('dashboard.kickerAdmin') : ct('dashboard.kicker')}</p>
        <h1>{ct('dashboard.title')}</h1>
        <p className="lead">{admin ? ct('dashboard.introAdmin') : ct('dashboard.intro')}</p>
      </header>
      {error && <FormFailure error={error} />}
      <div className="dashboard">
        <section
          className="card dashboard__card dashboard__card--queue"
          aria-labelledby="dash-queue"
        >
          <h2 id="dash-queue">{ct('queue.title')}</h2>
          {data ? (
            <p className="dashboard__count">
              {ctn('dashboard.overdue', data.overdueContacts.length)}
              <br />
              {ctn('dashboard.reports', data.contactReports.length)}
            </p>
          ) : (
            !error && <Loading />
          )}
          <Link className="button" to="/coordinate/queue">
            {ct('dashboard.openQueue')}
          </Link>
        </section>
        <section className="card dashboard__card" aria-labelledby="dash-edit">
          <h2 id="dash-edit">{ct('dashboard.editTitle')}</h2>
          <OrganisationPicker
            label={ct('dashboard.findOrganisation')}
            onPick={(place) => navigate(`/coordinate/organisation/${encodeURIComponent(place.id)}`)}
          />
          <p>
            <Link className="button button--secondary" to="/coordinate/new/organisation">
              {ct('dashboard.newOrganisation')}
            </Link>
          </p>
        </section>
        <section className="card dashboard__card" aria-labelledby="dash-transfer">
          <h2 id="dash-transfer">{ct('transfer.title')}</h2>
          <p>{ct('dashboard.transferIntro')}</p>
          <Link className="button button--secondary" to="/coordinate/transfer">
            {ct('dashboard.openTransfer')}
          </Link>
        </section>
        <section className="card dashboard__card" aria-labelledby="dash-vocabulary">
          <h2 id="dash-vocabulary">{ct('dashboard.vocabulary')}</h2>
          <p>{ct('dashboard.vocabularyIntro')}</p>
          <Link className="button button--secondary" to="/coordinate/vocabulary">
            {ct('dashboard.openVocabulary')}
          </Link>
        </section>
        {admin && (
          <section className="card dashboard__card" aria-labelledby="dash-admin">
            <h2 id="dash-admin">{ct('dashboard.adminTitle')}</h2>
            <ul className="link-list">
              <li>
                <Link to="/coordinate/audit">{ct('audit.title')}</Link>
              </li>
              <li>
                <Link to="/users">{ct('users.title')}</Link>
              </li>
              <li>
                <Link to="/coordinate/geography">{ct('geo.title')}</Link>
              </li>
            </ul>
          </section>
        )}
      </div>
      {data && (
        <section className="section" aria-labelledby="dash-measures">
          <h2 id="dash-measures">{ct('dashboard.measures')}</h2>
          <p className="muted">{ct('dashboard.measuresIntro')}</p>
          <div className="columns">
            {data.barriers.map((barrier) => (
              <div key={barrier.code}>
                <h3 className="dashboard__barrier">{barrier.name}</h3>
                <ul className="plain">
                  {barrier.measures.map((measure) => (
                    <li key={measure.id}>
                      <Link to={`/coordinate/measure/${encodeURIComponent(measure.id)}`}>
                        {measure.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
