/** The demo accounts of the local default (config.demoAccounts): never in production. */
import { randomBytes } from 'node:crypto';
import type { AuthRepository, UserRole } from './auth.repository';
import { hashPassword } from './password';

const DEMO_USERS: {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  organisationId: string | null;
  scopeRegionIds: string[];
}[] = [
  {
    id: 'user-demo-staff',
    email: 'staff@demo.local',
    name: 'Eva Voorbeeld',
    role: 'STAFF',
    organisationId: 'org-stad-genk',
    scopeRegionIds: [],
  },
  {
    id: 'user-demo-coordinator',
    email: 'coordinator@demo.local',
    name: 'Jan Janssens',
    role: 'COORDINATOR',
    organisationId: 'org-ariec-limburg',
    scopeRegionIds: ['region-prov-limburg-be'],
  },
  {
    id: 'user-demo-admin',
    email: 'admin@demo.local',
    name: 'Sophie Dupont',
    role: 'ADMIN',
    organisationId: null,
    scopeRegionIds: [],
  },
];

/** Creates or refreshes the demo accounts; returns the password they share. */
export async function ensureDemoAccounts(repo: AuthRepository, password?: string): Promise<string> {
  const chosen = password ?? randomBytes(9).toString('base64url');
  const passwordHash = await hashPassword(chosen);
  for (const user of DEMO_USERS) {
    await repo.upsertDemoUser({ ...user, passwordHash });
  }
  return chosen;
}

export const DEMO_EMAILS = DEMO_USERS.map((u) => u.email);
