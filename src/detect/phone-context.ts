/**
 * Context words around a digit run, and what they say about it being a phone number.
 *
 * The look-back takes the last few words before the number (numbers and punctuation between them
 * are skipped) and reads them nearest-first: the first word that is positive or negative decides;
 * fillers ("der", "unter", "me") and designators ("Nr.", "No.", "Nummer") are skipped, so
 * "Tel.-Nr." and "unter der Nummer" stay positive while "Kunden-Nr." and a bare "Nr." are negative.
 */
import { endsWithAny } from '../util/suffix.js';
import { isDigit as isDigitCode } from '../util/chars.js';

export enum Ctx {
  /** Nothing known. */
  None = 0,
  /** Tel, Telefon, Fax, Mobil, Handy, Phone, ☎ … */
  Strong = 1,
  /** Weak hints: "erreichbar unter", "Kontakt", "call me at". Raise the score only. */
  Weak = 2,
  /** Invoice/order/case/customer numbers, statutes, money, dates: not a phone. */
  Negative = 3,
  /**
   * Only "Nummer", "Nr.", "number" before it: mostly a file's number ("Nummer 2024-0815"), but
   * someone's if the number is a mobile's (phone.ts decides).
   */
  Designator = 4,
}

// Whole words (lower case) that mark a phone number.
const STRONG = new Set([
  'tel', 'tele', 'telefon', 'telephone', 'phone', 'ph', 'fon', 'mobil', 'mobile', 'mob', 'handy', 'natel',
  'cell', 'cellphone', 'fax', 'telefax', 'rufnummer', 'durchwahl', 'whatsapp', 'sms', 'hotline',
  'festnetz', 'landline', 'call', 'anrufen', 'anruf', 'rückruf', 'rückrufnummer', 'zentrale',
  'sekretariat', 'servicenummer', 'notruf', 'notfall', 'notfallnummer', 'direct', 'desk', 'ruf',
  'rufen', 'anrufbeantworter', 'mailbox', 'voicemail', 'telephon', 'answering', 'helpline',
  'freephone', 'freecall', 'switchboard', 'tollfree', 'line', 'lines', 'notdienst', 'bereitschaftsdienst',
  'störungsdienst', 'emergency', 'emergencies', 'helpdesk', 'servicedesk', 'callback',
]);
// Word prefixes that mark a phone number ("Telefonnummer", "Handynummer", "Faxnr").
const STRONG_PREFIX = /^(?:telefon|handy|mobil|fax|rückruf|tel\b)/;
// Symbols that mark a phone number.
const STRONG_SYMBOL = new Set(['☎', '📞', '📱', '✆', '℡', '☏']);

const WEAK = new Set([
  'unter', 'erreichbar', 'erreichen', 'erreichst', 'kontakt', 'kontaktieren', 'contact', 'reach',
  'at', 'on', 'dial', 'text', 'privat', 'dienstlich', 'büro', 'office', 'home', 'work', 'mich',
  'uns', 'ihn', 'sie', 'me', 'us', 'him', 'her', 'my', 'our', 'is', 'ist', 'lautet', 'registered',
  'registrierte', 'hinterlegte', 'hinterlegt',
]);

// Number designators: skipped, but negative when nothing positive precedes them.
const DESIGNATOR = new Set(['nr', 'no', 'nummer', 'number', 'num', 'nro', 'n°', '#']);

// Before "Nummer"/"number": whose it is ("die", "seine", "my"; not "the": "quote the number …").
const WHOSE = new Set(['die', 'seine', 'meine', 'ihre', 'deine', 'neue', 'richtige', 'korrekte', 'my', 'his', 'her', 'your', 'our', 'their', 'correct', 'right',
  // Declined: "unter Ihrer Nummer 0228 …", "auf seiner Nummer".
  'ihrer', 'seiner', 'meiner', 'deiner', 'unsere', 'unserer', 'ihren', 'seinen', 'meinen', 'deinen',
  // Which of someone's numbers: "use the backup number 0116 …", "die Ausweichnummer".
  'backup', 'alternative', 'alternate', 'spare',
  // A place's number is its telephone's: "Clinic number:" ("office", "home", "work", "Büro" are WEAK words already).
  'clinic', 'practice', 'praxis', 'surgery', 'shop', 'store', 'salon', 'reception', 'studio', 'kanzlei']);

// Fillers skipped while looking for a decisive word.
const FILLER = new Set([
  'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'oder', 'und', 'bzw', 'per',
  'the', 'a', 'an', 'or', 'and', 'under', 'via', 'bei', 'an', 'zu', 'zur', 'neue', 'new', 'ihre',
  'seine', 'meine', 'your', 'his', 'their', 'gerne', 'jederzeit', 'direkt', 'auch', 'also',
  // Whose number, in which country: "my UK number", "ihre deutsche Nummer".
  'uk', 'us', 'irish', 'british', 'english', 'german', 'deutsche', 'deutschen', 'australian',
  'international', 'local', 'overseas', 'private',
  // An extension before the main number: "Service Desk – ext. 2200 / 01632 960 220".
  'ext', 'extension',
]);

const NEGATIVE = new Set([
  'az', 'gz', 'aktenzeichen', 'geschäftszeichen', 'bgbl', 'bgbi', 'abs', 'art', 'artikel',
  'seite', 'seiten', 'rn', 'rdnr', 'rz', 'tz', 'bl', 'nrn', 'iban', 'bic', 'blz', 'konto', 'kto', 'acct', 'account',
  'plz', 'isbn', 'issn', 'doi', 'id', 'ids', 'ref', 'referenz', 'order', 'invoice', 'case',
  'ticket', 'ust', 'hrb', 'hra', 'vr', 'urteil', 'beschluss', 'beschl', 'version', 'ver', 'build',
  'serial', 'sn', 'sku', 'pzn', 'ean', 'gtin', 'tan', 'pin', 'ip', 'eur', 'euro', 'euros', 'usd',
  'chf', 'gbp', 'dollar', 'betrag', 'summe', 'amount', 'total', 'preis', 'price', 'kosten', 'cost',
  'costs', 'gebühr', 'zip', 'postleitzahl', 'datum', 'date', 'vom', 'am', 'bis', 'jahr', 'year',
  'km', 'kg', 'ca', 'circa', 'über', 'mio', 'mrd', 'einwohner', 'stück', 'patent', 'vorgang',
  'fall', 'akte', 'sache', 'drs', 'drucksache', 'bt', 'az.', 'ziffer', 'nummern', 'lfd',
  'steuernummer', 'steuer', 'matrikelnummer', 'versicherungsnummer', 'kundennummer', 'mandant', 'kd', 'kdnr',
  'bestellnummer', 'auftragsnummer', 'rechnungsnummer', 'vertragsnummer', 'belegnummer',
  'ep', 'wo', 'patent', 'marke', 'markenanmeldung', 'registernummer', 'eu', 'depot', 'portfolio', 'policy', 'police',
  // Tax and company registers: "P.IVA IT 05833170487", "VAT GB 123 4567 89", "KvK 61839204".
  'vat', 'iva', 'tva', 'btw', 'uid', 'nif', 'cif', 'siret', 'siren', 'kvk', 'abn', 'acn', 'utr', 'crn',
  // Health and social insurance numbers: "NHS 450 557 7104" (3-3-4 like a phone), "MRN", "CHI".
  'nhs', 'mrn', 'chi', 'ssn', 'pps', 'ppsn', 'svnr', 'kvnr',
  // A notary's deed roll: "UR-Nr. 412/2025", "URNr.".
  'ur', 'urnr',
]);
// Compound prefixes of identifier words: Rechnungs-Nr., Kundennummer, Vertragsnr, Aktenz., …
/** A phone word, then "on"/"in" (and "the") before a record's name: "Phone on order", "number on the account". */
const ON_RECORD = /\b(?:[Pp]hone|[Tt]el|[Tt]elephone|[Mm]obile|[Nn]umber|[Cc]ontact)[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?$/;
/** Margin and paragraph abbreviations of legal texts, in NEGATIVE, that capitals make initials of. */
const MARGIN_ABBREV = new Set(['tz', 'rn', 'rz', 'bl']);
const NEGATIVE_PREFIX =
  /^(?:rechnung|urkunden|kunde|kunden|vertrag|vertrags|bestell|auftrag|auftrags|steuer|akten|beleg|mitglied|personal|matrikel|patient|versicherung|police|mandat|referenz|artikel|serien|invoice|order|account|customer|reference|ticket|transaktion|transaction|sendung|tracking|fahrgestell|kennzeichen|inventar|projekt|vorgangs|geschäfts|lieferschein|frachtbrief|delivery|consignment|waybill)/;
// ... but a compound naming a person or a service is whom to call: "Projektleitung, 0821 …",
// (a question about an invoice is no register either: "wegen Rechnungsfrage, Nr. 0151 …"),
// (and "Geschäftszeiten" are hours, not a register),
// "Kundenservice 0800 …", "Auftragsannahme", "Geschäftsführer;08031 …", "Geschäftsstelle",
// "Assistenz der Geschäftsführung" in a signature, "Projektsekretariat".
const CONTACT_SUFFIX = endsWithAny(
  'leitung|leiter|leiterin|manager|managerin|betreuer|betreuerin|betreuung|berater|beraterin|beratung|service|hotline|center|zentrum|dienst|support|team|büro|annahme|management|führer|führerin|führung|sekretariat|inhaber|inhaberin|stelle|zeiten|frage|fragen',
  false,
);
// The department itself, not its numbers: "FB Personal | 0621 293-7715", "Personalabteilung 089 …",
// "Accountant Office: 04 338 2294".
const DEPARTMENT = new Set(['personal', 'personalabteilung', 'personalwesen', 'personalbüro', 'accountant', 'accountants', 'accounting', 'accounts', 'orders']);
const PERSON_NOUN = new Set(['kunde', 'kundin', 'customer', 'patient', 'patientin', 'mitglied', 'auftraggeber', 'auftraggeberin']);
const NEGATIVE_SYMBOL = new Set(['§', '€', '$', '£', '¥', '%', '‰', '°', '№']);

/**
 * What a character contributes to the look-back's words, judged on its lower-case form as the
 * words are compared in lower case: part of a word (letters and marks), a symbol that is a word
 * of its own (§ € ☎ …, pictographs such as 📞), or nothing (digits, spaces, punctuation).
 * This is the tokenization of `[\p{L}\p{M}]+|[§€$£¥%‰°№#☎✆℡☏]|\p{Extended_Pictographic}` over
 * the lower-cased text, done character by character so the look-back can walk backwards.
 */
const enum Kind {
  Other = 0,
  Letter = 1,
  Symbol = 2,
}
const LETTERS = /^[\p{L}\p{M}]+$/u;
const SYMBOL = /^(?:[§€$£¥%‰°№#☎✆℡☏]|\p{Extended_Pictographic})$/u;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_KIND[c] = Kind.Letter;
  else if (c === 35 || c === 36 || c === 37) ASCII_KIND[c] = Kind.Symbol; // # $ %
}
const kinds = new Map<number, Kind>();
function kindOf(cp: number): Kind {
  if (cp < 128) return ASCII_KIND[cp] as Kind;
  let k = kinds.get(cp);
  if (k === undefined) {
    // Lower case first: "İ" becomes "i̇" (letters both), "Ⓜ" (a pictograph) becomes "ⓜ" (not one).
    const lower = String.fromCodePoint(cp).toLowerCase();
    k = LETTERS.test(lower) ? Kind.Letter : SYMBOL.test(lower) ? Kind.Symbol : Kind.Other;
    kinds.set(cp, k);
  }
  return k;
}

/** The code point ending at `k` (a surrogate pair read whole; a lone surrogate as itself), not before `from`. */
function codePointBefore(text: string, k: number, from: number): number {
  const c = text.charCodeAt(k - 1);
  if (c >= 0xdc00 && c <= 0xdfff && k - 2 >= from) {
    const hi = text.charCodeAt(k - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return ((hi - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * Classifies the context before a number from `text[from, to)` (the ~40 characters before it).
 * Only the last five words are read, walking backwards from the number. Words separated from the
 * number by another number ("am 12.03.2024 030 123456", "Tel. 0171 2345678 oder 0221 123456") can
 * still mark it as a phone number (a list after "Tel."), but no longer veto it: the veto belongs
 * to that other number.
 */
export function contextBefore(text: string, from: number, to: number): Ctx {
  let sawDesignator = false;
  let sawWeak = false;
  let acrossNumber = false; // a digit lies between the current word and the number
  let k = to; // the next word is searched for before k
  for (let n = 0; n < 5; n++) {
    // Find the end of the next word (backwards), noting digits on the way.
    let wordEnd = -1;
    let kind = Kind.Other;
    while (k > from) {
      const c = codePointBefore(text, k, from);
      const width = c > 0xffff ? 2 : 1;
      if (c >= 48 && c <= 57) acrossNumber = true;
      else if (!(c >= 0xd800 && c <= 0xdfff)) kind = kindOf(c); // a lone surrogate is nothing
      if (kind !== Kind.Other) {
        wordEnd = k;
        k -= width;
        break;
      }
      k -= width;
    }
    if (wordEnd < 0) break; // no more words
    // A symbol is a word of its own; letters and marks run on to the word's start.
    if (kind === Kind.Letter) {
      while (k > from) {
        const c = codePointBefore(text, k, from);
        const width = c > 0xffff ? 2 : 1;
        if ((c >= 0xd800 && c <= 0xdfff) || kindOf(c) !== Kind.Letter) break;
        k -= width;
      }
    }
    // A part of an address ("m@halvorsen-eng.ca, 416-…": "ca" is no "circa"): nothing to go by.
    // (Lower case, as addresses are written: "P.IVA" is the Italian VAT number's label.)
    if (k - 2 >= from && (text.charCodeAt(k - 1) === 46 || text.charCodeAt(k - 1) === 64) && kindOf(text.charCodeAt(k - 2)) === Kind.Letter && text.charCodeAt(k) >= 97) break;
    const w = text.slice(k, wordEnd).toLowerCase();
    // "Vertrag PH 44-1187302": "PH" in capitals without its dot or colon is a code, not "Ph." (phone).
    if (w === 'ph' && text.charCodeAt(k + 1) === 72 && text.charCodeAt(wordEnd) !== 46 && text.charCodeAt(wordEnd) !== 58) continue;
    if (STRONG.has(w) || STRONG_SYMBOL.has(w) || STRONG_PREFIX.test(w)) return Ctx.Strong;
    // "Call-back number", "call back on": the same as "callback".
    if (w === 'back' && k - 5 >= from && /^call[- ]$/i.test(text.slice(k - 5, k))) return Ctx.Strong;
    // "after hours 1300 655 019", "after-hours: 0412 …": the number to call then.
    if (w === 'hours' && k - 6 >= from && /^after[- ]$/i.test(text.slice(k - 6, k))) return Ctx.Strong;
    // "caller ID (613) 555-0100": the number that calls, not an identifier.
    if (w === 'id' && k - 7 >= from && /^caller[- ]$/i.test(text.slice(k - 7, k))) return Ctx.Strong;
    // "after 10am on 0412 …": a time of day, not German "am 12.03.".
    if (w === 'am' && k > from && isDigitCode(text.charCodeAt(k - 1))) continue;
    // "Orders: 0121 496 0900 | Transport desk: …": whom to call for orders, not an order's number.
    if (w === 'orders' || w === 'bestellungen') continue;
    if (w.length === 1 && n === 0) {
      // Letterhead style "T: 030 …", "F. 030 …"; "S. 2745" is a page reference.
      if ((w === 't' || w === 'f' || w === 'm' || w === 'p') && /\b[tfmp]\s?[.:]\s*$/i.test(text.slice(from, to))) return Ctx.Strong;
      if (w === 's' && /\bs\.\s*$/i.test(text.slice(from, to))) return Ctx.Negative;
    }
    if (DESIGNATOR.has(w)) {
      if (!acrossNumber) sawDesignator = true;
      continue;
    }
    // "Kelly's number (086 …)", "your driver's number": someone's number, not a file's.
    if (sawDesignator && w === 's' && n > 0 && k > from && (text.charCodeAt(k - 1) === 39 || text.charCodeAt(k - 1) === 0x2019)) {
      sawWeak = true;
      break;
    }
    // "die neue Nummer 040 …", "hat die Nr 0171-…", "my new number": someone's number, not a file's.
    if (sawDesignator && WHOSE.has(w)) {
      sawWeak = true;
      continue;
    }
    // "Telefon Kunde: 0761 …": the person whose number it is, not a customer number. ("Kd." with
    // its dot too, "Kd. erreichbar unter 0152 …"; "Kd 441 902 7731" without it is the number's label.)
    if (PERSON_NOUN.has(w) || (w === 'kd' && text.charCodeAt(wordEnd) === 46)) continue;
    // Capitals glued to a digit before them are part of a code, not a word: the postcodes
    // "G42 8BT – 0141 …" and "'CF10 1EP', '029 …'" hold no "BT" (Bundestag) and no "EP" (patent).
    // (Lower case is a unit and says what it says: "12345678kg and 030 …".)
    if (k > from && isDigitCode(text.charCodeAt(k - 1)) && /^[A-Z]+$/.test(text.slice(k, wordEnd))) break;
    if (NEGATIVE.has(w) || NEGATIVE_SYMBOL.has(w) || (NEGATIVE_PREFIX.test(w) && !CONTACT_SUFFIX.test(w) && !DEPARTMENT.has(w))) {
      if (acrossNumber) break;
      // A securities "Depot 4471 …" is labelled so; "the Dunmore Road depot is 028 …" is a place's number.
      if (w === 'depot' && sawWeak) break;
      // "Rhiannon Price 07700 900 550": a surname after a given name, not a price.
      if (SURNAME_WORDS.has(w) && surnameAfterName(text, from, k)) break;
      // "Phone on order: (905) …", "the number on the account is 0161 …": whose number, not which.
      if (ON_RECORD.test(text.slice(Math.max(from, k - 24), k))) return Ctx.Strong;
      // "I called the depot on 029 …": after a call verb and British "on", the noun is where the call went.
      if (/^[ \t]+on[ \t]+$/.test(text.slice(wordEnd, to)) && CALLED_ON.test(text.slice(Math.max(from, k - 40), k))) return Ctx.Strong;
      // A margin number's "Tz."/"Rn." in capitals is someone's initials: "| TZ | 0160 4419 871".
      if (wordEnd - k <= 3 && MARGIN_ABBREV.has(w) && text.charCodeAt(k) < 91 && text.charCodeAt(k + 1) < 91) break;
      // "AM" in capitals is a chat's time stamp ("Hope Bishop 9:21 AM"), not German "am 12.03.".
      if (w === 'am' && text.charCodeAt(k) === 65 && text.charCodeAt(k + 1) === 77) break;
      // "CA" in capitals is Canada or California ("Phone (CA): 604-…"), not "ca." (circa).
      if (w === 'ca' && text.charCodeAt(k) === 67 && text.charCodeAt(k + 1) === 65) continue;
      return Ctx.Negative;
    }
    if (WEAK.has(w)) {
      sawWeak = true;
      continue;
    }
    if (FILLER.has(w)) continue;
    // A country code in capitals between a register's name and its number: "P.IVA IT 0583…", "VAT GB 123 …".
    if (wordEnd - k === 2 && kindOf(text.charCodeAt(k)) === Kind.Letter && text.charCodeAt(k) < 91 && text.charCodeAt(k + 1) < 91) continue;
    break; // an unrelated word ends the look-back
  }
  if (sawDesignator && !sawWeak) return Ctx.Designator;
  return sawWeak ? Ctx.Weak : Ctx.None;
}

/** Negative words that are also surnames. */
const SURNAME_WORDS = new Set(['price', 'case', 'cost']);
/** The word at k is capitalised and follows a capitalised word and one blank: "Rhiannon Price". */
function surnameAfterName(text: string, from: number, k: number): boolean {
  const c = text.charCodeAt(k);
  if (!(c >= 65 && c <= 90) || k - 3 < from || text.charCodeAt(k - 1) !== 32) return false;
  // "Mrs. Price on (208) …", "Frau Preis": after a title.
  if (TITLE_BEFORE.test(text.slice(Math.max(from, k - 6), k))) return true;
  let j = k - 1;
  while (j > from && kindOf(text.charCodeAt(j - 1)) === Kind.Letter) j--;
  const d = text.charCodeAt(j);
  return j < k - 2 && d >= 65 && d <= 90 && text.charCodeAt(j + 1) >= 97;
}

/** A title right before a word: "Mrs. ", "Frau ". */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Herr|Herrn|Frau|Hr|Fr)\.?[ ]$/u;
/** A call made to a place or a person: "I called the depot on 029 …", "rang Price on …" (British "on" before the number). */
const CALLED_ON = /\b(?:call(?:ed|ing)?|ring|rang|phoned?|reach(?:ed)?|contact(?:ed)?|spoke|speak|text(?:ed)?)\b[^\n.!?]{0,30}$/i;

const AFTER = /^[\s,;:]*[-(/]?\s*(?:office|fax|mobile|mobil|cell|home|work|desk|tel|phone|handy|privat|büro|dienstlich|geschäftlich|festnetz)\b/i;
// A unit, not the start of an address or user name ("… 4418093 h.petersen@…").
const AFTER_NEGATIVE = /^\s*(?:€|eur\b|euro|usd\b|\$|chf\b|%|‰|°|km\b|kg\b|mio\b|mrd\b|stück\b|einwohner|uhr\b|h\b|min\b)(?![.@_][a-z\d])/i;

/** A house number before its street: "03262 2437 Main St Suite 442". */
const STREET_AFTER = /^[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:St|Street|Rd|Road|Ave|Avenue|Lane|Ln|Drive|Dr|Way|Blvd|Boulevard|Close|Crescent|Court|Ct)\b/u;

const LABELS_NEXT = /^[.:]?[ \t]*[+(\d]/;

/** Classifies the text just after a number (`after` should be the next ~20 characters). */
export function contextAfter(after: string): Ctx {
  // "(office)", "- mobil" name the number before; "Tel. 0431 …" labels the next one.
  const m = AFTER.exec(after);
  if (m && !LABELS_NEXT.test(after.slice(m[0].length))) return Ctx.Strong;
  if (AFTER_NEGATIVE.test(after) || STREET_AFTER.test(after)) return Ctx.Negative;
  return Ctx.None;
}

/**
 * What a table's column header says about the numbers under it (phone-columns.ts): Strong for a
 * phone column ("Telefon", "Mobile", "Tel.-Nr."), Negative for a column of other numbers
 * ("Reg.-Nr.", "Warennummer", "Kunden-Nr.", "IBAN", "PLZ"), None otherwise. A phone word anywhere
 * in the header wins: "Telefon-Nr." is a phone column.
 */
export function headerWords(header: string): Ctx {
  const words = header.toLowerCase().match(/[\p{L}\p{M}]+|[☎📞📱✆℡☏]/gu);
  if (words === null) return Ctx.None;
  let negative = false;
  let designator = false;
  let other = false;
  for (const w of words) {
    // (An M-Pesa number is the holder's mobile number.)
    if (STRONG.has(w) || STRONG_SYMBOL.has(w) || STRONG_PREFIX.test(w) || w === 'kontakt' || w === 'contact' || w === 'pesa' || w === 'mpesa') return Ctx.Strong;
    if (DESIGNATOR.has(w)) designator = true;
    else if (NEGATIVE.has(w) || (NEGATIVE_PREFIX.test(w) && !CONTACT_SUFFIX.test(w)) || /.(?:nummer|nr)$/.test(w)) negative = true;
    else if (!FILLER.has(w)) other = true;
  }
  // A bare "Nummer" or "No." heads a phone list as often as anything else; "Reg.-Nr." does not.
  return negative || (designator && other) ? Ctx.Negative : Ctx.None;
}
