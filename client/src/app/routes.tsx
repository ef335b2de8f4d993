/** Every page has its own URL. The home page is in the first bundle; the others load on demand. */
import { lazy, type ReactNode } from 'react';
import { WhoToCallPage } from '../features/who-to-call/components/who-to-call-page';
import { matchPath } from '../lib/router';

const BarrierPage = lazy(() =>
  import('../features/barriers/components/barrier-page').then((m) => ({ default: m.BarrierPage })),
);
const OrganisationPage = lazy(() =>
  import('../features/organisations/components/organisation-page').then((m) => ({
    default: m.OrganisationPage,
  })),
);
const ContactPage = lazy(() =>
  import('../features/contacts/components/contact-page').then((m) => ({ default: m.ContactPage })),
);
const MunicipalityPage = lazy(() =>
  import('../features/municipalities/components/municipality-page').then((m) => ({
    default: m.MunicipalityPage,
  })),
);
const SearchPage = lazy(() =>
  import('../features/search/components/search-page').then((m) => ({ default: m.SearchPage })),
);
const SignInPage = lazy(() =>
  import('../features/auth/components/sign-in-page').then((m) => ({ default: m.SignInPage })),
);
const SetPasswordPage = lazy(() =>
  import('../features/auth/components/set-password-page').then((m) => ({
    default: m.SetPasswordPage,
  })),
);
const ForgotPasswordPage = lazy(() =>
  import('../features/auth/components/forgot-password-page').then((m) => ({
    default: m.ForgotPasswordPage,
  })),
);
const VerifyContactPage = lazy(() =>
  import('../features/contacts/components/verify-contact-page').then((m) => ({
    default: m.VerifyContactPage,
  })),
);
// The network view brings Cytoscape: it must never be part of the first bundle.
const SessionsPage = lazy(() =>
  import('../features/auth/components/sessions-page').then((m) => ({ default: m.SessionsPage })),
);
const TwoStepPage = lazy(() =>
  import('../features/auth/components/two-step-page').then((m) => ({ default: m.TwoStepPage })),
);
const MailSettingsPage = lazy(() =>
  import('../features/auth/components/mail-settings-page').then((m) => ({
    default: m.MailSettingsPage,
  })),
);
const StopDigestPage = lazy(() =>
  import('../features/auth/components/stop-digest-page').then((m) => ({
    default: m.StopDigestPage,
  })),
);
const GraphPage = lazy(() =>
  import('../features/graph/components/graph-page').then((m) => ({ default: m.GraphPage })),
);

const ManualPage = lazy(() =>
  import('../features/manual/components/manual-page').then((m) => ({ default: m.ManualPage })),
);

const TrainingPage = lazy(() =>
  import('../features/training/components/training-page').then((m) => ({
    default: m.TrainingPage,
  })),
);
const ScenarioPage = lazy(() =>
  import('../features/training/components/scenario-page').then((m) => ({
    default: m.ScenarioPage,
  })),
);

const AuthoredScenarioPage = lazy(() =>
  import('../features/training/components/authored-page').then((m) => ({
    default: m.AuthoredScenarioPage,
  })),
);

// Coordinators' and administrators' screens: one lazy chunk each, never loaded by staff.
const CoordinatePage = lazy(() =>
  import('../features/coordinate/components/coordinate-page').then((m) => ({
    default: m.CoordinatePage,
  })),
);
const UsersPage = lazy(() =>
  import('../features/coordinate/components/users-page').then((m) => ({ default: m.UsersPage })),
);

interface Route {
  path: string;
  render: (params: Record<string, string>) => ReactNode;
}

export const ROUTES: Route[] = [
  { path: '/', render: () => <WhoToCallPage /> },
  { path: '/barrier/:code', render: ({ code = '' }) => <BarrierPage code={code} /> },
  { path: '/organisation/:id', render: ({ id = '' }) => <OrganisationPage id={id} /> },
  { path: '/contact/:id', render: ({ id = '' }) => <ContactPage id={id} /> },
  { path: '/municipality/:id', render: ({ id = '' }) => <MunicipalityPage id={id} /> },
  { path: '/search', render: () => <SearchPage /> },
  { path: '/sign-in', render: () => <SignInPage /> },
  { path: '/forgot-password', render: () => <ForgotPasswordPage /> },
  { path: '/accept-invitation', render: () => <SetPasswordPage purpose="invitation" /> },
  { path: '/reset-password', render: () => <SetPasswordPage purpose="reset" /> },
  // A contact's own verification link (no account needed).
  { path: '/verify-contact', render: () => <VerifyContactPage /> },
  { path: '/account/sessions', render: () => <SessionsPage /> },
  { path: '/account/two-step', render: () => <TwoStepPage /> },
  { path: '/account/mail', render: () => <MailSettingsPage /> },
  { path: '/stop-digest', render: () => <StopDigestPage /> },
  { path: '/graph', render: () => <GraphPage /> },
  { path: '/manual', render: () => <ManualPage /> },
  { path: '/training', render: () => <TrainingPage /> },
  // A scenario's id holds colons: it travels as ?id=.
  { path: '/training/scenario', render: () => <ScenarioPage /> },
  { path: '/training/authored', render: () => <AuthoredScenarioPage /> },
  // The coordinate feature resolves its own paths below /coordinate.
  { path: '/coordinate', render: () => <CoordinatePage /> },
  { path: '/coordinate/:section', render: () => <CoordinatePage /> },
  { path: '/coordinate/:section/:id', render: () => <CoordinatePage /> },
  { path: '/users', render: () => <UsersPage /> },
];

/** The page for a pathname, or null (not found). */
export function resolveRoute(pathname: string): { key: string; element: ReactNode } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params) return { key: route.path, element: route.render(params) };
  }
  return null;
}
