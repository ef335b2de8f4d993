/** Barriers of the barrier model, and the small reference lists beside them. */
import type { Database } from '../db/database';
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

const Q = {
  list: 'barriers/list',
  byCodes: 'barriers/by-codes',
  rolesByCodes: 'barriers/roles-by-codes',
  referenceLists: 'barriers/reference-lists',
} as const;

export class BarrierRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  /** All barriers in the model's order. */
  async list(): Promise<BarrierRow[]> {
    const rows = await this.db.read<{ barrier: BarrierRow }>(Q.list);
    return rows.map((r) => r.barrier);
  }

  /** Barriers by code, in the order asked, null where unknown (DataLoader contract). */
  async byCodes(codes: readonly string[]): Promise<(BarrierRow | null)[]> {
    const rows = await this.db.read<{ barrier: BarrierRow }>(Q.byCodes, { codes });
    const byCode = new Map(rows.map((r) => [r.barrier.code, r.barrier]));
    return codes.map((c) => byCode.get(c) ?? null);
  }

  /** The roles at each barrier, in the order asked; an unknown barrier has none. */
  async rolesByCodes(codes: readonly string[]): Promise<BarrierRoleRow[][]> {
    const rows = await this.db.read<{ code: string; roles: BarrierRoleRow[] }>(Q.rolesByCodes, {
      codes,
    });
    const byCode = new Map(rows.map((r) => [r.code, r.roles]));
    return codes.map((c) => byCode.get(c) ?? []);
  }

  /** Forms of exploitation and high-risk sectors. */
  async referenceLists(): Promise<{ forms: CodeRow[]; sectors: CodeRow[] }> {
    const [row] = await this.db.read<{ forms: CodeRow[]; sectors: CodeRow[] }>(Q.referenceLists);
    const byCode = (a: CodeRow, b: CodeRow) => a.code.localeCompare(b.code);
    return { forms: (row?.forms ?? []).sort(byCode), sectors: (row?.sectors ?? []).sort(byCode) };
  }
}
