/**
 * A reporter's Kürzel at the end of a news item: "… bittet um Verständnis. (hsl)", "Die
 * Brandursache ist noch unklar. (mko)". Local papers sign short items with two to four
 * lower-case letters in brackets after the last sentence; the initials are a person's. News
 * agencies sign the same way ("(dpa)", "(AFP)"), and those are no person.
 */
import type { ScoredSpan } from './span.js';
import { wordClass } from './words.js';

/** After a sentence's end (and a closing quote), the bracketed letters, then the line's or the text's end. */
const KUERZEL = /[.!?…“”"«»][ \t]*\(([a-zäöü]{2,4})\)[ \t]*(?=\r?\n|$)/g;
/** Agencies and desks: "dpa", "afp", "ap", "rtr" (Reuters), "epd", "kna", "sid", "ddp", "apa", "sda", "red" (Redaktion), "eb" (eigener Bericht). */
const AGENCIES = new Set('dpa afp ap rtr reuters epd kna sid ddp dapd apa sda ots red eb idea dts'.split(' '));

export function reporterInitials(text: string): ScoredSpan[] {
  if (text.indexOf(')') < 0) return [];
  const out: ScoredSpan[] = [];
  KUERZEL.lastIndex = 0;
  for (let m = KUERZEL.exec(text); m; m = KUERZEL.exec(text)) {
    const k = m[1]!;
    // An ordinary word in brackets ("(son)", "(neu)") is a note, not a signature.
    if (AGENCIES.has(k) || wordClass(k) === 'w' || ENGLISH_NOTES.has(k)) continue;
    const start = m.index + m[0].indexOf('(') + 1;
    out.push({ start, end: start + k.length, score: 0.7 });
  }
  return out;
}

/** Bracketed English notes that end a line: "(son)", "(wife)", "(home)", "(work)", "(paid)". */
const ENGLISH_NOTES = new Set('son wife mum mom dad home work paid new lead twin net root tick rash pdf van kg pm am tbc tba eta ok yes no cash card late sick left done open due'.split(' '));
