import type { Span } from './core.js';
import { DE_NOUN_SUFFIX, TITLES } from './lexicon.js';

/**
 * People written as a capital letter, as German court decisions, authorities and case reports
 * write parties, witnesses and relatives once they are anonymised: "die von A erbrachten
 * Leistungen", "der Nachbar K. gab an", "Geschäftsführer D.", "zwischen dem Kläger und B.". The
 * letter stands for a real person who may be identifiable from the rest of the text (GDPR
 * recital 26), so it is masked like a name. (In the dev court corpus such letters were more
 * than half of all missed names.)
 *
 * Only in German text, only a letter that reads as a noun phrase: after an article, a preposition,
 * a role noun ("Zeuge K."), a verb ("erhielt K. hingegen") — never a label ("Anlage K 3", "Typ A",
 * "Vitamin C", "Abs. 2 S. 1", "V ZR 12/19"), an abbreviation ("z. B.", "i. A."), a Roman numeral
 * or an enumeration heading ("A. Die Klage …"). The span is the letter without its dot.
 */

// A capital letter standing alone: not glued to a word, a number, a dot-abbreviation or a path.
const LETTER = /(?<![\p{L}\p{N}.\-/&@_'’])[A-ZÄÖÜ](?![\p{L}\p{N}\-/&@_'’])/uy;

/** ASCII letters and digits, and the ASCII characters LETTER's lookarounds exclude. */
function asciiGlued(c: number, dot: boolean): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 47 || c === 38 || c === 64 || c === 95 || c === 39 || (dot && c === 46)
  );
}

/**
 * Start of the first LETTER match at or after `from`, or -1. A scan for the candidate capitals
 * (A-Z, Ä, Ö, Ü): a capital whose neighbours are ASCII is decided here, otherwise by the regex
 * at that position (a sticky exec; the lookbehind still sees the text before it).
 */
function nextLetter(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || c === 0xc4 || c === 0xd6 || c === 0xdc)) continue;
    const a = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (a >= 0 && a < 128 && asciiGlued(a, false)) continue;
    const b = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (b >= 0 && b < 128 && asciiGlued(b, true)) continue;
    if (a < 128 && b < 128) return i;
    LETTER.lastIndex = i;
    if (LETTER.test(text)) return i;
  }
  return -1;
}

// Nouns after which a letter is a label, not a person.
const LABEL_NOUNS = new Set(
  `Typ Typs Klasse Klassen Gruppe Gruppen Anlage Anlagen Anhang Vitamin Vitamine Hepatitis Modell
  Plan Variante Stufe Kategorie Teil Teils Abschnitt Zone Punkt Block Haus Gebäude Halle Fall Falls
  Spalte Zeile Feld Liste Buchstabe Tabelle Abbildung Abb Schema Szenario Option Version Projekt
  Säule Note Sorte Größe Format Bereich Ebene Phase Sektor Kapitel Seite Band Reihe Serie Schicht
  Tranche Los Klausel Ziffer Nummer Aktie Aktien Gleis Terminal Bahnsteig Tor Modul Komponente
  Position Posten Bauteil Baustein Kurs Lager Stadium Grad Generation Rang Sitz Reihe Ebene Raum
  Flur Trakt Bauabschnitt Anlage Beilage Muster Formular Vordruck Schritt Stufe Tarif Lohngruppe
  Entgeltgruppe Besoldungsgruppe Steuerklasse Führerscheinklasse Pflegegrad Pflegestufe Blutgruppe
  Kondition Kriterium Merkmal Alternative Antwort Frage Aufgabe Beispiel Satz Art Abs Nr Rn Rdnr
  Randnummer Absatz Paragraph Artikel Buchst Lit Ziff Anl Tab Tz Nummer Vers Fn Fußnote`.split(/\s+/),
);

// Words before the letter that make it a person: articles, pronoun-like determiners, prepositions,
// conjunctions linking parties. (Role nouns and verbs are recognised by shape, see personContext.)
const PERSON_BEFORE = new Set(
  `der die den dem des ein eine einen einem einer eines an von vom für mit gegen durch zwischen und
  sowie oder bei beim zu zum zur nach vor über unter neben gegenüber seitens namens laut gemäß wie
  als dass ob weil obwohl wenn da denen deren dessen welche welcher welchen welchem ihr ihre ihrem
  ihren ihrer sein seine seinem seinen seiner`.split(/\s+/),
);

const LATIN = /^[a-z]+(?:is|us|ae|um|ii|ri|ci|li|ti|ni)$/;
const GERMAN_LATINISH = new Set('aus heraus hinaus voraus daraus hieraus bis bei dabei zwei drei frei um darum warum herum plus minus'.split(' '));
// Endings of compound label nouns: "Heeresgruppe A", "Landkreis M", "Merkzeichens G".
const LABEL_SUFFIX = /(?:gruppe|klasse|typ|anlage|haus|hauses|häusern|kreis|kreises|zeichen|zeichens|federn|modell|stufe|stufen|zone|teil|teile|punkt|variante|kategorie|ebene|bereich|block|halle|gebäude|station|vitamin|gericht|gerichts|kammer|agentur|zentrum|schule|antrag|anträgen|firma|stadt|gemeinde|gemarkung|stück|stücke|richtung|buchstabe|buchstaben|elektronik|wirtschaft)$/;

// Letters never used alone for a person here: the pronoun/numeral I, the Roman numerals V and X
// (headings, "Teil V"), and X as a placeholder.
const NOT_A_PERSON = new Set(['I', 'V', 'X']);

const DE_WORDS = /\b(?:der|die|das|und|ist|nicht|mit|den|dem|von|wird|wurde|hat|auf|für|sich)\b/g;
const EN_WORDS = /\b(?:the|and|is|of|to|with|was|has|for|that|this|are)\b/g;

function looksGerman(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const de = sample.match(DE_WORDS)?.length ?? 0;
  const en = sample.match(EN_WORDS)?.length ?? 0;
  return de >= 3 && de > en * 2;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isUpperAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLowerAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The word ending right before position `i` (spaces skipped), and the character before it. */
function wordBefore(text: string, i: number): { word: string; dotted: boolean; start: number } {
  let k = i;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  let dotted = false;
  if (k > 0 && text.charCodeAt(k - 1) === 46) {
    dotted = true;
    k--;
  }
  const end = k;
  while (k > 0 && /[\p{L}\p{M}§]/u.test(text[k - 1]!)) k--;
  return { word: text.slice(k, end), dotted, start: k };
}

/** What follows the letter (and its dot): must read as the rest of a sentence, not a label. */
function afterOk(text: string, j: number, dotted: boolean): boolean {
  let k = j;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k >= text.length) return dotted || k > j; // "… Geschäftsführer D." at the end
  const c = text.charCodeAt(k);
  if (isDigit(c)) return false; // "Anlage K 3", "S. 1"
  if (c === 45 || c === 47 || c === 38 || c === 43 || c === 61 || c === 58) return false; // - / & + = :
  if (c === 10 || c === 13) return dotted; // a line ending on "K." is a signature-like mention
  if (isLowerAt(text, k)) {
    let e = k;
    while (e < text.length && /\p{L}/u.test(text[e]!)) e++;
    const w = text.slice(k, e);
    if (text.charCodeAt(e) === 46 && w.length <= 4) return false; // "Z. n.", "H. a.", "A. fem."
    // Anatomy and microbiology: "A. vertebralis", "N. recti", "T. coeliacus", "E. coli".
    if (dotted && LATIN.test(w) && !GERMAN_LATINISH.has(w)) return false;
    return true;
  }
  if (isUpperAt(text, k)) {
    // "V ZR 12/19", "A B C": an all-caps word or another lone letter after it is a label.
    let e = k;
    while (e < text.length && /\p{L}/u.test(text[e]!)) e++;
    const w = text.slice(k, e);
    if (w.length === 1 || w === w.toUpperCase()) return dotted && w.length === 1; // "M. D." initials
    // A capitalised word after it: only after a dot (a sentence may continue: "… an E. Die …").
    return dotted;
  }
  return true;
}

export function anonymisedLetters(text: string): Span[] {
  const out: Span[] = [];
  let german: boolean | undefined;
  // The matches of the global LETTER regex, in order: each candidate letter is tested where it
  // stands (a match is one character, so the next search starts right after it anyway).
  for (let s = nextLetter(text, 0); s >= 0; s = nextLetter(text, s + 1)) {
    const letter = text[s]!;
    if (NOT_A_PERSON.has(letter)) continue;
    const dotted = text.charCodeAt(s + 1) === 46;
    if (dotted && /\p{L}/u.test(text[s + 2] ?? '')) continue; // "K.o.", "U.S."
    // "M. Parkinson", "M. Crohn": Morbus.
    if (letter === 'M' && dotted && /^ ?\p{Lu}\p{Ll}/u.test(text.slice(s + 2, s + 5))) continue;
    if (!afterOk(text, s + 1 + (dotted ? 1 : 0), dotted)) continue;
    const prev = wordBefore(text, s);
    const w = prev.word;
    let ok = false;
    if (w === '' || w === '§') {
      ok = false; // sentence-initial letters are headings ("A. Die Klage"), digits before are labels
    } else if (prev.dotted) {
      // After an abbreviation ("z. B.", "vgl. E", "Abs. 2 S.") only a title introduces a person.
      ok = w === 'Dr' || w === 'Prof' || w === 'Hr' || w === 'Fr';
    } else if (LABEL_NOUNS.has(w) || LABEL_SUFFIX.test(w.toLowerCase())) {
      ok = false;
    } else if (PERSON_BEFORE.has(w) || PERSON_BEFORE.has(w.toLowerCase())) {
      ok = true;
    } else if (isUpperAt(w, 0) && w.length >= 4) {
      ok = true; // a role noun: Zeuge K., Geschäftsführer D., Nachbar K., Torhüter K
    } else if (isLowerAt(w, 0) && w.length >= 3) {
      ok = true; // a verb or adverb: "wechselte T in", "erhielt K. hingegen"
    }
    if (!ok) continue;
    german ??= looksGerman(text);
    if (!german) return out;
    out.push({ start: s, end: s + 1, score: 0.6, rule: 'letter' });
  }
  return out;
}

// Words a German sentence starts with: after "… . Koch" they show that "Koch" stood alone.
const SENTENCE_START = new Set(
  `Das Die Der Den Dem Des Ein Eine Einer Eines Es Er Sie Wir Ich Im In Ist Nach Bei Mit Für Auf Aus
  Zu Zur Zum Dies Diese Dieser Dieses Damit Danach Daher Deshalb Dabei Dagegen Dazu Zudem Vielmehr
  Allerdings Auch Soweit Insoweit Somit Ferner Weiter Weiterhin Gleichwohl Hierzu Hiernach Hierbei
  Nur Anschließend Namentlich Jedoch Denn Doch Aber Als Wenn Ob Dass Sofern Solange Nachdem Bevor
  Unter Über Von Vor Gegen Ohne Bis Seit Wegen Trotz Entgegen Gemäß Nichts Alle Beide Eine Keine
  Kein Demnach Folglich Mithin Schließlich Insbesondere Zwar Nicht Nichtannahme Abzurechnen`.split(/\s+/),
);
// Headings of a decision, which stand alone between sentences like a signing judge's name.
const HEADINGS = new Set(
  `Tatbestand Gründe Entscheidungsgründe Begründung Sachverhalt Leitsatz Leitsätze Tenor Hinweis
  Ergebnis Gegenstand Rechtsmittelbelehrung Orientierungssatz Normenkette Verfahrensgang`.split(/\s+/),
);

// German surnames end like this far more often than nouns do (the rest: -er, -el, -ig … are both).
const SURNAME_SHAPE = /(?:mann|er|el|ig|ke|ert|old|ner|ler|ger|rt|dt|tz|ck|ff|us|is|au|ow|ski|ek|ak|ic|ich|ch|ld|rg|ss|ß)$/;

// Endings of German compound nouns that the shared noun-suffix list does not cover.
const NOUN_ENDING = /(?:satz|sätze|wesen|bereich|recht|gesetz|weise|stand|gang|fall|bau|mittel|geld|steuer|lohn|kauf|schutz|dienst|wert|ziel|sicht|fahrt|zug|spruch|schluss|schuss|nahme|gabe|lage|folge|frage|kraft|macht)$/;

const DETACHED = /(?:^|[.!?:;)]\s+|\n)((?:\p{Lu}\p{Ll}?\. ?)?\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?)(?=\s*(?:$|\n|(\p{Lu}\p{Ll}*)[\s,]|\(\s?(?:[0-9]{1,2}|[a-z]{1,2})\s?\)|[a-z]{1,2}\s?\)|[0-9]{1,2}\.\s|[IVX]{1,4}\.\s|[A-Z]\.\s[IVX]))/gu;

/**
 * Judges' names as German decisions print them: alone between two sentences, where the
 * deciding judges sign a part of the text or the published version lists them ("… zu laufen .
 * Koch Das Landesarbeitsgericht hat …", "… § 143 Abs. 2 FGO . Mosbacher a ) Das …"). A
 * capitalised word standing between a sentence end and a sentence start, a heading marker or the
 * end of the text cannot be part of either sentence; if it is a known surname, it is a name.
 */
export function detachedSurnames(text: string, surnames: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  let german: boolean | undefined;
  DETACHED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DETACHED.exec(text)) !== null) {
    const name = m[1]!;
    const next = m[2];
    if (next !== undefined && !SENTENCE_START.has(next)) continue;
    const last = name.slice(name.search(/\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?$/u));
    if (HEADINGS.has(last) || SENTENCE_START.has(last) || TITLES.has(last)) continue;
    // A known surname; or a word that does not look like a German noun (judges' names are often
    // rare: "Krumbiegel", "Lipphaus"), when a sentence start or marker follows it.
    const known = last.split('-').every((p) => surnames.has(p));
    if (!known) {
      // Only between two sentences of running text (a line start is a heading's place, "Leben"),
      // not before "Sie" ("Lesen Sie …"), and not a long compound ("Harnblasenkatheter").
      const before = m[0].slice(0, m[0].length - name.length);
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const afterSentence = /[.!?;)]\s+$/.test(before);
      // Alone on its line between two sentences, or (flattened text) alone between them on one.
      const alone = before.includes('\n') ? /^[ \t]*\n[ \t]*\S/.test(rest) : !rest.startsWith('\n');
      if (!afterSentence || !alone || /^\s*$/.test(rest) || next === 'Sie' || last.length < 4 || last.length > 12) continue;
      if (DE_NOUN_SUFFIX.test(last) || NOUN_ENDING.test(last) || !SURNAME_SHAPE.test(last)) continue;
    }
    german ??= looksGerman(text);
    if (!german) return out;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, score: 0.7, rule: 'detached-surname' });
  }
  return out;
}
