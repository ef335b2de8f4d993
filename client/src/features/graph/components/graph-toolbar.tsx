/** Layout, grouped/network switch, fit, exports (PNG, CSV, JSON) and the view's link. */
import { useId, useState } from 'react';
import { useGraphText } from '../i18n/use-graph-text';
import { LAYOUTS, type LayoutName, setGroup, setLayout, type ViewState } from '../utils/view-state';
import type { ChangeView } from './side-panel';

interface GraphToolbarProps {
  state: ViewState;
  grouped: boolean;
  /** The focus is a barrier: the view can switch between grouped and network. */
  canGroup: boolean;
  onChange: ChangeView;
  onFit: () => void;
  onExport: (format: 'png' | 'csv' | 'json') => void;
}

export function GraphToolbar({
  state,
  grouped,
  canGroup,
  onChange,
  onFit,
  onExport,
}: GraphToolbarProps) {
  const { g } = useGraphText();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard
      ?.writeText(window.location.href)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  };
  return (
    <div className="graph-toolbar">
      {!grouped && (
        <div className="graph-toolbar__field">
          <label className="label" htmlFor={`${id}-layout`}>
            {g('layout')}
          </label>
          <select
            id={`${id}-layout`}
            className="input"
            value={state.layout}
            onChange={(event) => onChange(setLayout(state, event.target.value as LayoutName))}
          >
            {LAYOUTS.map((layout) => (
              <option key={layout} value={layout}>
                {g(`layout.${layout}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {canGroup && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onChange(setGroup(state, grouped ? 'none' : 'role'))}
        >
          {grouped ? g('networkView') : g('groupedView')}
        </button>
      )}
      <button type="button" className="button button--secondary button--small" onClick={onFit}>
        {g('fit')}
      </button>
      <span className="graph-toolbar__group">
        <span className="graph-toolbar__caption">{g('exportLabel')}</span>
        {(['png', 'csv', 'json'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary button--small"
            aria-label={g('exportAs', { format: format.toUpperCase() })}
            onClick={() => onExport(format)}
          >
            {format === 'png'
              ? g('exportPng')
              : format === 'csv'
                ? g('exportCsv')
                : g('exportJson')}
          </button>
        ))}
      </span>
      <button type="button" className="button button--secondary button--small" onClick={copy}>
        {copied ? g('linkCopied') : g('copyLink')}
      </button>
    </div>
  );
}
