/**
 * Strings sent to or from a worker as indexes into one table: findings repeat a handful of types,
 * detectors and paths, which then cross the thread boundary once each.
 */
export interface StringTable {
  /** The strings in index order (what is sent). */
  readonly table: string[];
  /** The index of `s`, added at the end when new. */
  ref(s: string): number;
}

export function createStringTable(): StringTable {
  const table: string[] = [];
  const index = new Map<string, number>();
  return {
    table,
    ref(s: string): number {
      let i = index.get(s);
      if (i === undefined) {
        i = table.length;
        table.push(s);
        index.set(s, i);
      }
      return i;
    },
  };
}
