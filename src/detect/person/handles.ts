/**
 * User names made of a person's name, in logs, CRM notes, tickets and chats: "s.winter",
 * "hannah.wood", "grace.w", "marco.esposito" (given name and surname, or an initial and one of
 * them, joined by a dot or underscore), and "jfuchs", "tmueller", "lwagner" (an initial glued to a
 * surname). They identify the person as well as the name does.
 *
 * Dotted handles count anywhere they stand alone; glued ones only where a user name stands (after
 * "@", "=", a quote, a colon, a date or a time, or before a chat's time stamp), because "across"
 * is "a" + "cross" too.
 */
import { englishGluedWords, listedName, titled, type NameLists } from './names.js';
import { nameLikeClass, wordClass } from './words.js';
import { isPlaceWord } from './places.js';
import type { ScoredSpan } from './span.js';
import { asciiFold, charAtOr, codeAt, isDigit, lineEndOf, lineStartOf } from '../../util/chars.js';

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Nothing word-like glued to [s, e): no letter, digit, "%+-" before; no letter, digit, "_@-" or ".x" after. */
export function standsAlone(text: string, s: number, e: number): boolean {
  const b = charAtOr(text, s - 1);
  if (b !== '' && (/[\p{L}\p{N}._%+-]/u.test(b))) return false;
  const a = charAtOr(text, e);
  if (a !== '' && /[\p{L}\p{N}_@-]/u.test(a)) return false;
  return !(a === '.' && /[\p{L}\p{N}]/u.test(text.charAt(e + 1)));
}
/** Glued user names where a user name stands: after "@", "=", an opening quote (not "i'mgoing"), a colon, a table's "|" or a "·", a date/time ("07:29, tnguyen2") or "owner"/"by"/"Konto"…; before a time stamp. */
const GLUED_AFTER = /(?:[@=]|(?<![\p{L}\p{N}])["']|(?:\d[\d.:/-]*\d|\d{1,2}:\d{2}(?::\d{2})?[ \t]*[–|,·-]|:|→|->|[|·]|\b(?:[Oo]wner|[Uu]sers?|assignee|author|agent|by|from|[Bb]earbeiter|[Bb]enutzer(?:in)?|[Nn]utzer(?:in)?|[Kk]ennung|[Ll]ogin|[Kk]onto|von|durch|publickey for|password for|session opened for user)):?[ \t]+)([a-z])([a-z]{4,20}(?:\d{1,2})?)(?![\p{L}\p{N}_@./-])/gu;
/** A user name that fills a CSV cell: after "," or ";", up to the next or the line's end. */
const CELL_HANDLE = /[,;]([a-z]{5,21}(?:\d{1,2})?)(?=[,;]|\r?\n|$)/gm;
/** The next item of a list after a user name. */
const LIST_NEXT = /^(?:,[ \t]*|[ \t]+(?:und|and|&|\/)[ \t]+)([a-z]{5,21})(?![\p{L}\p{N}_@./-])/u;
/** When, between a ticket's verb and "by": "exported 14/03/2025 08:02 by". */
const WHEN = String.raw`(?:[ \t]+(?:on[ \t]+)?\d[\d./-]*\d(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?)?`;
/** Verbs after which "by" names a role or a way as often as a user ("requested by payroll"): see nameHandles(). */
const BY_ONLY_VERBS = String.raw`[Ee]xtracted|[Gg]enerated|[Rr]equested|[Ss]ubmitted|[Rr]aised|[Vv]erified|[Ee]dited|[Uu]ploaded|[Dd]eleted`;
/** A user name after who did something in a ticket or log, perhaps when ("exported 14/03/2025 08:02 by kpatel2", "| assigned wlis"; see nameHandles()). */
const DONE_BY_USER = new RegExp(
  String.raw`\b(?:(?:(?:[Ff]ulfilled|[Aa]ssigned|[Cc]losed|[Rr]esolved|[Cc]reated|[Mm]odified|[Uu]pdated|[Cc]hanged|[Ee]ntered|[Oo]pened|[Ll]ogged|[Aa]pproved|[Rr]eviewed|[Ee]xported|[Ee]scalated)${WHEN}[ \t]+(?:by|to)` +
    String.raw`|(?:${BY_ONLY_VERBS})${WHEN}[ \t]+by)(?:[ \t]+user)?` +
    String.raw`|[Ff]orward(?:ed)?[ \t]+to|[Rr]eminder[ \t]+sent[ \t]+to|[Aa]ssign(?:ed|ee))[ \t]*:?[ \t]+([a-z][a-z0-9]{2,20}(?:[._][a-z0-9]+)?)(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])`,
  'gu',
);
/** DONE_BY_USER's match opened by one of BY_ONLY_VERBS. */
const BY_ANYONE = new RegExp(`^(?:${BY_ONLY_VERBS})`);
/** Words that stand where a user name would, and are none. */
// (And a chat's replies, which read as glued user names: "Anna Schulz: thanks" is "t" + "Hanks".)
export const NOT_USERS = new Set('unassigned none nobody system admin administrator customer user support helpdesk team all tbd tbc me you us him her them auto automatic batch cron root service bot myself invalid valid unknown anonymous guest thanks thx cheers noted danke merci'.split(' '));
const TIME_AFTER_WORD = /([a-z])([a-z]{4,20})[ \t]+\d{1,2}:\d{2}\b/g;

/** A surname in the lists, also as user names write it, umlauts in ASCII ("mueller" → "Müller"). */
function isSurname(L: NameLists, part: string): boolean {
  const t = titled(part);
  if (L.surname.has(t) || L.census.has(t)) return true;
  if (!/ae|oe|ue|ss$/.test(part)) return false;
  return L.surname.has(t.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü').replace(/ss$/, 'ß'));
}

let asciiSurnameSet: Set<string> | undefined;
/** The listed surnames with letters beyond ASCII, their marks dropped ("Şimşek" → "Simsek", "Yıldız" → "Yildiz"); made on first use. */
function asciiSurnames(L: NameLists): ReadonlySet<string> {
  if (asciiSurnameSet) return asciiSurnameSet;
  asciiSurnameSet = new Set();
  for (const n of L.surname) {
    if (/^[\x00-\x7f]*$/.test(n)) continue;
    const a = asciiFold(n);
    if (a.length >= 4 && /^[A-Za-z'-]+$/.test(a) && !L.surname.has(a)) asciiSurnameSet.add(a);
  }
  return asciiSurnameSet;
}

/** A listed surname written without its marks, five letters or more: "simsek" for Şimşek, "yilmaz" for Yılmaz. */
function asciiSurname(L: NameLists, part: string): boolean {
  return part.length >= 5 && asciiSurnames(L).has(titled(part));
}

function isGiven(L: NameLists, part: string): boolean {
  return L.given.has(titled(part));
}

/** An initial glued to a listed surname, and no word or given name itself: "jfuchs", "tmueller", "sgreen", "ajohnson4". */
export function isGluedHandle(L: NameLists, handle: string, loose = true): boolean {
  // A number that tells two users apart: "ajohnson4", "kpatel2".
  const word = handle.length > 6 && isDigit(handle.charCodeAt(handle.length - 1)) ? handle.replace(/\d{1,2}$/, '') : handle;
  if (word.length < 5 || word.length > 21 || englishGluedWords().has(word) || wordClass(titled(word)) === 'w' || isGiven(L, word)) return false;
  const rest = word.slice(1);
  // The surname may be listed as a given name only ("ecassidy", "kfrancis", "abaptiste"), or be
  // two surnames ("fstewartkerr", "kbellamyshaw"). Not after "@": a social network's handle is a
  // public pseudonym ("@justinbieber", "@kevinjonas"), and only the plain shape counts there.
  // (A surname without its marks counts whole, not as half of two: "hsimsek" for Şimşek.)
  return isSurname(L, rest) || asciiSurname(L, rest) || (loose && ((rest.length >= 5 && isGiven(L, rest)) || twoSurnames(L, rest)));
}

/** Two listed surnames glued: "stewartkerr", "bellamyshaw" (four letters each at least). */
function twoSurnames(L: NameLists, s: string): boolean {
  for (let i = 4; i <= s.length - 4; i++) if (isSurname(L, s.slice(0, i)) && isSurname(L, s.slice(i))) return true;
  return false;
}

export function nameHandles(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  // Dotted: found from their separators (a regex tried at every letter cost 5 % of the detector).
  for (const sep of ['.', '_']) {
    for (let k = text.indexOf(sep); k >= 0; k = text.indexOf(sep, k + 1)) {
      if (!isLower(codeAt(text, k - 1)) || !isLower(codeAt(text, k + 1))) continue;
      let s = k - 1;
      while (s > 0 && k - s < 20 && isLower(text.charCodeAt(s - 1))) s--;
      let e = k + 2;
      while (e < text.length && e - k <= 20 && isLower(text.charCodeAt(e))) e++;
      // A double surname: "gareth.pryce-jones".
      if (text.charCodeAt(e) === 45 && isLower(text.charCodeAt(e + 1)) && isLower(text.charCodeAt(e + 2))) {
        e += 2;
        while (e < text.length && e - k <= 30 && isLower(text.charCodeAt(e))) e++;
      }
      if (!standsAlone(text, s, e)) continue;
      const a = text.slice(s, k);
      const b = text.slice(k + 1, e);
      // Cheapest test first: the first part is an initial or a given name.
      if (a.length > 1 && !isGiven(L, a)) continue;
      const before = text.charAt(s - 1);
      // The domain of an address ("@bankole.dev"); a social-media handle ("@kim_x": see socialMentions).
      if (before === '@' && (/[\p{L}\p{N}]/u.test(text.charAt(s - 2)) || sep === '_')) continue;
      const given = a.length > 1;
      // The value of a user key ("user=s.bakir", "by=k.oduya"): a user name, listed or not.
      const keyed = before === '=' && userKeyEndsAt(text, s - 1);
      // A surname written without its marks counts as listed: "d.yilmaz" for Yılmaz.
      const ok =
        (given && (b.length === 1 || isSurname(L, b) || (b.length >= 3 && wordClass(titled(b)) !== 'w'))) ||
        (!given && b.length >= 3 && (isSurname(L, b) || isGiven(L, b) || asciiSurname(L, b) || (keyed && wordClass(titled(b)) !== 'w')));
      if (ok) out.push({ start: s, end: e, score: 0.75 });
    }
  }
  const seen = new Set<number>();
  const glued = (start: number, word: string, listed = false, loose = true) => {
    if (seen.has(start) || NOT_USERS.has(word)) return;
    // In a list after one, any user name that is no ordinary word: "abrueggemann, lebbinghaus, yozdemir".
    if (!isGluedHandle(L, word, loose) && !(listed && wordClass(titled(word)) !== 'w')) return;
    seen.add(start);
    out.push({ start, end: start + word.length, score: 0.7 });
    // A list of them: "Benutzer jmueller, tbauer, lstrauss".
    const next = LIST_NEXT.exec(text.slice(start + word.length, start + word.length + 32));
    if (next) glued(start + word.length + next[0].length - next[1]!.length, next[1]!, true);
  };
  GLUED_AFTER.lastIndex = 0;
  let g: RegExpExecArray | null;
  while ((g = GLUED_AFTER.exec(text))) {
    const word = g[1]! + g[2]!;
    const start = g.index + g[0].length - word.length;
    // After a colon, a user name stands as the value ("Agent: sgreen", "Owner: tbrown (…)"), not
    // as the first word of a sentence ("ngozi.eze: thanks mark": "thanks" is "t" + "Hanks").
    if (/^:/.test(g[0]) && /^[ \t]+[a-z]/.test(text.slice(start + word.length, start + word.length + 3))) {
      GLUED_AFTER.lastIndex = start;
      continue;
    }
    glued(start, word, false, g[0].charCodeAt(0) !== 64);
    // Go on from the word itself: it may be the cue of the next one ("25.03.2024 durch hkoenig").
    GLUED_AFTER.lastIndex = start;
  }
  // A CSV cell holding a user name alone: "…,Deposit captured in error,cdelaney". (Not a
  // parenthesis: "(serving)" is "s" + Erving there as often.)
  CELL_HANDLE.lastIndex = 0;
  while ((g = CELL_HANDLE.exec(text))) glued(g.index + 1, g[1]!);
  // After who-did-it in a ticket ("Fulfilled by: tchikwanha", "Assigned to: jlaw", "forward to
  // ghunter"): any user name, listed or not, that is no ordinary word.
  if (/ (?:by|to|assigned|assignee)\b/i.test(text)) {
    DONE_BY_USER.lastIndex = 0;
    let u: RegExpExecArray | null;
    while ((u = DONE_BY_USER.exec(text))) {
      const word = u[1]!;
      const start = u.index + u[0].length - word.length;
      if (seen.has(start) || NOT_USERS.has(word) || (!isGluedHandle(L, word) && wordClass(titled(word.replace(/\d+$/, ''))) === 'w')) continue;
      // An English verb's form ("look forward to welcoming you", "to having you on board"): the
      // word lists are German; a user name of that shape is a glued one ("tmanning").
      if (/(?:ing|ed|ly)$/.test(word) && !isGluedHandle(L, word)) continue;
      // After "requested by", "verified by" a role or a way is as likely ("by payroll", "by
      // callback"), and English words are not in the word lists: only a user name's shape.
      if (BY_ANYONE.test(u[0]) && !/[\d._]/.test(word) && !isGluedHandle(L, word) && !listedName(L, titled(word.slice(1)))) continue;
      seen.add(start);
      out.push({ start, end: start + word.length, score: 0.7 });
    }
  }
  // Before a time stamp: found from the stamps, each word checked to stand alone.
  for (let k = text.indexOf(':'); k >= 0; k = text.indexOf(':', k + 1)) {
    // A time's colon has digits on both sides; the regex only runs where it does.
    if (!isDigit(text.charCodeAt(k - 1)) || !isDigit(text.charCodeAt(k + 1)) || !isDigit(text.charCodeAt(k + 2))) continue;
    TIME_AFTER_WORD.lastIndex = 0;
    const from = Math.max(0, k - 30);
    const m = TIME_AFTER_WORD.exec(text.slice(from, k + 4));
    if (!m || from + m.index + m[0].length < k + 3) continue;
    const start = from + m.index;
    const word = m[1]! + m[2]!;
    if (standsAlone(text, start, start + word.length) && text.charAt(start - 1) !== '@') glued(start, word);
  }
  return out.sort((x, y) => x.start - y.start);
}

/** A log's or an export's keys whose value is a user: "user=ybouzid", "opened_by=kwhite", "author=\"j.meier\"". */
const USER_KEYS = new Set(
  'user username user_name usr uid by account login handle operator agent dispatcher technician editor reviewer owner actor author assignee assigned_to opened_by closed_by created_by updated_by modified_by uploaded_by approved_by reviewed_by requested_by exported_by reporter submitter staff benutzer benutzername kennung anwender bearbeiter sachbearbeiter mitarbeiter erfasser'.split(' '),
);
/** First letter (lower case) and length of each user key, packed: a cheap test before the lookup. */
const KEY_HEADS = new Set([...USER_KEYS].map((k) => (k.charCodeAt(0) << 5) + k.length));

/** Initials in quotes as a user key's value (sticky): '"AL"', "'MJRC'". */
const QUOTED_INITIALS = /(["'])(\p{Lu}{2,4})\1(?![\p{L}\p{N}])/uy;
/** A user key's value, read from right after "=" (sticky). */
const KEY_VALUE = /(["']?)([a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3})\1(?![\p{L}\p{N}_@.-])/uy;

function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/**
 * Whether a user key ends at `e` (right before "=", or before a JSON or YAML colon): up to 15
 * key letters back, no letter or digit glued on before them. Length and first letter are tested
 * before the lookup: most colons end a label that is no user key ("Betreff:").
 */
function userKeyEndsAt(text: string, e: number): boolean {
  let s = e;
  while (s > 0 && e - s <= 15 && isKeyChar(text.charCodeAt(s - 1))) s--;
  if (s === e || !KEY_HEADS.has(((text.charCodeAt(s) | 32) << 5) + (e - s)) || !USER_KEYS.has(text.slice(s, e).toLowerCase())) return false;
  return !(s > 0 && /[\p{L}\p{N}]/u.test(text.charAt(s - 1)));
}

/** A code host's timeline: "**nstankovic** commented", "takeshi-m opened this pull request" (the verb, searched for first). */
const TIMELINE_VERB = /[ \t](?:commented|reviewed|approved|merged|opened|closed|reopened|requested|pushed|force-pushed|added|removed|assigned|unassigned|self-assigned|mentioned|changed|deleted|suggested|dismissed|labeled|referenced)\b/g;
/** The actor before the verb, from its line's start: optional quote marks and bold. */
const TIMELINE_ACTOR = /^[ \t>]*(\*\*)?([a-z][a-z0-9]*(?:-[a-z0-9]+){0,3})\1[ \t]*$/;
/**
 * "@jeanne-morel", "@takeshi-m", "@flo.huebner": a mention made of a given name and more, joined
 * by "-" or "." as code hosts and workplace chats allow. ("_" is a social network's handle,
 * "@julie_cook": socialMentions() takes those.)
 */
const JOINED_MENTION = /(?<![\p{L}\p{N}_.])@([a-z]+)([-.][a-z0-9]+){1,2}(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])/gu;
/** Words after which a log or a ticket names a user (lower case, as logs write them). */
const USER_CUES = ['invalid user ', 'Invalid user ', 'for user ', 'by user ', 'requester ', 'Requester ', 'Benutzer ', 'benutzer '];
/** The user name right after a cue (sticky). */
const USER_AFTER_CUE = /([a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3})(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])/uy;

/** Made like a user name: joined or numbered ("j.meier", "kpatel2"), an initial glued to a surname ("cmcateer"), a given name and an initial ("tylerw"). */
function handleShaped(L: NameLists, v: string): boolean {
  if (/[._\-\d]/.test(v)) return true;
  if (isGluedHandle(L, v)) return true;
  return v.length >= 4 && isGiven(L, v.slice(0, -1)) && !englishGluedWords().has(v);
}

/** Bots that act on code hosts: "dependabot", "github-actions", "ops-bot". */
const BOTS = new Set('bot bots dependabot renovate github gitlab actions jenkins ci noreply'.split(' '));
/** Service accounts are made of these words alone: "svc-backup", "deploy", "ci-runner". */
const SERVICE_WORDS = new Set('svc service system hr helpdesk support team office backup deploy deployer monitor monitoring admin test ci cd runner cron daemon root ops app api web db prod dev staging sync oracle postgres mysql ubuntu debian centos pi git www ftp mail nagios jenkins ansible vagrant docker'.split(' '));

function isBotOrService(user: string): boolean {
  const parts = user.split(/[-_.\d]+/).filter((p) => p.length > 0);
  return parts.some((p) => BOTS.has(p)) || parts.every((p) => SERVICE_WORDS.has(p));
}

/**
 * User names where a code host, a log or a tracker puts its users: a user key's value, the
 * actor of a timeline entry, a mention made of a given name; and the same user name elsewhere
 * in the text where it stands alone ("triggered by: takeshi-m"). A user key's value needs no
 * list: the key says what it is, unless it is an ordinary word ("owner=finance") or a bot.
 */
export function codeHostHandles(text: string, L: NameLists): ScoredSpan[] {
  const hasKey = text.indexOf('=') >= 0;
  const hasAt = text.indexOf('@') >= 0;
  const hasVerb = text.indexOf('ed') >= 0;
  const hasCue = text.indexOf('user ') >= 0 || text.indexOf('equester ') >= 0 || text.indexOf('enutzer ') >= 0;
  const hasColon = text.indexOf(':') >= 0;
  if (!hasKey && !hasAt && !hasVerb && !hasCue && !hasColon) return [];
  const out: ScoredSpan[] = [];
  const users = new Set<string>();
  const take = (start: number, user: string, score: number) => {
    if (NOT_USERS.has(user) || isBotOrService(user)) return;
    // One word alone must be no ordinary word: "user=guest", "everyone commented".
    if (!/[._\-\d]/.test(user) && (user.length < 3 || wordClass(titled(user)) === 'w' || englishGluedWords().has(user))) return;
    out.push({ start, end: start + user.length, score });
    users.add(user);
  };
  let m: RegExpExecArray | null;
  // From each "=": a regex tried at every position of the text cost 2 % of the detector.
  for (let k = hasKey ? text.indexOf('=') : -1; k >= 0; k = text.indexOf('=', k + 1)) {
    if (!userKeyEndsAt(text, k)) continue;
    KEY_VALUE.lastIndex = k + 1;
    const v = KEY_VALUE.exec(text);
    if (v) take(k + 1 + v[1]!.length, v[2]!, 0.75);
  }
  TIMELINE_VERB.lastIndex = hasVerb ? 0 : text.length;
  while ((m = TIMELINE_VERB.exec(text))) {
    const ls = text.lastIndexOf('\n', m.index) + 1;
    if (m.index - ls > 48) continue;
    const a = TIMELINE_ACTOR.exec(text.slice(ls, m.index));
    if (a) take(ls + a[0].indexOf(a[2]!), a[2]!, 0.75);
  }
  if (hasAt) {
    JOINED_MENTION.lastIndex = 0;
    while ((m = JOINED_MENTION.exec(text))) {
      const user = m[0].slice(1);
      // A given name first ("@anna-lena.koch"), or an initial and a surname ("@j-lewandowski"), or a
      // glued one ("@sbecker-kontor").
      const second = user.slice(m[1]!.length + 1).split(/[-.]/)[0]!;
      if (!(m[1]!.length >= 2 && isGiven(L, m[1]!)) && !(m[1]!.length === 1 && second.length >= 4 && isSurname(L, second) && wordClass(titled(second)) !== 'w') && !isGluedHandle(L, m[1]!)) continue;
      take(m.index + 1, user, 0.75);
    }
  }
  // The same keys in JSON and YAML: '"exported_by": "sgiannopoulos"', "author: priya-n".
  for (let k = hasColon ? text.indexOf(':') : -1; k >= 0; k = text.indexOf(':', k + 1)) {
    if (!userKeyEndsAt(text, text.charCodeAt(k - 1) === 34 ? k - 1 : k)) continue;
    let v = k + 1;
    while (text.charCodeAt(v) === 32) v++;
    KEY_VALUE.lastIndex = v;
    const m2 = KEY_VALUE.exec(text);
    // Quoted, a value as a user key's after "="; bare, only a user name's shape ("Author: unknown" is prose).
    if (m2 && (m2[1] !== '' || handleShaped(L, m2[2]!))) take(v + m2[1]!.length, m2[2]!, 0.75);
    // Quoted initials: a review's 'by: "AL"', '"author": "FB"'.
    else if (!m2) {
      QUOTED_INITIALS.lastIndex = v;
      const q = QUOTED_INITIALS.exec(text);
      if (q) out.push({ start: v + 1, end: v + 1 + q[2]!.length, score: 0.7 });
    }
  }
  // After words that name a user: "Invalid user tylerw from …", "requester cmcateer".
  for (const cue of hasCue ? USER_CUES : []) {
    for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + cue.length)) {
      if (k > 0 && /[\p{L}\p{N}]/u.test(text.charAt(k - 1))) continue;
      USER_AFTER_CUE.lastIndex = k + cue.length;
      const v = USER_AFTER_CUE.exec(text);
      // A cue in prose is followed by words ("Requester reply"): only a user name's shape counts.
      if (v && handleShaped(L, v[1]!)) take(k + cue.length, v[1]!, 0.7);
    }
  }
  // Elsewhere, alone or after "@": the same user.
  for (const u of users) {
    if (u.length < 4) continue;
    for (let at = text.indexOf(u); at >= 0; at = text.indexOf(u, at + u.length)) {
      const b = text.charCodeAt(at - 1);
      if ((b === 64 || standsAlone(text, at, at + u.length)) && !out.some((s) => s.start === at)) out.push({ start: at, end: at + u.length, score: 0.7 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const HANDLE = /(?<![\p{L}\p{N}._%+-])@([A-Za-z0-9](?:[A-Za-z0-9._]{1,28}[A-Za-z0-9_])?)(?![\p{L}\p{N}@])/gu;

/**
 * Handles ("@…") that open or end with a given name or surname (four letters or more) of a person
 * found on the same line. (Inside, the name is more often a fan account's: "@TeamShaneDawson".)
 */
export function handlesOfNamed(text: string, found: ReadonlyArray<{ start: number; end: number }>): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  HANDLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let f0 = 0;
  while ((m = HANDLE.exec(text))) {
    const ls = lineStartOf(text, m.index);
    const le = lineEndOf(text, m.index);
    const handle = asciiFold(m[1]!.toLowerCase()).replace(/[._]/g, '');
    while (f0 < found.length && found[f0]!.end <= ls) f0++;
    let hit = false;
    for (let i = f0; i < found.length && found[i]!.start < le && !hit; i++) {
      const f = found[i]!;
      if (f.start <= m.index && f.end > m.index) break; // the handle itself
      for (const part of text.slice(f.start, f.end).split(/[\s,.'’-]+/)) {
        const p = part.length >= 4 ? asciiFold(part.toLowerCase()) : '';
        if (p !== '' && (handle.startsWith(p) || handle.endsWith(p))) {
          hit = true;
          break;
        }
      }
    }
    if (hit) out.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length, score: 0.7 });
  }
  return out;
}

/** A Reddit user ("u/max_hartmann94") or a mention ("@lena_hoffmann", "@DerJensWinter"). */
const MENTION = /(?<![\p{L}\p{N}._%+/-])(?:@|u\/)([A-Za-z][A-Za-z0-9._]{2,29})(?![\p{L}\p{N}@])/gu;
/** Family words a handle puts before a name: "tante_gabi_1961", "opa.heinz", "mama_wolff_". */
const KIN = new Set('tante onkel oma opa mama papa mami papi uncle aunt auntie nana nan gran grandma grandpa granny grandad mum mom dad'.split(' '));

/** A handle's parts: split at ".", "_", digits and a lower-case letter before a capital ("DerJensWinter" → Der, Jens, Winter). */
function handleParts(h: string): string[] {
  return h
    .replace(/([a-z])(?=[A-Z])/g, '$1 ')
    .split(/[._\d\s]+/)
    .filter((p) => p.length > 0);
}

/**
 * Mentions and user names on social networks made of a person's name: a given name and a
 * surname or an initial ("@lena_hoffmann", "@jonas_mertens_", "u/max_hartmann94", "@dieter_k",
 * "@DerJensWinter"), or a family word and a name ("@tante_gabi_1961", "@opa.heinz"). A public
 * pseudonym still, but one that names the person, as a name does; a fan account's or a firm's
 * ("@schwarzgelbforever", "@politik_mit_kaffee") has no such pair.
 */
export function socialMentions(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  let m: RegExpExecArray | null;
  MENTION.lastIndex = text.indexOf('@') < 0 && text.indexOf('u/') < 0 ? text.length : 0;
  while ((m = MENTION.exec(text))) {
    let h = m[1]!;
    // A sentence's full stop after the mention is no part of it.
    while (h.endsWith('.')) h = h.slice(0, -1);
    // An address's domain ("@firma.de") or a file ("@types/node") is no mention.
    if (/\.[a-z]{2,4}$/.test(h) && !/_/.test(h)) continue;
    if (!namesPerson(L, h, true)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + h.length, score: 0.75 });
  }
  // A forum's author: "Sepp_Huber schrieb:", "Antwort von Maximilian0807"; a user name opening
  // a line, as forums ("Dieter_K:") and comment lists ("tante_gabi_1961 Wunderschön!") print it.
  const posts = text.indexOf(' schrieb') >= 0 || text.indexOf(' wrote') >= 0 || text.indexOf(' von ') >= 0 || text.indexOf(' by ') >= 0 || text.indexOf(' from ') >= 0;
  for (const re of posts ? [FORUM_AUTHOR, POST_BY, LINE_USER] : [LINE_USER]) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      const h = m[1]!;
      // At a line's start only a user name's shape: a ".", "_", a digit or a capital inside.
      if (re === LINE_USER && !/[._\d]|[a-z][A-Z]/.test(h)) continue;
      if (!namesPerson(L, h)) continue;
      const start = m.index + m[0].indexOf(h, m[0].length - h.length - 24);
      out.push({ start, end: start + h.length, score: 0.75 });
    }
  }
  // A hashtag made of a person's name: "#TaylorSwift", "#Scholz", "#Schumacher".
  if (text.indexOf('#') >= 0) {
    HASHTAG.lastIndex = 0;
    while ((m = HASHTAG.exec(text))) {
      const tag = m[1]!;
      // (A name inside a longer tag names an event or a praise: "#AdaLovelaceDay", "#BesteOmaDerWelt".)
      if (!(handleParts(tag).length === 2 && namesPerson(L, tag)) && !nameAlone(L, tag)) continue;
      out.push({ start: m.index + 1, end: m.index + 1 + tag.length, score: 0.75 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Given names that are, in a user name, far more often the word: "Queen_UK", "watchtime_king",
 * "midnight_sky33", "gooner_till_i_die". (A mention's other given names that are words too count:
 * "@neutral_nick", "u/fairway_frank", "@mcu_mike".)
 */
const HANDLE_WORDS = new Set(
  'queen king prince princess major minor till sky london paris summer winter spring autumn hope grace faith joy will may june april august rose lily daisy holly ivy dawn ray sunny star angel honey candy cherry crystal diamond storm river ocean rain snow jade amber ruby pearl gem ace chase hunter bishop cook baker page long young strong'.split(' '),
);

/** A hashtag: "#" and a word, not inside one ("C#", "&#39;"). */
const HASHTAG = /(?<![\p{L}\p{N}&#/])#(\p{Lu}[\p{L}\p{N}]{2,40})(?![\p{L}\p{N}_])/gu;

/** A capitalised listed name that is no word, no place and no ambiguous word in either language: "Scholz", "Zverev" is not listed. */
function nameAlone(L: NameLists, w: string): boolean {
  if (w !== titled(w.toLowerCase())) return false;
  return (L.given.has(w) || L.surname.has(w)) && !L.deAmbig.has(w) && !L.enAmbig.has(w) && wordClass(w) !== 'w' && !isPlaceWord(w);
}

/** A forum post's author before "schrieb:" / "wrote:", at a line's start. */
const FORUM_AUTHOR = /^[ \t]*(?:↳[ \t]*)?([A-Za-z][A-Za-z0-9._-]{2,29})[ \t]+(?:schrieb|wrote|said|antwortete|replied)[ \t]*:/gm;
/** A user name opening a line, before a colon or a blank: "Dieter_K:", "mehmet_ozdemir_ Glückwunsch". */
const LINE_USER = /^[ \t]*([A-Za-z][A-Za-z0-9._-]{2,29}?)(?=:[ \t]|:$|[ \t]+\S)/gm;
/** A post's author after "Antwort von", "Frage von", "posted by", "Reply from", "Quote from". */
const POST_BY = /\b(?:Antwort|Frage|Kommentar|Beitrag|Gepostet|Geschrieben|Zitat|Answer|Question|Comment|Reply|Posted|Asked|Answered|Quote)[ \t]+(?:von|by|from)[ \t]+(?:u\/)?([A-Za-z][A-Za-z0-9._-]{2,29})(?![\p{L}\p{N}@])/gu;

/**
 * Whether a user name is made of a person's name: a given name and a surname or an initial, a
 * family word and a name, or a given name and a number ("Marco1987", a name and a birth year).
 */
function namesPerson(L: NameLists, h: string, mention = false): boolean {
  const parts = handleParts(h);
  if (parts.length === 1 && /\d$/.test(h)) {
    const a = parts[0]!.toLowerCase();
    return a.length >= 4 && isGiven(L, a) && wordClass(titled(a)) !== 'w' && !englishGluedWords().has(a);
  }
  // A given name that is no word, as one part of a user name joined by "_", "." or digits:
  // "kathi_aus_giesing", "tv_junkie_lea", "u/lea_spielt", "bill_the_plumber" (not camel case:
  // "FunkLine", "MediLine" are firms; not in capitals: "P.IVA").
  const joined = h.split(/[._\d]+/).filter((p) => p.length > 0);
  if (joined.length >= 2 && joined.some((p) => givenPart(L, p, mention))) return true;
  for (let k = 0; k + 1 < parts.length; k++) {
    const a = parts[k]!.toLowerCase();
    const b = parts[k + 1]!.toLowerCase();
    if (KIN.has(a) && b.length >= 3 && (isGiven(L, b) || isSurname(L, b))) return true;
    if (a.length < 3 || englishGluedWords().has(a)) continue;
    if (isGiven(L, a)) {
      // An initial ("dieter_k", "bettina_k_berlin"), not an English word ("till_i_die").
      if ((b.length === 1 && b !== 'i' && b !== 'a') || (b.length >= 3 && (isSurname(L, b) || asciiSurname(L, b)))) return true;
    } else if (b.length >= 4 && isSurname(L, a) && isSurname(L, b) && nameLikeClass(wordClass(titled(a))) && nameLikeClass(wordClass(titled(b)))) {
      // Two surname-list words that are no words: "Keir_Starmer" (Keir is listed as a surname only).
      return true;
    }
  }
  return false;
}

/**
 * A user name's part that is a given name of three letters or more, in lower case or
 * capitalised; no word in either language, or after "@"/"u/" no word that is the likelier
 * reading there (HANDLE_WORDS).
 */
function givenPart(L: NameLists, p: string, mention: boolean): boolean {
  const a = p.toLowerCase();
  if (a.length < 3 || (p !== a && p !== titled(a)) || !isGiven(L, a) || englishGluedWords().has(a)) return false;
  if (mention) return !HANDLE_WORDS.has(a);
  const t = titled(a);
  return wordClass(t) !== 'w' && !L.enAmbig.has(t) && !L.deAmbig.has(t);
}

/** A profile's address: "linkedin.com/in/tarek-al-hashimi", "xing.com/profile/Anna_Schmidt2". */
const PROFILE_SLUG = /(?:linkedin\.com\/in|xing\.com\/profile)\/([\p{L}\p{N}_%-]{3,100})/giu;

/**
 * The user part of a LinkedIn or XING profile address: a person's page (a firm's is
 * /company/), its user part their name more often than not ("eilidhcampbellbaird") and the
 * address leads to them either way.
 */
export function profileSlugs(text: string): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  if (text.indexOf('linkedin.com/in/') < 0 && text.indexOf('xing.com/profile/') < 0) return out;
  PROFILE_SLUG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROFILE_SLUG.exec(text))) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, score: 0.8 });
  }
  return out;
}

/** A role, a dot or an underscore, and a name: "nurse.farah", "hausmeister.brenner", "reception_jun". */
// (The start is checked by hand: a lookbehind tried at every position cost 1.6 % of the detector.)
const ROLE_HANDLE =
  /(?:nurse|reception|receptionist|frontdesk|doctor|dr|coach|trainer|teacher|tutor|driver|tech|hausmeister|pflege|schwester|empfang|praxis|lehrer|lehrerin|fahrer|azubi)[._]([a-zäöüß]{3,20})(?![\p{L}\p{N}@]|[._-][\p{L}\p{N}])/gu;
const BEFORE_HANDLE = /[\p{L}\p{N}._@-]/u;

/**
 * A user name of a role and its holder's name: the account names the person ("nurse.farah" is
 * Farah, "hausmeister.brenner" Herr Brenner). Only where the name part is a listed name
 * ("reception.desk" is none).
 */
export function roleHandles(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  if (text.indexOf('.') < 0 && text.indexOf('_') < 0) return out;
  ROLE_HANDLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROLE_HANDLE.exec(text))) {
    if (m.index > 0 && BEFORE_HANDLE.test(text.charAt(m.index - 1))) continue;
    const name = titled(m[1]!);
    if (!listedName(L, name) || englishGluedWords().has(m[1]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, score: 0.8 });
  }
  return out;
}
