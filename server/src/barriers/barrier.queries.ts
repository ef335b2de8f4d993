/** The Cypher of barriers (cypher/queries/barriers): what each query takes and returns. */
import { cypherQuery, type NoParams } from '../db/query';
import type { Role } from '../shared/codes';
import type { Translated } from '../shared/language';

export interface BarrierRow extends Translated<'name'>, Translated<'guidance'> {
  id: string;
  code: string;
  sourceModel: string | null;
  sortOrder: number | null;
  version: number;
  indicatorIds: string[];
  measureIds: string[];
}

export interface BarrierRoleRow {
  organisationId: string;
  role: Role;
}

export interface CodeRow extends Translated<'name'> {
  id: string;
  code: string;
}

/** All barriers in the model's order. */
export const listBarriers = cypherQuery<NoParams, { barrier: BarrierRow }>('barriers/list');

export const barriersByCodes = cypherQuery<{ codes: readonly string[] }, { barrier: BarrierRow }>(
  'barriers/by-codes',
);

export const barrierRolesByCodes = cypherQuery<
  { codes: readonly string[] },
  { code: string; roles: BarrierRoleRow[] }
>('barriers/roles-by-codes');

/** Forms of exploitation and high-risk sectors. */
export const referenceLists = cypherQuery<NoParams, { forms: CodeRow[]; sectors: CodeRow[] }>(
  'barriers/reference-lists',
);
