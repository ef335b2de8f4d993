/**
 * `/graph`: the network view. The URL holds the view (see view-state.ts); this page loads the
 * neighbourhoods and path it needs, derives what is shown with pure functions, and hands the
 * elements to the canvas. The side panel, path form, filters, legend and the textual list work
 * on the same derived view. Loaded lazily: Cytoscape never reaches the first bundle.
 */
import './graph.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ErrorMessage } from '../../../components/status';
import { Link, useLocation, useNavigate } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { download } from '../../../utils/download';
import { useGraphBarriers } from '../api/graph-start';
import { useNeighbourhoods } from '../api/neighbourhood';
import { usePath } from '../api/path';
import { useGraphText } from '../i18n/use-graph-text';
import { crossesBorder, type ElementText, toElements } from '../utils/elements';
import { exportName, toCsv, toJson } from '../utils/export';
import { composeExport, type LegendEntry } from '../utils/export-image';
import {
  buildModel,
  isGrouped,
  pathRoute,
  probeIds,
  pruneExpansions,
  visibleGraph,
} from '../utils/graph-model';
import { canvasHeightFor, groupColumns, groupedPositions } from '../utils/layouts';
import { COUNTRY_COLOUR, EDGE_COLOUR, NODE_COLOUR } from '../utils/palette';
import { resolveSelection } from '../utils/selection';
import { isLarge } from '../utils/stylesheet';
import { EDGE_TYPES, NODE_TYPES } from '../utils/types';
import {
  addNode,
  collapse,
  expand,
  focusOn,
  parseViewState,
  select,
  showMore,
  toSearch,
  unhideAll,
  type ViewState,
} from '../utils/view-state';
import { GraphCanvas, type GraphCanvasHandle, type LayoutStatus } from './graph-canvas';
import { GraphFilters } from './graph-filters';
import { GraphLegend } from './graph-legend';
import { GraphToolbar } from './graph-toolbar';
import { NearControl } from './near-control';
import { NodeSearch } from './node-search';
import { PathForm } from './path-form';
import { ShownList } from './shown-list';
import { SidePanel } from './side-panel';
import { useElementWidth } from './use-element-width';

export function GraphPage() {
  const { g } = useGraphText();
  const { search } = useLocation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  usePageTitle(g('title'));

  const state = useMemo(() => parseViewState(search), [search]);
  const change = useCallback(
    (next: ViewState, options: { push?: boolean } = {}) =>
      navigate(`/graph${toSearch(next)}`, { replace: !options.push }),
    [navigate],
  );

  const started = state.focus !== null || state.show.length > 0;
  return (
    <div className="graph-page">
      <header className="graph-page__header">
        <h1>{g('title')}</h1>
        <p className="muted">{g('intro')}</p>
      </header>
      {started ? (
        <Explorer state={state} onChange={change} scope={viewer ? viewer.id : 'anonymous'} />
      ) : (
        <StartView onStart={(id) => change(focusOn(state, id), { push: true })} />
      )}
    </div>
  );
}

function StartView({ onStart }: { onStart: (id: string) => void }) {
  const { g, lang } = useGraphText();
  const barriers = useGraphBarriers(lang);
  return (
    <section className="graph-start" aria-labelledby="graph-start-title">
      <h2 id="graph-start-title">{g('startTitle')}</h2>
      {barriers.error && <ErrorMessage error={barriers.error} onRetry={barriers.refetch} />}
      <h3>{g('startBarriers')}</h3>
      <ul className="graph-start__barriers">
        {(barriers.data?.barriers ?? []).map((barrier) => (
          <li key={barrier.id}>
            <Link
              className="button button--secondary"
              to={`/graph?focus=${encodeURIComponent(barrier.id)}`}
            >
              {barrier.name}
            </Link>
          </li>
        ))}
      </ul>
      <div className="graph-start__search">
        <NodeSearch label={g('startSearch')} onPick={onStart} />
      </div>
    </section>
  );
}

function Explorer({
  state,
  onChange,
  scope,
}: {
  state: ViewState;
  onChange: (next: ViewState, options?: { push?: boolean }) => void;
  scope: string;
}) {
  const { g, names, lang } = useGraphText();
  const canvas = useRef<GraphCanvasHandle>(null);
  const [layoutStatus, setLayoutStatus] = useState<LayoutStatus>({ state: 'running' });

  // What to load: every node the view starts from or expands.
  const ids = useMemo(() => probeIds(state), [state]);
  const hoods = useNeighbourhoods(ids, lang, scope);
  const path = usePath(state.path, state.via, lang);
  const barriers = useGraphBarriers(lang);

  const model = useMemo(
    () => buildModel(hoods.slices, path.data?.path ?? null),
    [hoods.slices, path.data],
  );
  const view = useMemo(() => visibleGraph(model, state), [model, state]);

  // The selected node's neighbours feed the side panel's "show neighbours" (counts by type);
  // they do not change the drawing until the reader expands.
  const selectedNode =
    state.selected && view.nodes.some((n) => n.id === state.selected) ? state.selected : null;
  const selectedIds = useMemo(() => (selectedNode ? [selectedNode] : []), [selectedNode]);
  const selectedHood = useNeighbourhoods(selectedIds, lang, scope);
  const panelModel = useMemo(
    () =>
      selectedHood.slices.size > 0
        ? buildModel(new Map([...hoods.slices, ...selectedHood.slices]), path.data?.path ?? null)
        : model,
    [selectedHood.slices, hoods.slices, path.data, model],
  );
  const grouped = view.groups !== null;
  const large = isLarge(view.nodes.length, view.edges.length);

  const text = useMemo<ElementText>(
    () => ({
      role: names.role,
      edgeType: names.edgeType,
      more: (count, atLeast) => (atLeast ? g('moreAtLeast', { count }) : g('more', { count })),
      group: (role, count) => g('group', { role: names.role(role), count }),
      dataCategories: (count) => g('dataCategoryCount', { count }),
    }),
    [g, names],
  );
  const elements = useMemo(
    () => toElements(view, state.selected, text),
    [view, state.selected, text],
  );
  // While neighbourhoods load, the canvas keeps what it has: one layout when all have arrived.
  const settled = useRef(elements);
  const pending = hoods.loading || (state.path !== null && path.loading);
  if (!pending) settled.current = elements;

  // The barrier view is drawn at full size: as many columns as fit, the canvas grows downwards.
  const stage = useRef<HTMLDivElement>(null);
  const stageWidth = useElementWidth(stage);
  const columns = groupColumns(stageWidth || 800);
  const positions = useMemo(
    () =>
      view.groups && view.focus ? groupedPositions(view.focus, view.groups, columns) : undefined,
    [view.groups, view.focus, columns],
  );
  const height = positions ? canvasHeightFor(positions, stageWidth || 800) : undefined;
  // A shortest connection is laid out as a line, from left to right.
  const routeKey =
    state.path && !pending ? pathRoute(model, state.path[0], state.path[1]).nodeIds.join(',') : '';
  const layout = useMemo(
    () => ({
      name: grouped ? ('grouped' as const) : state.layout,
      focus: state.focus,
      positions,
      route: routeKey ? routeKey.split(',') : undefined,
    }),
    [grouped, state.layout, state.focus, positions, routeKey],
  );

  const selection = resolveSelection(view, state.selected);
  const focusMissing = state.focus !== null && hoods.missing.includes(state.focus);

  const onSelect = (id: string | null) => {
    const stub = id ? view.more.find((m) => m.id === id) : undefined;
    // "N more" shows the next batch right away; the panel offers "all" as well.
    if (stub) onChange(select(showMore(state, stub.parent, stub.expansion.type), stub.id));
    else onChange(select(state, id));
  };
  const onActivate = (id: string) => {
    const expanded = state.expand.some((e) => e.id === id && e.type === null);
    onChange(
      select(expanded ? pruneExpansions(model, collapse(state, id)) : expand(state, id, null), id),
    );
  };

  // What the exported picture says about itself: title, date, filters, path or focus mode.
  const describeView = () => {
    const name = (id: string) => model.nodes.get(id)?.label ?? id;
    const f = state.filters;
    const active = [
      f.country && `${g('country')}: ${names.country(f.country)}`,
      f.orgType && `${g('orgType')}: ${names.subtype('Organisation', f.orgType) ?? f.orgType}`,
      f.role && `${g('role')}: ${names.role(f.role)}`,
      f.barrier &&
        `${g('barrier')}: ${barriers.data?.barriers.find((b) => b.code === f.barrier)?.name ?? f.barrier}`,
    ].filter((x): x is string => Boolean(x));
    const date = new Intl.DateTimeFormat(lang.toLowerCase(), { dateStyle: 'long' }).format(
      new Date(),
    );
    const lines = [
      g('exportDate', { date }),
      active.length > 0
        ? g('exportFilters', { filters: active.join(' · ') })
        : g('exportNoFilters'),
    ];
    if (state.path) {
      lines.push(
        g('exportPath', {
          from: name(state.path[0]),
          to: name(state.path[1]),
          via: state.via.map((kind) => g(`via.${kind}`)).join(', '),
        }),
      );
    }
    if (view.near)
      lines.push(g('exportNear', { name: name(view.near.id), steps: view.near.steps }));
    return {
      title: state.focus ? g('exportTitle', { name: name(state.focus) }) : g('title'),
      lines,
    };
  };
  // The legend of the picture: the kinds of nodes and lines it draws, nothing more.
  const legendEntries = (): LegendEntry[] => {
    const entries: LegendEntry[] = [];
    for (const type of NODE_TYPES) {
      const nodes = view.nodes.filter((n) => n.type === type);
      if (nodes.length === 0) continue;
      if (type === 'Organisation') {
        for (const country of ['BE', 'NL', null] as const) {
          if (!nodes.some((n) => (n.country ?? null) === country)) continue;
          entries.push({
            kind: 'node',
            colour: COUNTRY_COLOUR[country ?? 'none'],
            label: country
              ? `${names.nodeType(type)} (${names.country(country)})`
              : names.nodeType(type),
          });
        }
      } else entries.push({ kind: 'node', colour: NODE_COLOUR[type], label: names.nodeType(type) });
    }
    const lineColour: Record<string, string> = {
      HAS_ROLE: EDGE_COLOUR.role,
      CONTACT_FOR: EDGE_COLOUR.contact,
      SHARES_WITH: EDGE_COLOUR.agreement,
    };
    for (const type of EDGE_TYPES) {
      if (!view.edges.some((e) => e.type === type)) continue;
      entries.push({
        kind: 'line',
        colour: lineColour[type] ?? EDGE_COLOUR.context,
        label: names.edgeGroup(type),
      });
    }
    const byId = new Map(view.nodes.map((n) => [n.id, n]));
    if (view.edges.some((e) => crossesBorder(e, byId))) {
      entries.push({
        kind: 'line',
        colour: EDGE_COLOUR.crossBorder,
        label: g('legendCrossBorder'),
      });
    }
    return entries;
  };

  const onExport = async (format: 'png' | 'csv' | 'json') => {
    if (format === 'png') {
      const blob = await canvas.current?.png();
      if (!blob) return;
      const { title, lines } = describeView();
      download(
        exportName(state.focus, 'png'),
        await composeExport(blob, { title, lines, legendTitle: g('legend') }, legendEntries()),
      );
    } else if (format === 'csv') {
      download(
        exportName(state.focus, 'csv'),
        new Blob([toCsv(view)], { type: 'text/csv;charset=utf-8' }),
      );
    } else {
      download(
        exportName(state.focus, 'json'),
        new Blob([toJson(view, window.location.href)], { type: 'application/json' }),
      );
    }
  };

  const edgeCount = elements.filter(
    (e) => e.group === 'edges' && !e.classes?.includes('more-edge'),
  ).length;
  const status =
    hoods.loading && view.nodes.length === 0
      ? g('loading')
      : layoutStatus.state === 'running'
        ? g('layingOut', { count: view.nodes.length })
        : view.groups
          ? g('groupedSummary', {
              partners: view.nodes.length - 1,
              roles: view.groups.length,
            })
          : g('summary', { nodes: view.nodes.length, edges: edgeCount });

  return (
    <>
      {hoods.error && <ErrorMessage error={hoods.error} onRetry={hoods.retry} />}
      {focusMissing && (
        <p className="notice notice--warning">{g('notFound', { id: state.focus ?? '' })}</p>
      )}
      <GraphToolbar
        state={state}
        grouped={grouped}
        canGroup={model.nodes.get(state.focus ?? '')?.type === 'Barrier'}
        onChange={onChange}
        onFit={() => canvas.current?.fit()}
        onExport={(format) => void onExport(format)}
      />
      <div className="graph-layout">
        <div
          ref={stage}
          className="graph-stage"
          data-layout={pending ? 'loading' : layoutStatus.state}
          data-nodes={view.nodes.length}
          data-large={large}
        >
          <GraphCanvas
            ref={canvas}
            elements={settled.current}
            height={height}
            layout={layout}
            large={large}
            label={g('canvasLabel', { nodes: view.nodes.length, edges: edgeCount })}
            describedBy="graph-keys"
            onSelect={onSelect}
            onActivate={onActivate}
            onLayout={setLayoutStatus}
            centerOn={selection?.kind === 'node' ? selection.node.id : null}
          />
          <p className="graph-stage__status" role="status" aria-live="polite">
            {(pending || layoutStatus.state === 'running') && (
              <span className="spinner" aria-hidden="true" />
            )}
            {status}
          </p>
          <p id="graph-keys" className="graph-stage__keys muted small">
            {g('canvasKeys')}
          </p>
        </div>
        <div className="graph-aside">
          <SidePanel
            selection={selection}
            model={panelModel}
            view={view}
            state={state}
            onChange={onChange}
            headingId="graph-details-title"
          />
          {!grouped && (
            <NearControl
              state={state}
              view={view}
              node={
                selection?.kind === 'node'
                  ? { id: selection.node.id, label: selection.node.label }
                  : null
              }
              onChange={onChange}
            />
          )}
          <GraphFilters
            state={state}
            barriers={barriers.data?.barriers ?? []}
            onChange={onChange}
          />
          {state.hide.length > 0 && (
            <p className="graph-hidden">
              {g('hiddenCount', { count: state.hide.length })}{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange(unhideAll(state))}
              >
                {g('unhide')}
              </button>
            </p>
          )}
          {!isGrouped(model, state) && (
            <>
              <PathForm
                state={state}
                view={view}
                model={model}
                loading={path.loading}
                onChange={onChange}
              />
              <div className="graph-add">
                <NodeSearch
                  label={g('addNode')}
                  onPick={(id) => onChange(select(addNode(state, id), id))}
                />
              </div>
            </>
          )}
        </div>
      </div>
      <GraphLegend />
      <ShownList view={view} state={state} onChange={onChange} />
    </>
  );
}
