/**
 * The one owner of the Cytoscape instance: created in an effect (again when the graph crosses the
 * large-graph threshold, whose renderer options are fixed at creation), destroyed in its cleanup.
 * It adds, removes and restyles elements as the view changes, lays out when the nodes change,
 * reports taps, and offers PNG export and "fit" to the page.
 */
import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type ElementDefinition,
  type EventObject,
  type Position,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import {
  type KeyboardEvent,
  type Ref,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
} from 'react';
import type { LayoutRequest } from '../utils/layouts';
import { recallPlaces, rememberPlaces, viewKey } from '../utils/position-cache';
import { addInSlices, quickPlacement, viewportFor } from '../utils/quick-place';
import { runLayout } from '../utils/run-layout';
import { GRAPH_STYLE, LARGE_GRAPH_STYLE } from '../utils/stylesheet';

let registered = false;
/** Cytoscape extensions are global: register them once per page. */
function registerExtensions() {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

let webgl2: boolean | undefined;
/**
 * Whether this browser draws WebGL 2 on a GPU. Without one, Chromium draws WebGL in software
 * (SwiftShader; headless Chromium even with --disable-gpu), which for these graphs is several
 * times slower than the 2D canvas (bench/graph).
 */
function fastWebgl(): boolean {
  if (webgl2 === undefined) {
    try {
      const context = document
        .createElement('canvas')
        .getContext('webgl2', { failIfMajorPerformanceCaveat: true });
      const info = context?.getExtension('WEBGL_debug_renderer_info');
      const renderer = info ? String(context?.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      webgl2 = context !== null && !/swiftshader|llvmpipe|softpipe|software/i.test(renderer);
      context?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      webgl2 = false;
    }
  }
  return webgl2;
}

function wantsWebgl(choice: 'auto' | 'on' | 'off'): boolean {
  if (choice === 'off') return false;
  if (choice === 'auto') return fastWebgl();
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

export interface GraphCanvasHandle {
  /** The whole graph as a PNG (white background, twice the screen resolution). */
  png: () => Promise<Blob>;
  fit: () => void;
}

export type LayoutStatus = { state: 'running' } | { state: 'done'; ms: number };

interface GraphCanvasProps {
  elements: ElementDefinition[];
  layout: Omit<LayoutRequest, 'incremental' | 'large'>;
  large: boolean;
  label: string;
  describedBy?: string;
  /** A node's entity id, a drawn edge's id, a "more" node's id; null for the background. */
  onSelect: (id: string | null) => void;
  /** Double click (or double tap) on a node: its entity id. */
  onActivate: (id: string) => void;
  onLayout?: (status: LayoutStatus) => void;
  /**
   * The elements are in the canvas at their first places: for a large view drawn from nothing, a
   * quick placement (or the places it had when seen before) while the layout is computed; else
   * the finished layout. The next frame draws them.
   */
  onPlaced?: () => void;
  /**
   * WebGL for large graphs: 'auto' where the browser draws it on a GPU (else the 2D canvas),
   * 'on' wherever WebGL 2 exists (software too), 'off' never. Off by default: Cytoscape 3.35's
   * WebGL renderer draws every name, tiny, ignoring min-zoomed-font-size (the large view shows
   * only the key names until zoomed in), and without a GPU it is slower (docs/benchmarks.md).
   */
  webgl?: 'auto' | 'on' | 'off';
  /** Brings this node into view when it is off screen (e.g. picked from the list). */
  centerOn?: string | null;
  /**
   * A fixed height (pixels) for drawings shown at full size, like the barrier view: the page
   * scrolls instead of the canvas, so pointer panning and wheel zoom are off.
   */
  height?: number;
  ref?: Ref<GraphCanvasHandle>;
}

const PAN_STEP = 80;

/** Names of named ("key") nodes stay at least this many pixels high when zoomed out. */
const KEY_NAME_PX = 10;

/**
 * Zoomed out (a phone, or ~100 nodes fitted), the named nodes' names grow in model units so they
 * stay readable on screen while the other names wait for a zoom in or a hover.
 */
function keepKeyNamesReadable(cy: Core) {
  const zoom = cy.zoom();
  cy.batch(() => {
    cy.nodes('.key').forEach((node) => {
      node.removeStyle('font-size text-max-width');
      const base = Number.parseFloat(node.style('font-size'));
      const size = Math.min(Math.max(base, KEY_NAME_PX / zoom), base * 8);
      if (size > base) {
        node.style({ 'font-size': size, 'text-max-width': `${Math.round((130 * size) / base)}px` });
      }
    });
  });
}

export function GraphCanvas({
  elements,
  layout,
  large,
  label,
  describedBy,
  onSelect,
  onActivate,
  onLayout,
  onPlaced,
  centerOn,
  height,
  webgl = 'off',
  ref,
}: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef({ onSelect, onActivate, onLayout, onPlaced });
  callbacks.current = { onSelect, onActivate, onLayout, onPlaced };
  const laidOut = useRef<string | null>(null);
  const running = useRef<AbortController | null>(null);

  useImperativeHandle(ref, () => ({
    png: async () => {
      const cy = cyRef.current;
      if (!cy) throw new Error('No graph');
      return cy.png({
        output: 'blob-promise',
        full: true,
        scale: 2,
        bg: '#ffffff',
        maxWidth: 6000,
        maxHeight: 6000,
      });
    },
    fit: () => cyRef.current?.fit(undefined, 40),
  }));

  // Create and destroy. Layout effects, like the one below: the instance and the "running" status
  // change in the same commit as the elements, so the page never reads "done" for elements that
  // are not drawn (or not laid out) yet.
  useLayoutEffect(() => {
    registerExtensions();
    const element = container.current;
    if (!element) return;
    // Cytoscape's types do not know the renderer option yet (3.31+).
    const options: CytoscapeOptions & { renderer: { name: 'canvas'; webgl: boolean } } = {
      container: element,
      // Large graphs may be drawn with WebGL (see the `webgl` prop; the PNG export draws on a 2D
      // canvas of its own either way).
      renderer: { name: 'canvas', webgl: large && wantsWebgl(webgl) },
      style: large ? LARGE_GRAPH_STYLE : GRAPH_STYLE,
      minZoom: 0.03,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
      // Large graphs: draw a snapshot while panning or zooming, without edges.
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
      // Dragging one node of thousands helps nobody; a drag anywhere pans instead.
      autoungrabify: large,
    };
    const cy = cytoscape(options);
    const entity = (event: EventObject) => event.target.data('entityId') ?? event.target.id();
    cy.on('tap', 'node', (event) => {
      if (event.target.hasClass('group')) return;
      callbacks.current.onSelect(
        event.target.hasClass('more') ? event.target.id() : (entity(event) as string),
      );
    });
    cy.on('tap', 'edge', (event) => {
      if (!event.target.hasClass('more-edge')) callbacks.current.onSelect(event.target.id());
    });
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (event) => {
      if (!event.target.hasClass('group') && !event.target.hasClass('more')) {
        callbacks.current.onActivate(entity(event) as string);
      }
    });
    // Names of unnamed nodes on hover; named ones readable at every zoom.
    cy.on('mouseover', 'node', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'node', (event) => event.target.removeClass('hover'));
    let frame = 0;
    cy.on('zoom', () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => keepKeyNamesReadable(cy));
    });
    const resize = new ResizeObserver(() => cy.resize());
    resize.observe(element);
    // Cytoscape keeps the container's place on the page and measures it again only on scroll and
    // resize events. A scroll's event comes with the next frame (late on a busy machine), and a
    // change of height above the canvas sends none: a press in between would land on the wrong
    // node, or on none. Pointer events come before the mouse and touch events Cytoscape reads.
    const remeasure = () => cy.resize();
    element.addEventListener('pointerdown', remeasure, { capture: true });
    cyRef.current = cy;
    laidOut.current = null;
    return () => {
      running.current?.abort();
      element.removeEventListener('pointerdown', remeasure, { capture: true });
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, [large, webgl]);

  // Elements and layout: add, remove, restyle; lay out again when the nodes or the layout change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new instance comes with `webgl`
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const layoutKey = `${layout.name}|${layout.focus ?? ''}|${large}|${layout.route?.join(',') ?? ''}`;
    const wanted = new Map(elements.map((e) => [e.data.id as string, e]));
    let nodesChanged = false;
    const placed = cy.nodes().length > 0;
    // A large view drawn from nothing starts at the places it had when seen before, or else at a
    // quick placement, so there is a picture at once; the layout then refines it.
    const freeLayout = layout.name !== 'grouped' && !layout.positions;
    const nodeIds = elements.filter((e) => e.group === 'nodes').map((e) => e.data.id as string);
    const placesKey = large && freeLayout ? viewKey(layoutKey, nodeIds) : null;
    // A view seen before (also after other views in between) takes its places back as they were.
    const recalled = placesKey ? recallPlaces(placesKey, nodeIds) : null;
    let start: Record<string, Position> | null = null;
    if (placesKey && !placed) {
      start =
        recalled ??
        quickPlacement(
          nodeIds,
          elements
            .filter((e) => e.group === 'edges')
            .map((e) => ({ source: e.data.source as string, target: e.data.target as string })),
          layout.focus,
        );
    }
    const fresh: ElementDefinition[] = [];
    cy.batch(() => {
      const gone = cy.elements().filter((e) => !wanted.has(e.id()));
      if (gone.nodes().length > 0) nodesChanged = true;
      cy.remove(gone);
      for (const definition of elements) {
        // An empty canvas has none of them: no look-up (a collection each) needed.
        const existing = placed ? cy.getElementById(definition.data.id as string) : null;
        if (!existing || existing.empty()) {
          const position = start?.[definition.data.id as string];
          // Large graphs: a drag that starts on a node pans too (their nodes do not move).
          fresh.push(
            position || large
              ? { ...definition, ...(position && { position }), pannable: large || undefined }
              : definition,
          );
          if (definition.group === 'nodes') nodesChanged = true;
        } else {
          existing.data(definition.data);
          existing.classes(definition.classes ?? '');
        }
      }
      if (start) return;
      const added = cy.add(fresh);
      // New nodes start next to a neighbour already in place, so the layout refines from there.
      if (!placed) return;
      added.nodes().forEach((node) => {
        const anchor = node
          .neighborhood()
          .nodes()
          .filter((n) => !added.contains(n))[0];
        if (anchor) {
          const p = anchor.position();
          node.position({
            x: p.x + (Math.random() - 0.5) * 80,
            y: p.y + (Math.random() - 0.5) * 80,
          });
        }
      });
    });
    if (!start) keepKeyNamesReadable(cy);
    if (!nodesChanged && laidOut.current === layoutKey) return;
    const incremental = placed && laidOut.current === layoutKey && layout.name === 'fcose';
    laidOut.current = layoutKey;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const started = performance.now();
    callbacks.current.onLayout?.({ state: 'running' });
    const request = recalled ? { ...layout, positions: recalled } : layout;
    const first = start;
    (async () => {
      if (first) {
        // A large view from nothing: in view at once, then added a slice per frame, so no frame
        // styles, measures and draws thousands of elements for the first time at once.
        const view = viewportFor(first, cy.width(), cy.height(), cy.minZoom(), cy.maxZoom());
        cy.viewport({ zoom: view.zoom, pan: { x: -1e7, y: -1e7 } });
        await addInSlices(cy, fresh, controller.signal);
        cy.viewport(view);
        keepKeyNamesReadable(cy);
        callbacks.current.onPlaced?.();
      }
      await runLayout(cy, { ...request, large, incremental }, controller.signal);
    })().then(
      () => {
        if (!controller.signal.aborted) {
          if (placesKey && !recalled) {
            const positions: Record<string, Position> = {};
            cy.nodes().forEach((node) => {
              positions[node.id()] = node.position();
            });
            rememberPlaces(placesKey, positions);
          }
          if (!first) callbacks.current.onPlaced?.();
          keepKeyNamesReadable(cy);
          callbacks.current.onLayout?.({ state: 'done', ms: performance.now() - started });
        }
      },
      (error: unknown) => {
        if ((error as Error).name !== 'AbortError') {
          console.error('Layout failed', error);
          callbacks.current.onLayout?.({ state: 'done', ms: performance.now() - started });
        }
      },
    );
  }, [elements, layout, large, webgl]);

  // A drawing at full size scrolls with the page: no pointer panning or wheel zoom.
  const fixed = height !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new instance comes with `large`
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.userZoomingEnabled(!fixed);
    cy.userPanningEnabled(!fixed);
  }, [fixed, large]);

  // Keep a node picked elsewhere (the list, the side panel) in view.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !centerOn) return;
    const node = cy.getElementById(centerOn);
    if (node.empty() || !node.isNode()) return;
    const box = node.renderedBoundingBox();
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(node);
  }, [centerOn]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy) return;
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const zoomBy = (factor: number) =>
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: centre });
    switch (event.key) {
      case 'ArrowLeft':
        cy.panBy({ x: PAN_STEP, y: 0 });
        break;
      case 'ArrowRight':
        cy.panBy({ x: -PAN_STEP, y: 0 });
        break;
      case 'ArrowUp':
        cy.panBy({ x: 0, y: PAN_STEP });
        break;
      case 'ArrowDown':
        cy.panBy({ x: 0, y: -PAN_STEP });
        break;
      case '+':
      case '=':
        zoomBy(1.25);
        break;
      case '-':
        zoomBy(1 / 1.25);
        break;
      case '0':
        cy.fit(undefined, 40);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    // The diagram takes arrow keys (pan) and + − 0 (zoom, fit): an application, to screen readers.
    <div
      ref={container}
      className="graph-canvas"
      style={fixed ? { height, maxHeight: 'none' } : undefined}
      role="application"
      aria-label={label}
      aria-describedby={describedBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: it must be reachable to take those keys
      tabIndex={0}
      onKeyDown={onKeyDown}
    />
  );
}
