import { ownString } from './own-string.js';

/**
 * Stores a value in a memo that lives across texts and returns it. Bounded: a full memo starts
 * over. Keyed by a copy: a key sliced from a text must not keep that text alive (own-string.ts).
 */
export function remember<V>(memo: Map<string, V>, max: number, key: string, value: V): V {
  if (memo.size >= max) memo.clear();
  memo.set(ownString(key), value);
  return value;
}
