/**
 * `/coordinate/vocabulary`: staff's own words for sectors, forms of exploitation and signals, in
 * Dutch, French and English. The who-to-call pickers and the header search find a signal by them
 * (its own words and those of its sectors and forms). One word or phrase per line; each term is
 * saved on its own, and the server checks every word (empty, too long, twice).
 */
import { useMemo, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import { type ApiError, asApiError } from '../../../lib/graphql';
import { Link } from '../../../lib/router';
import { fetchVocabulary, type SynonymLanguage, setSynonyms, type Term } from '../api/vocabulary';
import { useLoad } from '../hooks/use-load';
import { useText } from '../i18n/use-text';
import { FormFailure } from './edit-section';
import { controlId, ErrorSummary, FormStatus, type ShownProblem, TextField } from './form-kit';
import { LoadFailure, RequireEditor } from './page-parts';

const LANGUAGES: SynonymLanguage[] = ['nl', 'fr', 'en'];

export function VocabularyPage() {
  return (
    <RequireEditor>
      <Vocabulary />
    </RequireEditor>
  );
}

function Vocabulary() {
  const { ct, lang } = useText();
  usePageTitle(ct('vocabulary.title'));
  const loaded = useLoad(() => fetchVocabulary(lang), [lang]);
  const [filter, setFilter] = useState('');
  const data = loaded.data;
  const wanted = filter.trim().toLowerCase();
  const matches = (term: Term) =>
    !wanted ||
    [term.name, term.code, ...term.nl, ...term.fr, ...term.en].some((w) =>
      w.toLowerCase().includes(wanted),
    );

  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (!data) return <Loading />;
  const groups: [string, Term[]][] = [
    [ct('vocabulary.sectors'), data.sectors],
    [ct('vocabulary.forms'), data.exploitationForms],
    [ct('vocabulary.signals'), data.indicators],
  ];
  return (
    <div className="page coordinate-page vocabulary-page">
      <header className="page__header">
        <p className="kicker">{ct('dashboard.kicker')}</p>
        <h1>{ct('vocabulary.title')}</h1>
        <p className="lead">{ct('vocabulary.intro')}</p>
        <p className="page__links">
          <Link to="/coordinate">{ct('access.toDashboard')}</Link>
        </p>
      </header>
      <div className="vocabulary__filter">
        <TextField
          id="vocabulary-filter"
          label={ct('vocabulary.filter')}
          hint={ct('vocabulary.filterHint')}
          value={filter}
          onChange={setFilter}
        />
      </div>
      {groups.map(([title, terms]) => {
        const shown = terms.filter(matches);
        return (
          <section key={title} className="vocabulary__group" aria-label={title}>
            <h2>
              {title} <span className="muted small">({shown.length})</span>
            </h2>
            {shown.map((term) => (
              <TermEditor key={term.id} term={term} />
            ))}
          </section>
        );
      })}
    </div>
  );
}

/** The words typed in a box, one per line, blank lines left out; with each word's line number. */
function wordsOf(text: string): { words: string[]; lines: number[] } {
  const words: string[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim().length === 0) return;
    words.push(line);
    lines.push(i + 1);
  });
  return { words, lines };
}

function TermEditor({ term: initial }: { term: Term }) {
  const { ct, ctn, lang } = useText();
  const [term, setTerm] = useState(initial);
  const stored = useMemo(
    () => ({ nl: term.nl.join('\n'), fr: term.fr.join('\n'), en: term.en.join('\n') }),
    [term],
  );
  const [texts, setTexts] = useState(stored);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [problems, setProblems] = useState<(ShownProblem & { short: string })[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = `term-${term.id}`;
  const changed = LANGUAGES.some((l) => texts[l] !== stored[l]);
  const count = term.nl.length + term.fr.length + term.en.length;

  const save = async () => {
    setSaving(true);
    setStatus(null);
    setFailure(null);
    const parsed = Object.fromEntries(LANGUAGES.map((l) => [l, wordsOf(texts[l])])) as Record<
      SynonymLanguage,
      ReturnType<typeof wordsOf>
    >;
    try {
      const saved = await setSynonyms(
        term.id,
        term.version,
        { nl: parsed.nl.words, fr: parsed.fr.words, en: parsed.en.words },
        lang,
      );
      setTerm(saved);
      setTexts({ nl: saved.nl.join('\n'), fr: saved.fr.join('\n'), en: saved.en.join('\n') });
      setProblems([]);
      setStatus(ct('form.saved'));
    } catch (error) {
      const e = asApiError(error);
      const fieldErrors = e.details.fieldErrors ?? [];
      if (e.code === 'BAD_USER_INPUT' && fieldErrors.length > 0) {
        // synonyms.nl.3 is the fourth word sent: name the line it stands on in the box.
        setProblems(
          fieldErrors.map((p) => {
            const [, l, index] = p.field.split('.');
            const language = (
              LANGUAGES.includes(l as SynonymLanguage) ? l : 'nl'
            ) as SynonymLanguage;
            const line = index === undefined ? undefined : parsed[language].lines[Number(index)];
            const where = ct(`vocabulary.lang.${language}`);
            return {
              field: language,
              // The summary names the box and the line; the box itself only the line.
              message:
                line === undefined
                  ? `${where}: ${p.message}`
                  : ct('vocabulary.lineProblem', { language: where, line, message: p.message }),
              short:
                line === undefined
                  ? p.message
                  : ct('vocabulary.lineShort', { line, message: p.message }),
            };
          }),
        );
      } else if (e.code === 'CONFLICT') {
        // Someone saved this term meanwhile: show what is stored now; the typed words stay.
        const fresh = (await fetchVocabulary(lang).catch(() => null)) ?? null;
        const now = fresh
          ? [...fresh.sectors, ...fresh.exploitationForms, ...fresh.indicators].find(
              (x) => x.id === term.id,
            )
          : undefined;
        if (now) setTerm(now);
        setStatus(ct('vocabulary.conflict'));
      } else setFailure(e);
    } finally {
      setSaving(false);
    }
  };

  const errorOf = (language: SynonymLanguage) => {
    const mine = problems.filter((p) => p.field === language).map((p) => p.short);
    return mine.length ? mine.join(' · ') : undefined;
  };

  return (
    <details className="card vocabulary__term">
      <summary>
        <span className="vocabulary__name">{term.name}</span>{' '}
        <span className="muted small">{ctn('vocabulary.words', count)}</span>
      </summary>
      <form
        className="vocabulary__form"
        aria-label={term.name}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ErrorSummary problems={problems} idOf={(field) => controlId(form, field)} />
        {failure && <FormFailure error={failure} />}
        <p className="hint">{ct('vocabulary.oneWordPerLine')}</p>
        <div className="vocabulary__languages">
          {LANGUAGES.map((language) => (
            <TextField
              key={language}
              id={controlId(form, language)}
              label={ct(`vocabulary.lang.${language}`)}
              lang={language}
              multiline
              value={texts[language]}
              error={errorOf(language)}
              onChange={(value) => setTexts((t) => ({ ...t, [language]: value }))}
            />
          ))}
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={saving || !changed}>
            {saving ? ct('form.saving') : ct('form.save')}
          </button>
          {changed && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setTexts(stored);
                setProblems([]);
              }}
            >
              {ct('form.undo')}
            </button>
          )}
        </div>
        <FormStatus text={status} />
      </form>
    </details>
  );
}
