/**
 * The access-request document as a readable, printable HTML page: one self-contained file (no
 * scripts, no outside resources) the administrator can print to PDF or hand over as it is.
 */
import {
  CODE_NAMES_EN,
  CODE_NAMES_FR,
  CODE_NAMES_NL,
  type CodeNames,
} from '../../../shared/code-names';
import type { Language } from '../shared/language';
import type { AccessRequestDocument } from './access-request';
import { ACCESS_REQUEST_TEXTS, accessRequestWord } from './access-request.texts';

const CODE_NAMES: Record<Language, CodeNames> = {
  NL: CODE_NAMES_NL,
  FR: CODE_NAMES_FR,
  EN: CODE_NAMES_EN,
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
/** Text for an element or a double-quoted attribute (the only kind this page writes). */
const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/** A stored value as text: lists joined, objects as key: value, nothing as a dash. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.length ? value.map(shown).join(', ') : '–';
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k}: ${shown(v)}`)
      .join('; ');
  return String(value);
}

const LOCALE: Record<Language, string> = { NL: 'nl-BE', FR: 'fr-BE', EN: 'en-GB' };

function when(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(LOCALE[lang], {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short', timeZone: 'Europe/Brussels' }),
  }).format(date);
}

function table(head: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p class="none">${esc(empty)}</p>`;
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const STYLE = `
  body { font: 11pt/1.45 system-ui, 'Segoe UI', Arial, sans-serif; color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1.5rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
  h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1d4f91; padding-bottom: .2rem; color: #1d4f91; }
  p.meta, p.note, p.none { color: #444; }
  table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; }
  th, td { text-align: left; vertical-align: top; border: 1px solid #bbb; padding: .3rem .5rem; overflow-wrap: break-word; }
  th { background: #eef2f7; }
  ul.changes { margin: 0; padding-left: 1.1rem; }
  footer { margin-top: 2.5rem; border-top: 1px solid #bbb; padding-top: .5rem; font-size: .9rem; color: #444; }
  @media print {
    body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
    h2 { break-after: avoid; }
    tr { break-inside: avoid; }
    @page { margin: 1.5cm; }
  }`;

/** The document as an HTML page in its own language. */
export function accessRequestHtml(doc: AccessRequestDocument): string {
  const lang = doc.language;
  const t = ACCESS_REQUEST_TEXTS[lang];
  const word = (key: string) => accessRequestWord(lang, key);
  const entry = table(
    [t.field, t.value],
    Object.entries(doc.entry.fields)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [esc(word(k)), esc(typeof v === 'string' ? word(v) : shown(v))]),
    t.none,
  );
  const ties = table(
    [t.place, t.function, t.from, t.to],
    doc.entry.ties.map((w) => [
      esc(w.organisationName ? `${w.placeName} (${w.organisationName})` : w.placeName),
      esc(shown(w.function)),
      esc(w.from ? when(w.from, lang) : '–'),
      esc(w.to ? when(w.to, lang) : '–'),
    ]),
    t.none,
  );
  const responsibilities = table(
    [t.barrier, t.role, t.priority],
    doc.entry.responsibilities.map((r) => [
      esc(r.barrierCode),
      esc(CODE_NAMES[lang][`role.${r.role}` as keyof CodeNames] ?? r.role),
      esc(word(r.priority)),
    ]),
    t.none,
  );
  const history = table(
    [t.at, t.by, t.action, t.changes],
    doc.history.map((e) => [
      esc(when(e.at, lang)),
      esc(e.by),
      esc(word(e.action)),
      `<ul class="changes">${e.changes
        .map(
          (c) =>
            `<li><strong>${esc(word(c.field))}</strong>: ${esc(shown(c.from))} → ${esc(shown(c.to))}</li>`,
        )
        .join('')}</ul>`,
    ]),
    t.none,
  );
  const reports = table(
    [t.at, t.by, t.reason, t.message, t.status],
    doc.reports.map((r) => [
      esc(when(r.at, lang)),
      esc(r.userEmail),
      esc(shown(r.reason)),
      esc(shown(r.message)),
      esc(r.status),
    ]),
    t.none,
  );
  const exports = table(
    [t.at, t.by, t.file, t.filter, t.persons, t.included],
    doc.exports.map((x) => [
      esc(when(x.at, lang)),
      esc(x.by),
      esc(x.file),
      esc(shown(x.filter)),
      esc(String(x.persons)),
      esc(x.included === 'certain' ? t.certain : t.possible),
    ]),
    t.none,
  );
  const title = t.title.replace('{name}', doc.subject.name);
  return `<!doctype html>
<html lang="${lang.toLowerCase()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<p class="meta">${esc(t.intro.replace('{date}', when(doc.generatedAt, lang)))}</p>
<h2>${esc(t.entry)}</h2>
${entry}
<h2>${esc(t.ties)}</h2>
${ties}
<h2>${esc(t.responsibilities)}</h2>
${responsibilities}
<h2>${esc(t.history)}</h2>
${history}
<h2>${esc(t.reports)}</h2>
${reports}
<h2>${esc(t.exports)}</h2>
<p class="note">${esc(t.exportsNote)}</p>
${exports}
</main>
<footer>${esc(t.footer)} · ${esc(doc.subject.id)}</footer>
</body>
</html>
`;
}
