/**
 * The manual as a PDF, made with pdfmake on the server: real text (searchable, selectable), a
 * table of contents and page numbers. Fonts are pdfmake's own Roboto files, the only files it may
 * read; it may fetch nothing.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { INDICATOR_KINDS } from '../../../shared/codes';
import { localMunicipality, partnersByRole, signalRoute } from '../../../shared/manual';
import { fillText, MANUAL_TEXT, type ManualTextKey } from '../../../shared/manual-text';
import type { Language } from '../shared/language';
import type { ContactData, FirstCallData, ManualAnswer } from './manual-document';

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as typeof import('pdfmake');
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts/Roboto');
pdfmake.setFonts({
  Roboto: {
    normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR + path.sep));

const ACCENT = '#1f4e79';
const LOCALE: Record<Language, string> = { NL: 'nl-BE', FR: 'fr-BE', EN: 'en-GB' };

/** The texts of one language, with codes named through their catalogue key. */
function texts(lang: Language) {
  const catalogue = MANUAL_TEXT[lang];
  const t = (key: ManualTextKey, params?: Record<string, string | number>) =>
    fillText(catalogue[key], params);
  const code = (prefix: string, value: string | null | undefined) => {
    if (!value) return '';
    const key = `${prefix}.${value}` as ManualTextKey;
    return key in catalogue ? catalogue[key] : value;
  };
  const date = (iso: string) =>
    new Intl.DateTimeFormat(LOCALE[lang], {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Brussels',
    }).format(new Date(iso));
  return { t, code, date };
}

const contactLines = (c: ContactData | null | undefined): string =>
  c
    ? [
        c.__typename === 'Person' && c.function ? `${c.name} (${c.function})` : c.name,
        c.phone,
        c.email,
      ]
        .filter(Boolean)
        .join(' · ')
    : '';

const heading = (text: string, pageBreak?: 'before') => ({
  text,
  style: 'h1',
  tocItem: true,
  ...(pageBreak ? { pageBreak } : {}),
});

/** The document definition of a manual (exported for tests of the layout without rendering). */
export function manualDefinition(answer: ManualAnswer, lang: Language): TDocumentDefinitions {
  const { t, code, date } = texts(lang);
  const { manual } = answer;
  const { barrier, region } = manual;
  const entries = answer.SIGNAL.entries;
  const first = (need: keyof ManualAnswer): FirstCallData | null =>
    need === 'manual' ? null : (answer[need].firstCall[0] ?? null);
  const route = signalRoute(
    localMunicipality(entries),
    {
      SIGNAL: toStep(first('SIGNAL')),
      INSPECTION: toStep(first('INSPECTION')),
      ENFORCEMENT: toStep(first('ENFORCEMENT')),
      VICTIM_SUPPORT: toStep(first('VICTIM_SUPPORT')),
    },
    manual.agreements,
  );
  const basisText = (b: { code: string; name: string; citation: string | null }) =>
    `${b.name}${b.citation ? ` (${b.citation})` : ''}`;
  const title = t('docTitle', { barrier: barrier.name });

  const content: Content[] = [
    { text: title, style: 'title' },
    {
      text: t('forRegion', { region: region.name, type: code('regionType', region.type) }),
      style: 'subtitle',
    },
    { text: t('generatedAt', { date: date(manual.generatedAt) }), style: 'meta' },
    manual.lastChangeAt
      ? { text: t('lastChange', { date: date(manual.lastChangeAt) }), style: 'meta' }
      : '',
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              text: manual.personsHidden ? t('personsHidden') : t('personsShown'),
              style: 'notice',
            },
          ],
        ],
      },
      layout: 'noBorders',
      fillColor: '#fff4d6',
      margin: [0, 8, 0, 12],
    },
    { toc: { title: { text: t('toc'), style: 'h1' } } },

    heading(t('guidance'), 'before'),
    { text: barrier.guidance ?? t('none'), style: 'body' },

    heading(t('signals')),
    ...INDICATOR_KINDS.flatMap((kind): Content[] => {
      const list = barrier.indicators.filter((i) => i.kind === kind);
      if (list.length === 0) return [];
      return [
        { text: code('indicatorKind', kind), style: 'h2' },
        {
          ul: list.map((i) => ({
            text: [{ text: i.name, bold: true }, i.description ? ` — ${i.description}` : ''],
          })),
          style: 'body',
        },
      ];
    }),

    heading(t('measures')),
    ...(barrier.measures.length === 0 ? [{ text: t('none'), style: 'body' }] : []),
    ...barrier.measures.map(
      (m): Content => ({
        stack: [
          { text: m.name, style: 'h2' },
          m.description ? { text: m.description, style: 'body' } : '',
          {
            text: [
              { text: `${t('legalBasis')}: `, bold: true },
              m.legalBases.map(basisText).join('; ') || t('none'),
            ],
            style: 'body',
          },
          m.organisations.length
            ? {
                text: [
                  { text: `${t('appliedBy')}: `, bold: true },
                  m.organisations.map((o) => o.name).join(', '),
                ],
                style: 'body',
              }
            : '',
        ],
        unbreakable: true,
      }),
    ),

    heading(t('route')),
    { text: t('routeIntro'), style: 'body' },
    routeDiagram(route, t),
    {
      ol: route.map((step) => ({
        stack: [
          {
            text: [
              { text: `${t(`step.${step.need}`)}: `, bold: true },
              step.organisation
                ? `${step.organisation.name}${step.role ? ` (${code('role', step.role)})` : ''}`
                : t('nobody'),
            ],
          },
          step.organisation && step.from && step.from.id !== step.organisation.id
            ? {
                text:
                  step.sharing.length > 0
                    ? `${step.from.name} → ${step.organisation.name}: ${step.sharing
                        .map((a) =>
                          t('mayShare', {
                            data: a.dataCategories.map((d) => code('dataCategory', d)).join(', '),
                            basis: a.legalBases.map(basisText).join('; '),
                          }),
                        )
                        .join(' ')}`
                    : `${step.from.name} → ${step.organisation.name}: ${t('noAgreement')}`,
                style: 'small',
              }
            : '',
        ],
      })),
      style: 'body',
    },

    heading(t('firstCalls')),
    { text: t('firstCallsIntro'), style: 'body' },
    table(
      [t('role'), t('partner'), t('contact')],
      (['SIGNAL', 'ADVICE', 'INSPECTION', 'ENFORCEMENT', 'VICTIM_SUPPORT'] as const).flatMap(
        (need) => {
          const calls = answer[need].firstCall;
          if (calls.length === 0) return [[code('need', need), t('nobody'), '']];
          return calls.map((c, i) => [
            i === 0 ? code('need', need) : '',
            `${c.organisation.name}${c.reason.role ? ` (${code('role', c.reason.role)})` : ''}`,
            contactLines(c.contact),
          ]);
        },
      ),
      [90, '*', '*'],
    ),

    heading(t('partners')),
    ...partnersByRole(entries).map(
      (group): Content => ({
        stack: [
          { text: code('role', group.role), style: 'h2' },
          table(
            [t('partner'), t('scopeLabel'), t('contact')],
            group.partners.map((p) => [
              p.entry.organisation.name,
              code('scope', p.entry.scope),
              p.contact ? contactLines(p.contact.contact) : { text: t('noContact'), italics: true },
            ]),
            ['*', 60, '*'],
          ),
        ],
      }),
    ),

    heading(t('sharing')),
    { text: t('sharingIntro'), style: 'body' },
    manual.agreements.length === 0
      ? { text: t('none'), style: 'body' }
      : table(
          [t('parties'), t('data'), t('legalBasis'), t('conditions')],
          manual.agreements.map((a) => [
            `${a.from.name} ${a.mutual ? '↔' : '→'} ${a.to.name}${a.mutual ? ` (${t('mutual')})` : ''}`,
            a.dataCategories.map((d) => code('dataCategory', d)).join(', '),
            a.legalBases.map(basisText).join('; '),
            a.conditions ?? '',
          ]),
          ['*', 80, '*', '*'],
        ),
  ];

  return {
    info: { title, subject: region.name, creator: 'CONFINE network' },
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    header: (page) =>
      page === 1
        ? ''
        : { text: `${title} — ${region.name}`, style: 'running', margin: [40, 20, 40, 0] },
    footer: (page, pages) => ({
      text: t('page', { page, pages }),
      style: 'running',
      alignment: 'center',
      margin: [40, 15, 40, 0],
    }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 22, bold: true, color: ACCENT, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 8] },
      meta: { fontSize: 9, color: '#444444' },
      notice: { fontSize: 10, bold: true, margin: [6, 6, 6, 6] },
      h1: { fontSize: 15, bold: true, color: ACCENT, margin: [0, 16, 0, 6] },
      h2: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
      body: { margin: [0, 0, 0, 6] },
      small: { fontSize: 8.5, color: '#333333' },
      th: { bold: true, fillColor: '#e8eef5' },
      running: { fontSize: 8, color: '#555555' },
    },
  };
}

function toStep(call: FirstCallData | null) {
  return call ? { organisation: call.organisation, role: call.reason.role } : null;
}

function table(head: string[], rows: TableCell[][], widths: (number | string)[]): Content {
  return {
    table: {
      headerRows: 1,
      widths,
      body: [head.map((text) => ({ text, style: 'th' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 2, 0, 8],
  };
}

/** The route as boxes and arrows, drawn with pdfmake's own vector shapes so its text stays text. */
function routeDiagram(
  route: ReturnType<
    typeof signalRoute<{ id: string; name: string }, ManualAnswer['manual']['agreements'][number]>
  >,
  t: (key: ManualTextKey) => string,
): Content {
  const box = (label: string, name: string, fill: string): TableCell => ({
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: label, bold: true, fontSize: 8 },
              { text: name, fontSize: 7.5 },
            ],
            margin: [3, 3, 3, 3],
          },
        ],
      ],
    },
    layout: { hLineColor: () => ACCENT, vLineColor: () => ACCENT, fillColor: () => fill },
  });
  const arrow: TableCell = {
    canvas: [
      { type: 'line', x1: 0, y1: 14, x2: 10, y2: 14, lineWidth: 1.2, lineColor: ACCENT },
      {
        type: 'polyline',
        points: [
          { x: 8, y: 10 },
          { x: 13, y: 14 },
          { x: 8, y: 18 },
        ],
        closePath: true,
        color: ACCENT,
        lineColor: ACCENT,
      },
    ],
    margin: [1, 10, 0, 0],
  };
  const cells: TableCell[] = [box(t('step.NOTICE'), route[0]?.from?.name ?? t('you'), '#fff4d6')];
  for (const step of route) {
    cells.push(
      arrow,
      box(t(`step.${step.need}`), step.organisation?.name ?? t('nobody'), '#e8eef5'),
    );
  }
  return {
    table: {
      widths: cells.map((_, i) => (i % 2 === 1 ? 14 : '*')),
      body: [cells],
    },
    layout: 'noBorders',
    margin: [0, 6, 0, 10],
    unbreakable: true,
  };
}

/** Renders a manual to PDF bytes. */
export async function renderManualPdf(answer: ManualAnswer, lang: Language): Promise<Buffer> {
  return pdfmake.createPdf(manualDefinition(answer, lang)).getBuffer();
}
