/** The legend: every shape, colour, line and highlight the canvas uses, drawn the same way. */
import { useGraphText } from '../i18n/use-graph-text';
import { nodeSwatchUri } from '../utils/glyphs';
import { EDGE_COLOUR, TOKENS } from '../utils/palette';
import { NODE_TYPES } from '../utils/types';

interface LineProps {
  colour: string;
  width: number;
  dash?: string;
  arrow?: 'end' | 'both';
  halo?: boolean;
}

function Line({ colour, width, dash, arrow, halo }: LineProps) {
  return (
    <svg
      className="graph-legend__line"
      viewBox="0 0 48 16"
      width="48"
      height="16"
      aria-hidden="true"
    >
      {halo && <line x1="4" y1="8" x2="44" y2="8" stroke={TOKENS.focus} strokeWidth={width + 8} />}
      <line
        x1={arrow === 'both' ? 10 : 4}
        y1="8"
        x2={arrow ? 38 : 44}
        y2="8"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
      />
      {arrow && <path d="M37 3l8 5-8 5z" fill={colour} />}
      {arrow === 'both' && <path d="M11 3l-8 5 8 5z" fill={colour} />}
    </svg>
  );
}

function Swatch({ src }: { src: string }) {
  return <img className="graph-legend__node" src={src} alt="" width="24" height="24" />;
}

export function GraphLegend() {
  const { g, names } = useGraphText();
  return (
    <details className="graph-legend" open>
      <summary className="graph-legend__summary">{g('legend')}</summary>
      <div className="graph-legend__columns">
        <section>
          <h3 className="graph-legend__title">{g('legendNodes')}</h3>
          <ul className="graph-legend__list">
            {NODE_TYPES.map((type) => (
              <li key={type}>
                <Swatch src={nodeSwatchUri(type, type === 'Organisation' ? 'BE' : null)} />
                {names.nodeType(type)}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3 className="graph-legend__title">{g('legendCountries')}</h3>
          <ul className="graph-legend__list">
            <li>
              <Swatch src={nodeSwatchUri('Organisation', 'BE')} />
              <Swatch src={nodeSwatchUri('Region', 'BE')} />
              {g('legendBE')}
            </li>
            <li>
              <Swatch src={nodeSwatchUri('Organisation', 'NL')} />
              <Swatch src={nodeSwatchUri('Region', 'NL')} />
              {g('legendNL')}
            </li>
          </ul>
          <h3 className="graph-legend__title">{g('viewControls')}</h3>
          <ul className="graph-legend__list">
            <li>
              <Line colour={EDGE_COLOUR.role} width={2} halo />
              {g('legendPath')}
            </li>
            <li>
              <span className="graph-legend__selected" aria-hidden="true" />
              {g('legendSelected')}
            </li>
            <li>
              <span className="graph-legend__near" aria-hidden="true" />
              {g('legendNear')}
            </li>
            <li>
              <span className="graph-legend__focus" aria-hidden="true" />
              {g('legendFocus')}
            </li>
            <li>
              <span className="graph-legend__more" aria-hidden="true">
                +N
              </span>
              {g('legendMore')}
            </li>
            <li>
              <span className="graph-legend__group" aria-hidden="true" />
              {g('legendGroup')}
            </li>
          </ul>
        </section>
        <section>
          <h3 className="graph-legend__title">{g('legendEdges')}</h3>
          <ul className="graph-legend__list">
            <li>
              <Line colour={EDGE_COLOUR.role} width={2} arrow="end" />
              {g('legendRole')}
            </li>
            <li>
              <Line colour={EDGE_COLOUR.contact} width={1.5} dash="6 3" arrow="end" />
              {g('legendContact')}
            </li>
            <li>
              <Line colour={EDGE_COLOUR.agreement} width={3.5} arrow="end" />
              {g('legendAgreement')}
            </li>
            <li>
              <Line colour={EDGE_COLOUR.agreement} width={3.5} arrow="both" />
              {g('legendMutual')}
            </li>
            <li>
              <Line colour={EDGE_COLOUR.crossBorder} width={5} arrow="end" />
              {g('legendCrossBorder')}
            </li>
            <li>
              <Line colour={EDGE_COLOUR.crossBorder} width={5} dash="10 5" />
              {g('legendCounterpart')}
            </li>
            <li>
              <Line colour={EDGE_COLOUR.context} width={2} dash="2 3" />
              {g('legendContext')}
            </li>
            <li>
              <Line colour={EDGE_COLOUR.context} width={1.5} />
              {g('legendStructure')}
            </li>
          </ul>
        </section>
      </div>
    </details>
  );
}
