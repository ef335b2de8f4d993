import { describe, expect, test } from 'vitest';
import { exportLayout } from './export-image';

describe('the exported picture', () => {
  test('leaves room above the graph for the title and lines, and below it for the legend', () => {
    const bare = exportLayout(1200, 800, 0, 0);
    const full = exportLayout(1200, 800, 3, 9);
    expect(full.graphTop).toBeGreaterThan(bare.graphTop);
    expect(full.legendTop).toBeGreaterThanOrEqual(full.graphTop + 800);
    expect(full.height).toBeGreaterThan(full.legendTop + 3 * 18);
    expect(full.width).toBeGreaterThanOrEqual(1200);
  });

  test('a small graph still gets a picture wide enough for its header', () => {
    expect(exportLayout(200, 100, 2, 2).width).toBeGreaterThanOrEqual(900);
  });
});
