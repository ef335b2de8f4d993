/**
 * `/manual?barrier=HOUSING&region=…`: the manual of a barrier for a region, generated from the
 * current network: guidance, signals, measures with their legal basis, the route from signal to
 * case, who to call first, partners per role and the sharing agreements. The PDF download is the
 * same content made on the server; the print stylesheet (manual.css) lays this page out on paper.
 * Loaded lazily with its own texts (`manual` namespace).
 */
import './manual.css';
import { type FormEvent, useId, useState } from 'react';
import {
  CALLER_NEEDS,
  type CallerNeed,
  INDICATOR_KINDS,
  type Role,
} from '../../../../../shared/codes';
import { localMunicipality, partnersByRole, signalRoute } from '../../../../../shared/manual';
import { usePageTitle } from '../../../components/page-title';
import { ScrollRegion } from '../../../components/scroll-region';
import { ErrorMessage, Loading } from '../../../components/status';
import { useI18n } from '../../../lib/i18n';
import { useNavigate, useSearchParams } from '../../../lib/router';
import { type ManualAnswer, type ManualContact, useManual, useManualChoices } from '../api/manual';
import type { ManualTextKey } from '../i18n/nl';
import { useManualText } from '../i18n/use-manual-text';
import { RouteDiagram } from './route-diagram';

type Basis = { code: string; name: string; citation: string | null };

export function ManualPage() {
  const { lang } = useI18n();
  const { t } = useManualText();
  const params = useSearchParams();
  const barrier = params.get('barrier') ?? '';
  const region = params.get('region') ?? '';
  const { data, error, loading, refetch } = useManual(barrier, region, lang);
  const manual = data?.manual;
  usePageTitle(manual ? t('docTitle', { barrier: manual.barrier.name }) : t('title'));

  return (
    <div className="page manual">
      <header className="page__header no-print">
        {/* The document's own h1 names the barrier; until one is shown the page has this one. */}
        {manual ? <p className="kicker">{t('title')}</p> : <h1>{t('title')}</h1>}
        <p className="prose">{t('intro')}</p>
        <ManualChooser barrier={barrier} region={region} />
      </header>
      {!barrier || !region ? (
        <p className="muted">{t('choose')}</p>
      ) : error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading || !data ? (
        <Loading />
      ) : (
        <ManualDocument data={data} />
      )}
    </div>
  );
}

function ManualChooser({ barrier, region }: { barrier: string; region: string }) {
  const { lang, t: app } = useI18n();
  const { t } = useManualText();
  const { data } = useManualChoices(lang);
  const navigate = useNavigate();
  const id = useId();
  const [b, setB] = useState(barrier);
  const [r, setR] = useState(region);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (b && r)
      navigate(`/manual?barrier=${encodeURIComponent(b)}&region=${encodeURIComponent(r)}`);
  };
  const groups = data
    ? ([
        ['MUNICIPALITY', data.municipalities],
        ['RIEC_REGION', data.riecRegions],
        ['PROVINCE', data.provinces],
      ] as const)
    : [];
  return (
    <form className="manual__chooser" onSubmit={submit}>
      <div className="field">
        <label className="label" htmlFor={`${id}-barrier`}>
          {t('chooseBarrier')}
        </label>
        <select
          id={`${id}-barrier`}
          className="input"
          value={b}
          onChange={(event) => setB(event.target.value)}
        >
          <option value="">—</option>
          {data?.barriers.map((x) => (
            <option key={x.id} value={x.code}>
              {x.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor={`${id}-region`}>
          {t('chooseRegion')}
        </label>
        <select
          id={`${id}-region`}
          className="input"
          value={r}
          onChange={(event) => setR(event.target.value)}
        >
          <option value="">—</option>
          {groups.map(([type, regions]) => (
            <optgroup key={type} label={app(`regionType.${type}`)}>
              {regions.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name} ({x.country})
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={!b || !r}>
        {t('show')}
      </button>
    </form>
  );
}

function ManualDocument({ data }: { data: ManualAnswer }) {
  const { lang, locale } = useI18n();
  const { t, has } = useManualText();
  const code = (prefix: string, value: string | null | undefined) => {
    const key = `${prefix}.${value}`;
    return value ? (has(key) ? t(key as ManualTextKey) : value) : '';
  };
  const moment = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(iso),
    );
  const { manual } = data;
  const { barrier, region } = manual;
  const entries = data.SIGNAL.entries;
  const firstOf = (need: CallerNeed) => {
    const call = data[need].firstCall[0];
    return call
      ? { organisation: call.organisation, role: (call.reason.role ?? null) as Role | null }
      : null;
  };
  const route = signalRoute(
    localMunicipality(entries),
    {
      SIGNAL: firstOf('SIGNAL'),
      INSPECTION: firstOf('INSPECTION'),
      ENFORCEMENT: firstOf('ENFORCEMENT'),
      VICTIM_SUPPORT: firstOf('VICTIM_SUPPORT'),
    },
    manual.agreements,
  );
  const basis = (b: Basis) => `${b.name}${b.citation ? ` (${b.citation})` : ''}`;
  const pdf = `/manual/${encodeURIComponent(barrier.code)}.pdf?region=${encodeURIComponent(region.id)}&lang=${lang}`;
  const sections = [
    ['guidance', t('guidance')],
    ['signals', t('signals')],
    ['measures', t('measures')],
    ['route', t('route')],
    ['first-calls', t('firstCalls')],
    ['partners', t('partners')],
    ['sharing', t('sharing')],
  ] as const;

  return (
    <article className="manual__document" aria-labelledby="manual-title">
      <header className="manual__head">
        <h1 id="manual-title">{t('docTitle', { barrier: barrier.name })}</h1>
        <p className="manual__region">
          {t('forRegion', { region: region.name, type: code('regionType', region.type) })}
        </p>
        <p className="muted small">
          {t('generatedAt', { date: moment(manual.generatedAt) })}{' '}
          {manual.lastChangeAt && t('lastChange', { date: moment(manual.lastChangeAt) })}
        </p>
        <p
          className={manual.personsHidden ? 'manual__notice' : 'manual__notice manual__notice--in'}
        >
          {manual.personsHidden ? t('personsHidden') : t('personsShown')}
        </p>
        <p className="page__links no-print">
          <a className="button" href={pdf} download>
            {t('download')}
          </a>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('print')}
          </button>
        </p>
      </header>

      <nav className="manual__toc" aria-labelledby="manual-toc">
        <h2 id="manual-toc">{t('toc')}</h2>
        <ol>
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#manual-${id}`}>{title}</a>
            </li>
          ))}
        </ol>
      </nav>

      <section className="section" aria-labelledby="manual-guidance">
        <h2 id="manual-guidance">{t('guidance')}</h2>
        <p className="prose">{barrier.guidance ?? t('none')}</p>
      </section>

      <section className="section" aria-labelledby="manual-signals">
        <h2 id="manual-signals">{t('signals')}</h2>
        {INDICATOR_KINDS.map((kind) => {
          const list = barrier.indicators.filter((i) => i.kind === kind);
          if (list.length === 0) return null;
          return (
            <div key={kind}>
              <h3>{code('indicatorKind', kind)}</h3>
              <ul className="manual__list">
                {list.map((i) => (
                  <li key={i.id}>
                    <strong>{i.name}</strong>
                    {i.description && <span className="muted"> — {i.description}</span>}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      <section className="section" aria-labelledby="manual-measures">
        <h2 id="manual-measures">{t('measures')}</h2>
        {barrier.measures.length === 0 && <p>{t('none')}</p>}
        {barrier.measures.map((m) => (
          <div key={m.id} className="manual__measure">
            <h3>{m.name}</h3>
            {m.description && <p className="prose">{m.description}</p>}
            <p>
              <strong>{t('legalBasis')}:</strong> {m.legalBases.map(basis).join('; ') || t('none')}
            </p>
            {m.organisations.length > 0 && (
              <p>
                <strong>{t('appliedBy')}:</strong> {m.organisations.map((o) => o.name).join(', ')}
              </p>
            )}
          </div>
        ))}
      </section>

      <section className="section" aria-labelledby="manual-route">
        <h2 id="manual-route">{t('route')}</h2>
        <p className="prose">{t('routeIntro')}</p>
        <ScrollRegion className="manual__diagram" label={t('routeDiagram')}>
          <RouteDiagram
            title={t('routeDiagram')}
            boxes={[
              {
                key: 'notice',
                label: t('step.NOTICE'),
                name: route[0]?.from?.name ?? t('you'),
                own: true,
              },
              ...route.map((step) => ({
                key: step.need,
                label: t(`step.${step.need}`),
                name: step.organisation?.name ?? t('nobody'),
              })),
            ]}
          />
        </ScrollRegion>
        <ol className="manual__route">
          {route.map((step) => (
            <li key={step.need}>
              <strong>{t(`step.${step.need}`)}:</strong>{' '}
              {step.organisation
                ? `${step.organisation.name}${step.role ? ` (${code('role', step.role)})` : ''}`
                : t('nobody')}
              {step.organisation && step.from && step.from.id !== step.organisation.id && (
                <p className="small">
                  {step.from.name} → {step.organisation.name}:{' '}
                  {step.sharing.length > 0
                    ? step.sharing
                        .map((a) =>
                          t('mayShare', {
                            data: a.dataCategories.map((d) => code('dataCategory', d)).join(', '),
                            basis: a.legalBases.map(basis).join('; '),
                          }),
                        )
                        .join(' ')
                    : t('noAgreement')}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="manual-first-calls">
        <h2 id="manual-first-calls">{t('firstCalls')}</h2>
        <p className="muted">{t('firstCallsIntro')}</p>
        <ScrollRegion labelledBy="manual-first-calls">
          <table className="manual__table">
            <thead>
              <tr>
                <th scope="col">{t('role')}</th>
                <th scope="col">{t('partner')}</th>
                <th scope="col">{t('contact')}</th>
              </tr>
            </thead>
            <tbody>
              {CALLER_NEEDS.flatMap((need) => {
                const calls = data[need].firstCall;
                if (calls.length === 0) {
                  return [
                    <tr key={need}>
                      <th scope="row">{code('need', need)}</th>
                      <td colSpan={2}>{t('nobody')}</td>
                    </tr>,
                  ];
                }
                return calls.map((c, i) => (
                  <tr key={`${need}-${c.organisation.id}-${c.contact.id}`}>
                    <th scope="row">{i === 0 ? code('need', need) : ''}</th>
                    <td>
                      {c.organisation.name}
                      {c.reason.role && ` (${code('role', c.reason.role)})`}
                    </td>
                    <td>
                      <Contact contact={c.contact} />
                    </td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section className="section" aria-labelledby="manual-partners">
        <h2 id="manual-partners">{t('partners')}</h2>
        {partnersByRole(entries).map((group) => (
          <div key={group.role} className="manual__role">
            <h3>{code('role', group.role)}</h3>
            <ul className="manual__list">
              {group.partners.map((p) => (
                <li key={p.entry.organisation.id}>
                  <strong>{p.entry.organisation.name}</strong>{' '}
                  <span className="muted">({code('scope', p.entry.scope)})</span>
                  {' — '}
                  {p.contact ? (
                    <Contact contact={p.contact.contact} />
                  ) : (
                    <em className="muted">{t('noContact')}</em>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section className="section" aria-labelledby="manual-sharing">
        <h2 id="manual-sharing">{t('sharing')}</h2>
        <p className="muted">{t('sharingIntro')}</p>
        {manual.agreements.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <ScrollRegion labelledBy="manual-sharing">
            <table className="manual__table">
              <thead>
                <tr>
                  <th scope="col">{t('parties')}</th>
                  <th scope="col">{t('data')}</th>
                  <th scope="col">{t('legalBasis')}</th>
                  <th scope="col">{t('conditions')}</th>
                </tr>
              </thead>
              <tbody>
                {manual.agreements.map((a) => (
                  <tr key={a.id}>
                    <td>
                      {a.from.name} {a.mutual ? '↔' : '→'} {a.to.name}
                      {a.mutual && ` (${t('mutual')})`}
                    </td>
                    <td>{a.dataCategories.map((d) => code('dataCategory', d)).join(', ')}</td>
                    <td>{a.legalBases.map(basis).join('; ')}</td>
                    <td>{a.conditions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </article>
  );
}

function Contact({ contact }: { contact: ManualContact }) {
  const { t } = useManualText();
  return (
    <span className="manual__contact">
      {contact.name}
      {contact.__typename === 'Person' && contact.function && ` (${contact.function})`}
      {contact.phone && (
        <>
          {' · '}
          <a href={`tel:${contact.phone}`} aria-label={`${t('phone')} ${contact.phone}`}>
            {contact.phone}
          </a>
        </>
      )}
      {contact.email && (
        <>
          {' · '}
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </>
      )}
    </span>
  );
}
