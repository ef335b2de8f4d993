/**
 * The PNG export as a picture that explains itself: a header (title, date, active filters, path
 * or focus mode) above Cytoscape's own PNG of the graph, and a legend of the node and line kinds
 * it draws below. Pure layout (`exportLayout`) plus one function that paints onto a canvas.
 */
import { TOKENS } from './palette';

export interface LegendEntry {
  kind: 'node' | 'line';
  colour: string;
  label: string;
}

const MARGIN = 32;
const TITLE_PX = 30;
const LINE_PX = 20;
const LEGEND_PX = 18;
const LEGEND_COLUMN = 360;
const MIN_WIDTH = 900;

/** Sizes of the composed picture for a graph image of `width` × `height` pixels. */
export function exportLayout(
  width: number,
  height: number,
  lines: number,
  legend: number,
): { width: number; height: number; graphTop: number; legendTop: number; columns: number } {
  const total = Math.max(width + 2 * MARGIN, MIN_WIDTH);
  const columns = Math.max(1, Math.floor((total - 2 * MARGIN) / LEGEND_COLUMN));
  const header = MARGIN + TITLE_PX + 12 + lines * (LINE_PX + 8) + 16;
  const legendRows = Math.ceil(legend / columns);
  const legendHeight = legend > 0 ? 16 + LEGEND_PX + 12 + legendRows * (LEGEND_PX + 12) : 0;
  return {
    width: total,
    height: header + height + legendHeight + MARGIN,
    graphTop: header,
    legendTop: header + height + 16,
    columns,
  };
}

/** Paints the header, the graph and the legend; resolves to a PNG blob. */
export async function composeExport(
  graph: Blob,
  text: { title: string; lines: string[]; legendTitle: string },
  legend: LegendEntry[],
): Promise<Blob> {
  const image = await createImageBitmap(graph);
  const layout = exportLayout(image.width, image.height, text.lines.length, legend.length);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  const font = (px: number, bold = false) =>
    `${bold ? 'bold ' : ''}${px}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
  ctx.fillStyle = TOKENS.surface;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';

  ctx.fillStyle = TOKENS.text;
  ctx.font = font(TITLE_PX, true);
  ctx.fillText(text.title, MARGIN, MARGIN, canvas.width - 2 * MARGIN);
  ctx.font = font(LINE_PX - 2);
  ctx.fillStyle = TOKENS['text-muted'];
  text.lines.forEach((line, i) => {
    ctx.fillText(
      line,
      MARGIN,
      MARGIN + TITLE_PX + 12 + i * (LINE_PX + 8),
      canvas.width - 2 * MARGIN,
    );
  });

  ctx.strokeStyle = TOKENS['border-strong'];
  ctx.lineWidth = 1;
  ctx.strokeRect(
    MARGIN - 0.5,
    layout.graphTop - 0.5,
    canvas.width - 2 * MARGIN + 1,
    image.height + 1,
  );
  ctx.drawImage(image, Math.round((canvas.width - image.width) / 2), layout.graphTop);

  if (legend.length > 0) {
    let y = layout.legendTop + 16;
    ctx.fillStyle = TOKENS.text;
    ctx.font = font(LEGEND_PX, true);
    ctx.fillText(text.legendTitle, MARGIN, y);
    y += LEGEND_PX + 12;
    ctx.font = font(LEGEND_PX - 2);
    legend.forEach((entry, i) => {
      const x = MARGIN + (i % layout.columns) * LEGEND_COLUMN;
      const top = y + Math.floor(i / layout.columns) * (LEGEND_PX + 12);
      ctx.fillStyle = entry.colour;
      ctx.strokeStyle = entry.colour;
      if (entry.kind === 'node') {
        ctx.beginPath();
        ctx.arc(x + 9, top + 9, 8, 0, Math.PI * 2);
        ctx.fill();
      } else {
        ctx.lineWidth = 4;
        ctx.beginPath();
        ctx.moveTo(x, top + 9);
        ctx.lineTo(x + 26, top + 9);
        ctx.stroke();
      }
      ctx.fillStyle = TOKENS.text;
      ctx.fillText(entry.label, x + 36, top + 1, LEGEND_COLUMN - 44);
    });
  }
  image.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
  );
}
