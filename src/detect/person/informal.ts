/**
 * Names in informal German that the case-based rules cannot see: lower-case addressing ("herrn
 * weber", "hi tobi"), and lower-case given names in text written all in lower case ("frag mal bei
 * svenja"). English lower-case names are social.ts's; chat handles are chat.ts's.
 */
import type { Tok } from './core.js';
import { ambiguousName, englishGluedWords, titled, type NameLists } from './names.js';
import { nameLikeClass, wordClass } from './words.js';
import { blankBetween } from './lines.js';
import { NEVER_NAMES } from './lexicon.js';
import type { ScoredSpan } from './span.js';

const LOWER_TITLES = new Set(['herr', 'herrn', 'frau', 'hr', 'fr']);
/** Lower-case words after which a given name is addressed or named: "hi tobi", "danke! gabi", "bei svenja". */
const GREET = new Set('hi hallo hey moin servus liebe lieber danke dank gruß grüße gruss grüsse lg vg mfg bye ciao tschüss'.split(' '));
/** Function words that follow "frau"/"herr" as nouns ("meine frau ist", "herr der lage"). */
const STOP = new Set(
  `und oder aber ist war sind hat hatte wird wurde der die das den dem des ein eine einen einem einer mit von vom zu zum zur
  im in am an auf aus bei für nach über unter vor als wie so auch noch nicht nur schon sehr doch mal ja nein bitte danke dr
  doktor professor prof kollege kollegin meine mein seine ihre unsere`.split(/\s+/),
);


/** A greeting word, in any case; most words are not one, and no case is folded for them. */
function greetWord(t: Tok): boolean {
  if (t.w.length > 7) return false;
  return GREET.has(t.lower ? t.w : t.w.toLowerCase());
}

function isGivenLower(L: NameLists, w: string): boolean {
  if (w.indexOf('-') > 0) return w.split('-').every((p) => p.length >= 2 && L.given.has(titled(p)));
  return L.given.has(titled(w));
}

/**
 * German text written in lower case: most sentences start lower-case. Such text writes names
 * lower-case too; properly cased text never does, so nothing here applies to it.
 */
function writtenLowerCase(text: string, toks: readonly Tok[]): boolean {
  let starts = 0;
  let lower = 0;
  // Indexed, not for-of: while this loop runs unoptimised (until V8 compiles it on stack, and
  // again after a deopt) a for-of allocates an iterator result per token.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.sentStart) continue;
    starts++;
    if (t.lower) lower++;
  }
  return starts >= 3 && lower * 10 >= starts * 7;
}

function identifierPart(text: string, s: number, e: number): boolean {
  const b = text.charCodeAt(s - 1);
  const a = text.charCodeAt(e);
  return b === 46 || b === 95 || b === 47 || a === 95 || a === 64 || a === 47 || (a === 46 && /[a-z]/i.test(text.charAt(e + 1)));
}

/** Lower-case German names: after "herr"/"frau" anywhere; given names in text written all in lower case. */
export function lowercaseGerman(text: string, toks: readonly Tok[], L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  // Decided once, first: in properly cased text (nearly all) only "herr"/"frau" is looked at.
  const lowerText = writtenLowerCase(text, toks);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.lower) {
      // "bei herrn Engel", "herr Engel ruft an": a lower-case title before a capitalised surname,
      // also one that is a word ("Engel", "Sommer"): the title makes it a name.
      const q = toks[i - 1];
      if (t.cap && q && q.lower && LOWER_TITLES.has(q.w) && q.w.length >= 4 && blankBetween(text, q, t) && !(NEVER_NAMES.has(t.w) && !L.surname.has(t.w)) && !STOP.has(t.w.toLowerCase()) && (L.surname.has(t.w) || L.census.has(t.w) || nameLikeClass(wordClass(t.w)))) {
        out.push({ start: t.s, end: t.e, score: 0.85 });
      }
      continue;
    }
    let p = toks[i - 1];
    // "frau dr. kern": the academic title between.
    if (p && p.lower && (p.w === 'dr' || p.w === 'prof') && i >= 2 && toks[i - 2]!.lower && LOWER_TITLES.has(toks[i - 2]!.w)) p = toks[i - 2];
    // "herrn weber", "frau kowalski": a lower-case title, then a word the lists know or no German word.
    if (p && p.lower && LOWER_TITLES.has(p.w) && (blankBetween(text, p, t) || p !== toks[i - 1]) && t.w.length >= 3 && !STOP.has(t.w)) {
      const T = titled(t.w);
      if (L.surname.has(T) || L.given.has(T) || nameLikeClass(wordClass(T))) {
        out.push({ start: t.s, end: t.e, score: 0.85 });
        continue;
      }
    }
    // In properly cased text only an addressed one: "hallo lars,", "grüße nikos" at a line's end.
    if (!lowerText && !(p && greetWord(p) && /^[ \t]*(?:[,!.]|\r?\n|$)/.test(text.slice(t.e, t.e + 3)))) continue;
    if (t.w.length < 3 || STOP.has(t.w) || !isGivenLower(L, t.w)) continue;
    // Part of an identifier, a path or an address: "bank.iban", "user_anna", "anna@…".
    if (identifierPart(text, t.s, t.e)) continue;
    if (ambiguousName(L, titled(t.w))) continue;
    const cls = wordClass(titled(t.w));
    const greeted = !!p && (greetWord(p) || /[!,]\s*$/.test(text.slice(Math.max(0, t.s - 3), t.s)) || text.slice(p.e, t.s).includes('\n'));
    if (cls === 'w' && !greeted) continue;
    // A surname after it: "klaus-dieter mertens".
    const n = toks[i + 1];
    let end = t.e;
    if (n && n.lower && blankBetween(text, t, n) && L.surname.has(titled(n.w)) && !STOP.has(n.w)) {
      end = n.e;
      i++;
    }
    out.push({ start: t.s, end, score: 0.7 });
  }
  return out;
}

/** English titles as informal text writes them, in lower case. */
const LOWER_EN_TITLES = /\b(?:mr|mrs|ms|miss|dr)\.?[ \t]+([a-z][a-z'’-]{1,24})(?![\p{L}\p{N}@_])/gu;

/**
 * "mr chen at the factory", "spoke to mrs price": a lower-case English title, then a word the
 * lists hold (as a name, or as a name that is also a word: after a title, "price" is Mrs Price).
 * Not after a number ("200 ms"), nor a stop word ("dr who").
 */
export function lowercaseTitled(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  LOWER_EN_TITLES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOWER_EN_TITLES.exec(text))) {
    const w = m[1]!;
    // Not inside a word, an abbreviation ("z.dr"), nor a unit after a number ("200 ms").
    const b = text.charAt(m.index - 1);
    if (/[\p{L}\p{N}.]/u.test(b) || /\d[ \t]*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) || STOP.has(w) || EN_STOP.has(w)) continue;
    const T = titled(w);
    if (!(L.surname.has(T) || L.census.has(T) || L.given.has(T) || ambiguousName(L, T))) continue;
    const at = m.index + m[0].length - w.length;
    out.push({ start: at, end: at + w.length, score: 0.8 });
  }
  return out;
}
const EN_STOP = new Set('the a an and or of in on at to for from with by is was are be who what this that it its my your our his her their me you him them all any some no not'.split(' '));

/** A given name addressed after a comma, before "?" or "!": "Kannst du das übernehmen, Jens?", "Thanks, Priya!". */
const VOCATIVE_END = /,[ \t]+(\p{Lu}\p{Ll}+)[ \t]*[?!]/gu;
/** A given name addressed first, then asked: "Iga, kannst du …", "Marcus, could you …". */
const VOCATIVE_START =
  /(?:^|[\n.!?:][ \t]*)(\p{Lu}\p{Ll}+),[ \t]+(?:kannst|könntest|hast|bist|machst|schickst|bitte|gib|ruf|denk|schau|sag|weißt|can|could|would|please|pls|are|have|did|do)[ \t]/gmu;
/**
 * The request after the comma, which every VOCATIVE_START match holds. VOCATIVE_START opens with
 * an alternation, so it is tried at every position of the text (1-2 % of the person detector);
 * this one opens with the comma, which the engine finds by a fast scan. A text without it is
 * not searched with VOCATIVE_START.
 */
const REQUEST_AFTER_COMMA = /,[ \t]+(?:kannst|könntest|hast|bist|machst|schickst|bitte|gib|ruf|denk|schau|sag|weißt|can|could|would|please|pls|are|have|did|do)[ \t]/u;

/** Words that open a chat message and are no one: "Sorry can you", "Guys can you". */
const MESSAGE_OPENERS = new Set('sorry guys team someone anyone everyone all folks also ok okay quick hey hi hello thanks thank pls please yes no so and but then now just maybe btw fyi morning afternoon evening who what when where why how this that it we they'.split(' '));

function englishWord(w: string): boolean {
  const l = w.toLowerCase();
  return MESSAGE_OPENERS.has(l) || englishGluedWords().has(l);
}

/** A chat message opening with whom it asks, no comma: "Hemi Ngata: Coops can you grab him", "Dyl you're on opening". */
const VOCATIVE_OPEN = /:[ \t]+(\p{Lu}\p{Ll}+)[ \t]+(?:can|could|would|kannst|könntest|pls|please|bitte|you're|you are|are you|du bist|bist du)[ \t]/gu;

/**
 * The same in a chat's lower case, after the speaker's colon or a sentence's end: "dirk kannst du
 * mir helfen?", "sven check bitte das Proof", "mitch tell the sparky", "tubby you're driving".
 */
const VOCATIVE_OPEN_LC =
  /(?:^|[:.!?][ \t]+)(\p{Ll}{3,12})[ \t]+(?:can|could|would|kannst|könntest|kannste|pls|please|bitte|you're|you are|are you|du bist|bist du|gib|check|show|tell|schau|ruf|schick)[ \t]/gmu;

/**
 * Given names addressed in a question or a request: one listed as a given name, and no word the
 * lists rule out (NEVER_NAMES: "Danke, Team!"). The comma and the question make even "Jan",
 * "May" or "Will" someone addressed.
 */
export function vocatives(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  const comma = text.indexOf(', ') >= 0;
  for (const re of [VOCATIVE_END, VOCATIVE_START, VOCATIVE_OPEN]) {
    // Each pattern needs its punctuation: a text with none is not searched.
    if (re === VOCATIVE_OPEN ? text.indexOf(':') < 0 : !comma) continue;
    if (re === VOCATIVE_START && !REQUEST_AFTER_COMMA.test(text)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const w = m[1]!;
      // After a speaker's colon, a nickname no list holds too ("Coops", "Dyl"), but no word.
      if (NEVER_NAMES.has(w) || !(L.given.has(w) || (re === VOCATIVE_OPEN && nameLikeClass(wordClass(w)) && !englishWord(w)))) continue;
      const at = m.index + m[0].indexOf(w, re === VOCATIVE_END ? 1 : 0);
      out.push({ start: at, end: at + w.length, score: 0.8 });
    }
  }
  // Lower case: a listed given name that is no word in either language and no ambiguous name.
  VOCATIVE_OPEN_LC.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VOCATIVE_OPEN_LC.exec(text))) {
    const w = m[1]!;
    const T = titled(w);
    if (!L.given.has(T) || ambiguousName(L, T) || NEVER_NAMES.has(T) || englishWord(w) || wordClass(T) === 'w') continue;
    const at = m.index + m[0].indexOf(w);
    out.push({ start: at, end: at + w.length, score: 0.75 });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A role or kinship noun that a surname follows as its bearer's: "Schichtleiter Mazur", "Trainerin Yilmaz", "Schwestern Papadaki". */
const ROLE_HEAD = /(?:leiter|leiterin|leitung|führer|führerin|^Trainer|^Trainerin|^Kollege|^Kollegin|^Nachbar|^Nachbarin|^Nachbarn|^Schwester|^Schwestern|^Bruder|^Brüder|^Hausmeister|^Hausmeisterin|^Monteur|^Monteurin|^Disponent|^Disponentin|^Azubi|^Praktikant|^Praktikantin|^Werkstudent|^Werkstudentin|^Vorstand|^Vorständin|^Mitglied|^Vorsitzende|^Vorsitzender|^Kassenwart|^Kassenwartin|^Kassierer|^Kassiererin|^Beisitzer|^Beisitzerin|^Prokurist|^Prokuristin|^Sachbearbeiter|^Sachbearbeiterin|^Referent|^Referentin|^Betreuer|^Betreuerin|^Gutachter|^Gutachterin)$/;
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/**
 * Police and fire service ranks, which stand before a surname only: "POK Schäfer", "KHK'in
 * Braun", "OBM Koch". A listed surname that is a word counts after them too.
 */
const RANKS = new Set('PM PMin POM POMin PHM PHMin PK PKin POK POKin PHK PHKin EPHK KK KKin KOK KOKin KHK KHKin EKHK BM OBM HBM BOI'.split(' '));
/**
 * Things a German office names after its customer: "Baustelle Matthiesen", "Anlage Paulsen",
 * "Auftrag Kowalski", "Akte Brandt", "BV Hansen" (Bauvorhaben).
 */
const PROJECT_HEAD = new Set('Baustelle Anlage Auftrag Akte Vorgang Bauvorhaben BV Kunde Kundin Mandant Mandantin Patient Patientin Mieter Mieterin Eigentümer Eigentümerin'.split(' '));
/** The same in lower case, as chats write them before a capitalised surname: "kundin Sommer". */
const LOWER_ROLE = new Set('kunde kundin kollege kollegin mieter mieterin nachbar nachbarin'.split(' '));

/**
 * A surname right after a role noun: "Freigabe Schichtleiter Mazur", "die beiden Schwestern
 * Papadaki"; in chats also after a lower-case role ("kundin Sommer"). The word must be a listed
 * surname or no word at all, and no longer run of capitals follow ("Schichtleiter Nord GmbH").
 */
export function roleSurnames(text: string, toks: readonly Tok[], L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || t.e - t.s < 3) continue;
    const p = toks[i - 1]!;
    const rank = RANKS.has(p.w);
    const project = !rank && p.cap && PROJECT_HEAD.has(p.w);
    const role = rank || project || (p.lower ? LOWER_ROLE.has(p.w) : p.cap && p.e - p.s >= 5 && ROLE_HEAD.test(p.w));
    if (!role || !blankBetween(text, p, t)) continue;
    const n = toks[i + 1];
    if (n && n.cap && blankBetween(text, t, n)) continue;
    if (NEVER_NAMES.has(t.w) && !L.surname.has(t.w)) continue;
    // Not an abbreviation ("Referatsleiterin BMVg") nor a street before its number ("Nachbar Mühlbachweg 2").
    if (!SURNAME_SHAPE.test(t.w) || /^[ \t]+\d/.test(text.slice(t.e, t.e + 3))) continue;
    // An abbreviation with its dot: "Gutachter Dipl.-Ing.", "Einleitung Rdn. 236".
    if (text.charCodeAt(t.e) === 46 && t.e - t.s <= 4) continue;
    const cls = wordClass(t.w);
    // After a project's noun only a surname the lists hold and no word: "Projekt Apollo" is none.
    if (project) {
      if (L.surname.has(t.w) && cls !== 'w' && !L.deAmbig.has(t.w)) out.push({ start: t.s, end: t.e, score: 0.7 });
      continue;
    }
    const listed = L.surname.has(t.w) || L.census.has(t.w);
    // A listed surname that is a word counts only after a lower-case role ("kundin Sommer"); after
    // "Schichtleiter" a word is as often a place or a shift ("Schichtleiter Nord").
    if (!(listed && (cls !== 'w' || p.lower || rank)) && !nameLikeClass(cls)) continue;
    out.push({ start: t.s, end: t.e, score: 0.75 });
  }
  return out;
}

const famousLowerOf = new WeakMap<NameLists, Set<string>>();
/** The famous list in lower case, made once per lists: a lookup per lower-case token, no string made. */
function famousLower(L: NameLists): Set<string> {
  let s = famousLowerOf.get(L);
  if (s === undefined) {
    s = new Set();
    // (Only those titled() gives back, as the short-text path asks: not "DiCaprio".)
    for (const w of L.famous) if (titled(w) === w) s.add(w.toLowerCase());
    famousLowerOf.set(L, s);
  }
  return s;
}

/**
 * A famous person's surname in lower case, as posts write them ("kimmich verschenkt den ball",
 * "im gegensatz zu spahn"): the famous list (names.ts) holds no word of either dictionary, so its
 * names in lower case are names too. Five letters or more, in no ordinary surname list; not in a
 * user name, a hashtag, a path or an address.
 */
export function lowercaseFamous(text: string, toks: readonly Tok[], L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  // A short text asks the list itself; a long one a lower-case copy (no string made per token),
  // which costs a few milliseconds to make: not for a one-line run.
  const lower = toks.length > 5000 || famousLowerOf.has(L) ? famousLower(L) : null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.lower || t.e - t.s < 5) continue;
    if (lower !== null ? !lower.has(t.w) : !L.famous.has(titled(t.w))) continue;
    // Only the distinctive ones: "palmer", "owens" in lower case are a firm's or a street's as often.
    const T = titled(t.w);
    if (L.surname.has(T) || L.census.has(T)) continue;
    const b = text.charCodeAt(t.s - 1);
    if (b === 64 /* @ */ || b === 35 /* # */ || identifierPart(text, t.s, t.e)) continue;
    out.push({ start: t.s, end: t.e, score: 0.6 });
  }
  return out;
}
