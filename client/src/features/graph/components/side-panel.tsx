/**
 * The details of what is selected, and what can be done with it: open its page, show its
 * neighbours by relationship type (capped, with "N more"), collapse, hide, start over from it,
 * focus on a barrier, or use it as an end of the shortest connection.
 */
import { Link } from '../../../lib/router';
import { PROBE_LIMIT } from '../api/neighbourhood';
import { useGraphText } from '../i18n/use-graph-text';
import type { VisualEdge } from '../utils/elements';
import {
  expansionCandidates,
  type GraphModel,
  neighbourCounts,
  type VisibleGraph,
} from '../utils/graph-model';
import { entityLink } from '../utils/links';
import { connectionsOf, type Selection } from '../utils/selection';
import { EDGE_TYPES, type GraphEdgeType, type GraphNode } from '../utils/types';
import {
  collapse,
  EXPAND_MAX,
  expand,
  focusBarrier,
  focusOn,
  hide,
  select,
  setPath,
  showMore,
  type ViewState,
} from '../utils/view-state';

export type ChangeView = (next: ViewState, options?: { push?: boolean }) => void;

interface SidePanelProps {
  selection: Selection;
  model: GraphModel;
  view: VisibleGraph;
  state: ViewState;
  onChange: ChangeView;
  headingId: string;
}

export function SidePanel({ selection, model, view, state, onChange, headingId }: SidePanelProps) {
  const { g } = useGraphText();
  return (
    <section className="graph-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="graph-panel__title">
        {g('details')}
      </h2>
      {!selection && <p className="muted">{g('nothingSelected')}</p>}
      {selection?.kind === 'node' && (
        <NodeDetails
          node={selection.node}
          model={model}
          view={view}
          state={state}
          onChange={onChange}
        />
      )}
      {selection?.kind === 'edge' && (
        <EdgeDetails
          edge={selection.edge}
          source={selection.source}
          target={selection.target}
          state={state}
          onChange={onChange}
        />
      )}
      {selection?.kind === 'more' && (
        <div className="stack">
          <p>{g('moreDetails', { count: selection.stub.count, name: selection.parent.label })}</p>
          <ExpandButtons
            id={selection.stub.parent}
            type={selection.stub.expansion.type}
            state={state}
            onChange={onChange}
          />
        </div>
      )}
    </section>
  );
}

function NodeButton({
  node,
  state,
  onChange,
}: {
  node: GraphNode;
  state: ViewState;
  onChange: ChangeView;
}) {
  return (
    <button type="button" className="link-button" onClick={() => onChange(select(state, node.id))}>
      {node.label}
    </button>
  );
}

function NodeDetails({
  node,
  model,
  view,
  state,
  onChange,
}: {
  node: GraphNode;
  model: GraphModel;
  view: VisibleGraph;
  state: ViewState;
  onChange: ChangeView;
}) {
  const { g, names } = useGraphText();
  const link = entityLink(node);
  const probe = model.probes.get(node.id);
  const counts = neighbourCounts(model, node.id);
  const expanded = state.expand.some((e) => e.id === node.id);
  const shown = new Set(view.nodes.map((n) => n.id));
  const connections = connectionsOf(view, node.id);
  const subtype = names.subtype(node.type, node.subtype);
  const grouped = view.groups !== null;

  const countShown = (type: GraphEdgeType | null) =>
    expansionCandidates(model, { id: node.id, type }, state.filters, new Set(state.hide)).filter(
      (id) => shown.has(id),
    ).length;

  return (
    <div className="stack">
      <div>
        <p className="graph-panel__name">{node.label}</p>
        <p className="muted small">
          {[names.nodeType(node.type), subtype, node.country && names.country(node.country)]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {link && (
          <p>
            <Link to={link}>{g('openPage')}</Link>
          </p>
        )}
      </div>

      <div className="graph-panel__actions">
        {node.type === 'Barrier' && !(grouped && state.focus === node.id) && (
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange(focusBarrier(state, node.id), { push: true })}
          >
            {g('focusBarrier')}
          </button>
        )}
        {(state.focus !== node.id || grouped) && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChange(focusOn(state, node.id), { push: true })}
          >
            {g('focusHere')}
          </button>
        )}
        {!grouped && expanded && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChange(collapse(state, node.id))}
          >
            {g('collapse')}
          </button>
        )}
        {state.focus !== node.id && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChange(hide(state, node.id))}
          >
            {g('hide')}
          </button>
        )}
        {!grouped && (
          <>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() =>
                onChange(setPath(state, [node.id, state.path?.[1] ?? state.focus ?? node.id]))
              }
            >
              {g('pathFromHere')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() =>
                onChange(setPath(state, [state.path?.[0] ?? state.focus ?? node.id, node.id]))
              }
            >
              {g('pathToHere')}
            </button>
          </>
        )}
      </div>

      {!grouped && (
        <section aria-labelledby="graph-neighbours">
          <h3 id="graph-neighbours" className="graph-panel__subtitle">
            {g('neighbours')}
          </h3>
          {!probe && <p className="muted small">{g('neighboursLoading')}</p>}
          {probe && (
            <ul className="graph-expand">
              <ExpandRow
                label={g('neighboursAll', { count: probe.neighbours.length })}
                total={
                  expansionCandidates(
                    model,
                    { id: node.id, type: null },
                    state.filters,
                    new Set(state.hide),
                  ).length
                }
                shown={countShown(null)}
                id={node.id}
                type={null}
                state={state}
                onChange={onChange}
              />
              {EDGE_TYPES.filter((type) => counts.has(type)).map((type) => (
                <ExpandRow
                  key={type}
                  label={g('neighboursOfType', {
                    type: names.edgeGroup(type),
                    count: counts.get(type) ?? 0,
                  })}
                  total={
                    expansionCandidates(
                      model,
                      { id: node.id, type },
                      state.filters,
                      new Set(state.hide),
                    ).length
                  }
                  shown={countShown(type)}
                  id={node.id}
                  type={type}
                  state={state}
                  onChange={onChange}
                />
              ))}
            </ul>
          )}
          {probe?.truncated && (
            <p className="muted small">{g('neighboursTruncated', { count: PROBE_LIMIT })}</p>
          )}
        </section>
      )}

      {connections.length > 0 && (
        <section aria-labelledby="graph-connections">
          <h3 id="graph-connections" className="graph-panel__subtitle">
            {g('connections')}
          </h3>
          <ul className="graph-connections">
            {connections.map(({ edge, other }) => (
              <li key={edge.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange(select(state, edge.id))}
                >
                  {edgeSummary(edge, names)}
                </button>{' '}
                <span aria-hidden="true">→</span>{' '}
                <NodeButton node={other} state={state} onChange={onChange} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function edgeSummary(edge: VisualEdge, names: ReturnType<typeof useGraphText>['names']): string {
  const roles = edge.members.map((m) => m.role).filter((r): r is NonNullable<typeof r> => !!r);
  const base = names.edgeType(edge.type);
  return roles.length > 0 ? `${base}: ${roles.map(names.role).join(', ')}` : base;
}

function ExpandRow({
  label,
  total,
  shown,
  id,
  type,
  state,
  onChange,
}: {
  label: string;
  total: number;
  shown: number;
  id: string;
  type: GraphEdgeType | null;
  state: ViewState;
  onChange: ChangeView;
}) {
  const { g } = useGraphText();
  const active = state.expand.some((e) => e.id === id && e.type === type);
  return (
    <li className="graph-expand__row">
      {active ? (
        <span>{label}</span>
      ) : (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={total === 0}
          onClick={() => onChange(expand(state, id, type))}
        >
          {label}
        </button>
      )}
      <span className="muted small">{g('shownOf', { shown, total })}</span>
      {active && shown < total && (
        <ExpandButtons id={id} type={type} state={state} onChange={onChange} />
      )}
    </li>
  );
}

function ExpandButtons({
  id,
  type,
  state,
  onChange,
}: {
  id: string;
  type: GraphEdgeType | null;
  state: ViewState;
  onChange: ChangeView;
}) {
  const { g } = useGraphText();
  return (
    <span className="graph-expand__more">
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange(showMore(state, id, type))}
      >
        {g('showMore', { count: 25 })}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange(showMore(state, id, type, EXPAND_MAX))}
      >
        {g('showAll')}
      </button>
    </span>
  );
}

function EdgeDetails({
  edge,
  source,
  target,
  state,
  onChange,
}: {
  edge: VisualEdge;
  source: GraphNode;
  target: GraphNode;
  state: ViewState;
  onChange: ChangeView;
}) {
  const { g, names } = useGraphText();
  const first = edge.members[0];
  const agreement = edge.type === 'SHARES_WITH' && first;
  const roles = edge.members.map((m) => m.role).filter((r): r is NonNullable<typeof r> => !!r);
  return (
    <div className="stack">
      <p className="graph-panel__name">{agreement ? g('agreement') : names.edgeGroup(edge.type)}</p>
      <p>
        <NodeButton node={source} state={state} onChange={onChange} />{' '}
        <span aria-hidden="true">{agreement && first.mutual ? '↔' : '→'}</span>{' '}
        <NodeButton node={target} state={state} onChange={onChange} />
      </p>
      {edge.crossBorder && <p className="badge badge--CROSS_BORDER">{g('crossBorder')}</p>}
      {roles.length > 0 && (
        <dl className="facts">
          <div>
            <dt>{g('roles')}</dt>
            <dd>{roles.map(names.role).join(', ')}</dd>
          </div>
          {first?.priority && (
            <div>
              <dt>{g('priority')}</dt>
              <dd>{first.priority}</dd>
            </div>
          )}
        </dl>
      )}
      {agreement && (
        <dl className="facts">
          <div>
            <dt>{g('type')}</dt>
            <dd>
              {[
                first.crossBorder ? g('crossBorder') : g('domestic'),
                first.mutual ? g('mutual') : g('oneWay', { from: source.label, to: target.label }),
              ].join(' · ')}
            </dd>
          </div>
          <div>
            <dt>{g('legalBases')}</dt>
            <dd>
              <ul className="plain">
                {first.legalBases.map((basis) => (
                  <li key={basis.code}>
                    {basis.name} <span className="muted small">({basis.code})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt>{g('dataCategories')}</dt>
            <dd>{(first.dataCategories ?? []).map(names.dataCategory).join(', ')}</dd>
          </div>
        </dl>
      )}
    </div>
  );
}
