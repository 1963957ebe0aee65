import type { Finding } from '../types.js';

/**
 * Characters that print as nothing: the soft hyphen (U+00AD) that text copied from web pages and
 * word processors keeps inside words ("Chris\u00adtian"), zero-width space, non-joiner and
 * joiner, word joiner and the zero-width no-break space (U+FEFF, also a stray byte-order mark).
 * A reader, and an LLM, sees "Christian Heidel"; a detector that reads the code units sees
 * "Chris" and "tian" and lets the rest of the name through. So the detectors read the text
 * without them, and what they find is mapped back onto the text as it is: a finding then spans
 * the invisible characters inside it, and the token replaces them too.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

export interface Stripped {
  /** The text without the invisible characters. */
  text: string;
  /** For each code unit of `text`, its index in the original text. */
  at: Uint32Array;
}

/** The text without invisible characters and where each remaining code unit was; null when it has none. */
export function stripInvisible(text: string): Stripped | null {
  if (!INVISIBLE.test(text)) return null;
  // Between one invisible character and the next, the code units keep their order.
  const at = new Uint32Array(text.length);
  let stripped = '';
  let k = 0;
  let from = 0;
  INVISIBLE_ALL.lastIndex = 0;
  for (let m = INVISIBLE_ALL.exec(text); ; m = INVISIBLE_ALL.exec(text)) {
    const to = m ? m.index : text.length;
    stripped += text.slice(from, to);
    for (let i = from; i < to; i++) at[k++] = i;
    if (!m) break;
    from = to + 1;
  }
  return { text: stripped, at: at.subarray(0, k) };
}

/** Findings on the stripped text, moved onto the original (in place). */
export function unstripFindings(findings: Finding[], s: Stripped): Finding[] {
  for (const f of findings) {
    const end = f.end > f.start ? s.at[f.end - 1]! + 1 : s.at[f.start]!;
    f.start = s.at[f.start]!;
    f.end = end;
  }
  return findings;
}

/** A surface as a reader sees it (for comparing with allow-list entries). */
export function withoutInvisible(s: string): string {
  return INVISIBLE.test(s) ? s.replace(INVISIBLE_ALL, '') : s;
}
