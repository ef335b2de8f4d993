/**
 * Retention: a person nobody uses any more is erased after a period (RETENTION_MONTHS) — the
 * archived ones, and those whose every tie has ended. The clock starts when they were last in
 * use: the latest of their archiving or last change, their creation and the end of their last
 * tie, so a restored or edited person starts afresh. Erasure is the administrators' own
 * (`deleteEntity`: the audit trail keeps its events under a pseudonym), one transaction per
 * person, each a DELETE event with the rule as its reason, and the run itself a RETENTION event.
 */

import type { Actor, Editor } from '../audit/editor';
import { startPeriodic } from '../shared/periodic';
import type { PrivacyRepository, RetentionCandidateRow } from './privacy.repository';

/** Who erases on the rule's behalf in the audit trail. */
export const RETENTION_ACTOR: Actor = { id: 'system-retention', email: 'system:retention' };

/** How often the server applies the rule (and once at start). */
export const RETENTION_EVERY_MS = 6 * 60 * 60 * 1000;

export interface RetentionEntry {
  id: string;
  name: string;
  status: string;
  /** Last in use (ISO date). */
  since: string;
  /** The day the rule erases them (ISO date). */
  eraseOn: string;
  /** True when that day has come: the next run erases them. */
  due: boolean;
}

/** `date` (ISO) plus `months`, as an ISO date (the 31st becomes the month's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** Who the rule would erase and when, soonest first. */
export function retentionPlan(
  candidates: readonly RetentionCandidateRow[],
  months: number,
  now: Date = new Date(),
): RetentionEntry[] {
  const today = now.toISOString().slice(0, 10);
  return candidates
    .map((c) => {
      const eraseOn = addMonths(c.since, months);
      return {
        id: c.id,
        name: `${c.firstName} ${c.lastName}`.trim(),
        status: c.status,
        since: c.since.slice(0, 10),
        eraseOn,
        due: eraseOn <= today,
      };
    })
    .sort((a, b) => a.eraseOn.localeCompare(b.eraseOn) || a.id.localeCompare(b.id));
}

/** The preview: the plan as it stands; empty when the rule is off (0 months). */
export async function retentionPreview(
  privacy: PrivacyRepository,
  months: number,
  now: Date = new Date(),
): Promise<RetentionEntry[]> {
  if (months <= 0) return [];
  return retentionPlan(await privacy.retentionCandidates(), months, now);
}

/** Erases everyone the rule has come due for; returns how many. The run is audited when it erased any. */
export async function runRetention(
  deps: { privacy: PrivacyRepository; editor: Editor },
  months: number,
  now: Date = new Date(),
): Promise<{ erased: number }> {
  const due = (await retentionPreview(deps.privacy, months, now)).filter((e) => e.due);
  let erased = 0;
  for (const entry of due) {
    const reason = `Retention: not in use since ${entry.since}, kept ${months} months (RETENTION_MONTHS)`;
    const done = await deps.editor.run(RETENTION_ACTOR, async (w) => {
      const locked = await w.lock(entry.id, null, 'person', 'Person').catch(() => null);
      if (!locked) return false;
      // Restored or changed since the preview: the clock has started again.
      if (String(locked.current.updatedAt ?? '').slice(0, 10) > entry.since) return false;
      await w.delete(locked, reason);
      return true;
    });
    if (done) erased++;
  }
  if (erased > 0) {
    await deps.editor.access(
      RETENTION_ACTOR,
      'RETENTION',
      { type: 'Retention', id: 'retention', name: 'retention' },
      { months, erased },
    );
  }
  return { erased };
}

/**
 * Applies the rule now and then every RETENTION_EVERY_MS, on a timer that never keeps the process
 * up; returns the function that stops it (the server calls it when it stops). A run still going
 * when the next is due is not doubled.
 */
export function startRetention(
  deps: { privacy: PrivacyRepository; editor: Editor },
  months: number,
  log: (line: string) => void,
): () => void {
  if (months <= 0) return () => {};
  return startPeriodic(
    'Retention',
    RETENTION_EVERY_MS,
    async () => {
      const { erased } = await runRetention(deps, months);
      return erased > 0
        ? `Retention: erased ${erased} person(s) not in use for ${months} months`
        : null;
    },
    log,
  );
}
