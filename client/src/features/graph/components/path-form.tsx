/**
 * The shortest connection between two nodes: pick both ends among what is shown (or from the
 * side panel); the route is highlighted on the canvas and written out here step by step.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useGraphText } from '../i18n/use-graph-text';
import { type GraphModel, pathRoute, type VisibleGraph } from '../utils/graph-model';
import { select, setPath, type ViewState } from '../utils/view-state';
import type { ChangeView } from './side-panel';

interface PathFormProps {
  state: ViewState;
  view: VisibleGraph;
  model: GraphModel;
  loading: boolean;
  onChange: ChangeView;
}

export function PathForm({ state, view, model, loading, onChange }: PathFormProps) {
  const { g, names } = useGraphText();
  const id = useId();
  const [from, setFrom] = useState(state.path?.[0] ?? '');
  const [to, setTo] = useState(state.path?.[1] ?? '');
  useEffect(() => {
    setFrom(state.path?.[0] ?? '');
    setTo(state.path?.[1] ?? '');
  }, [state.path]);

  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  const options = [...view.nodes].sort((a, b) => collator.compare(a.label, b.label));
  const label = (nodeId: string) => model.nodes.get(nodeId)?.label ?? nodeId;
  const route = state.path ? pathRoute(model, state.path[0], state.path[1]) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from && to && from !== to) onChange(setPath(state, [from, to]));
  };

  const picker = (key: 'from' | 'to', value: string, set: (v: string) => void) => (
    <div className="field">
      <label className="label" htmlFor={`${id}-${key}`}>
        {key === 'from' ? g('pathFrom') : g('pathTo')}
      </label>
      <select
        id={`${id}-${key}`}
        className="input"
        value={value}
        onChange={(event) => set(event.target.value)}
      >
        <option value="">{g('pathChoose')}</option>
        {/* The current end stays choosable even when it is not (yet) shown. */}
        {value && !options.some((n) => n.id === value) && (
          <option value={value}>{label(value)}</option>
        )}
        {options.map((node) => (
          <option key={node.id} value={node.id}>
            {node.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="graph-path" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="graph-panel__title">
        {g('pathTitle')}
      </h2>
      <form onSubmit={submit} className="stack">
        {picker('from', from, setFrom)}
        {picker('to', to, setTo)}
        <div className="graph-panel__actions">
          <button
            type="submit"
            className="button button--small"
            disabled={!from || !to || from === to}
          >
            {g('pathFind')}
          </button>
          {state.path && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onChange(setPath(state, null))}
            >
              {g('pathClear')}
            </button>
          )}
        </div>
      </form>
      <div role="status" className="graph-path__result">
        {state.path && loading && <p className="muted">{g('pathLoading')}</p>}
        {state.path && !loading && route && route.edges.length === 0 && (
          <p>{g('pathNone', { from: label(state.path[0]), to: label(state.path[1]) })}</p>
        )}
        {state.path && !loading && route && route.edges.length > 0 && (
          <>
            <p>
              {g('pathResult', {
                hops: route.edges.length,
                from: label(state.path[0]),
                to: label(state.path[1]),
              })}
            </p>
            <ol className="graph-path__steps" aria-label={g('pathSteps')}>
              {route.nodeIds.map((nodeId, i) => {
                const edge = route.edges[i];
                return (
                  <li key={nodeId}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onChange(select(state, nodeId))}
                    >
                      {label(nodeId)}
                    </button>
                    {edge && <span className="muted small"> — {names.edgeType(edge.type)}</span>}
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
