/**
 * "Report this contact": send a report, and know which contacts on screen are reported and being
 * checked. Every contact on a screen asks for its marker; the asks of one render go out as one
 * request, and the answers stay until the cache is cleared (sign-in, sign-out, any change).
 */

import { useEffect, useSyncExternalStore } from 'react';
import { LIMITS } from '../../../shared/rules/limits';
import { graphql, type ResultOf } from './documents';
import { onCacheCleared, request } from './graphql';
import type { Lang } from './i18n';

import type { ReportReason } from './schema';

export { REPORT_REASONS, type ReportReason, STAFF_REPORT_REASONS } from './schema';

/** The longest explanation a report takes: the server's limit (shared/rules). */
export const REPORT_MESSAGE_MAX = LIMITS.reportMessage;

export const REPORT_CONTACT = graphql(`
  mutation ReportContact($id: ID!, $reason: ContactReportReason!, $message: String) {
    reportContact(id: $id, reason: $reason, message: $message)
  }
`);

export const CONTACT_REPORT_MARKERS = graphql(`
  query ContactReportMarkers($ids: [ID!]!) {
    contactReportMarkers(ids: $ids) {
      contactId
      reported
      reportedByYou
    }
  }
`);

export type ReportMarker = Omit<
  ResultOf<typeof CONTACT_REPORT_MARKERS>['contactReportMarkers'][number],
  'contactId'
>;

/** Sends a report in the user's language (field errors come back in it). */
export async function reportContact(
  input: { id: string; reason: ReportReason; message: string },
  lang: Lang,
): Promise<void> {
  const message = input.message.trim();
  await request(
    REPORT_CONTACT,
    { id: input.id, reason: input.reason, message: message || null },
    { lang },
  );
  setMarker(input.id, { reported: true, reportedByYou: true });
}

// ---------------------------------------------------------------------------------------------
// The markers: a small store, filled in batches.

/** As many ids as one request carries (the API takes up to 200). */
const BATCH = 100;
const markers = new Map<string, ReportMarker>();
const wanted = new Set<string>();
const asked = new Set<string>();
const listeners = new Set<() => void>();
let scheduled = false;
let generation = 0;

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

onCacheCleared(() => {
  markers.clear();
  asked.clear();
  generation++;
  notify();
});

/** Records what is now known about a contact (after sending a report, say) for every display. */
export function setMarker(contactId: string, marker: ReportMarker): void {
  markers.set(contactId, marker);
  notify();
}

async function flush() {
  scheduled = false;
  const ids = [...wanted];
  wanted.clear();
  const started = generation;
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    try {
      const data = await request(CONTACT_REPORT_MARKERS, { ids: batch });
      if (started !== generation) return;
      const found = new Map(data.contactReportMarkers.map((m) => [m.contactId, m]));
      for (const id of batch) {
        const m = found.get(id);
        markers.set(id, {
          reported: m?.reported ?? false,
          reportedByYou: m?.reportedByYou ?? false,
        });
      }
    } catch {
      // No marker is shown rather than an error on every contact; the report button still works.
    }
    notify();
  }
}

/** Whether a contact is reported and being checked; undefined until known (or when `skip`). */
export function useReportMarker(contactId: string, skip = false): ReportMarker | undefined {
  const marker = useSyncExternalStore(
    subscribe,
    () => markers.get(contactId),
    () => undefined,
  );
  const missing = !skip && marker === undefined;
  useEffect(() => {
    if (!missing || asked.has(contactId)) return;
    asked.add(contactId);
    wanted.add(contactId);
    if (!scheduled) {
      scheduled = true;
      // Every contact of the render asks before the request leaves.
      setTimeout(() => void flush(), 0);
    }
  }, [contactId, missing]);
  return skip ? undefined : marker;
}
