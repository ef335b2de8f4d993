import type { SearchNode } from '../api/search';

/** The page a hit opens: its own page, or the page that shows it in context. */
export function hitLink(node: SearchNode): string {
  const id = encodeURIComponent(node.id);
  switch (node.__typename) {
    case 'Organisation':
      return `/organisation/${id}`;
    case 'OrgUnit':
      return node.unitOrganisation
        ? `/organisation/${encodeURIComponent(node.unitOrganisation.id)}#${id}`
        : '/';
    case 'ContactPoint':
    case 'Person':
      return `/contact/${id}`;
    case 'Indicator':
      // A signal opens who-to-call with that signal chosen: the quickest way to a phone number.
      return `/?indicator=${id}`;
    case 'Measure': {
      const barrier = node.barriers[0]?.code;
      return barrier ? `/barrier/${encodeURIComponent(barrier)}#${id}` : '/';
    }
  }
}

/** The hit's own name. */
export function hitLabel(node: SearchNode): string {
  switch (node.__typename) {
    case 'Organisation':
      return node.shortName && !node.name.includes(node.shortName)
        ? `${node.name} (${node.shortName})`
        : node.name;
    case 'OrgUnit':
      return node.unitName;
    case 'ContactPoint':
      return node.pointName;
    case 'Person':
      return node.name;
    case 'Indicator':
      return node.indicatorName;
    case 'Measure':
      return node.measureName;
  }
}

/** The organisation a hit belongs to, when it belongs to one. */
export function hitOrganisation(node: SearchNode): string | undefined {
  switch (node.__typename) {
    case 'OrgUnit':
      return node.unitOrganisation?.name;
    case 'ContactPoint':
      return node.pointOrganisation?.name;
    case 'Person':
      return node.personOrganisation?.name;
    default:
      return undefined;
  }
}
