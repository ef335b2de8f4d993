/** The route from signal to case as a small inline SVG: one box per step, arrows between. */
import type { ReactNode } from 'react';

export interface DiagramBox {
  key: string;
  label: string;
  name: string;
  /** The first box (you) is drawn apart from the partners. */
  own?: boolean;
}

const BOX_W = 150;
const BOX_H = 64;
const GAP = 34;

/** Splits a name into at most two lines that fit a box (SVG text does not wrap). */
function lines(text: string, max = 22): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [''];
  for (const word of words) {
    const last = out.length - 1;
    const current = out[last] ?? '';
    if (current && `${current} ${word}`.length > max) out.push(word);
    else out[last] = current ? `${current} ${word}` : word;
  }
  if (out.length > 2)
    return [
      out[0] ?? '',
      `${out
        .slice(1)
        .join(' ')
        .slice(0, max - 1)}…`,
    ];
  return out;
}

export function RouteDiagram({ boxes, title }: { boxes: DiagramBox[]; title: string }) {
  const width = boxes.length * BOX_W + (boxes.length - 1) * GAP;
  const items: ReactNode[] = [];
  boxes.forEach((box, i) => {
    const x = i * (BOX_W + GAP);
    if (i > 0) {
      const ax = x - GAP;
      items.push(
        <g key={`arrow-${box.key}`} className="route-diagram__arrow">
          <line x1={ax + 4} y1={BOX_H / 2} x2={x - 8} y2={BOX_H / 2} />
          <path
            d={`M${x - 10},${BOX_H / 2 - 6} L${x - 2},${BOX_H / 2} L${x - 10},${BOX_H / 2 + 6} Z`}
          />
        </g>,
      );
    }
    items.push(
      <g
        key={box.key}
        className={box.own ? 'route-diagram__box route-diagram__box--own' : 'route-diagram__box'}
      >
        <rect x={x} y={1} width={BOX_W} height={BOX_H - 2} rx={6} />
        <text x={x + 8} y={20} className="route-diagram__label">
          {box.label}
        </text>
        {lines(box.name).map((line, n) => (
          <text key={line} x={x + 8} y={38 + n * 15} className="route-diagram__name">
            {line}
          </text>
        ))}
      </g>,
    );
  });
  return (
    <svg
      className="route-diagram"
      viewBox={`0 0 ${width} ${BOX_H}`}
      role="img"
      aria-labelledby="route-diagram-title"
    >
      <title id="route-diagram-title">{title}</title>
      {items}
    </svg>
  );
}
