/** A test of whether a word ends with one of some suffixes, as a regular expression would do it. */
export interface WordTest {
  test(w: string): boolean;
}

interface SuffixNode {
  /** A suffix ends here (read from the word's end). */
  end: boolean;
  next: Map<number, SuffixNode> | null;
}

/** Latin-1 lower case, one code unit each: what toLowerCase() does to these in any word. */
const LATIN1_LOWER = new Uint16Array(256);
for (let c = 0; c < 256; c++) LATIN1_LOWER[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);

/**
 * `/(?:a|b|…)$/` (with `ignoreCase`: `/…$/i`) without the regular expression. The suffix lists
 * hold hundreds of words, and compiling them as expressions cost ~1.5 ms of every start (they
 * run on a run's first words). The suffixes are a trie read backwards from the word's last
 * letter: most words leave it after a letter or two, where a look-up of the word's last n
 * letters for each suffix length n sliced and hashed a string per length.
 */
export function endsWithAny(suffixes: string, ignoreCase: boolean): WordTest {
  const set = new Set(suffixes.split('|'));
  const root: SuffixNode = { end: false, next: null };
  for (const x of set) {
    let node = root;
    for (let k = x.length - 1; k >= 0; k--) {
      const c = x.charCodeAt(k);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (child === undefined) node.next.set(c, (child = { end: false, next: null }));
      node = child;
    }
    node.end = true;
  }
  // Beyond Latin-1 a word's lower case is not always letter by letter ("İ" becomes two code
  // units): such words take the lower-cased copy, as a /…$/i expression would see them.
  const walk = (v: string, fold: boolean): boolean => {
    let node = root;
    for (let k = v.length - 1; ; k--) {
      if (node.end) return true;
      if (k < 0 || node.next === null) return false;
      let c = v.charCodeAt(k);
      if (fold) {
        if (c >= 256) return walk(v.toLowerCase(), false);
        c = LATIN1_LOWER[c]!;
      }
      const child = node.next.get(c);
      if (child === undefined) return false;
      node = child;
    }
  };
  return {
    test(w: string): boolean {
      return walk(w, ignoreCase);
    },
  };
}
