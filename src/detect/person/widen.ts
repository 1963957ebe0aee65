/**
 * The parts a name's finding leaves in the text beside it: a particle ("Riaan du Plessis" found
 * as "Riaan" and "Plessis"), an initial ("G Mason", "Bryce T", "Niamh M Gallagher"), a
 * Polynesian name's glottal stop ("Chloe Fa'asavalu" found as "Chloe Fa"), a listed given name
 * or surname next to it ("Summer Brooks", "Ms Olivia Page") and the other half of a field's
 * "Surname, Given" ("Bishop, Ralph"). Each of these leaves the person recognisable, and two
 * tokens for one person tell the LLM of two people, so a finding grows over them and joins its
 * neighbour. Works on the findings and their neighbourhood only, never on the whole text.
 */

import { GREETINGS, NEVER_NAMES, notNamePart, ORG_WORDS, ROLE_NOUNS, TITLES, WORD_GIVEN_NAMES } from './lexicon.js';
import type { NameLists } from './names.js';
import { nameLikeClass, wordClass } from './words.js';
import { isPlaceWord } from './places.js';
import { MODALS } from './wordnames.js';
import { blanksBefore, isLatinLetter } from '../../util/chars.js';

interface Span {
  start: number;
  end: number;
  score: number;
}

/** Particles that stand before a surname in English text and are no English word there. */
const EN_PARTICLES = 'de|du|van|von|der|den|le|la|da|di|dos|das|del|della|ter|ten|ap|bin|binti|binte|bte|ibn|al|el|Van|Von|De|Du|Le|La|Da|Di|Dos|Del|Ter|Ap|Bin|Al|El|Mac|Mc|Ó|Ní|Nic|Ua';
/** German (and undecided) text: "da", "du", "das", "bin", "von", "der", "den", "zu" are German words ("da Müller krank ist", "ich bin Ayşe Demir"). */
const DE_PARTICLES = 'de|van|le|la|di|dos|del|della|ter|ten|ap|binti|binte|bte|ibn|el|Van|De|Le|Dos|Del|Ter|Ap|El|Mac|Mc|Ó|Ní|Nic';

/** Particles, a single initial or one blank between two findings: one person's name ("CHAN Hoi" and "Lam" found apart). */
function joinGap(lang: string): RegExp {
  const p = lang === 'en' ? EN_PARTICLES : DE_PARTICLES;
  return cached('gap' + p, () => new RegExp(String.raw`^ (?:(?:${p}|von|vom|zu|zur|der|den|du|da|[sd]/o|a/[lp])(?: |$)){1,3}$|^ (?!I )\p{Lu}\.? $|^ $`, 'u'));
}

/** A particle right before a finding, not after a letter of the same word. */
function particleBefore(lang: string): RegExp {
  const p = lang === 'en' ? EN_PARTICLES : DE_PARTICLES;
  return cached('before' + p, () => new RegExp(String.raw`(?:^|[^\p{L}\p{N}.'’-])((?:${p})(?: (?:${p}))?) $`, 'u'));
}

const regexes = new Map<string, RegExp>();
function cached(key: string, make: () => RegExp): RegExp {
  let re = regexes.get(key);
  if (re === undefined) regexes.set(key, (re = make()));
  return re;
}

/** A single capital before a name ("G Mason", "H K Parata", "P. de Vries"); the caller skips the word "I". */
const INITIAL_BEFORE = /(?:^|[\s,;:(/–—-])(\p{Lu})(\.?) $/u;
/** A single capital after a name ("Bryce T", "ANJALI S", "Selvaraj M."), then no word goes on. */
const INITIAL_AFTER = /^ (\p{Lu})\.?(?!\.?[ \t]*\d)(?=$|[\s,;:)/|–—]|\.(?:\s|$))/u;
/**
 * A monarch's or pope's number after the name: "Henry VIII", "Karl VI.", "John Paul II" (the dot
 * is German's ordinal). Part of how the person is named; left outside, it tells who was meant.
 */
const REGNAL_AFTER = /^ (X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2})\.?(?![\p{L}\p{N}'’-])/u;
/** "I" is also the pronoun: a number only before punctuation, "and"/"und" or the end ("Mary I and Elizabeth I."). */
const REGNAL_I_END = /^(?:$|[,;:)\]]|[ \t]+(?:and|und|of|von)\b|\.?[ \t]*(?:\n|$))/u;
/**
 * A ruler's or painter's epithet after the name: "Karl der Große", "Ludwig dem Frommen", "Lucas
 * Cranach der Ältere", "Alfred the Great", "Hans Holbein the Younger". A closed list: an
 * adjective after the article names the person only in these set phrases.
 */
const EPITHET_AFTER =
  /^ (?:(?:der|die|des|dem|den) (?:Groß|Gross|Kahl|Fromm|Weis|Älter|Jünger|Löw|Kühn|Heilig|Stolz|Stark|Schön|Eisern|Gerecht|Streitbar|Bärtig|Rot|Tapfer|Sanftmütig|Friedfertig|Einäugig|Lahm|Blind|Unerschrocken|Faul|Fett|Dick)(?:e|en)|the (?:Great|Elder|Younger|Bald|Fat|Pious|Red|Conqueror|Confessor|Lionheart|Unready|Terrible|Magnificent|Bold|Fair|Wise|Simple|Navigator|Baptist|Apostle|Evangelist|Venerable|Impaler))(?![\p{L}\p{N}'’-])/u;
/** An Arabic surname with its article joined by a hyphen after a name: "Ali al-Nuaimi", "Karim el-Masri", "Anwar as-Sadat". */
const ARABIC_ARTICLE_AFTER = /^ (?:al|el|as|ad|ash|at|az|ar|an|ul)-\p{Lu}[\p{Ll}\p{M}'’]+(?![\p{L}\p{N}-])/u;
/** "Fa'asavalu", "'Ofa": an apostrophe inside a name; not "'s", "'ll", "'ve", "'re". */
const GLOTTAL_TAIL = /^['’](?!ll\b|ve\b|re\b)\p{Ll}{2,}(?![\p{L}\p{N}])/u;

/** `found` sorted by start; returns them grown and joined (see the module's comment), sorted. */
export function widenNames<S extends Span>(text: string, found: S[], lang: string, L: NameLists): S[] {
  if (found.length === 0) return found;
  const before = particleBefore(lang);
  const gap = joinGap(lang);
  const out: S[] = [];
  let prevGrown = false;
  for (const f0 of found) {
    let f = f0;
    // A field's "Surname, Given" of which one half was found ("Tentative: Bishop, Ralph – Audit").
    f = invertedHalf(text, f, lang, L);
    // Left, up to three steps: a particle, a given name, an initial ("A G OKONJO-BLACK", "P. de Vries").
    let particle = false;
    for (let n = 0; n < 3; n++) {
      const head = text.slice(Math.max(0, f.start - 20), f.start);
      const m = before.exec(head);
      if (m) {
        f = { ...f, start: f.start - m[1]!.length - 1 };
        particle = true;
        continue;
      }
      const g = GIVEN_BEFORE.exec(head);
      // (Before a particle, "Jan" is the given name, in German text too: "Jan van Dijk".)
      particle ||= PARTICLE_START.test(text.slice(f.start, f.start + 5));
      if ((n === 0 || particle) && g && givenBefore(g[1]!, head.slice(0, g.index + g[0].length - g[1]!.length - 1), text.slice(f.start, f.end), particle ? 'en' : lang, L, text.slice(f.end, f.end + 3))) {
        f = { ...f, start: f.start - g[1]!.length - 1 };
        continue;
      }
      const i = INITIAL_BEFORE.exec(head);
      if (i && (i[1] !== 'I' || romanFree(text, f.start - 2 - i[2]!.length, i[2]!)) && !sentenceArticle(text, f.start - 2 - i[2]!.length, i[1]!)) {
        f = { ...f, start: f.start - 2 - i[2]!.length };
        continue;
      }
      // German double initials are written with a hyphen: "H.-J. Kaltenbach", "K.-U. Lehmann".
      if (HYPHEN_INITIAL_BEFORE.test(head) && INITIAL_START.test(text.slice(f.start, f.start + 3))) {
        f = { ...f, start: f.start - 3 };
        continue;
      }
      break;
    }
    // Right: the rest of a word split at its apostrophe, or an initial, or a surname.
    const tail = text.slice(f.end, f.end + 24);
    const a = isLatinLetter(text.charCodeAt(f.end - 1)) ? GLOTTAL_TAIL.exec(tail) : null;
    const r = a ? null : REGNAL_AFTER.exec(tail);
    if (a) f = { ...f, end: f.end + a[0].length };
    else if (r && (r[1] !== 'I' || REGNAL_I_END.test(tail.slice(r[0].length)))) f = { ...f, end: f.end + r[0].length };
    else {
      const t = INITIAL_AFTER.exec(tail);
      if (t && t[1] !== 'I') f = { ...f, end: f.end + t[0].length };
      else {
        const w = SURNAME_AFTER.exec(tail);
        if (w && surnameAfter(text.slice(f.start, f.end), w[1]!, tail.slice(w[0].length), lang, L)) f = { ...f, end: f.end + w[0].length };
      }
    }
    const ep = EPITHET_AFTER.exec(text.slice(f.end, f.end + 30));
    if (ep) f = { ...f, end: f.end + ep[0].length };
    else {
      const ar = ARABIC_ARTICLE_AFTER.exec(text.slice(f.end, f.end + 40));
      if (ar && /\p{Lu}/u.test(text.charAt(f.start))) f = { ...f, end: f.end + ar[0].length };
    }
    // Grown over the finding before: "Riaan" swallowed by "Plessis" grown to "Riaan du Plessis".
    while (out.length > 0 && f !== f0 && f.start <= out[out.length - 1]!.start) {
      const g = out.pop()!;
      f = { ...f, end: Math.max(f.end, g.end), score: Math.max(f.score, g.score) };
      prevGrown = false;
    }
    const prev = out[out.length - 1];
    // Grown into its neighbour, or only a particle or an initial between the two: one name.
    const grown = f !== f0 || prevGrown;
    prevGrown = f !== f0;
    if (prev && f.start > prev.start && ((grown && f.start <= prev.end + 1 && blankOrNone(text, prev.end, f.start)) || (f.start > prev.end && gap.test(text.slice(prev.end, f.start)) && !sameWords(text, prev, f) && !ownFullName(text, prev.end, f, L)))) {
      out[out.length - 1] = { ...prev, end: Math.max(prev.end, f.end), score: Math.max(prev.score, f.score) };
      prevGrown = true;
      continue;
    }
    out.push(f);
  }
  return out;
}

/** A finding that starts with a particle in lower case: "van Dijk", "de la Cruz". */
const PARTICLE_START = /^(?:van|von|de|du|da|di|ter|ten|le|la)[ ]/;
/** A capitalised word right before a finding ("Summer Brooks" found as "Brooks"). */
const GIVEN_BEFORE = /(?:^|[^\p{L}\p{N}.'’-])(\p{Lu}\p{Ll}+) $/u;
/** A capitalised word right after one ("Olivia Page" found as "Olivia"). */
const SURNAME_AFTER = /^ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’-])/u;
/**
 * Words before a month or a season that make it one: "in May", "since June", "bis Mai". (Close to
 * wordnames.ts's BEFORE_MONTH, which also holds "for", "start", "um" and takes no "on"; sharing it
 * changes findings.)
 */
const DATE_LEAD = /(?:^|[^\p{L}])(?:in|on|of|by|since|until|till|from|during|early|late|mid|end|last|next|this|im|am|seit|bis|ab|Ende|Anfang|Mitte)[ \t]*$|\d[.,]?[ \t]*$/u;

const TURKISH_LETTERS = /[şğıİŞĞçÇöÖüÜ]/;
const SENTENCE_START = /(?:^|[.!?:\n])[ \t]*$/;

const LOWER_LEAD = /(?:^|[^\p{L}])\p{Ll}+[ \t]$/u;
const DETERMINER_LEAD = /(?:^|[^\p{L}])(?:in|on|at|the|a|an|our|my|his|her|their|its|this|that|your|white|black|new|old)[ \t]$/u;

/**
 * English text: a capitalised word no list or dictionary knows, right before a found one-word
 * name (or an initial and a surname, "Ely S. Parker"), after a lower-case word: its given name
 * ("from Shubman Gill", "leader Hakeem Jeffries"); also opening a sentence or a line.
 * Not after a place preposition or a determiner ("in Causeway Bay", "the Athi River warehouse"),
 * nor a nationality ("Scottish Widows") or a place.
 */
function unlistedGivenBefore(w: string, lead: string, found: string, L: NameLists, tail: string): boolean {
  if ((found.includes(' ') && !INITIAL_AND_SURNAME.test(found)) || L.given.has(w) || L.surname.has(w) || L.census.has(w) || L.enAmbig.has(w) || NEVER_NAMES.has(w) || notNamePart(w)) return false;
  if (!nameLikeClass(wordClass(w)) || ENDS_LIKE_NOUN.test(w) || /(?:ish|ese)$/.test(w) || isPlaceWord(w)) return false;
  // Or a sentence's first word before a surname in mixed case ("… over the wall. Bukayo Saka
  // doubled the lead"), no verb's form ("Proposed CB, seconded AL").
  if (LOWER_LEAD.test(lead) && !DETERMINER_LEAD.test(lead)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(found) || /(?:ed|ing|ly)$/.test(w)) return false;
  // Or the text's or a line's first word where a sentence goes on after the name ("Condoleezza
  // Rice served as …"), not a heading's or a column's ("Deliveries Mossy Mossy", "Squad\nBukoye Saka").
  return SENTENCE_END_LEAD.test(lead) || (LINE_START_LEAD.test(lead) && /^(?: \p{Ll}|,|['’]s)/u.test(tail));
}
const LINE_START_LEAD = /(?:^|\n)[ \t]*$/;
const HYPHEN_INITIAL_BEFORE = /(?:^|[^\p{L}.])\p{Lu}\.-$/u;
const INITIAL_START = /^\p{Lu}\.[ \u00a0]/u;

/** A middle initial and the surname: "S. Grant" (of "Ulysses S. Grant"). */
const INITIAL_AND_SURNAME = /^\p{Lu}\. \p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/** A sentence's end before the word: ". ", "! ", "? " (not a line's start: headings, fields). */
const SENTENCE_END_LEAD = /[\p{Ll}\d)"”'’][.!?][ \t]$/u;

/**
 * A listed given name before a found name makes one name with it ("Summer Brooks", "Tom Bush").
 * Not an office, a firm's or a street's word, nor a month or season where a date has it.
 */
function givenBefore(w: string, lead: string, found: string, lang: string, L: NameLists, tail = ''): boolean {
  if (lang === 'en' && unlistedGivenBefore(w, lead, found, L, tail)) return true;
  if (!L.given.has(w) || notNamePart(w)) return false;
  if (!NEVER_NAMES.has(w)) return true;
  // Turkish "Can" is no word in German text, nor before a Turkish surname: "Can Öztürk", "Can Aydın".
  if (w === 'Can') return lang === 'de' || TURKISH_LETTERS.test(found);
  // Vietnamese "Thu" is also Thursday ("Thu 12 Mar", a rota's "Mon | … | Thu"): a name part only
  // before a Vietnamese name ("Thu Trang Nguyen", "Pham, Thu Trang").
  if (w === 'Thu') return VIETNAMESE_NAME.test(found);
  if (!WORD_GIVEN_NAMES.has(w) || lang !== 'en' || DATE_LEAD.test(lead)) return false;
  // "Will Smith attend?", "May Jones join us?": the modal opening a question.
  return !(MODALS.has(w) && SENTENCE_START.test(lead));
}

/** Vietnamese given names and surnames that follow "Thu" in a name, with and without their diacritics. */
const VIETNAMESE_NAME =
  /^(?:Trang|H[aà]|Hi[eề]n|H[uư][oơ]ng|Th[uủ]y|Th[aả]o|H[aằ]ng|Lan|Nga|Ph[uư][oơ]ng|Linh|Hoai|Uy[eê]n|Nhung|Dung|Qu[yỳ]nh|Nguy[eệ]t|T[aâ]m|Trinh|Hoa|Y[eế]n|V[aâ]n|Nguy[eễ]n|Tr[aầ]n|L[eê]|Ph[aạ]m|Ho[aà]ng|Phan|V[uũ]|V[oõ]|[DĐ][aặ]ng|B[uù]i|[DĐ][oỗ]|H[oồ]|Ng[oô]|D[uư][oơ]ng|L[yý])(?![\p{L}\p{M}'’-])/u;

/**
 * A listed surname after a found given name makes one name with it ("Olivia Page", "Tom Bush").
 * In German text no word that is also a noun ("Anna Bescheid geben" is no name); never a page's
 * or a room's number ("Jonathan Page 3" would be).
 */
function surnameAfter(name: string, w: string, rest: string, lang: string, L: NameLists): boolean {
  if (name.includes(' ') || !L.given.has(name)) return false;
  if (notNamePart(w) || /^[ \t]*\d/.test(rest)) return false;
  // A word no dictionary holds: "Kerstin Wübbeling", "Christian Sauerbier" (not "Anna Bescheid").
  if (!(L.surname.has(w) || L.census.has(w))) return !NEVER_NAMES.has(w) && !L.given.has(w) && nameLikeClass(wordClass(w)) && !ENDS_LIKE_NOUN.test(w);
  if (lang === 'en' || !(NEVER_NAMES.has(w) || L.deAmbig.has(w))) return true;
  // A listed surname that is a noun too, where the name ends its phrase: "sagt Max Herbst ,
  // Inhaber …", "Christiane Holländer , Rechtsexpertin" (not "Anna Bescheid geben").
  return !L.deAmbig.has(name) && !NEVER_NAMES.has(name) && PHRASE_END.test(rest);
}
/** What ends a name's phrase: a comma, a full stop, a bracket, a colon, or "aus"/"und"/"von". */
const PHRASE_END = /^[ \t]*(?:[,;:)]|\.(?!\d)|(?:aus|und|von|vom)[ \t])/;

/** Endings of German nouns and English words that no surname list needs to hold. */
const ENDS_LIKE_NOUN = /(?:ung|heit|keit|schaft|tion|ismus|ment|tät|ing|ness|ship)$/;

/** What a field's value starts after: a line's start, a quote, a bracket, a label's colon, a column gap, a "·", a number ("8. ", "WE 14 "), a code in capitals ("VN ", "PU "). */
const FIELD_START = /(?:^|[\n\t"'(|;<>·•/][ \t]*|:[ \t]|[ \t]{2}|\d\.?[ \t]+|(?:^|[^\p{L}])\p{Lu}{2,4}[ \t])$/u;
/** What a field's value ends before: a line's end, an address, a remark in brackets, a dash, a quote, a "·", a column gap. */
const FIELD_END = /^(?:[ \t]*(?:\r?\n|$|[<(\[|;"'·•])|[ \t]{2}|[ \t]+[–—-][ \t])/;
const INVERTED_HEAD = /(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?), $/u;
const INVERTED_TAIL = /^, (\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)/u;
const ONE_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;

/**
 * "Surname, Given" filling a field alone, one half found: "Bishop, Ralph – Internal Audit" (the
 * surname a word too), "Zhao, Lingling <lingling.zhao@…>" (the given name unlisted). A list's
 * items ("Meier, Müller, Anna") do not start a field.
 */
function invertedHalf<S extends Span>(text: string, f: S, lang: string, L: NameLists): S {
  const word = text.slice(f.start, f.end);
  if (!ONE_WORD.test(word)) return f;
  if (L.given.has(word) && FIELD_END.test(text.slice(f.end, f.end + 3))) {
    const head = text.slice(Math.max(0, f.start - 40), f.start);
    const m = INVERTED_HEAD.exec(head);
    if (m && FIELD_START.test(head.slice(0, m.index)) && surnameWord(m[1]!, L)) return { ...f, start: f.start - m[0].length };
  }
  const m = INVERTED_TAIL.exec(text.slice(f.end, f.end + 40));
  if (m && surnameWord(word, L) && FIELD_START.test(text.slice(Math.max(0, f.start - 12), f.start)) && FIELD_END.test(text.slice(f.end + m[0].length, f.end + m[0].length + 3))) {
    const g = m[1]!;
    // (An unlisted one only in English text: German signatures write the office there, "Schäfer,
    // Justizbeschäftigte"; and no surname: "Okonjo, Lindqvist (Doyle 81)" is a team's line.)
    if (L.given.has(g) || (lang === 'en' && nameLikeClass(wordClass(g)) && !NEVER_NAMES.has(g) && !ROLE_NOUNS.has(g) && !L.surname.has(g) && !L.census.has(g))) return { ...f, end: f.end + m[0].length };
  }
  return f;
}

/** A surname by the lists, or a word no dictionary holds; not a given name alone ("Anna, Tom" is a list). */
function surnameWord(w: string, L: NameLists): boolean {
  // (A street word may be a surname here: "Street, Penelope".)
  if (TITLES.has(w) || ORG_WORDS.has(w) || ROLE_NOUNS.has(w) || GREETINGS.has(w.toLowerCase()) || REPLIES.has(w)) return false;
  // ("Thanks", "Cheers" are never names; "King" is, though a word.)
  if (NEVER_NAMES.has(w)) return L.surname.has(w);
  if (L.surname.has(w) || L.census.has(w)) return true;
  return !L.given.has(w) && nameLikeClass(wordClass(w));
}

/** A chat's or a mail's first word before the name it addresses: "Morning, Anna", "Done, Tom". */
const REPLIES = new Set('Morning Evening Afternoon Night Welcome Sorry Okay Ok Yes No Yeah Nope Well Great Done Noted Sure Congrats Bye Love Sincerely Ta Hiya Howdy Right Fine Perfect Agreed Cool Nice Oh Ah Please'.split(' '));

/**
 * "I." inside a line is an initial ("Arbeitsschutz (I. Khalil)"); "I" without its dot is the
 * pronoun, and "I." opening a line a numbered heading ("I. Sachverhalt").
 */
function romanFree(text: string, at: number, dot: string): boolean {
  if (dot !== '.') return false;
  const k = blanksBefore(text, at);
  return k > 0 && text.charCodeAt(k - 1) !== 10 && text.charCodeAt(k - 1) !== 13;
}

/** "A" opening a sentence is the article: "A Baker from Leeds called". */
function sentenceArticle(text: string, at: number, letter: string): boolean {
  if (letter !== 'A') return false;
  const k = blanksBefore(text, at);
  if (k === 0) return true;
  const c = text.charCodeAt(k - 1);
  return c === 10 || c === 13 || c === 46 || c === 33 || c === 63;
}

function blankOrNone(text: string, from: number, to: number): boolean {
  return to <= from || (to === from + 1 && text.charCodeAt(from) === 32);
}

/**
 * A particle word between, and a given name opening a full name after it: a preposition between
 * two people ("Heydrich von Hermann Göring beauftragt"), not one name ("Ludwig van Beethoven").
 */
function ownFullName(text: string, gapStart: number, f: Span, L: NameLists): boolean {
  const sp = text.indexOf(' ', f.start);
  if (sp < 0 || sp >= f.end || !/\p{Ll}/u.test(text.slice(gapStart, f.start))) return false;
  return L.given.has(text.slice(f.start, sp));
}

/** "Mossy Mossy Mossy": a rota's columns with one blank between, the same name in each. */
function sameWords(text: string, a: Span, b: Span): boolean {
  return a.end - a.start === b.end - b.start && text.startsWith(text.slice(a.start, a.end), b.start);
}
