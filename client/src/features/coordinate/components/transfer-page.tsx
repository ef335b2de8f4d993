/**
 * `/coordinate/transfer`: import a CSV file or an .xlsx workbook (dry run first: what each row would do and why a
 * row is refused; then the real import, watched as it goes) and download the exports.
 */
import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import type { MessageKey } from '../../../i18n/nl';
import { type ApiError, asApiError, clearCache, useQuery } from '../../../lib/graphql';
import { useViewer } from '../../../lib/viewer';
import { EDIT_OPTIONS } from '../api/organisation';
import {
  commitImport,
  type DryRun,
  dryRun,
  EXPORTS,
  fetchImportJob,
  type ImportAction,
  type ImportJob,
  type ImportRow,
  type ImportUpload,
  readUpload,
  whoToCallVcardLink,
} from '../api/transfer';
import { useText } from '../i18n/use-text';
import { columnPlace } from '../utils/import-columns';
import { FormFailure } from './edit-section';
import { RequireEditor } from './page-parts';

/** Largest file the server imports (docs/import-format.md). */
const MAX_BYTES = 5 * 1024 * 1024;

export function TransferPage() {
  return (
    <RequireEditor>
      <Transfer />
    </RequireEditor>
  );
}

function Transfer() {
  const { ct } = useText();
  usePageTitle(ct('transfer.title'));
  return (
    <div className="page coordinate-page">
      <header className="page__header">
        <p className="kicker">{ct('dashboard.kicker')}</p>
        <h1>{ct('transfer.title')}</h1>
        <p className="lead">{ct('transfer.intro')}</p>
      </header>
      <div className="stack">
        <ImportSection />
        <ExportSection />
      </div>
    </div>
  );
}

type Step =
  | { step: 'choose' }
  | { step: 'checking'; name: string }
  | { step: 'report'; name: string; file: ImportUpload; report: DryRun }
  | { step: 'importing'; name: string; file: ImportUpload; report: DryRun; job: ImportJob };

function ImportSection() {
  const { ct, ctn, lang } = useText();
  const inputId = useId();
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFailure(null);
    setTooLarge(false);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setTooLarge(true);
      return;
    }
    setState({ step: 'checking', name: file.name });
    try {
      const upload = await readUpload(file);
      const report = await dryRun(upload, lang);
      setState({ step: 'report', name: file.name, file: upload, report });
    } catch (error) {
      setFailure(asApiError(error));
      setState({ step: 'choose' });
    }
  };

  const commit = async () => {
    if (state.step !== 'report') return;
    setFailure(null);
    try {
      const job = await commitImport(state.file, state.report.checksum, lang);
      setState({ ...state, step: 'importing', job });
    } catch (error) {
      setFailure(asApiError(error));
    }
  };

  // Follows the import until it is done.
  const jobId = state.step === 'importing' ? state.job.id : null;
  const running = state.step === 'importing' && state.job.status === 'RUNNING';
  useEffect(() => {
    if (!jobId || !running) return;
    let live = true;
    const timer = window.setInterval(async () => {
      try {
        const job = await fetchImportJob(jobId, lang);
        if (!live || !job) return;
        setState((s) => (s.step === 'importing' ? { ...s, job } : s));
        if (job.status !== 'RUNNING') clearCache();
      } catch (error) {
        if (live) setFailure(asApiError(error));
      }
    }, 700);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [jobId, running, lang]);

  const again = () => {
    setState({ step: 'choose' });
    setFailure(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section className="edit-section card" aria-labelledby="import-title">
      <h2 id="import-title" className="edit-section__title">
        {ct('transfer.import')}
      </h2>
      <ol className="steps">
        <li className={state.step === 'choose' || state.step === 'checking' ? 'steps__now' : ''}>
          {ct('transfer.step1')}
        </li>
        <li className={state.step === 'report' ? 'steps__now' : ''}>{ct('transfer.step2')}</li>
        <li className={state.step === 'importing' ? 'steps__now' : ''}>{ct('transfer.step3')}</li>
      </ol>
      {failure && <FormFailure error={failure} />}
      {(state.step === 'choose' || state.step === 'checking') && (
        <div className="field">
          <label className="label" htmlFor={inputId}>
            {ct('transfer.file')}
          </label>
          <span id={`${inputId}-hint`} className="hint">
            {ct('transfer.fileHint')}
          </span>
          {tooLarge && (
            <p className="form-field__error" role="alert">
              {ct('transfer.tooLarge')}
            </p>
          )}
          <input
            ref={fileInput}
            id={inputId}
            className="input input--file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${inputId}-hint`}
            onChange={choose}
            disabled={state.step === 'checking'}
          />
          {state.step === 'checking' && (
            <p className="status" role="status">
              <span className="spinner" aria-hidden="true" />
              {ct('transfer.checking', { name: state.name })}
            </p>
          )}
        </div>
      )}
      {state.step === 'report' && (
        <DryRunReport name={state.name} report={state.report} onCommit={commit} onCancel={again} />
      )}
      {state.step === 'importing' && (
        <div className="stack">
          <p>
            <strong>{state.name}</strong>
          </p>
          <div className="progress">
            <label htmlFor={`${inputId}-progress`} className="label">
              {state.job.status === 'RUNNING'
                ? ct('transfer.running')
                : state.job.status === 'DONE'
                  ? ct('transfer.done')
                  : ct('transfer.failed')}
            </label>
            <progress
              id={`${inputId}-progress`}
              max={Math.max(state.job.total, 1)}
              value={state.job.processed}
            />
            <p role="status" className="small">
              {ct('transfer.progress', { done: state.job.processed, total: state.job.total })}
            </p>
          </div>
          {state.job.status !== 'RUNNING' && (
            <>
              <Totals totals={state.job.totals} />
              {state.job.error && <p className="notice notice--error">{state.job.error}</p>}
              {state.job.rejectedRows.length > 0 && (
                <>
                  <h3>{ctn('transfer.rejectedRows', state.job.rejectedRows.length)}</h3>
                  <RowTable rows={state.job.rejectedRows} sheet={state.report.format === 'XLSX'} />
                </>
              )}
              <button type="button" className="button button--secondary" onClick={again}>
                {ct('transfer.another')}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function Totals({ totals }: { totals: DryRun['totals'] }) {
  const { ct } = useText();
  const items: [ImportAction | 'ROWS', number][] = [
    ['ROWS', totals.rows],
    ['CREATE', totals.create],
    ['UPDATE', totals.update],
    ['UNCHANGED', totals.unchanged],
    ['REJECT', totals.reject],
  ];
  return (
    <dl className="totals">
      {items.map(([key, count]) => (
        <div key={key} className={`totals__item totals__item--${key}`}>
          <dt>{ct(`import.total.${key}` as Parameters<typeof ct>[0])}</dt>
          <dd>{count}</dd>
        </div>
      ))}
    </dl>
  );
}

function DryRunReport({
  name,
  report,
  onCommit,
  onCancel,
}: {
  name: string;
  report: DryRun;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const { ct, ctn } = useText();
  const [pending, setPending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const writes = report.totals.create + report.totals.update;
  return (
    <div className="stack">
      <h3 ref={heading} tabIndex={-1}>
        {ct('transfer.reportTitle', { name })}
      </h3>
      <Totals totals={report.totals} />
      {report.fileProblems.length > 0 && (
        <div className="notice notice--error" role="alert">
          <p>{ct('transfer.fileProblems')}</p>
          <ul>
            {report.fileProblems.map((p) => (
              <li key={`${p.field}-${p.code}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {report.ignoredColumns.length > 0 && (
        <p className="notice notice--info">
          {ct('transfer.ignored', { columns: report.ignoredColumns.join(', ') })}
        </p>
      )}
      {report.totals.reject > 0 && (
        <p className="notice notice--warning">{ctn('transfer.rejectNote', report.totals.reject)}</p>
      )}
      <RowTable rows={report.rows} sheet={report.format === 'XLSX'} />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={!report.canCommit || writes === 0 || pending}
          onClick={() => {
            setPending(true);
            onCommit();
          }}
        >
          {ctn('transfer.commit', writes)}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {ct('transfer.chooseOther')}
        </button>
      </div>
      {writes === 0 && report.canCommit && <p className="muted">{ct('transfer.nothingToDo')}</p>}
    </div>
  );
}

/**
 * A value of the report in words where the import format writes codes or ids: kinds, types and
 * countries by name, coverage by place name, roles and responsibilities as "Huisvesting:
 * Controleren (Eerst)". Anything else (and anything unknown) as written.
 */
function useValueWords(): (column: string, value: string | null) => string | null {
  const { t, lang } = useText();
  // One cached request for the page: each report table and the export section share it.
  const options = useQuery(EDIT_OPTIONS, { lang });
  const word = (key: string, fallback: string) => {
    const found = t(key as MessageKey);
    return found === key ? fallback : found;
  };
  const barrier = (code: string) =>
    options.data?.barriers.find((b) => b.code === code)?.name ?? code;
  const region = (id: string) => options.data?.regions.find((r) => r.id === id)?.name ?? id;
  const tie = (part: string) => {
    const [b = '', role = '', priority] = part.split(':');
    const words = `${barrier(b)}: ${word(`role.${role}`, role)}`;
    return priority ? `${words} (${word(`priority.${priority}`, priority)})` : words;
  };
  return (column, value) => {
    if (value === null || value === '') return value;
    const list = (one: (v: string) => string) => value.split('|').map(one).join('; ');
    switch (column) {
      case 'organisation_type':
        return word(`orgType.${value}`, value);
      case 'contact_kind':
        return word(`contactKind.${value}`, value);
      case 'country':
        return word(`country.${value}`, value);
      case 'coverage':
        return list(region);
      case 'organisation_roles':
      case 'responsibilities':
        return list(tie);
      default:
        return value;
    }
  };
}

/** The rows of a report; `sheet`: numbered as the spreadsheet's rows, not the file's lines. */
function RowTable({ rows, sheet }: { rows: ImportRow[]; sheet: boolean }) {
  const { ct } = useText();
  const words = useValueWords();
  const columnWords = (field: string) => {
    const place = columnPlace(field);
    if (place.kind === 'row') return ct('import.wholeRow');
    if (place.kind === 'item') return ct('import.columnItem', place);
    return place.column;
  };
  const action = (a: ImportAction | null) =>
    a ? (
      <span className={`badge action action--${a}`}>
        {ct(`import.action.${a}` as MessageKey & Parameters<typeof ct>[0])}
      </span>
    ) : null;
  return (
    <div className="table-scroll">
      <table className="table import-rows">
        <caption className="visually-hidden">{ct('transfer.rowsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{ct(sheet ? 'transfer.sheetRow' : 'transfer.line')}</th>
            <th scope="col">{ct('transfer.row')}</th>
            <th scope="col">{ct('transfer.organisation')}</th>
            <th scope="col">{ct('transfer.contact')}</th>
            <th scope="col">{ct('transfer.details')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.line}
              className={row.action === 'REJECT' ? 'import-rows__reject' : undefined}
            >
              <th scope="row">{row.line}</th>
              <td>{action(row.action)}</td>
              <td>
                {row.organisationName ?? '—'} {action(row.organisationAction)}
              </td>
              <td>
                {row.contactName ?? '—'} {action(row.contactAction)}
              </td>
              <td>
                {row.problems.length > 0 ? (
                  <ul className="import-rows__problems">
                    {row.problems.map((p) => (
                      <li key={`${p.field}-${p.code}`}>
                        <strong>{columnWords(p.field)}</strong>: {p.message}
                      </li>
                    ))}
                  </ul>
                ) : row.changes.length > 0 ? (
                  <ul className="import-rows__changes">
                    {row.changes.map((c) => (
                      <li key={c.field}>
                        <strong>{columnWords(c.field)}</strong>:{' '}
                        {c.from === null
                          ? words(c.field, c.to)
                          : `${words(c.field, c.from)} → ${words(c.field, c.to) ?? '—'}`}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ExportSection() {
  const { t, ct, lang } = useText();
  const { viewer } = useViewer();
  const [format, setFormat] = useState<'semicolon' | 'comma' | 'xlsx'>('semicolon');
  // One cached request for the page: each report table and the export section share it.
  const options = useQuery(EDIT_OPTIONS, { lang });
  const [barrier, setBarrier] = useState('HOUSING');
  const [region, setRegion] = useState('');
  const csv = (path: string) =>
    format === 'xlsx'
      ? path.replace(/\.csv$/, '.xlsx')
      : format === 'comma'
        ? `${path}?separator=comma`
        : path;
  const kind = format === 'xlsx' ? 'Excel' : 'CSV';
  const municipalities = (options.data?.regions ?? []).filter((r) => r.type === 'MUNICIPALITY');
  const place = region || municipalities[0]?.id || '';
  const id = useId();
  return (
    <section className="edit-section card" aria-labelledby="export-title">
      <h2 id="export-title" className="edit-section__title">
        {ct('transfer.export')}
      </h2>
      <fieldset className="choices">
        <legend className="label">{ct('transfer.separator')}</legend>
        <div className="choices__list">
          {(['semicolon', 'comma', 'xlsx'] as const).map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name={`${id}-sep`}
                checked={format === choice}
                onChange={() => setFormat(choice)}
              />
              <span>{ct(`transfer.${choice}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <ul className="downloads">
        <li>
          <a href={csv(EXPORTS.organisations)} download>
            {ct('transfer.exportOrganisations', { format: kind })}
          </a>
        </li>
        <li>
          <a href={csv(EXPORTS.contactPoints)} download>
            {ct('transfer.exportContactPoints', { format: kind })}
          </a>
        </li>
        <li>
          <a href={csv(EXPORTS.persons)} download>
            {ct('transfer.exportPersons', { format: kind })}
          </a>
          <span className="muted small">
            {' '}
            {ct('transfer.personalData')}
            {viewer?.role !== 'ADMIN' && ` ${ct('transfer.personsScope')}`}
          </span>
        </li>
        <li>
          <a href={csv(EXPORTS.agreements)} download>
            {ct('transfer.exportAgreements', { format: kind })}
          </a>
        </li>
        {viewer?.role === 'ADMIN' && (
          <li>
            <a href={EXPORTS.backup} download>
              {ct('transfer.backup')}
            </a>
            <span className="muted small"> {ct('transfer.backupNote')}</span>
          </li>
        )}
      </ul>
      <h3 className="subheading">{ct('transfer.vcards')}</h3>
      <p className="muted small">{ct('transfer.vcardsIntro')}</p>
      <div className="form-grid">
        <div className="field">
          <label className="label" htmlFor={`${id}-barrier`}>
            {ct('resp.barrier')}
          </label>
          <select
            id={`${id}-barrier`}
            className="input"
            value={barrier}
            onChange={(event) => setBarrier(event.target.value)}
          >
            {(options.data?.barriers ?? []).map((b) => (
              <option key={b.code} value={b.code}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor={`${id}-region`}>
            {t('wtc.placeLabel')}
          </label>
          <select
            id={`${id}-region`}
            className="input"
            value={place}
            onChange={(event) => setRegion(event.target.value)}
          >
            {municipalities.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {place && (
        <p>
          <a
            className="button button--secondary"
            href={whoToCallVcardLink(barrier, place, lang)}
            download
          >
            {ct('transfer.downloadVcards')}
          </a>
        </p>
      )}
    </section>
  );
}
