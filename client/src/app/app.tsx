/** Providers, the shell, and the page of the current URL. */
import { Suspense } from 'react';
import { usePageTitle } from '../components/page-title';
import { Loading } from '../components/status';
import { AuthProvider } from '../features/auth/components/auth-provider';
import type { Messages } from '../i18n/nl';
import { I18nProvider, type Lang, useI18n } from '../lib/i18n';
import { Link, RouterProvider, useLocation } from '../lib/router';
import { Layout } from './layout';
import { resolveRoute } from './routes';

export function App({ lang, messages }: { lang: Lang; messages: Messages }) {
  return (
    <I18nProvider initialLang={lang} initialMessages={messages}>
      <RouterProvider>
        <AuthProvider>
          <Layout>
            <CurrentPage />
          </Layout>
        </AuthProvider>
      </RouterProvider>
    </I18nProvider>
  );
}

function CurrentPage() {
  const { pathname } = useLocation();
  const route = resolveRoute(pathname);
  if (!route) return <NotFound />;
  // A new key per URL path: a page never shows the state of the previous one.
  return (
    <Suspense key={`${route.key}:${pathname}`} fallback={<Loading />}>
      {route.element}
    </Suspense>
  );
}

function NotFound() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <div className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
