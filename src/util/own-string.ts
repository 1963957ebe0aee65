/**
 * A copy of a string that shares no memory with the text it was sliced from. V8 makes a slice of
 * 13 code units or more a view into its parent, so a slice kept as a cache key or vault value
 * keeps the whole chunk or file it came from alive: 200 kept 25-character slices of 600 KB texts
 * held 99 MB, their copies 5 MB. Concatenating forces a flat copy, which the slice then views.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
