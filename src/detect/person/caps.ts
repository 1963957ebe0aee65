/**
 * Names in capitals, where the casing that the other rules read says nothing: bank statement
 * lines ("TFR TO DAWN MARSH REF CHILDMINDING", "FPI ADEYEMI J GB78…", "SEPA CT TO CIARAN
 * MURPHY"), account holders and addressees ("MR ROBIN WELLS & MRS SUMMER WELLS", "HERRN JAN
 * KOWALSKI"), and headings ("CURRICULUM VITAE / ADEBOLA OYELARAN, ACCA", "WEDDING OF SOPHIE
 * GRANT & KOFI BOATENG").
 *
 * A run of capitalised words counts after a title or a payment keyword when its words are names
 * (the lists, including census surnames) or initials; anywhere else only as given name +
 * surname, the given name one that is no ordinary word.
 */
import { ambiguousName, listedName, titled, type NameLists } from './names.js';
import { nameLikeClass, wordClass } from './words.js';
import { ORG_WORDS } from './lexicon.js';
import type { ScoredSpan } from './span.js';
import type { Tok } from './core.js';
import { lineStartOf } from '../../util/chars.js';

const WORD = "[A-ZÄÖÜÀ-ÖØ-Þ](?:[A-ZÄÖÜÀ-ÖØ-Þ'’-]*[A-ZÄÖÜÀ-ÖØ-Þ])?";
// Not at a capital before a small letter ("Anna"): the run there is the one capital, which
// capsNames() skips (a small letter after it), and the search went on from the next character
// anyway. Nine matches in ten were such, each a match array for nothing.
const RUN = new RegExp(`(?![A-ZÄÖÜÀ-ÖØ-Þ][a-z])${WORD}(?:[ \\t]${WORD}){0,7}`, 'gu');
const TITLES = new Set(['MR', 'MRS', 'MS', 'MISS', 'MX', 'DR', 'HERR', 'HERRN', 'FRAU', 'SIR']);
// Payment keywords of British and German statements that stand right before the other party.
// Also as a statement's type column before the description: 'FPO,"JACK ROWLEY EXPENSES APRIL"'.
const PAYEE_CUES = /(?:^|[ \t,;"])(?:FPI|FPO|BGC|BAC|(?:FPS|INTL|BACS|CHAPS)[ \t]+(?:CREDIT|DEBIT|PAYMENT|RECEIPT)(?:[ \t]+(?:TO|FROM))?|TFR(?:[ \t]+(?:TO|FROM))?|TO|FROM|STANDING ORDER|SO|DD|BP|DEPOSIT|DIRECT[ \t]+CREDIT|(?:FASTER |BANK |SEPA[ \t]+CT[ \t]+)?(?:PAYMENT|TRANSFER)[ \t]+(?:TO|FROM)|SEPA[ \t]+CT[ \t]+(?:TO|FROM|to|from|AN|VON)|SEPA[ \t]+CREDIT|CREDIT[ \t]+TRANSFER(?:[ \t]+[A-Z]{2}\d{2}[A-Z0-9]{10,30})?|ÜBERWEISUNG[ \t]+AN|GUTSCHRIFT[ \t]+VON|LASTSCHRIFT[ \t]+VON|DAUERAUFTRAG[ \t]+AN|(?:(?:Osko|PayID|Faster|Bank|Internet|Online|Mobile)[ \t]+)?(?:Transfer|Payment|Funds[ \t]+received)[ \t]+(?:to|from|To|From)(?:[ \t]+\+?\d[\d ]{7,14}\d(?:[ \t]+[-–])?)?|(?:Überweisung|Echtzeitüberweisung|Gutschrift|Lastschrift|Dauerauftrag))(?:[ \t]+|"?[ \t]*[,;][ \t]*"?)(?:\p{Lu}\.[ \t]?)?$/u;
/** What "MS" names in capitals when it is Microsoft: "MS WORD", "MS TEAMS". */
const MS_PRODUCTS = new Set('WORD EXCEL ACCESS TEAMS OFFICE OUTLOOK POWERPOINT PROJECT VISIO SHAREPOINT DYNAMICS EXCHANGE AZURE SQL WINDOWS EDGE PAINT DOS ONENOTE PUBLISHER FORMS PLANNER ONEDRIVE'.split(' '));
/** Words of a statement before "TO"/"FROM": "TFR TO", "PAYMENT FROM", "SEPA CT TO". */
// (Australian statements: "EFT TO J CAMPBELL WAGES", "OSKO FROM ANNALISE WHITE".)
const BANK_WORDS = new Set(['TFR', 'BP', 'FPO', 'FPI', 'BGC', 'BAC', 'SO', 'DD', 'PAYMENT', 'TRANSFER', 'CT', 'CREDIT', 'DEBIT', 'ORDER', 'FASTER', 'BANK', 'SEPA', 'TRF', 'XFER', 'EFT', 'OSKO', 'PAYID', 'NPP']);
/** Words that end a payee: the reference and what follows it. */
const STOP = new Set(['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'SEPT', 'OCT', 'NOV', 'DEC',
  'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER',
  'JANUAR', 'FEBRUAR', 'MÄRZ', 'MAI', 'JUNI', 'JULI', 'OKTOBER', 'DEZEMBER', 'VS', 'REF', 'REFERENCE', 'VERWENDUNGSZWECK', 'SVWZ', 'EREF', 'MREF', 'IBAN', 'BIC', 'AND', 'UND', 'LTD', 'LIMITED', 'PLC', 'GMBH', 'AG', 'KG', 'LLP', 'LLC', 'INC', 'UK', 'BANK', 'SALARY', 'WAGES', 'WAGE', 'PAYROLL', 'INV', 'INVOICE', 'GEHALT', 'LOHN', 'MIETE', 'RENT', 'FEE', 'FEES', 'CHARGE', 'CHARGES', 'GEBÜHR', 'ENTGELT']);

/** A word in capitals as the lists write it: "O'BRIEN" → "O'Brien", "LLYWELYN-JONES" → "Llywelyn-Jones" ("MCALLISTER" → "Mcallister": the census list has both spellings). */
function titledWord(w: string): string {
  return w.split('-').map((p) => (/^O['’]/i.test(p) ? `O'${titled(p.slice(2))}` : titled(p))).join('-');
}

function isNameWord(L: NameLists, w: string): boolean {
  return listedName(L, titledWord(w));
}

function plainGiven(L: NameLists, w: string): boolean {
  const t = titledWord(w);
  return L.given.has(t) && !ambiguousName(L, t);
}

/** words[k] an unlisted word that reads as a name, right after a listed given name: "MERCY CHEPKOECH". */
function unlistedSurname(L: NameLists, words: readonly string[], k: number): boolean {
  const w = words[k]!;
  return k === 1 && w.length >= 4 && L.given.has(titledWord(words[0]!)) && nameLikeClass(wordClass(titledWord(w)));
}

/**
 * A payee's or addressee's name at the start of a run: up to four words before a STOP word, one
 * of them a listed name and one longer than an initial ("CIARAN MURPHY", "W PAGE", "ADEYEMI J").
 */
function namePrefix(L: NameLists, words: readonly string[], afterTitle = false): number {
  let n = 0;
  while (n < words.length && n < 4 && !STOP.has(words[n]!)) n++;
  const part = words.slice(0, n);
  // After a title the name need not be listed: "MRS P OKONJO"; nor with initials beside it: "OKONJO A C".
  if (!afterTitle && !part.some((w) => w.length > 1 && isNameWord(L, w))) {
    // A reference word must follow ("OKONJO A C INV 2231"; not "DVLA A 123", an agency's code).
    const nameLike = (w: string | undefined) => !!w && w.length >= 3 && nameLikeClass(wordClass(titledWord(w)));
    let k = 0;
    if (nameLike(words[0]) && words[1]?.length === 1) k = words[2]?.length === 1 ? 3 : 2;
    else if (words[0]?.length === 1 && nameLike(words[1])) k = 2;
    return k > 0 && k < words.length ? k : 0;
  }
  // Trailing words that are no names are the reference's ("ROSE KING PIANO LESSONS" → "ROSE KING").
  let k = n;
  // (An unlisted word that reads as a name stays after a given name: "MERCY CHEPKOECH".)
  while (k > 1 && words[k - 1]!.length > 1 && !isNameWord(L, words[k - 1]!) && !unlistedSurname(L, words, k - 1)) k--;
  // After a title, one unlisted word of four letters or more that is no ordinary word suffices
  // ("MRS P OKONJO"; not "DEAR SIR OR MADAM", nor "MR BWS", the German MRI of the thoracic spine).
  if (afterTitle && !part.some((w) => w.length > 1 && isNameWord(L, w))) {
    k = 0;
    while (k < n && words[k]!.length === 1) k++;
    if (k === n || words[k]!.length < 4 || !nameLikeClass(wordClass(titledWord(words[k]!)))) return 0;
    k++;
  }
  return k;
}

export function capsNames(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text))) {
    const runStart = m.index;
    let run = m[0];
    // Only runs in capitals that stand alone: not the capital start of a mixed-case word. (A run
    // whose last "word" is that capital ends before it: "Transfer To HUNTER J Rent share".)
    const after = text.charCodeAt(runStart + run.length);
    if (after >= 97 && after <= 122) {
      const cut = run.search(/[ \t]\S$/);
      if (cut <= 0) continue;
      run = run.slice(0, cut);
    }
    if (runStart > 0 && /[\p{L}\p{N}]/u.test(text.charAt(runStart - 1))) continue;
    let words = run.split(/[ \t]/);
    let offsets: number[] = [];
    for (let k = 0, at = runStart; k < words.length; k++) {
      offsets.push(at);
      at += words[k]!.length + 1;
    }
    // A title inside the run: "MR ROBIN WELLS", "… STATEMENT MR W PAGE".
    // (Not "MS" before a Microsoft product: "MS EXCEL/ACCESS Grundlagen", "MS TEAMS".)
    const ti = words.findIndex((w, k) => TITLES.has(w) && !(w === 'MS' && MS_PRODUCTS.has(words[k + 1]!)));
    let cue: 'title' | 'payee' | null = null;
    let csv = false;
    if (ti >= 0 && ti + 1 < words.length) {
      cue = 'title';
      words = words.slice(ti + 1);
      offsets = offsets.slice(ti + 1);
    } else if (PAYEE_CUES.test(text.slice(Math.max(0, runStart - 60), runStart))) {
      cue = 'payee';
      // From a statement's type column ('DD,"LEASE APR UNIT 4"'): two words or more, or an initial.
      csv = /[,;"][ \t]*$/.test(text.slice(Math.max(0, runStart - 3), runStart));
    } else if (/[,;]"?$/.test(text.slice(Math.max(0, runStart - 2), runStart)) && TYPE_FIELD.test(text.slice(lineStartOf(text, runStart), runStart))) {
      // A description field of a statement row whose type column stands further left:
      // '"FPO","'30-94-57","'21884163","K MCALLISTER PAYROLL APR 24"'.
      cue = 'payee';
      csv = true;
    } else {
      // A keyword inside the run: "TFR TO DAWN MARSH", "STANDING ORDER ROSE KING" (the longest).
      for (let k = Math.min(words.length - 1, 4); k >= 1; k--) {
        // A bare "TO"/"FROM" after an ordinary word is a heading's: "RETURN TO WORK INTERVIEW RECORD".
        if (k >= 2 && (words[k - 1] === 'TO' || words[k - 1] === 'FROM') && !BANK_WORDS.has(words[k - 2]!)) continue;
        if (PAYEE_CUES.test(`${words.slice(0, k).join(' ')} `)) {
          cue = 'payee';
          words = words.slice(k);
          offsets = offsets.slice(k);
          break;
        }
      }
    }
    if (cue) {
      let n = Math.min(namePrefix(L, words, cue === 'title'), 4);
      if (csv && n < 2) n = 0;
      // A dotted initial before the run is the name's: "Transfer to J. O'SULLIVAN", "FPS CREDIT E. BOATENG-ASANTE".
      const dotted = cue === 'payee' && /(?:^|[^\p{L}\p{N}])\p{Lu}\.[ \t]?$/u.test(text.slice(Math.max(0, offsets[0]! - 4), offsets[0]!));
      const from = dotted ? text.lastIndexOf('.', offsets[0]!) - 1 : offsets[0]!;
      if (n > 0) out.push({ start: from, end: offsets[n - 1]! + words[n - 1]!.length, score: cue === 'title' ? 0.9 : 0.8 });
      continue;
    }
    // No cue: given name + surname, the given name no ordinary word ("SOPHIE GRANT", not "MAY ROSE").
    for (let k = 0; k + 1 < words.length; k++) {
      if (!plainGiven(L, words[k]!)) continue;
      let e = k + 1;
      while (e < words.length && e - k < 3 && words[e]!.length > 1 && !STOP.has(words[e]!) && isNameWord(L, words[e]!)) e++;
      if (e - k < 2) continue;
      out.push({ start: offsets[k]!, end: offsets[e - 1]! + words[e - 1]!.length, score: 0.75 });
      k = e - 1;
    }
  }
  return out;
}

const FIRM_AFTER = /(?:^|[ \t])(?:&[ \t]|(?:LTD|LIMITED|PLC|GMBH|AG|KG|LLP|LLC|INC|B\.?V|N\.?V|S\.?A|SARL|SRL|BUILDERS|LOGISTICS|SERVICES|GROUP|HOLDINGS|SOLICITORS|ASSOCIATES|PARTNERS|BROS)\b)/u;

/** A statement row's payment type as a field of its own: ',"FPO",', ';BGC;'. */
const TYPE_FIELD = /(?:^|[,;])"?(?:FPO|FPI|BGC|BAC|DD|SO|TFR|STO|DEB|CR|DR|BP)"?[,;]/;

/** One capital letter, an initial as statements write it ("J WHITE", "PATEL M"). */
const CAP_INITIAL = /^[A-ZÄÖÜÀ-ÖØ-Þ]$/u;

/**
 * Someone found in ordinary case, again in capitals: "Jordan White" in a statement's
 * counterparty column is "EXPENSES J WHITE MILEAGE" and "INV 2229 PATEL M" in its description,
 * "Oluwaseun Adeyemi" is "SALARY JUL OLUWASEUN ADEYEMI". A surname in capitals counts with an
 * initial or the person's given name beside it, and alone when it is no ordinary word
 * ("WHITE GOODS" is none of theirs).
 */
export function capsMentions(text: string, toks: readonly Tok[], found: ReadonlyArray<{ start: number; end: number }>, L: NameLists): ScoredSpan[] {
  // Words in capitals of the text: only found names with a surname among them are read.
  const upper = new Set<string>();
  // First letter and length of the words in capitals: most found names are tested against these
  // without a slice. ("STRAUSS" is "Strauß" too: one letter longer per "SS".)
  const heads = new Set<number>();
  // Indexed, not for-of: while this loop runs unoptimised (until V8 compiles it on stack, and
  // again after a deopt) a for-of allocates an iterator result per token.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.upper) continue;
    upper.add(t.w);
    const c = t.w.charCodeAt(0) * 64;
    heads.add(c + Math.min(t.w.length, 63));
    for (let k = t.w.indexOf('SS'), n = 1; k >= 0; k = t.w.indexOf('SS', k + 2), n++) heads.add(c + Math.min(t.w.length - n, 63));
  }
  if (upper.size === 0) return [];
  // The head key of [s, e) in capitals, or -1 when its first letter is no ASCII one (tested in full).
  const headOf = (s: number, e: number) => {
    let c = text.charCodeAt(s);
    if (c >= 97 && c <= 122) c -= 32;
    else if (c >= 128) return -1;
    return c * 64 + Math.min(e - s, 63);
  };
  const surnames = new Set<string>();
  const given = new Set<string>();
  for (const f of found) {
    // The last word, and for "Hartigan R" / "Hartigan, Rose" the first: neither in capitals anywhere, nothing to do.
    const sp = text.lastIndexOf(' ', f.end - 1);
    const lastStart = sp < f.start ? f.start : sp + 1;
    let firstEnd = f.start;
    while (firstEnd < f.end && text.charCodeAt(firstEnd) !== 32 && text.charCodeAt(firstEnd) !== 44) firstEnd++;
    const h1 = headOf(lastStart, f.end);
    const h2 = headOf(f.start, firstEnd);
    if (h1 >= 0 && h2 >= 0 && !heads.has(h1) && !heads.has(h2)) continue;
    const last = text.slice(lastStart, f.end).toUpperCase();
    if (!upper.has(last) && !upper.has(text.slice(f.start, firstEnd).toUpperCase())) continue;
    const surface = text.slice(f.start, f.end);
    // "Hartigan R" / "Hartigan, Rose" (inverted) or "Rose Hartigan".
    const inverted = surface.includes(',') || /\s\p{Lu}\.?$/u.test(surface);
    const words = surface.split(/[\s,]+/).filter((w) => w.length > 1 && !w.endsWith('.'));
    if (words.length < (inverted ? 1 : 2) || surface === surface.toUpperCase()) continue;
    const sur = inverted ? words[0]! : words[words.length - 1]!;
    surnames.add(sur.toUpperCase());
    if (!inverted) given.add(words[0]!.toUpperCase());
  }
  if (surnames.size === 0) return [];
  const out: ScoredSpan[] = [];
  // Neighbours joined by one blank, in capitals: an initial ("J WHITE", "PATEL M") or the given name.
  const joined = (a: Tok | undefined, b: Tok | undefined) => !!a && !!b && b.s === a.e + 1 && text.charCodeAt(a.e) === 32;
  const isInitial = (t: Tok | undefined) => !!t && t.e - t.s === 1 && CAP_INITIAL.test(t.w) && !/\p{L}/u.test(text.charAt(t.e));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.upper || !surnames.has(t.w)) continue;
    const p = toks[i - 1];
    const n = toks[i + 1];
    // A firm named after the person: "HOEK & VISSER B.V.", "Ó SÚILLEABHÁIN BUILDERS LTD".
    if (FIRM_AFTER.test(text.slice(t.s, t.e + 16))) continue;
    let start = t.s;
    let end = t.e;
    if (joined(p, t) && (isInitial(p) || (p!.upper && given.has(p!.w)))) start = p!.s;
    else if (joined(t, n) && isInitial(n)) end = n!.e;
    else if (ambiguousName(L, titledWord(t.w))) continue;
    // Alone, two capitals are a code more often than "WU" or "NG": "DE" beside "Vincent De Smet".
    else if (t.w.length < 3) continue;
    out.push({ start, end, score: 0.8 });
  }
  return out;
}

/** From a slash: the given names and the title after them; the surname is read back from the slash. */
const PASSENGER_TAIL = /\/(\p{Lu}[\p{Lu}'’-]*(?:[ ]\p{Lu}[\p{Lu}'’-]*){0,2}?)(?=[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR|PROF)\b)/gu;
/** A listed name that is no ordinary word. */
function plainName(L: NameLists, w: string): boolean {
  return listedName(L, w) && !ambiguousName(L, w);
}
const PASSENGER_TITLED = /\b(?:MR|MRS|MS|MISS|MSTR|DR|PROF)\.?[ \t]+(\p{Lu}[\p{Lu}'’-]*(?:[ ]\p{Lu}[\p{Lu}'’-]*){0,2}\/\p{Lu}[\p{Lu}'’-]+(?:[ ]\p{Lu}[\p{Lu}'’-]*){0,2})(?![\p{L}\p{N}\/])/gu;
const PASSENGER_SURNAME = /(?:^|[^\p{L}\p{N}/])(\p{Lu}(?:[\p{Lu}'’-]|[ ](?=\p{Lu}))*\p{Lu})$/u;

/**
 * A passenger as airline and travel systems write one: "BRADY/PATRICK JOSEPH MR", "O
 * LOINGSIGH/SORCHA MRS", "HENNESSY/COLM": surname, slash, given names, in capitals, and a title
 * after them (or in a list of such). The whole is one name.
 */
export function passengerNames(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  if (text.indexOf('/') < 0) return out;
  PASSENGER_TAIL.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = PASSENGER_TAIL.exec(text))) {
    const sm = PASSENGER_SURNAME.exec(text.slice(Math.max(0, t.index - 40), t.index));
    if (!sm) continue;
    const surname = sm[1]!;
    const given = t[1]!;
    const first = given.split(' ')[0]!;
    const last = surname.split(/[ ]/).pop()!;
    // A name the lists know, not "DUB/LIS MR", "AND/OR MS Word".
    if (first.length < 3 || !(listedName(L, titledWord(first)) || listedName(L, titledWord(last)))) continue;
    out.push({ start: t.index - surname.length, end: t.index + 1 + given.length, score: 0.85 });
  }
  // The title first, as bookings list their passengers: "MR LEE/JUN HAO", "MSTR LEE/ETHAN".
  PASSENGER_TITLED.lastIndex = 0;
  while ((t = PASSENGER_TITLED.exec(text))) {
    const name = t[1]!;
    const slash = name.indexOf('/');
    // A name the lists know on either side of the slash, not "MS WORD/EXCEL".
    const given = titledWord(name.slice(slash + 1).split(' ')[0]!);
    const surname = titledWord(name.slice(0, slash).split(' ').pop()!);
    if (!plainName(L, given) && !plainName(L, surname) && !(listedName(L, given) && listedName(L, surname))) continue;
    const at = t.index + t[0].length - name.length;
    out.push({ start: at, end: at + name.length, score: 0.85 });
  }
  return out;
}

/**
 * A word in capitals that is a surname the lists hold (census included), and no statement word,
 * no ordinary word, no ambiguous name and no given name alone: "ALMASRI", "DONALDSON".
 */
function plainSurname(L: NameLists, w: string): boolean {
  if (STOP.has(w) || BANK_WORDS.has(w) || TITLES.has(w)) return false;
  const parts = titledWord(w).split('-');
  if (!parts.every((p) => L.surname.has(p) || L.census.has(p))) return false;
  return !parts.some((p) => ambiguousName(L, p) || wordClass(p) === 'w' || (L.given.has(p) && !L.surname.has(p)));
}

/** A money amount or an IBAN: what makes a line a payment's. */
const PAYMENT_LINE = /\d[.,]\d{2}(?!\d)|\b[A-Z]{2}\d{2}[ ]?[A-Z0-9]{4}/;
/** Inside an IBAN: "GB41 LOYD 3098 …". */
const IBAN_HEAD = /\b[A-Z]{2}\d{2}[ ]?$/;
/** A reference with digits ("004417", "W14", "HB 00231187") or its label, then a word in capitals. */
const REFERENCE_THEN_CAPS = /(?:\d[A-Z0-9/-]*|\b(?:REF|Ref|ref|reference|Reference|REFERENCE|ATTN|Attn))["'“]?[ \t]+(\p{Lu}{3,}(?:['’-]\p{Lu}{2,})*)(?![\p{L}\p{N}'’-])/gu;

/**
 * A payment line's other party, a lone surname in capitals after the reference: "reference
 * 004417 ALMASRI", "HB 00231187 NOWAK", "PO 88123 OKONKWO", "Ref "PRICE-EVANS XMAS"". Only a
 * surname the lists hold (census included) that is no word and no given name alone.
 */
export function referenceSurnames(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  REFERENCE_THEN_CAPS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFERENCE_THEN_CAPS.exec(text))) {
    const w = m[1]!;
    const at = m.index + m[0].length - w.length;
    // Back to the match's end: the word may be the next one's reference ("W14 ODWYER").
    REFERENCE_THEN_CAPS.lastIndex = at;
    // A digit glued to letters before: an IBAN's head ("GB41 LOYD 3098 …"), not a reference.
    if (!plainSurname(L, w) || IBAN_HEAD.test(text.slice(Math.max(0, at - 6), at))) continue;
    const ls = text.lastIndexOf('\n', at) + 1;
    let le = text.indexOf('\n', at);
    if (le < 0) le = text.length;
    if (!PAYMENT_LINE.test(text.slice(ls, le))) continue;
    // A firm's name: "MARKS & SPENCER PLC", "HARBOUR FOODS".
    const next = /^[ \t]*(&|\p{Lu}[\p{Lu}'’-]+)/u.exec(text.slice(at + w.length, at + w.length + 24))?.[1];
    if (next !== undefined && (next === '&' || ORG_WORDS.has(titled(next)) || ORG_WORDS.has(next))) continue;
    out.push({ start: at, end: at + w.length, score: 0.75 });
  }
  return out;
}

/** A field of a payment row that ends in a surname in capitals: "WEDDING INVITES MACPHERSON", "DONATION IN MEMORY PADDY CROWLEY". */
const CAPS_FIELD_END = /^(?:[\p{Lu}\d][\p{Lu}\d&'’./+-]*[ \t]+){2,}?(?:(\p{Lu}{2,})[ \t]+)?(\p{Lu}{3,}(?:['’-]\p{Lu}{2,})*)$/u;
/** A card payment's or cash withdrawal's field names a place or a shop after these: "ATM WD BOI NAVAN". */
const CARD_FIELD = /^(?:ATM|POS|CARD|VISA|MC|CONTACTLESS|CHG|KARTENZAHLUNG|GA|BARGELD)\b/;
/** A surname in capitals amid a mixed-case field: "Busreise Dresden Restzahlung HAEUSSLER 2 Pers". */
const CAPS_IN_FIELD = /(?:^|[ \t])(\p{Lu}{4,}(?:['’-]\p{Lu}{2,})*)(?=[ \t]|$)/gu;


/**
 * The other party named in a payment row's purpose field, as statements and donation lists
 * write it: the last word of a field in capitals ("FUNERAL ORDER OF SERVICE DONALDSON", with a
 * listed given name before it: "IN MEMORY PADDY CROWLEY"), or a word in capitals amid a field in
 * mixed case ("Restzahlung HAEUSSLER 2 Pers"). Only rows with an amount or an IBAN, split at
 * their delimiter (three or more of them); only surnames as purposeSurname() takes them.
 */
export function purposeSurnames(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  // From one line with an amount or an IBAN to the next (a search, not a pass over every line).
  PAYMENT_LINE_G.lastIndex = 0;
  for (let hit = PAYMENT_LINE_G.exec(text); hit !== null; hit = PAYMENT_LINE_G.exec(text)) {
    const ls = text.lastIndexOf('\n', hit.index) + 1;
    let le = text.indexOf('\n', hit.index);
    if (le < 0) le = text.length;
    PAYMENT_LINE_G.lastIndex = le;
    const d = rowDelimiter(text, ls, le);
    if (d !== '') {
      for (let fs = ls; fs <= le; ) {
        let fe = text.indexOf(d, fs);
        if (fe < 0 || fe > le) fe = le;
        let s = fs;
        let e = fe;
        while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 34 || text.charCodeAt(s) === 9)) s++;
        while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 34 || text.charCodeAt(e - 1) === 13)) e--;
        if (e - s >= 8) fieldSurnames(text, text.slice(s, e), s, L, out);
        fs = fe + 1;
      }
    }
  }
  return out;
}
const PAYMENT_LINE_G = new RegExp(PAYMENT_LINE.source, 'g');

/** plainSurname(), and no organisation word ("BANK", "TRUST" as a surname). */
function purposeSurname(L: NameLists, w: string): boolean {
  return plainSurname(L, w) && !titledWord(w).split('-').some((p) => ORG_WORDS.has(p));
}

function fieldSurnames(text: string, field: string, at: number, L: NameLists, out: ScoredSpan[]): void {
  if (!/\p{Ll}/u.test(field)) {
    if (CARD_FIELD.test(field)) return;
    const m = CAPS_FIELD_END.exec(field);
    if (!m || !purposeSurname(L, m[2]!)) return;
    let start = field.length - m[2]!.length;
    // With a listed given name before it: "PADDY CROWLEY" is one name.
    if (m[1] !== undefined && L.given.has(titledWord(m[1])) && !STOP.has(m[1])) {
      while (start > 0 && (field.charCodeAt(start - 1) === 32 || field.charCodeAt(start - 1) === 9)) start--;
      start -= m[1].length;
    }
    out.push({ start: at + start, end: at + field.length, score: 0.75 });
    return;
  }
  // A field of prose is no purpose field.
  if (field.length > 80) return;
  CAPS_IN_FIELD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPS_IN_FIELD.exec(field))) {
    const w = m[1]!;
    const s = at + m.index + m[0].length - w.length;
    // Not a bank's code inside an IBAN: "GB41 LOYD 3098 …".
    if (purposeSurname(L, w) && !IBAN_HEAD.test(text.slice(Math.max(0, s - 6), s))) out.push({ start: s, end: s + w.length, score: 0.75 });
  }
}

/** The delimiter of a data row: ';', tab or ',', whichever stands three times or more (in that order). */
function rowDelimiter(text: string, ls: number, le: number): string {
  let semi = 0;
  let tab = 0;
  let comma = 0;
  for (let k = ls; k < le; k++) {
    const c = text.charCodeAt(k);
    if (c === 59) semi++;
    else if (c === 9) tab++;
    else if (c === 44) comma++;
  }
  return semi >= 3 ? ';' : tab >= 3 ? '\t' : comma >= 3 ? ',' : '';
}

/** A capital letter at i: ASCII and Latin-1 by their codes, the rest ("İ", "Ş", "Ł") by the class. */
function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xc0) return c >= 65 && c <= 90;
  return c <= 0xde ? c !== 0xd7 : /\p{Lu}/u.test(text.charAt(i));
}

/** A name in capitals as the lists write it; Turkish "İ" is "I" there ("HÜSEYİN" → "Hüseyin"). */
function listForm(w: string): string {
  return titledWord(w.replace(/İ/g, 'I'));
}

/** A Turkish word in capitals ("BARIŞ"): its "I" is the dotless "ı" ("Barış"), its "İ" the dotted "i". */
const TURKISH_CAPS = /[ŞĞİ]/;

/** Whether the lists hold the word in capitals as a given name (Turkish spellings tried both ways). */
function givenListed(L: NameLists, w: string): boolean {
  if (L.given.has(listForm(w))) return true;
  return TURKISH_CAPS.test(w) && L.given.has(titled(w.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase()));
}

/** A word in capitals as forms and lists write names: "HAMBACH", "D'SOUZA", "LIM-TAN", "MÜLLER". */
const CAPS_WORD = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;

/**
 * "SURNAME, GIVEN" in capitals, as bank exports, visa and ferry lists and forms write a person:
 * "HAMBACH, MARIE-LUISE", "RAMASWAMY, KARTHIK", "LIM, BOON KIAT", "KIM, DA-EUN". The given
 * name's first word must be a listed given name that is no ordinary word (a double name's
 * parts each), and the surname no ordinary word unless the lists hold it as a surname: "BERLIN,
 * ANNA" is a place and a name. Found from the commas (a comma and a capital after it).
 */
export function invertedCaps(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  for (let k = text.indexOf(','); k >= 0; k = text.indexOf(',', k + 1)) {
    if (!isCapitalAt(text, k - 1)) continue;
    let g = k + 1;
    if (text.charCodeAt(g) === 32) g++;
    if (!isCapitalAt(text, g)) continue;
    // The surname: one or two words in capitals before the comma.
    let s = k;
    while (s > 0 && k - s < 40 && /[\p{Lu}'’ -]/u.test(text.charAt(s - 1))) s--;
    while (s < k && text.charCodeAt(s) === 32) s++;
    if (s > 0 && /[\p{L}\p{N}]/u.test(text.charAt(s - 1))) continue;
    const surnameWords = text.slice(s, k).split(' ');
    if (surnameWords.length > 2 || !surnameWords.every((w) => CAPS_WORD.test(w))) continue;
    // The given names: up to three words in capitals after it, then no letter glued on.
    let e = g;
    const given: string[] = [];
    while (given.length < 3) {
      let we = e;
      while (we < text.length && /[\p{Lu}'’-]/u.test(text.charAt(we))) we++;
      const w = text.slice(e, we);
      if (!CAPS_WORD.test(w) || /[\p{Ll}\p{N}]/u.test(text.charAt(we))) break;
      given.push(w);
      e = we;
      if (text.charCodeAt(e) !== 32 || !/\p{Lu}/u.test(text.charAt(e + 1))) break;
      e++;
    }
    if (given.length === 0) continue;
    const surname = surnameWords.join(' ');
    if (STOP.has(surname) || surnameWords.some((w) => STOP.has(w) || ORG_WORDS.has(listForm(w)))) continue;
    // The surname: listed, or no ordinary word; a listed one that is no word either vouches for
    // a given name that is also a word ("LIM, BOON KIAT").
    if (!surnameWords.every((w) => surnameOk(L, listForm(w)))) continue;
    const clearSurname = surnameWords.every((w) => clearListed(L, listForm(w)));
    if (given.some((w) => STOP.has(w))) continue; // "DKB, IBAN DE36 …"
    const parts = given[0]!.split('-');
    if (!parts.every((p) => p.length > 1 && givenListed(L, p)) || !(clearSurname || parts.some((p) => givenListed(L, p) && plainGiven(L, p.replace(/İ/g, 'I'))) || TURKISH_CAPS.test(given[0]!))) continue;
    // Only as many given-name words as are names: "REDDY, SAI PRANEETH" but not "… KARTHIK H".
    let n = 1;
    while (n < given.length && given[n]!.length > 1 && (listedName(L, listForm(given[n]!)) || nameLikeClass(wordClass(listForm(given[n]!))))) n++;
    const end = g + given.slice(0, n).join(' ').length;
    out.push({ start: s, end, score: 0.8 });
    k = end;
  }
  return out;
}

/** Listed as a surname, or no ordinary word: a name, or a compound as German surnames often are ("Hambach"). */
function surnameOk(L: NameLists, t: string): boolean {
  if (L.surname.has(t)) return true;
  if (t.indexOf('-') > 0) return t.split('-').every((p) => p.length > 1 && surnameOk(L, p));
  const cls = wordClass(t);
  return (nameLikeClass(cls) || cls === 'c') && !ambiguousName(L, t);
}

function clearListed(L: NameLists, t: string): boolean {
  return (L.surname.has(t) || L.census.has(t)) && !ambiguousName(L, t) && wordClass(t) !== 'w';
}
