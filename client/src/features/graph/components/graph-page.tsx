/**
 * `/graph`: placeholder until the Cytoscape network view lands. It is loaded lazily by the
 * router, so whatever replaces it (Cytoscape included) stays out of the initial bundle.
 */
import { usePageTitle } from '../../../components/page-title';
import { useI18n } from '../../../lib/i18n';
import { useSearchParams } from '../../../lib/router';

export function GraphPage() {
  const { t } = useI18n();
  const focus = useSearchParams().get('focus');
  usePageTitle(t('graph.title'));
  return (
    <div className="page">
      <h1>{t('graph.title')}</h1>
      <p className="placeholder">{t('graph.placeholder')}</p>
      {focus && <p className="muted">{t('graph.focus', { id: focus })}</p>}
    </div>
  );
}
