/** Lower case without accents or apostrophes: "'s-Hertogenbosch" and "hertogenbosch" meet. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`]/g, '')
    .toLowerCase()
    .trim();
}

/** Items whose label matches every typed word; labels that start with the text come first. */
export function filterByText<T>(items: T[], text: string, label: (item: T) => string): T[] {
  const wanted = fold(text);
  if (!wanted) return items;
  const words = wanted.split(/\s+/);
  const starts: T[] = [];
  const contains: T[] = [];
  for (const item of items) {
    const folded = fold(label(item));
    if (!words.every((word) => folded.includes(word))) continue;
    if (folded.startsWith(wanted) || folded.split(/[\s-]+/).some((w) => w.startsWith(wanted))) {
      starts.push(item);
    } else contains.push(item);
  }
  return [...starts, ...contains];
}
