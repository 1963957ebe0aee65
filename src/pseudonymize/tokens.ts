import { isEntityType, type EntityType } from '../types.js';

/*
 * Token format: [[PERSON_1]], [[EMAIL_2]], [[PHONE_3]], [[IBAN_4]].
 *
 * Why this shape:
 * - Double square brackets essentially never occur in German or English prose, mail or tickets,
 *   so a token cannot be confused with ordinary text, and Markdown renders them literally
 *   (unlike <PERSON_1>, which HTML-aware renderers swallow).
 * - The type name is the same word in German and English ("Sehr geehrte Frau [[PERSON_1]]",
 *   "Call [[PHONE_1]]"), so the model keeps the grammar of the sentence and knows what it is.
 * - Upper-case ASCII, an underscore and a number are tokenised stably by LLM tokenizers and are
 *   copied verbatim by models far more reliably than exotic Unicode brackets.
 * - The number is the only thing that distinguishes two people. Restore therefore never
 *   matches fuzzily on it: PERSON_1 and PERSON_12 are different people, full stop.
 */

export interface TokenId {
  type: EntityType;
  n: number;
}

export function formatToken(id: string): string {
  return `[[${id}]]`;
}

export function parseId(id: string): TokenId | undefined {
  const m = /^([A-Z]+)_(\d+)$/.exec(id);
  if (!m || !isEntityType(m[1]!)) return undefined;
  return { type: m[1] as EntityType, n: Number(m[2]) };
}

// Markdown or stray quoting a model may put inside the brackets.
const DECOR = "[\\s*_`~]*";
const TYPES = 'person|e-?mail|phone|iban';

/**
 * A token as a model may give it back: any case, Markdown or spaces inside the brackets,
 * separator "_", "-", " " or none, and an English/German genitive or plural suffix glued on
 * inside ("[[PERSON_1's]]", "[[PERSON_1s]]"); one of the two brackets on either side may be lost.
 * Single brackets on both sides are accepted only for the exact canonical form "[PERSON_1]":
 * "[Person 1]" is something people write in transcripts, and restore must not touch it.
 * Groups: 1/4 type, 2/5 number, 3/6 suffix (first or second alternative), 7/8 single-bracket form
 * (the regex is case-insensitive as a whole, so callers check that form for exact case).
 */
const INNER = `${DECOR}(${TYPES})[\\s_-]?(\\d{1,9})(?!\\d)(['’]s|['’]|s|es|n)?${DECOR}`;
export const TOKEN_PATTERN = new RegExp(
  `\\[\\[${INNER}\\]\\]?|\\[${INNER}\\]\\]|\\[(PERSON|EMAIL|PHONE|IBAN)_(\\d{1,9})\\]`,
  'gi',
);

export function canonicalId(typeWord: string, n: string): string {
  const t = typeWord.toUpperCase().replace('-', '');
  return `${t}_${Number(n)}`;
}

/** The longest a tolerant token can reasonably be; bounds the streaming hold-back. */
export const MAX_TOKEN_LENGTH = 64;

export interface TokenMatch {
  id: string;
  suffix: string;
}

/** Interprets one TOKEN_PATTERN match; undefined when it is not to be treated as a token. */
export function interpretMatch(match: string, g: (string | undefined)[]): TokenMatch | undefined {
  if (g[0] !== undefined) return { id: canonicalId(g[0], g[1]!), suffix: g[2] ?? '' };
  if (g[3] !== undefined) return { id: canonicalId(g[3], g[4]!), suffix: g[5] ?? '' };
  if (g[6] !== undefined && match === `[${g[6]}_${g[7]}]` && g[6] === g[6].toUpperCase()) {
    return { id: canonicalId(g[6], g[7]!), suffix: '' };
  }
  return undefined;
}
