import type { Finding } from '../types.js';
import { runRules, tokenize, variantsOf } from './person/core.js';
import { anonymisedLetters, completeInitials, detachedSurnames, inCitation } from './person/court.js';
import { introducedNames, quotedSpeakers } from './person/introductions.js';
import { TITLES } from './person/lexicon.js';
import { nameLists } from './person/names.js';
import { refineInformal } from './person/social.js';
import type { Detector } from './types.js';

const USE_SOCIAL = process.env.PERSON_SOCIAL !== '0';

/**
 * PERSON detector for German and English text. Cheap rules first (titles, salutations, signatures,
 * form fields, e-mail headers, given-name/surname lists with ambiguity flags, mention propagation);
 * see src/detect/person/core.ts. Spans exclude honorifics: "Frau Dr. Anna Schmidt" → "Anna Schmidt".
 */
export const personDetector: Detector = {
  name: 'person',
  type: 'PERSON',
  detect(text) {
    const r = runRules(text);
    // English informal text: lower-case and capitalised names, chat spellings (see social.ts).
    const spans = USE_SOCIAL ? refineInformal(text, r.toks, r.lang, r.spans) : r.spans;
    const out: Finding[] = [];
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      out.push({ type: 'PERSON', start: s.start, end: s.end, score: s.score, detector: 'person' });
    }
    // Court decisions: anonymised parties ("an E", "Zeuge K.") and signing judges. Overlaps with
    // the rules' spans are resolved by the pipeline's merge (the longer span wins).
    for (const s of anonymisedLetters(text)) out.push({ type: 'PERSON', start: s.start, end: s.end, score: s.score, detector: 'person' });
    for (const s of detachedSurnames(text, nameLists().surname)) out.push({ type: 'PERSON', start: s.start, end: s.end, score: s.score, detector: 'person' });
    // "my name is vitoria", "name: hyuuma t. maida": a name announced as one, in any case.
    for (const s of introducedNames(text)) out.push({ type: 'PERSON', start: s.start, end: s.end, score: s.score, detector: 'person' });
    for (const s of quotedSpeakers(text)) out.push({ type: 'PERSON', start: s.start, end: s.end, score: s.score, detector: 'person' });
    if (out.length > spans.length) out.sort((a, b) => a.start - b.start || b.end - a.end);
    // Authors and reporters in legal citations ("Meyer-Ladewig / Keller , SGG"): references, not people.
    let k = 0;
    for (let i = 0; i < out.length; i++) {
      const f = out[i]!;
      if (!inCitation(text, f.start, f.end)) out[k++] = f;
    }
    out.length = k;
    // Initials next to a name ("K. Schmidt", "M. D.", "Ekström , Å.") belong to it.
    completeInitials(text, out);
    return out;
  },
};

/**
 * The other surfaces under which the same person may later be mentioned alone: the surname with its
 * particles ("Ursula von der Leyen" → ["von der Leyen"]; "Schmidt, Anna" → ["Schmidt"]).
 * Honorifics are dropped ("Dr. Anna Schmidt" → ["Schmidt"]). A single-word name has none.
 */
export function nameVariants(fullName: string): string[] {
  const name = fullName.trim();
  const comma = name.match(/^([^,]+),\s*([^,]+)$/);
  if (comma) {
    const sur = comma[1]!.trim();
    return sur.includes(' ') || sur.length < 2 ? (sur.length >= 2 ? [sur] : []) : [sur];
  }
  const toks = tokenize(name).filter((t, i, all) => {
    // Drop leading honorifics ("Dr.", "Frau", "Prof.") but keep them inside a name.
    const leading = all.slice(0, i).every((p) => TITLES.has(p.w) || p.w === 'Ing' || p.w === 'med');
    return !(leading && (TITLES.has(t.w) || t.w === 'Ing' || t.w === 'med'));
  });
  const { surname } = variantsOf(toks, (t) => t.w);
  return surname && surname !== name ? [surname] : [];
}
