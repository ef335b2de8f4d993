/**
 * What the canvas shows, as text: a screen reader cannot read a canvas. Nodes by type (or the
 * barrier's partners by role), then the connections; every name selects its node.
 */
import { useGraphText } from '../i18n/use-graph-text';
import { type VisualEdge, visualEdges } from '../utils/elements';
import type { VisibleGraph } from '../utils/graph-model';
import { type GraphNode, NODE_TYPES } from '../utils/types';
import { select, type ViewState } from '../utils/view-state';
import type { ChangeView } from './side-panel';

/** More rows than this would make the page heavy; the export has them all. */
const MAX_EDGE_ROWS = 400;

export function ShownList({
  view,
  state,
  onChange,
}: {
  view: VisibleGraph;
  state: ViewState;
  onChange: ChangeView;
}) {
  const { g, names } = useGraphText();
  const nodes = new Map(view.nodes.map((n) => [n.id, n]));
  const edges = visualEdges(view.edges, nodes);

  const nodeButton = (node: GraphNode) => (
    <button
      type="button"
      className="link-button"
      aria-pressed={state.selected === node.id}
      onClick={() => onChange(select(state, node.id))}
    >
      {node.label}
    </button>
  );
  const describe = (node: GraphNode) =>
    [names.subtype(node.type, node.subtype), node.country].filter(Boolean).join(' · ');

  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  const byLabel = (a: GraphNode, b: GraphNode) => collator.compare(a.label, b.label);

  return (
    <section className="graph-list" aria-labelledby="graph-list-title">
      <h2 id="graph-list-title">{g('listTitle')}</h2>
      <p className="muted">{g('summary', { nodes: view.nodes.length, edges: edges.length })}</p>
      {view.nodes.length === 0 && <p>{g('listNone')}</p>}

      {view.groups ? (
        <div className="graph-list__columns">
          {view.groups.map((group) => (
            <section key={group.role} aria-labelledby={`graph-list-${group.role}`}>
              <h3 id={`graph-list-${group.role}`}>
                {g('group', { role: names.role(group.role), count: group.members.length })}
              </h3>
              <ul className="graph-list__nodes">
                {group.members.map((node) => (
                  <li key={node.id}>
                    {nodeButton(node)} <span className="muted small">{describe(node)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : (
        <div className="graph-list__columns">
          {NODE_TYPES.map((type) => {
            const ofType = view.nodes.filter((n) => n.type === type).sort(byLabel);
            if (ofType.length === 0) return null;
            return (
              <section key={type} aria-labelledby={`graph-list-${type}`}>
                <h3 id={`graph-list-${type}`}>
                  {names.nodeType(type)} ({ofType.length})
                </h3>
                <ul className="graph-list__nodes">
                  {ofType.map((node) => (
                    <li key={node.id}>
                      {nodeButton(node)} <span className="muted small">{describe(node)}</span>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}

      {!view.groups && edges.length > 0 && (
        <>
          <h3>{g('listEdges')}</h3>
          {edges.length > MAX_EDGE_ROWS && (
            <p className="muted small">{g('listEdgesLimited', { count: MAX_EDGE_ROWS })}</p>
          )}
          <div className="table-scroll">
            <table className="table graph-list__edges">
              <thead>
                <tr>
                  <th scope="col">{g('listFrom')}</th>
                  <th scope="col">{g('listRelation')}</th>
                  <th scope="col">{g('listTo')}</th>
                </tr>
              </thead>
              <tbody>
                {edges.slice(0, MAX_EDGE_ROWS).map((edge) => (
                  <EdgeRow
                    key={edge.id}
                    edge={edge}
                    nodes={nodes}
                    onPath={edge.members.some((m) => view.path?.edgeIds.has(m.id))}
                    state={state}
                    onChange={onChange}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function EdgeRow({
  edge,
  nodes,
  onPath,
  state,
  onChange,
}: {
  edge: VisualEdge;
  nodes: Map<string, GraphNode>;
  onPath: boolean;
  state: ViewState;
  onChange: ChangeView;
}) {
  const { g, names } = useGraphText();
  const roles = edge.members.map((m) => m.role).filter((r): r is NonNullable<typeof r> => !!r);
  const first = edge.members[0];
  const details = [
    roles.map(names.role).join(', '),
    edge.type === 'SHARES_WITH' && first
      ? [
          first.legalBases.map((b) => b.name).join('; '),
          (first.dataCategories ?? []).map(names.dataCategory).join(', '),
        ]
          .filter(Boolean)
          .join(' — ')
      : '',
    edge.crossBorder ? g('crossBorder') : '',
    onPath ? g('pathTitle') : '',
  ].filter(Boolean);
  const cell = (id: string) => {
    const node = nodes.get(id);
    return node ? node.label : id;
  };
  return (
    <tr className={onPath ? 'graph-list__on-path' : undefined}>
      <td>{cell(edge.source)}</td>
      <td>
        <button
          type="button"
          className="link-button"
          aria-pressed={state.selected === edge.id}
          onClick={() => onChange(select(state, edge.id))}
        >
          {names.edgeType(edge.type)}
        </button>
        {details.length > 0 && <span className="muted small"> ({details.join(' · ')})</span>}
      </td>
      <td>{cell(edge.target)}</td>
    </tr>
  );
}
