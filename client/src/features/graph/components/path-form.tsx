/**
 * The shortest connection between two entities: pick both ends by name (anything the search
 * finds, or a node on screen) and the kinds of ties the route may use; the route is drawn (its
 * nodes join the view), highlighted, and written out here step by step.
 */
import { type FormEvent, useId, useState } from 'react';
import { useGraphText } from '../i18n/use-graph-text';
import { type GraphModel, pathRoute, type VisibleGraph } from '../utils/graph-model';
import {
  LINK_KINDS,
  type LinkKind,
  select,
  setPath,
  setVia,
  type ViewState,
} from '../utils/view-state';
import { NodeSearch } from './node-search';
import type { ChangeView } from './side-panel';

interface PathFormProps {
  state: ViewState;
  view: VisibleGraph;
  model: GraphModel;
  loading: boolean;
  onChange: ChangeView;
}

interface End {
  id: string;
  label: string;
}

export function PathForm({ state, view, model, loading, onChange }: PathFormProps) {
  const { g, names } = useGraphText();
  const id = useId();
  // Names of ends picked here: a route that is not found brings no nodes to name them by.
  const [picked, setPicked] = useState<Map<string, string>>(new Map());
  const label = (nodeId: string) => model.nodes.get(nodeId)?.label ?? picked.get(nodeId) ?? nodeId;
  const fromUrl = (index: 0 | 1): End | null => {
    const end = state.path?.[index];
    return end ? { id: end, label: label(end) } : null;
  };
  const [from, setFrom] = useState<End | null>(() => fromUrl(0));
  const [to, setTo] = useState<End | null>(() => fromUrl(1));
  const [via, setViaDraft] = useState<readonly LinkKind[]>(state.via);
  // A new path in the URL (back, a link, the side panel) replaces what the form holds.
  const pathKey = state.path?.join('~') ?? '';
  const [seen, setSeen] = useState({ pathKey, via: state.via });
  if (seen.pathKey !== pathKey || seen.via !== state.via) {
    setSeen({ pathKey, via: state.via });
    setFrom(fromUrl(0));
    setTo(fromUrl(1));
    setViaDraft(state.via);
  }

  // The URL's ends are named once their nodes have loaded.
  const shown = (end: End | null, index: 0 | 1) =>
    end ? (end.id === state.path?.[index] ? label(end.id) : end.label) : '';

  const route = state.path ? pathRoute(model, state.path[0], state.path[1]) : null;
  const ready = from !== null && to !== null && from.id !== to.id && via.length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    onChange(setVia(setPath(state, [from.id, to.id]), via), { push: true });
  };

  const pick = (set: (end: End | null) => void) => (nodeId: string, name: string) => {
    setPicked((known) => new Map(known).set(nodeId, name));
    set({ id: nodeId, label: name });
  };

  const toggle = (kind: LinkKind, on: boolean) =>
    setViaDraft((current) => LINK_KINDS.filter((k) => (k === kind ? on : current.includes(k))));

  return (
    <section className="graph-path" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="graph-panel__title">
        {g('pathTitle')}
      </h2>
      <form onSubmit={submit} className="stack">
        <NodeSearch
          key={`from~${pathKey}~${fromUrl(0)?.label ?? ''}`}
          label={g('pathFrom')}
          local={view.nodes}
          keep
          initial={shown(from, 0)}
          onPick={pick(setFrom)}
          onClear={() => setFrom(null)}
        />
        <NodeSearch
          key={`to~${pathKey}~${fromUrl(1)?.label ?? ''}`}
          label={g('pathTo')}
          local={view.nodes}
          keep
          initial={shown(to, 1)}
          onPick={pick(setTo)}
          onClear={() => setTo(null)}
        />
        <fieldset className="graph-path__via">
          <legend className="label">{g('pathVia')}</legend>
          {LINK_KINDS.map((kind) => (
            <label key={kind} className="graph-path__kind">
              <input
                type="checkbox"
                checked={via.includes(kind)}
                onChange={(event) => toggle(kind, event.target.checked)}
              />
              <span>
                {g(`via.${kind}`)}
                <span className="muted small"> — {g(`viaHint.${kind}`)}</span>
              </span>
            </label>
          ))}
          {via.length === 0 && <p className="hint">{g('pathViaNone')}</p>}
        </fieldset>
        <div className="graph-panel__actions">
          <button type="submit" className="button button--small" disabled={!ready}>
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
