import { useEffect } from 'react';
import { useI18n } from '../lib/i18n';

/** Sets the browser tab's title for this page ("… – CONFINE netwerk"). */
export function usePageTitle(title: string | undefined): void {
  const { t } = useI18n();
  const app = t('app.name');
  useEffect(() => {
    if (title) document.title = title === app ? app : `${title} – ${app}`;
  }, [title, app]);
}
