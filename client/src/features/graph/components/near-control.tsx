/**
 * Focus mode: the nodes within N steps of the selected node stay in full colour and the rest is
 * faded, so the reader concentrates on one part without losing the rest of the picture.
 */
import { useId, useState } from 'react';
import { useGraphText } from '../i18n/use-graph-text';
import type { VisibleGraph } from '../utils/graph-model';
import { NEAR_MAX, setNear, type ViewState } from '../utils/view-state';
import type { ChangeView } from './side-panel';

interface NearControlProps {
  state: ViewState;
  view: VisibleGraph;
  /** The selected node, if a node is selected. */
  node: { id: string; label: string } | null;
  onChange: ChangeView;
}

export function NearControl({ state, view, node, onChange }: NearControlProps) {
  const { g } = useGraphText();
  const id = useId();
  const [steps, setSteps] = useState(state.near?.steps ?? 1);
  const near = view.near;
  const centre = near ? view.nodes.find((n) => n.id === near.id) : undefined;
  if (!node && !near) return null;
  return (
    <section className="graph-near" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="graph-panel__title">
        {g('nearTitle')}
      </h2>
      {node && (
        <div className="graph-near__form">
          <div className="field graph-filter">
            <label className="label" htmlFor={`${id}-steps`}>
              {g('nearSteps')}
            </label>
            <select
              id={`${id}-steps`}
              className="input"
              value={steps}
              onChange={(event) => setSteps(Number(event.target.value))}
            >
              {Array.from({ length: NEAR_MAX }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange(setNear(state, { id: node.id, steps }))}
          >
            {g('nearApply')}
          </button>
        </div>
      )}
      <div role="status">
        {near && (
          <p className="small">
            {g('nearActive', {
              count: near.nodeIds.size,
              steps: near.steps,
              name: centre?.label ?? near.id,
            })}{' '}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onChange(setNear(state, null))}
            >
              {g('nearClear')}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
