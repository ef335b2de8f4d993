/** Barriers of the barrier model, and the small reference lists beside them. */
import type { Database } from '../db/database';
import {
  type BarrierRoleRow,
  type BarrierRow,
  barrierRolesByCodes,
  barriersByCodes,
  type CodeRow,
  listBarriers,
  referenceLists,
} from './barrier.queries';

export type { BarrierRoleRow, BarrierRow, CodeRow } from './barrier.queries';

export class BarrierRepository {
  constructor(private readonly db: Database) {}

  /** All barriers in the model's order. */
  async list(): Promise<BarrierRow[]> {
    const rows = await this.db.read(listBarriers);
    return rows.map((r) => r.barrier);
  }

  /** Barriers by code, in the order asked, null where unknown (DataLoader contract). */
  async byCodes(codes: readonly string[]): Promise<(BarrierRow | null)[]> {
    const rows = await this.db.read(barriersByCodes, { codes });
    const byCode = new Map(rows.map((r) => [r.barrier.code, r.barrier]));
    return codes.map((c) => byCode.get(c) ?? null);
  }

  /** The roles at each barrier, in the order asked; an unknown barrier has none. */
  async rolesByCodes(codes: readonly string[]): Promise<BarrierRoleRow[][]> {
    const rows = await this.db.read(barrierRolesByCodes, { codes });
    const byCode = new Map(rows.map((r) => [r.code, r.roles]));
    return codes.map((c) => byCode.get(c) ?? []);
  }

  /** Forms of exploitation and high-risk sectors. */
  async referenceLists(): Promise<{ forms: CodeRow[]; sectors: CodeRow[] }> {
    const [row] = await this.db.read(referenceLists);
    const byCode = (a: CodeRow, b: CodeRow) => a.code.localeCompare(b.code);
    return { forms: (row?.forms ?? []).sort(byCode), sectors: (row?.sectors ?? []).sort(byCode) };
  }
}
