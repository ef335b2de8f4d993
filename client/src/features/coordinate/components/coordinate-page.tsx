/**
 * Everything under /coordinate: one entry for the app's router, which loads this feature (one
 * lazy chunk) only when a coordinator opens it. The paths below are this feature's own.
 */
import type { ReactNode } from 'react';
import { matchPath, useLocation } from '../../../lib/router';
import '../styles/coordinate.css';
import { AgreementEditPage, AgreementNewPage } from './agreement-page';
import { AuditPage } from './audit-page';
import { ContactEditPage } from './contact-edit-page';
import { ContactNewPage } from './contact-new-page';
import { DashboardPage } from './dashboard-page';
import { GeographyPage, RegionEditPage, RegionNewPage } from './geography-page';
import { MeasureEditPage } from './measure-page';
import { OrganisationEditPage } from './organisation-edit-page';
import { OrganisationNewPage } from './organisation-new-page';
import { NotHerePage } from './page-parts';
import { QueuePage } from './queue-page';
import { ScenarioEditPage, ScenarioNewPage } from './scenario-page';
import { TransferPage } from './transfer-page';
import { UnitEditPage, UnitNewPage } from './unit-page';
import { VocabularyPage } from './vocabulary-page';

type Render = (params: Record<string, string>) => ReactNode;

const PAGES: [string, Render][] = [
  ['/coordinate', () => <DashboardPage />],
  ['/coordinate/queue', () => <QueuePage />],
  ['/coordinate/transfer', () => <TransferPage />],
  ['/coordinate/audit', () => <AuditPage />],
  ['/coordinate/vocabulary', () => <VocabularyPage />],
  ['/coordinate/geography', () => <GeographyPage />],
  ['/coordinate/geography/new', () => <RegionNewPage />],
  ['/coordinate/geography/:id', ({ id = '' }) => <RegionEditPage id={id} />],
  ['/coordinate/new/organisation', () => <OrganisationNewPage />],
  ['/coordinate/new/contact', () => <ContactNewPage />],
  ['/coordinate/new/unit', () => <UnitNewPage />],
  ['/coordinate/new/agreement', () => <AgreementNewPage />],
  ['/coordinate/new/scenario', () => <ScenarioNewPage />],
  ['/coordinate/organisation/:id', ({ id = '' }) => <OrganisationEditPage id={id} />],
  ['/coordinate/contact/:id', ({ id = '' }) => <ContactEditPage id={id} />],
  ['/coordinate/unit/:id', ({ id = '' }) => <UnitEditPage id={id} />],
  ['/coordinate/agreement/:id', ({ id = '' }) => <AgreementEditPage id={id} />],
  ['/coordinate/measure/:id', ({ id = '' }) => <MeasureEditPage id={id} />],
  ['/coordinate/scenario/:id', ({ id = '' }) => <ScenarioEditPage id={id} />],
];

export function CoordinatePage() {
  const { pathname } = useLocation();
  for (const [pattern, render] of PAGES) {
    const params = matchPath(pattern, pathname);
    if (params) return <>{render(params)}</>;
  }
  return <NotHerePage />;
}
