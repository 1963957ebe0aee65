import type { Span } from './core.js';
import { DE_NOUN_SUFFIX, ORG_WORDS, TITLES } from './lexicon.js';
import { nameLikeClass, wordClass } from './words.js';
import { codeAt, isDigit } from '../../util/chars.js';

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

// The last text's answer: anonymisedLetters() and detachedSurnames() ask for the same text.
let germanText: string | undefined;
let germanAnswer = false;

function looksGerman(text: string): boolean {
  if (text === germanText) return germanAnswer;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const de = count(sample, DE_WORDS);
  const en = count(sample, EN_WORDS);
  germanText = text;
  return (germanAnswer = de >= 3 && de > en * 2);
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(text)) n++;
  return n;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
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

const ORG_AFTER_LETTER = /^(?:[ \t]*(?:…|\.\.\.))?[ \t]*(\p{Lu}[\p{L}.]*)/u;
const ORG_EXTRA = new Set(['Aktiengesellschaft', 'GmbH', 'AG', 'KG', 'GbR', 'LLC', 'Inc', 'Ltd', 'SE', 'OHG', 'mbH', 'Klinik', 'Kliniken']);

/**
 * Whether what follows an anonymised letter (from `j`, after the letter and its dot) makes it a
 * company, a part of a compound or an amount, not a person: "die B. GmbH", "der R … GmbH & Co.
 * KG", "die P. AG", "der M. -Klinik", "in Höhe von Y €".
 */
export function letterIsNoPerson(text: string, j: number): boolean {
  let k = j;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  const c = text.charCodeAt(k);
  if (c === 45 /* - */ || c === 0x20ac /* € */ || c === 36 /* $ */ || c === 37 /* % */) return true;
  const m = ORG_AFTER_LETTER.exec(text.slice(j, j + 40));
  if (!m) return false;
  const w = m[1]!.replace(/\.$/, '');
  return ORG_WORDS.has(w) || ORG_EXTRA.has(w);
}

/** Whether the letter stands at a sentence start: after ". ", ") ", a line break or the text start. */
function sentenceStartBefore(text: string, wordStart: number, w: string): boolean {
  if (w === '') {
    if (text.charCodeAt(wordStart) !== 46) {
      // No word and no dot before: the text start, a line break, ")" ("cc ) P hat …") or a comma
      // (", A bestreite den Anspruch") start a clause; a number does not ("um 50 W bis", "38,0 C oder": units).
      if (wordStart === 0) return true;
      const c = text.charCodeAt(wordStart - 1);
      return c === 10 || c === 41 || c === 44;
    }
    // "word . X" (text tokenised with blanks): judge by the word before the dot ("z . B ." is no sentence end).
    const p = wordBefore(text, wordStart);
    if (p.word === '') return true;
    w = p.word;
  }
  // wordBefore() saw "word ." before the letter: a sentence end, unless "word" is an abbreviation.
  // A lower-case word ends a sentence ("… eingeschränkt . T absolvierte"); a capitalised one before
  // a dot is often an abbreviation ("Abschn. A des …", "Anl. B").
  return w.length >= 2 && isLowerAt(w, 0) && !SHORT_ABBREVIATIONS.has(w);
}

// Lower-case abbreviations written with a dot: "vgl. E", "sog. A", "bzw. B".
const SHORT_ABBREVIATIONS = new Set('vgl bzw usw ggf sog ca ua zb inkl evtl bspw ehem gem abs nr etc str ff bzgl insb mwN aaO od eig'.split(' '));

// Lower-case words after a sentence-initial letter that do not make it a subject ("S. auch", "A. a. O.").
const NOT_VERB_AFTER = new Set(
  'auch hierzu dazu oben unten unter näher etwa ferner insbesondere ff aaO ein eine einer einen einem eines der die das den dem des'.split(' '),
);

/** A finite verb (or "und" + letter) after a sentence-initial letter: "P hat", "T absolvierte", "E und T hätten". */
function verbAfter(text: string, j: number, letter: string, dotted: boolean): boolean {
  if (letter === 'S' && dotted) return false; // "S. 12", "S. auch": Seite, siehe
  const m = /^[ \t]+(\p{Ll}{3,})(?=[ \t,])/u.exec(text.slice(j, j + 30));
  if (!m) return false;
  return !NOT_VERB_AFTER.has(m[1]!);
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
    // Two glued initials, as Swiss courts anonymise parties ("verurteilte A.B.", "die Zeugin C.D."):
    // the same tests as for one letter, after the pair. Not an abbreviation ("U.S.", "S.A.", "K.o.").
    const pair = dotted && isUpperAt(text, s + 2) && text.charCodeAt(s + 3) === 46 && !/\p{L}/u.test(text[s + 4] ?? '') && !DOTTED_PAIRS.has(letter + text[s + 2]);
    if (dotted && !pair && /\p{L}/u.test(text[s + 2] ?? '')) continue; // "K.o.", "U.S."
    // "M. Parkinson", "M. Crohn": Morbus.
    if (letter === 'M' && dotted && /^ ?\p{Lu}\p{Ll}/u.test(text.slice(s + 2, s + 5))) continue;
    const after = pair ? s + 4 : s + 1 + (dotted ? 1 : 0);
    if (!afterOk(text, after, dotted)) continue;
    if (letterIsNoPerson(text, after)) continue;
    const prev = wordBefore(text, s);
    const w = prev.word;
    let ok = false;
    if (w === '§') {
      ok = false; // digits before are labels
    } else if (w === '' || prev.dotted) {
      // After an abbreviation ("z. B.", "vgl. E", "Abs. 2 S.") only a title introduces a person.
      ok = prev.dotted && (w === 'Dr' || w === 'Prof' || w === 'Hr' || w === 'Fr');
      // A sentence-initial letter is a heading ("A. Die Klage", "B. Gründe"), unless a verb follows
      // as in a sentence: "T absolvierte nach ihrem Abitur …", "P hat sich darauf berufen", "K. schloss …".
      if (!ok && sentenceStartBefore(text, prev.start, w)) ok = verbAfter(text, after, letter, dotted);
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
    out.push({ start: s, end: pair ? s + 3 : s + 1, score: 0.6, rule: 'letter' });
    if (pair) s += 3;
  }
  return out;
}

/** Dotted letter pairs that abbreviate something other than a person: countries, legal forms, degrees, "Z.B." opening a sentence, "A.D.", "P.M." */
const DOTTED_PAIRS = new Set('US UK EU UN SA AG NY DC BA MA BS PS ID KG OG NV BV GB CH DE AT IT FR ES NL PR PC TV DJ EG GP VO RA ZB UU OK AD BC AM PM NB'.split(' '));

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

const DETACHED = /(?:^|[.!?:;)]\s+|\n)((?:\p{Lu}\p{Ll}?\. ?)?\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?)(?=\s*(?:$|\n|(\p{Lu}\p{Ll}*)[\s,]|\(\s?(?:[0-9]{1,2}|[a-z]{1,2})\s?\)|[a-z]{1,2}\s?\)|[0-9]{1,2}\.\s|[IVX]{1,4}\.\s|[A-Z]\.\s[IVX]))/uy;

const LAST_WORD = /\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}[\p{Ll}ß]+)?$/u;

/**
 * The next match of DETACHED (sticky) at or after `from`, tried only where a match can start: at
 * 0, a sentence end or a line break. As a global expression it was tried at every position of
 * the text (it opens with an alternation: no fast scan), 6-8 % of the person detector's time.
 */
// . ! ? : ; ) and a line break.
const DETACHED_START = new Uint8Array(64);
for (const ch of '.!?:;)\n') DETACHED_START[ch.charCodeAt(0)] = 1;

function nextDetached(text: string, from: number): RegExpExecArray | null {
  for (let p = from; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (p === 0 || (c < 64 && DETACHED_START[c] === 1 && capitalMayFollow(text, p, c))) {
      DETACHED.lastIndex = p;
      const m = DETACHED.exec(text);
      if (m !== null) return m;
    }
  }
  return null;
}

/**
 * Whether DETACHED's name can start after the opener `c` at `p`: right after a line break, or
 * after the blanks that follow a sentence end. Most openers are times, dates, decimals and blank
 * lines ("14:30", "2.3.0", "\n\n"); skipping them spares a regex call each. Only ASCII decides
 * "no": any other character is left to the expression.
 */
function capitalMayFollow(text: string, p: number, c: number): boolean {
  let q = p + 1;
  if (c !== 10) {
    const s = codeAt(text, q);
    // DETACHED wants at least one \s here; any non-ASCII character might be one.
    if (s !== 32 && s !== 9 && s !== 10 && s !== 13 && s !== 11 && s !== 12 && !(s >= 128)) return false;
    while (q < text.length) {
      const b = text.charCodeAt(q);
      if (b === 32 || b === 9 || b === 10 || b === 13 || b === 11 || b === 12) q++;
      else break;
    }
  }
  const n = codeAt(text, q);
  return (n >= 65 && n <= 90) || n >= 128;
}

// A heading marker after a judge's name: "( 2 )", "a )", "1. ", "II. ", "A. I.".
const MARKER_AFTER = /^\s*(?:\(\s?(?:\d{1,2}|[a-z]{1,2})\s?\)|[a-z]{1,2}\s?\)|\d{1,2}\.\s|[IVX]{1,4}\.\s|[A-Z]\.\s)/;

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
  let m: RegExpExecArray | null;
  for (let from = 0; (m = nextDetached(text, from)) !== null; from = m.index + m[0].length) {
    // Asked at the first candidate (the answer is the same for every one): an English text's
    // candidates are not read at all.
    german ??= looksGerman(text);
    if (!german) return out;
    const name = m[1]!;
    const next = m[2];
    if (next !== undefined && !SENTENCE_START.has(next)) continue;
    const last = name.slice(name.search(LAST_WORD));
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
      if (DE_NOUN_SUFFIX.test(last) || NOUN_ENDING.test(last)) continue;
      // After an abbreviation, not a sentence end: "sog. Gewinnvorab", "v. a. Stärke", "wg. Erysipel".
      if (/(?:^|[^\p{L}])\p{Ll}{1,5}[ \t]?\.[ \t]*$/u.test(text.slice(Math.max(0, m.index - 10), m.index + before.length))) continue;
      // Surname-like ending and no frequent German word; or no German word nor a compound of one
      // at all ("Menges", "Bellay").
      const wc = wordClass(last);
      if (wc === 'w') continue;
      // A word that is no German word needs a sentence start or a marker right after it (a
      // heading or list item of a clinical letter does not have one: "Lipome\nchronische …",
      // "Procedere\n13.1."), and must end where the match ends: "(z.B. Panthenol)" is no
      // "Pantheno" + "l)".
      if (!SURNAME_SHAPE.test(last)) {
        if (!nameLikeClass(wc) || /\p{L}/u.test(text[m.index + m[0].length] ?? '')) continue;
        const nw = /^\s*(\p{Lu}\p{Ll}*)[\s,]/u.exec(rest);
        if (!(nw ? SENTENCE_START.has(nw[1]!) : MARKER_AFTER.test(rest))) continue;
      }
    }
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, score: 0.7, rule: 'detached-surname' });
  }
  return out;
}

// A name in a legal citation: an author list "Meyer-Ladewig / Keller / Leitherer / Schmidt , SGG",
// "Loschelder in Schmidt , EStG , § 24b", "Brunner / Dölling , JGG", or a reporter with its
// number "Buchholz 450.2 § 38". Courts cite commentaries by their authors' names; these are
// bibliographic references, not parties, and masking them only garbles the citation.
// (An author may carry a particle: "Eichmann / v. Falckenstein / Kühne , GeschmMG".)
const CITE_NAME = /^[ \t]*\/[ \t]*(?:(?:v\.|von|van|de)[ \t]+)?\p{Lu}[\p{L}\p{M}]+(?:-\p{Lu}[\p{L}\p{M}]+)*/u;
// ", SGG", ", EStG", ", GRUR", ", aaO", ", a. a. O.", " <Hrsg>", " ( Hrsg. )"; a reporter number "450.2".
const CITE_END = /^(?:[ \t]*,[ \t]*(?:\p{Lu}[\p{Ll}]{0,4}\p{Lu}[\p{L}]{0,4}\b|aaO\b|a\.[ \t]?a\.[ \t]?O\b)|[ \t]*(?:<Hrsg>|\([ \t]?Hrsg\.)|[ \t]+\d{1,4}\.\d{1,3}[ \t]+(?:§|[\p{Lu}]))/u;
const CITE_BEFORE = /\p{L}[ \t]*\/[ \t]*$/u;
const ADDRESSED_BEFORE = /(?:^|[^\p{L}])(?:Herrn?|Frau|Hr\.|Fr\.|Mrs?\.?|Ms\.?|Dr\.?|Prof\.?)[ \t]+$/u;

/** Whether the name at [start, end) stands in a citation (see CITE_END): its list of names ends in an abbreviation. */
export function inCitation(text: string, start: number, end: number): boolean {
  // Legal citations name authors by the surname alone: a full name ("Ulrich Herrmann ( Hrsg. )") stays.
  // (Dutch and German particles may precede it: "van Lishaut", "von Bar".)
  const sp = text.lastIndexOf(' ', end - 1);
  if (sp >= start && !/^(?:(?:van|von|de|der|den|zu|ten|ter)[ \t]+)+$/.test(text.slice(start, sp + 1))) return false;
  // Cheap test first: the next non-blank character must be "/", ",", "<", "(" or a digit.
  let q = end;
  while (q < text.length && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
  const c = text.charCodeAt(q);
  if (!(c === 47 || c === 44 || c === 60 || c === 40 || (c >= 48 && c <= 57 && q > end))) return false;
  let e = end;
  // Skip the rest of a " / Name / Name" author list.
  for (let k = 0; k < 6; k++) {
    const m = CITE_NAME.exec(text.slice(e, e + 60));
    if (!m) break;
    e += m[0].length;
  }
  // Authors are cited without "Herr", "Frau" or "Dr.": "Frau Kessler, PZR: Frau Koç" lists staff,
  // "(Notar Dr. Lechner, UR-Nr. 612/2017)" names the notary.
  if (ADDRESSED_BEFORE.test(text.slice(Math.max(0, start - 7), start))) return false;
  if (citeEnd(text, e)) return true;
  // "Keller / Leitherer / [Schmidt]" with the abbreviation further on is caught above; a name
  // after "X / " whose list ends without one is left alone ("Anna Schmidt / Vertrieb").
  return e > end && CITE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && citeEnd(text, e);
}

/**
 * CITE_END at e, unless the abbreviation opens a role or a label: "Whitlock, HR Business Partner",
 * "Kessler, PZR: …" (a law's abbreviation is followed by a section, a number or the sentence's end).
 */
function citeEnd(text: string, e: number): boolean {
  const m = CITE_END.exec(text.slice(e, e + 24));
  if (!m) return false;
  return !/^(?:[ \t]+\p{Lu}\p{Ll}|:)/u.test(text.slice(e + m[0].length, e + m[0].length + 3));
}

/** A capital letter (ASCII, German umlauts, or any other upper-case letter of the BMP). */
function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0 || Number.isNaN(c)) return false;
  return isUpperAt(text, i);
}
/** A letter or digit at i (ASCII fast path). */
function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  return /[\p{L}\p{N}]/u.test(text[i]!);
}

/**
 * End (exclusive, without its dot) of an initial "X." or a short abbreviated name "Sch." /
 * "Ts." starting at `i`, or -1: a capital, at most two lower-case letters, a dot, and no letter
 * or digit right after the dot.
 */
function initialAt(text: string, i: number, maxLower: number): number {
  if (!isCapitalAt(text, i)) return -1;
  let e = i + 1;
  while (e - i - 1 < maxLower && isLowerAt(text, e)) e++;
  if (text.charCodeAt(e) !== 46) return -1;
  if (isWordCharAt(text, e + 1)) return -1;
  return e;
}

/**
 * Start of an initial "X. " that ends (with its blanks) right before `start`, or -1. The initial
 * must stand alone: no letter, digit or dot glued before it, and no lower-case abbreviation of
 * which it is the second half ("z. B.", "u. U.", "i. S.", "d. h.") nor a number before it
 * ("Abs. 2 S.").
 */
function initialBefore(text: string, start: number): number {
  let k = start;
  let blanks = 0;
  while (k > 0 && isSpace(text.charCodeAt(k - 1)) && blanks < 2) {
    k--;
    blanks++;
  }
  if (blanks === 0 || k < 2 || text.charCodeAt(k - 1) !== 46) return -1;
  const s = k - 2;
  // Two blanks after a word and its initial part a grid's columns: "Yilmaz A.  Hellwig".
  if (blanks === 2 && s > 1 && text.charCodeAt(s - 1) === 32 && isWordCharAt(text, s - 2)) return -1;
  if (!isCapitalAt(text, s)) return -1;
  if (s > 0) {
    const b = text.charCodeAt(s - 1);
    if (b === 46 || isWordCharAt(text, s - 1)) return -1;
    // What stands before the initial: a one-letter abbreviation ("z.") or a number ends the name.
    let q = s;
    while (q > 0 && isSpace(text.charCodeAt(q - 1))) q--;
    if (q > 0 && isDigit(text.charCodeAt(q - 1))) {
      // A number ("Abs. 2 S."), not a label ending in digits ("D4", "HLNK23").
      let d = q - 1;
      while (d > 0 && isDigit(text.charCodeAt(d - 1))) d--;
      if (d === 0 || !isWordCharAt(text, d - 1)) return -1;
    }
    if (q > 1 && text.charCodeAt(q - 1) === 46 && isLowerAt(text, q - 2) && !isWordCharAt(text, q - 3)) return -1;
  }
  const letter = text[s]!;
  if (NOT_A_PERSON.has(letter)) return -1;
  return s;
}

/**
 * End of "Surname , X." closing a citation or list entry (the initial followed by ",", ";", ":",
 * ")", a line end or "et al"), or `end` when no such initial follows the name ending at `end`.
 */
function commaInitialEnd(text: string, end: number): number {
  let k = end;
  while (isSpace(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 44) return end;
  k++;
  while (isSpace(text.charCodeAt(k))) k++;
  const e = initialAt(text, k, 0);
  if (e < 0 || NOT_A_PERSON.has(text[k]!)) return end;
  let q = e + 1;
  while (isSpace(text.charCodeAt(q))) q++;
  const c = text.charCodeAt(q);
  if (Number.isNaN(c) || c === 44 || c === 59 || c === 58 || c === 41 || c === 10 || c === 13 || text.startsWith('et al', q)) return e;
  return end;
}

/**
 * Completes names with the initials written next to them, as court decisions, citations and
 * bibliographies do: "K. Schmidt", "M. P. Borom" (initials before a found surname), "M. D.",
 * "U. Sch." (a found anonymised letter and the initial after it), "Ekström , Å." (a surname
 * and its initial after a comma). The initials are part of the name: a span without them leaves
 * them in the text. Works on the few findings only; returns the spans sorted by start.
 */
export function completeInitials(text: string, spans: { start: number; end: number }[]): void {
  let grown: { start: number; end: number }[] | undefined;
  for (const f of spans) {
    const s0 = f.start;
    const e0 = f.end;
    // Initials before the name (at most three: "P. W. McMillan").
    for (let n = 0; n < 3; n++) {
      const s = initialBefore(text, f.start);
      if (s < 0) break;
      f.start = s;
    }
    const single = f.end - f.start === 1 && text.charCodeAt(f.end) === 46;
    if (single) {
      // A lone letter and the initials after it: "M. D.", "U. Sch.", "K. T." (at most two more).
      for (let n = 0; n < 2; n++) {
        if (text.charCodeAt(f.end) !== 46 || !isSpace(text.charCodeAt(f.end + 1))) break;
        const e = initialAt(text, f.end + 2, 2);
        if (e < 0 || (e === f.end + 3 && NOT_A_PERSON.has(text[f.end + 2]!))) break;
        if (e > f.end + 3 && TITLES.has(text.slice(f.end + 2, e))) break; // "B. Dr." (a signature)
        f.end = e;
      }
    } else if (f.end - f.start >= 2) {
      f.end = commaInitialEnd(text, f.end);
    }
    if (f.start !== s0 || f.end !== e0) (grown ??= []).push(f);
  }
  // An initial another finding already covers joins the two: "Mohmad R" + "R. Vizirov" is one
  // name, not two overlapping ones of which the merge would keep only the longer.
  if (grown) {
    for (const f of grown) {
      for (const g of spans) {
        if (g === f || g.end <= f.start || g.start >= f.end) continue;
        if (g.start < f.start) f.start = g.start;
        if (g.end > f.end) f.end = g.end;
      }
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}
