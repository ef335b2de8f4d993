/**
 * A generated network of exactly `nodes` nodes and `edges` edges in the API's shape (a graph
 * slice), with the demo network's mix: organisations in two countries with roles on barriers,
 * agreements (some across the border), counterparts, coverage of regions, contact points.
 */

import type { GraphEdge, GraphNode, GraphSlice } from '../../client/src/features/graph/utils/types';
import type { Role } from '../../client/src/lib/schema';
import { BARRIER_CODES } from '../../shared/codes';
import { Prng } from '../lib/prng';

const ROLES: Role[] = [
  'SIGNAL',
  'INFORMATION_HOLDER',
  'INSPECT',
  'ADMIN_ENFORCE',
  'REFER',
  'COORDINATE',
];
const ORG_TYPES = [
  'MUNICIPALITY',
  'POLICE',
  'SOCIAL_SERVICE',
  'LABOUR_INSPECTION',
  'TAX',
  'VICTIM_SUPPORT',
];

/** The same network for the same sizes and seed. */
export function generateSlice(nodeCount = 2000, edgeCount = 5000, seed = 7): GraphSlice {
  const prng = new Prng(seed);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const country = () => (prng.chance(0.5) ? 'BE' : 'NL');

  for (const code of BARRIER_CODES) {
    nodes.push({
      id: `barrier-${code.toLowerCase()}`,
      type: 'Barrier',
      label: code,
      country: null,
      subtype: code,
    });
  }
  const regions = Math.round(nodeCount * 0.12);
  const contacts = Math.round(nodeCount * 0.25);
  const organisations = nodeCount - BARRIER_CODES.length - regions - contacts;
  for (let i = 0; i < regions; i++) {
    nodes.push({
      id: `region-${i}`,
      type: 'Region',
      label: `Gemeente ${i}`,
      country: country(),
      subtype: 'MUNICIPALITY',
    });
  }
  for (let i = 0; i < organisations; i++) {
    nodes.push({
      id: `org-${i}`,
      type: 'Organisation',
      label: `Organisatie ${i}`,
      country: country(),
      subtype: prng.pick(ORG_TYPES),
    });
  }
  for (let i = 0; i < contacts; i++) {
    nodes.push({
      id: `cp-${i}`,
      type: 'ContactPoint',
      label: `Contactpunt ${i}`,
      country: null,
      subtype: 'MAILBOX',
    });
  }

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const add = (type: string, source: string, target: string, extra: Partial<GraphEdge> = {}) => {
    const key = `${type}:${source}:${target}:${extra.role ?? ''}`;
    if (source === target || seen.has(key) || edges.length >= edgeCount) return;
    seen.add(key);
    edges.push({
      id: `e${edges.length}`,
      type,
      source,
      target,
      role: null,
      priority: null,
      crossBorder: null,
      mutual: null,
      dataCategories: null,
      agreementId: null,
      legalBases: [],
      ...extra,
    });
  };
  const org = () => `org-${prng.int(0, organisations - 1)}`;

  // Every contact point belongs to an organisation; every organisation covers a region.
  for (let i = 0; i < contacts; i++) add('BELONGS_TO', `cp-${i}`, org());
  for (let i = 0; i < organisations; i++)
    add('COVERS', `org-${i}`, `region-${prng.int(0, regions - 1)}`);
  while (edges.length < edgeCount) {
    const r = prng.next();
    if (r < 0.45) {
      add('HAS_ROLE', org(), `barrier-${prng.pick(BARRIER_CODES).toLowerCase()}`, {
        role: prng.pick(ROLES),
      });
    } else if (r < 0.6) {
      const a = org();
      const b = org();
      const cross = byId.get(a)?.country !== byId.get(b)?.country;
      add('SHARES_WITH', a, b, {
        crossBorder: cross,
        mutual: prng.chance(0.5),
        dataCategories: ['IDENTITY_DATA', 'ADDRESS_DATA'],
        legalBases: [{ code: 'EU_GDPR_ART6_26', name: 'AVG, art. 6 en 26' }],
      });
    } else if (r < 0.65) {
      add('COUNTERPART_OF', org(), org());
    } else if (r < 0.85) {
      add(
        'CONTACT_FOR',
        `cp-${prng.int(0, contacts - 1)}`,
        `barrier-${prng.pick(BARRIER_CODES).toLowerCase()}`,
        {
          role: prng.pick(ROLES),
          priority: 'PRIMARY',
        },
      );
    } else {
      add('PART_OF', `region-${prng.int(0, regions - 1)}`, `region-${prng.int(0, regions - 1)}`);
    }
  }
  return { nodes, edges, truncated: false };
}
