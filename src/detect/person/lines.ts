/** Line and gap helpers shared by the person rules. */
import type { Tok } from './core.js';

/**
 * Starts of the lines that hold a colon ("\n" as the line terminator): label lines, chat speaker
 * lines and time stamps all have one. Found from the colons (indexOf), not by walking every
 * character.
 */
export function colonLineStarts(text: string): Int32Array {
  let out = new Int32Array(64);
  let k = 0;
  let lineEnd = -1;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if (colon < lineEnd) continue;
    if (k === out.length) {
      const grown = new Int32Array(k * 2);
      grown.set(out);
      out = grown;
    }
    out[k++] = text.lastIndexOf('\n', colon - 1) + 1;
    lineEnd = text.indexOf('\n', colon);
    if (lineEnd < 0) break;
  }
  return out.subarray(0, k);
}

/** One blank (a space or a tab) between two tokens. */
export function blankBetween(text: string, a: Tok, b: Tok): boolean {
  return b.s === a.e + 1 && (text.charCodeAt(a.e) === 32 || text.charCodeAt(a.e) === 9);
}
