/**
 * `/coordinate/new/scenario` and `/coordinate/scenario/:id`: a coordinator writes a training case
 * study — a title and a story, a barrier, optionally a region, and questions with answer choices
 * (at least one right) and feedback, in Dutch (required), French and English. The browser checks
 * with the server's rules (shared/rules/scenario.ts); every problem is listed in the error
 * summary (which takes the focus) and shown on its field. Unsaved changes are guarded.
 */
import { type FormEvent, useMemo, useState } from 'react';
import { problemsOf } from '../../../../../shared/rules/common';
import { SCENARIO_LIMITS, scenarioDetails } from '../../../../../shared/rules/scenario';
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import { type ApiError, asApiError } from '../../../lib/graphql';
import { Link, useNavigate, useSearchParams } from '../../../lib/router';
import { type EditOptions, fetchEditOptions } from '../api/organisation';
import {
  type AuthoredScenarioEdit,
  createAuthoredScenario,
  fetchAuthoredScenario,
  setAuthoredScenarioStatus,
  updateAuthoredScenario,
} from '../api/scenario';
import { useLeaveGuard } from '../hooks/use-leave-guard';
import { useLoad } from '../hooks/use-load';
import { useVersionBoard } from '../hooks/use-version-board';
import type { CoordinateKey } from '../i18n/nl';
import { useText } from '../i18n/use-text';
import { serverProblems } from '../utils/problems';
import { ArchiveSection } from './archive-section';
import { FormFailure } from './edit-section';
import {
  controlId,
  ErrorSummary,
  FormStatus,
  SelectField,
  type ShownProblem,
  TextField,
} from './form-kit';
import { OrganisationPicker } from './organisation-picker';
import { LoadFailure, NotFoundNotice, RequireEditor } from './page-parts';
import { SuccessBanner } from './success-banner';
import '../styles/scenario.css';

const FORM = 'scenario';
const LANGS = ['Nl', 'Fr', 'En'] as const;
type Texts<P extends string> = Record<`${P}${(typeof LANGS)[number]}`, string>;

type ChoiceValues = Texts<'text'> & {
  right: boolean;
  organisationId: string;
  organisationName: string;
};
type QuestionValues = Texts<'text'> & Texts<'feedback'> & { choices: ChoiceValues[] };
type ScenarioValues = Texts<'title'> &
  Texts<'story'> & { barrierCode: string; regionId: string; questions: QuestionValues[] };

const emptyTexts = <P extends string>(prefix: P) =>
  Object.fromEntries(LANGS.map((l) => [`${prefix}${l}`, ''])) as Texts<P>;
const emptyChoice = (): ChoiceValues => ({
  ...emptyTexts('text'),
  right: false,
  organisationId: '',
  organisationName: '',
});
const emptyQuestion = (): QuestionValues => ({
  ...emptyTexts('text'),
  ...emptyTexts('feedback'),
  choices: [emptyChoice(), emptyChoice()],
});
const EMPTY: ScenarioValues = {
  ...emptyTexts('title'),
  ...emptyTexts('story'),
  barrierCode: '',
  regionId: '',
  questions: [emptyQuestion()],
};

type Stored = { nl: string | null; fr: string | null; en: string | null };
const fromStored = <P extends string>(prefix: P, t: Stored) =>
  ({
    [`${prefix}Nl`]: t.nl ?? '',
    [`${prefix}Fr`]: t.fr ?? '',
    [`${prefix}En`]: t.en ?? '',
  }) as Texts<P>;

function valuesOf(s: AuthoredScenarioEdit): ScenarioValues {
  return {
    ...fromStored('title', s.title),
    ...fromStored('story', s.story),
    barrierCode: s.barrierCode,
    regionId: s.region?.id ?? '',
    questions: s.questions.map((q) => ({
      ...fromStored('text', q.text),
      ...fromStored('feedback', q.feedback),
      choices: q.choices.map((c) => ({
        ...fromStored('text', c.text),
        right: c.right,
        organisationId: c.organisation?.id ?? c.organisationId ?? '',
        organisationName: c.organisation?.name ?? '',
      })),
    })),
  };
}

const translatedInput = (v: Record<string, unknown>, prefix: string) => ({
  nl: String(v[`${prefix}Nl`] ?? ''),
  fr: (v[`${prefix}Fr`] as string) || null,
  en: (v[`${prefix}En`] as string) || null,
});

/** The values as the API's input. */
function inputOf(v: ScenarioValues) {
  return {
    title: translatedInput(v, 'title'),
    story: translatedInput(v, 'story'),
    barrier: v.barrierCode,
    region: v.regionId || null,
    questions: v.questions.map((q) => ({
      text: translatedInput(q, 'text'),
      feedback: translatedInput(q, 'feedback'),
      choices: q.choices.map((c) => ({
        text: translatedInput(c, 'text'),
        right: c.right,
        organisation: c.organisationId || null,
      })),
    })),
  };
}

/** The values in the shape of the shared rules (the same field paths as the server's). */
function ruleShapeOf(v: ScenarioValues) {
  const { questions, ...rest } = v;
  return {
    ...rest,
    regionId: v.regionId || null,
    questions: questions.map(({ choices, ...q }) => ({
      ...q,
      choices: choices.map(({ organisationName: _name, ...c }) => ({
        ...c,
        organisationId: c.organisationId || null,
      })),
    })),
  };
}

export function ScenarioNewPage() {
  return (
    <RequireEditor>
      <ScenarioLoader id={null} />
    </RequireEditor>
  );
}

export function ScenarioEditPage({ id }: { id: string }) {
  return (
    <RequireEditor>
      <ScenarioLoader id={id} />
    </RequireEditor>
  );
}

function ScenarioLoader({ id }: { id: string | null }) {
  const { ct, lang } = useText();
  const loaded = useLoad(
    () =>
      Promise.all([
        fetchEditOptions(lang),
        id ? fetchAuthoredScenario(id, lang) : Promise.resolve(null),
      ]),
    [id, lang],
  );
  usePageTitle(id ? ct('scenario.editTitle') : ct('scenario.newTitle'));
  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const [options, found] = loaded.data;
  if (id && !found?.authoredScenario) return <NotFoundNotice text={ct('scenario.notFound')} />;
  return (
    <ScenarioForm
      key={`${id}:${found?.authoredScenario?.version ?? 0}`}
      id={id}
      options={options}
      scenario={found?.authoredScenario ?? null}
      onArchived={loaded.reload}
    />
  );
}

function ScenarioForm({
  id,
  options,
  scenario,
  onArchived,
}: {
  id: string | null;
  options: EditOptions;
  scenario: AuthoredScenarioEdit | null;
  onArchived: () => void;
}) {
  const { ct, lang } = useText();
  const navigate = useNavigate();
  const created = useSearchParams().get('created') === '1';
  const initial = useMemo(() => (scenario ? valuesOf(scenario) : EMPTY), [scenario]);
  const [values, setValues] = useState<ScenarioValues>(initial);
  const [saved, setSaved] = useState<ScenarioValues>(initial);
  const [version, setVersion] = useState(scenario?.version ?? 0);
  const board = useVersionBoard();
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  useLeaveGuard(dirty);

  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const setTop = (field: keyof ScenarioValues, value: string) =>
    setValues((v) => ({ ...v, [field]: value }));
  const setQuestion = (i: number, change: Partial<QuestionValues>) =>
    setValues((v) => ({
      ...v,
      questions: v.questions.map((q, n) => (n === i ? { ...q, ...change } : q)),
    }));
  const setChoice = (i: number, j: number, change: Partial<ChoiceValues>) =>
    setValues((v) => ({
      ...v,
      questions: v.questions.map((q, n) =>
        n === i
          ? { ...q, choices: q.choices.map((c, m) => (m === j ? { ...c, ...change } : c)) }
          : q,
      ),
    }));

  /** "Vraag 2, antwoord 1: tekst (Nederlands)" for a field path. */
  const labelOf = (field: string): string => {
    const parts = field.split('.');
    const langName = (name: string) => {
      const l = LANGS.find((x) => name.endsWith(x));
      return l ? ` (${ct(`scenario.lang.${l}` as CoordinateKey)})` : '';
    };
    const base = (name: string) => name.replace(/(Nl|Fr|En)$/, '');
    if (parts[0] !== 'questions' || parts.length === 1) {
      const name = parts[0] ?? field;
      return `${ct(`scenario.field.${base(name)}` as CoordinateKey)}${langName(name)}`;
    }
    const q = ct('scenario.questionN', { n: Number(parts[1]) + 1 });
    if (parts[2] !== 'choices') {
      const name = parts[2] ?? '';
      return `${q}: ${ct(`scenario.field.q.${base(name)}` as CoordinateKey)}${langName(name)}`;
    }
    if (parts.length === 3) return `${q}: ${ct('scenario.choices')}`;
    const c = ct('scenario.choiceN', { n: Number(parts[3]) + 1 });
    const name = parts[4] ?? '';
    return `${q}, ${c}: ${ct(`scenario.field.c.${base(name)}` as CoordinateKey)}${langName(name)}`;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setStatus(null);
    const parsed = scenarioDetails.safeParse(ruleShapeOf(values));
    const found = parsed.success
      ? []
      : problemsOf(parsed.error).map((p) => ({
          field: p.field,
          message: ct(`problem.${p.code}` as CoordinateKey, p.params),
        }));
    setProblems(found);
    if (found.length > 0) return;
    setPending(true);
    try {
      if (id) {
        const result = await updateAuthoredScenario(id, version, inputOf(values), lang);
        setVersion(result.version);
        setSaved(values);
        setStatus(ct('form.saved'));
      } else {
        const result = await createAuthoredScenario(inputOf(values), lang);
        setSaved(values);
        navigate(`/coordinate/scenario/${encodeURIComponent(result.id)}?created=1`);
      }
    } catch (thrown) {
      const error = asApiError(thrown);
      const onFields = serverProblems(error, ct('problem.duplicate'), (f) => f);
      if (onFields) setProblems(onFields);
      else setFailure(error);
    } finally {
      setPending(false);
    }
  };

  const regions = useMemo(
    () =>
      [...options.regions]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((r) => ({ value: r.id, label: r.name })),
    [options.regions],
  );

  return (
    <div className="page coordinate-page scenario-form">
      <header className="page__header">
        <p className="kicker">{ct('scenario.kicker')}</p>
        <h1>{id ? values.titleNl || ct('scenario.editTitle') : ct('scenario.newTitle')}</h1>
        <p className="lead">{ct('scenario.intro')}</p>
        <p className="page__links">
          <Link to="/training">{ct('scenario.toTraining')}</Link>
        </p>
      </header>
      {created && <SuccessBanner>{ct('scenario.created')}</SuccessBanner>}
      {scenario?.status === 'ARCHIVED' && (
        <p className="notice notice--warning">{ct('scenario.archived')}</p>
      )}
      {scenario && scenario.needsAttention.length > 0 && (
        <div className="notice notice--warning" data-testid="scenario-attention">
          <p>
            <strong>{ct('scenario.attentionTitle')}</strong>
          </p>
          <ul>
            {scenario.needsAttention.map((a) => (
              <li key={a.id}>{a.reason}</li>
            ))}
          </ul>
        </div>
      )}
      <form id={FORM} className="stack" onSubmit={submit} noValidate>
        <ErrorSummary
          problems={problems.map((p) => ({ ...p, message: `${labelOf(p.field)}: ${p.message}` }))}
          idOf={(field) => controlId(FORM, field)}
        />
        {failure && <FormFailure error={failure} />}
        <section className="edit-section card" aria-labelledby="scenario-story">
          <h2 id="scenario-story" className="edit-section__title">
            {ct('scenario.storySection')}
          </h2>
          <div className="form-grid form-grid--one">
            {LANGS.map((l) => (
              <TextField
                key={`title${l}`}
                id={controlId(FORM, `title${l}`)}
                label={labelOf(`title${l}`)}
                value={values[`title${l}`]}
                onChange={(value) => setTop(`title${l}`, value)}
                error={errorOf(`title${l}`)}
                optional={l !== 'Nl'}
                lang={l.toLowerCase()}
              />
            ))}
            {LANGS.map((l) => (
              <TextField
                key={`story${l}`}
                id={controlId(FORM, `story${l}`)}
                label={labelOf(`story${l}`)}
                hint={l === 'Nl' ? ct('scenario.storyHint') : undefined}
                value={values[`story${l}`]}
                onChange={(value) => setTop(`story${l}`, value)}
                error={errorOf(`story${l}`)}
                optional={l !== 'Nl'}
                multiline
                lang={l.toLowerCase()}
              />
            ))}
            <SelectField
              id={controlId(FORM, 'barrierCode')}
              label={labelOf('barrierCode')}
              value={values.barrierCode}
              onChange={(value) => setTop('barrierCode', value)}
              options={options.barriers.map((b) => ({ value: b.code, label: b.name }))}
              empty={ct('scenario.chooseBarrier')}
              error={errorOf('barrierCode')}
            />
            <SelectField
              id={controlId(FORM, 'regionId')}
              label={`${labelOf('regionId')} ${ct('form.optional')}`}
              hint={ct('scenario.regionHint')}
              value={values.regionId}
              onChange={(value) => setTop('regionId', value)}
              options={regions}
              empty={ct('scenario.noRegion')}
              error={errorOf('regionId')}
            />
          </div>
        </section>
        {values.questions.map((q, i) => (
          <QuestionSection
            key={`question-${
              // biome-ignore lint/suspicious/noArrayIndexKey: questions have no id of their own
              i
            }`}
            i={i}
            question={q}
            count={values.questions.length}
            errorOf={errorOf}
            labelOf={labelOf}
            setQuestion={setQuestion}
            setChoice={setChoice}
            remove={() =>
              setValues((v) => ({ ...v, questions: v.questions.filter((_, n) => n !== i) }))
            }
          />
        ))}
        <div id={controlId(FORM, 'questions')} tabIndex={-1}>
          {errorOf('questions') && <p className="form-field__error">{errorOf('questions')}</p>}
          {values.questions.length < SCENARIO_LIMITS.questions && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                setValues((v) => ({ ...v, questions: [...v.questions, emptyQuestion()] }))
              }
            >
              {ct('scenario.addQuestion')}
            </button>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? ct('form.saving') : id ? ct('form.save') : ct('scenario.create')}
          </button>
        </div>
        <FormStatus text={status} />
      </form>
      {id && scenario && (
        <ArchiveSection
          titleId="scenario-archive-title"
          texts={{
            title: 'scenario.archiveTitle',
            isArchived: 'scenario.archived',
            isActive: 'scenario.isActive',
            confirm: 'scenario.confirmArchive',
            archive: 'scenario.archive',
            restore: 'scenario.restore',
          }}
          record={{ status: scenario.status, version }}
          board={board}
          save={(status, base) => setAuthoredScenarioStatus(status, id, base, lang)}
          onChanged={onArchived}
        />
      )}
    </div>
  );
}

function QuestionSection({
  i,
  question,
  count,
  errorOf,
  labelOf,
  setQuestion,
  setChoice,
  remove,
}: {
  i: number;
  question: QuestionValues;
  count: number;
  errorOf: (field: string) => string | undefined;
  labelOf: (field: string) => string;
  setQuestion: (i: number, change: Partial<QuestionValues>) => void;
  setChoice: (i: number, j: number, change: Partial<ChoiceValues>) => void;
  remove: () => void;
}) {
  const { ct } = useText();
  const at = `questions.${i}`;
  const titleId = `scenario-question-${i}`;
  return (
    <section className="edit-section card" aria-labelledby={titleId}>
      <h2 id={titleId} className="edit-section__title">
        {ct('scenario.questionN', { n: i + 1 })}
      </h2>
      <div className="form-grid form-grid--one">
        {LANGS.map((l) => (
          <TextField
            key={`text${l}`}
            id={controlId(FORM, `${at}.text${l}`)}
            label={labelOf(`${at}.text${l}`)}
            value={question[`text${l}`]}
            onChange={(value) => setQuestion(i, { [`text${l}`]: value })}
            error={errorOf(`${at}.text${l}`)}
            optional={l !== 'Nl'}
            multiline
            lang={l.toLowerCase()}
          />
        ))}
      </div>
      <fieldset
        id={controlId(FORM, `${at}.choices`)}
        tabIndex={-1}
        className={`choices scenario-choices ${errorOf(`${at}.choices`) ? 'scenario-choices--invalid' : ''}`}
      >
        <legend>{ct('scenario.choices')}</legend>
        <p className="muted small">{ct('scenario.choicesHint')}</p>
        {errorOf(`${at}.choices`) && (
          <p className="form-field__error">
            <span className="visually-hidden">{ct('form.problem')}: </span>
            {errorOf(`${at}.choices`)}
          </p>
        )}
        {question.choices.map((choice, j) => (
          <ChoiceRow
            key={`choice-${
              // biome-ignore lint/suspicious/noArrayIndexKey: choices have no id of their own
              j
            }`}
            at={`${at}.choices.${j}`}
            n={j + 1}
            choice={choice}
            errorOf={errorOf}
            labelOf={labelOf}
            set={(change) => setChoice(i, j, change)}
            remove={
              question.choices.length > SCENARIO_LIMITS.minChoices
                ? () => setQuestion(i, { choices: question.choices.filter((_, m) => m !== j) })
                : null
            }
          />
        ))}
        {question.choices.length < SCENARIO_LIMITS.choices && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setQuestion(i, { choices: [...question.choices, emptyChoice()] })}
          >
            {ct('scenario.addChoice')}
          </button>
        )}
      </fieldset>
      <div className="form-grid form-grid--one">
        {LANGS.map((l) => (
          <TextField
            key={`feedback${l}`}
            id={controlId(FORM, `${at}.feedback${l}`)}
            label={labelOf(`${at}.feedback${l}`)}
            hint={l === 'Nl' ? ct('scenario.feedbackHint') : undefined}
            value={question[`feedback${l}`]}
            onChange={(value) => setQuestion(i, { [`feedback${l}`]: value })}
            error={errorOf(`${at}.feedback${l}`)}
            optional={l !== 'Nl'}
            multiline
            lang={l.toLowerCase()}
          />
        ))}
      </div>
      {count > 1 && (
        <button type="button" className="button button--secondary" onClick={remove}>
          {ct('scenario.removeQuestion', { n: i + 1 })}
        </button>
      )}
    </section>
  );
}

function ChoiceRow({
  at,
  n,
  choice,
  errorOf,
  labelOf,
  set,
  remove,
}: {
  at: string;
  n: number;
  choice: ChoiceValues;
  errorOf: (field: string) => string | undefined;
  labelOf: (field: string) => string;
  set: (change: Partial<ChoiceValues>) => void;
  remove: (() => void) | null;
}) {
  const { ct } = useText();
  return (
    <div className="scenario-choice" data-testid="scenario-choice">
      <p className="scenario-choice__title">
        <strong>{ct('scenario.choiceN', { n })}</strong>
      </p>
      {LANGS.map((l) => (
        <TextField
          key={`text${l}`}
          id={controlId(FORM, `${at}.text${l}`)}
          label={labelOf(`${at}.text${l}`)}
          value={choice[`text${l}`]}
          onChange={(value) => set({ [`text${l}`]: value })}
          error={errorOf(`${at}.text${l}`)}
          optional={l !== 'Nl'}
          lang={l.toLowerCase()}
        />
      ))}
      <label className="choice choice--single">
        <input
          id={controlId(FORM, `${at}.right`)}
          type="checkbox"
          checked={choice.right}
          onChange={(event) => set({ right: event.target.checked })}
        />
        <span>{ct('scenario.right')}</span>
      </label>
      {choice.organisationId ? (
        <p id={controlId(FORM, `${at}.organisationId`)} tabIndex={-1}>
          {ct('scenario.partner', { name: choice.organisationName || choice.organisationId })}{' '}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => set({ organisationId: '', organisationName: '' })}
          >
            {ct('form.remove')}
          </button>
          {errorOf(`${at}.organisationId`) && (
            <span className="form-field__error">{errorOf(`${at}.organisationId`)}</span>
          )}
        </p>
      ) : (
        <OrganisationPicker
          inputId={controlId(FORM, `${at}.organisationId`)}
          label={`${ct('scenario.partnerLabel')} ${ct('form.optional')}`}
          hint={ct('scenario.partnerHint')}
          onPick={(place) => set({ organisationId: place.id, organisationName: place.name })}
        />
      )}
      {remove && (
        <button type="button" className="button button--secondary button--small" onClick={remove}>
          {ct('scenario.removeChoice', { n })}
        </button>
      )}
    </div>
  );
}
