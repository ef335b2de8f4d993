/** The CSV and JSON of what the view shows: its nodes and its edges, as the API named them. */
import type { VisibleGraph } from './graph-model';

const COLUMNS = [
  'element',
  'id',
  'type',
  'label',
  'country',
  'subtype',
  'source',
  'target',
  'role',
  'crossBorder',
  'mutual',
  'legalBases',
  'dataCategories',
] as const;

/** One CSV cell: quoted when needed; a leading = + - @ cannot start a spreadsheet formula. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Nodes, then edges, one per line (RFC 4180, CRLF). */
export function toCsv(view: VisibleGraph): string {
  const rows: (string | number | boolean | null)[][] = [[...COLUMNS]];
  for (const n of view.nodes) {
    rows.push([
      'node',
      n.id,
      n.type,
      n.label,
      n.country,
      n.subtype,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  }
  for (const e of view.edges) {
    rows.push([
      'edge',
      e.id,
      e.type,
      null,
      null,
      null,
      e.source,
      e.target,
      e.role,
      e.crossBorder,
      e.mutual,
      e.legalBases.map((b) => b.code).join('; ') || null,
      e.dataCategories?.join('; ') || null,
    ]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The view as JSON, with the link that opens it again. */
export function toJson(view: VisibleGraph, url: string): string {
  return `${JSON.stringify(
    {
      view: url,
      exportedAt: new Date().toISOString(),
      nodes: view.nodes,
      edges: view.edges,
      groups: view.groups?.map((g) => ({ role: g.role, members: g.members.map((m) => m.id) })),
    },
    null,
    2,
  )}\n`;
}

/** A file name from the focus (or "netwerk") and today's date. */
export function exportName(focus: string | null, extension: string, date = new Date()): string {
  return `netwerk-${focus ?? 'weergave'}-${date.toISOString().slice(0, 10)}.${extension}`;
}
