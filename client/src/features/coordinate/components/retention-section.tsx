/** The retention preview on the audit page: who the rule erases, and when, before it does. */
import { Loading } from '../../../components/status';
import { Link } from '../../../lib/router';
import { fetchRetentionPreview } from '../api/retention';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import { FormFailure } from './edit-section';

export function RetentionSection() {
  const { ct, lang, formatDate } = useText();
  const { data, error } = useLoad(() => fetchRetentionPreview(lang), [lang]);
  const preview = data?.retentionPreview;
  return (
    <section className="card edit-section" aria-labelledby="retention-title">
      <h2 id="retention-title" className="edit-section__title">
        {ct('retention.title')}
      </h2>
      {error && <FormFailure error={error} />}
      {!preview ? (
        !error && <Loading />
      ) : preview.months === 0 ? (
        <p>{ct('retention.off')}</p>
      ) : (
        <>
          <p className="muted">{ct('retention.intro', { months: preview.months })}</p>
          {preview.entries.length === 0 ? (
            <p>{ct('retention.none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{ct('retention.person')}</th>
                  <th scope="col">{ct('retention.since')}</th>
                  <th scope="col">{ct('retention.eraseOn')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <Link to={`/coordinate/contact/${encodeURIComponent(entry.id)}`}>
                        {entry.name}
                      </Link>
                    </td>
                    <td>{formatDate(entry.since)}</td>
                    <td>
                      {formatDate(entry.eraseOn)}
                      {entry.due && (
                        <span className="badge badge--warning"> {ct('retention.due')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
