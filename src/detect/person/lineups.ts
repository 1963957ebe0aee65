/**
 * Team sheets of match reports: "Aufstellung Heim: 1 Wolf – 2 Brandt, 4 Ekwueme, 5 Lange, F.",
 * "Line-up: 1 Smith; 2 Jones (c)", and substitutions, "Auswechslungen: 63. Nowicki für Koch",
 * "Subs: 63' Nowicki for Koch". There a shirt number (or a minute) and a capitalised word are a
 * player, whatever else the word is ("Wolf", "Koch", "Mai"): a club's own reports, league forms
 * and referee sheets name their players by surname alone.
 */
import { NEVER_NAMES } from './lexicon.js';
import { listedName, type NameLists } from './names.js';
import { nameLikeClass, wordClass } from './words.js';
import type { ScoredSpan } from './span.js';
import { lineEndOf, lineStartOf } from '../../util/chars.js';

/** The label of a team sheet or of its substitutions, up to its colon; found from each colon. */
const LABEL_BEFORE = /(?:^|[^\p{L}])(?:(Aufstellung|Startelf|Startaufstellung|Line-?up|Lineup|Team[ \t]?sheet|Starting[ \t]+(?:XI|eleven))|(Auswechslungen|Einwechslungen|Wechsel|Substitutions|Subs))(?:[ \t]+\p{L}+)?[ \t]*$/iu;
/**
 * A label word before a colon, what every LABEL_BEFORE match ends on (the same words and flags,
 * without what may stand before the word). LABEL_BEFORE, tried on the 40 characters before every
 * colon of a text, was 1-2 % of the person detector; a text without this is not read colon by
 * colon. (LABEL_BEFORE's "^" may be the window's start inside a word: hence nothing before.)
 */
const LABEL_ANYWHERE = /(?:Aufstellung|Startelf|Startaufstellung|Line-?up|Lineup|Team[ \t]?sheet|Starting[ \t]+(?:XI|eleven)|Auswechslungen|Einwechslungen|Wechsel|Substitutions|Subs)(?:[ \t]+\p{L}+)?[ \t]*:/iu;
/** A surname, perhaps with its particle, and an initial after a comma: "von Hagen", "Lange, F.". */
const PLAYER = String.raw`((?:(?:von|van|de|di|da|del)[ \t]+)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:,[ \t]\p{Lu}\.)?)(?![\p{L}\p{N}])`;
/** A shirt number and the player, each after the list's start or a separator. */
const NUMBERED = new RegExp(String.raw`(?:^|[,;–—-]|[ \t])[ \t]*\d{1,2}[ \t]+` + PLAYER, 'gu');
/** A minute, the player who came on and the one who went off. */
const SUBSTITUTION = new RegExp(String.raw`\d{1,3}(?:\.|'|’|[ \t]?min\.?)?[ \t]+` + PLAYER + String.raw`[ \t]+(?:für|for|fuer)[ \t]+` + PLAYER, 'gu');

export function lineupNames(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  if (!LABEL_ANYWHERE.test(text)) return out;
  for (let k = text.indexOf(':'); k >= 0; k = text.indexOf(':', k + 1)) {
    const m = LABEL_BEFORE.exec(text.slice(Math.max(0, k - 40), k));
    if (!m) continue;
    let end = text.indexOf('\n', k);
    if (end < 0) end = text.length;
    const list = text.slice(k + 1, end);
    const re = m[1] ? NUMBERED : SUBSTITUTION;
    re.lastIndex = 0;
    let p: RegExpExecArray | null;
    while ((p = re.exec(list))) {
      // The first name after the number, the second after "für"/"for": searched from the end.
      for (let g = 1; g < p.length; g++) {
        const name = p[g]!;
        // A month or weekday in a team sheet is a player if it is a name too ("14 Mai").
        if (NEVER_NAMES.has(name) && !listedName(L, name)) continue;
        const at = k + 1 + p.index + (g === p.length - 1 ? p[0].lastIndexOf(name) : p[0].search(/[\p{L}]/u));
        out.push({ start: at, end: at + name.length, score: 0.8 });
      }
    }
    k = end;
  }
  return out;
}

/** A player in a newspaper's team line: a surname of one or two words ("Dos Santos", "Te Whaiti", "Abou-Khalil"). */
const SURNAME = String.raw`(?:(?:von|van|de|di|da|del|dos|das|le|la|te|ten|al|el)[ \t]+|(?:Dos|Da|De|Di|Te|Van|Von|Le|La|Al|El|Mac|Mc)[ \t]+)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?`;
/**
 * One item of a team line: the player, his goals or minutes ("Brehm 7/3", "Okonjo 23, 58"), and
 * in brackets a substitute with his minute ("(78. Fischer)", "(Price 74)") or a role ("(Tor)", "(capt)").
 */
const ITEM = new RegExp(
  String.raw`^[ \t]*(?:\d{1,2}[:-]\d{1,2}[ \t]+)?(${SURNAME})(?:[ \t]+\d{1,3}(?:\+\d{1,2})?(?:/\d{1,2})?'?)?(?:[ \t]*\((?:\d{1,3}(?:\.|')[ \t]*(${SURNAME})|(${SURNAME})[ \t]+\d{1,3}'?|Tor|TW|capt|c|C|k|pen|Pen|Elfm\.?|FE|ET|[^()]*\d[^()]*|\p{Lu}[^()\d]{0,30})\))?[ \t]*\.?[ \t]*$`,
  'u',
);
/** Labels of a match report's scorer and card lines: what follows is players, however few. */
const SCORER_WORDS = 'Goals?|Scorers?|Tore|Torschützen|Tries|Try|Cons?|Pens?|Drop goals?|Booked|Bookings|Yellow cards?|Red cards?|Sent off|Gelb|Gelbe Karten?|Gelb-Rot|Rot|Rote Karten?|Werfer|Beste Werfer|Punkte|Top scorers?|Player of the match|Man of the match|Spieler des Spiels';
/** The label, perhaps with its team's name: "Beste Werfer Großsachsen:". */
const SCORER_LABEL = new RegExp(String.raw`^(?:${SCORER_WORDS})(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2}$`, 'iu');
/**
 * "Tore: 1:0 Yılmaz (8.)", "Rot: Keller (89.)": a scorer's or card's label and its line, not a
 * speaker's name and words ("Tore" is a given name too).
 */
export function scorerLabel(label: string, rest: string): boolean {
  return SCORER_LABEL.test(label) && /^[ \t]*(?:\d{1,2}:\d{1,2}[ \t]+\p{Lu}|\p{Lu}[\p{L}\p{M}'’-]+[ \t]+(?:\d{1,3}\b|\())/u.test(rest);
}
/** Such a label opening a line or a sentence: a text without one (and without SPORT_MARK) is not read line by line. */
const SCORER_HEAD = new RegExp(String.raw`(?:^|\n|[.:][ \t])(?:${SCORER_WORDS})(?:(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2}[ \t]*:|[ \t]+[–—-][ \t])`, 'u');
/**
 * A line's segments "Label: items"; a line may hold several ("Harlequins: Tries: A, B. Cons: C 3.").
 * A rugby report writes the scorer's labels with a dash: "Castlegate: Tries – Naufahu 2, Young; Cons – Grant".
 */
const SEGMENT = /(?:^|(?<=[.;][ \t])|(?<=:[ \t])(?=(?:Tries|Try|Cons?|Pens?|Drop goals?|Scorers?|Goals?|Tore)\b))[ \t]*(?:([\p{Lu}](?:[\p{L}\p{M}'’ -]|\.(?![ \t])){0,30}?)[ \t]*:|(Tries|Try|Cons?|Pens?|Drop goals?|Scorers?|Goals?|Tore)[ \t]+[–—-](?=[ \t]))[ \t]*/gu;
/**
 * What marks a team line as a match report's: a substitute with his minute, a goalkeeper's or
 * captain's mark, goals after names. Each alternative opens with its literal ("(", "/") and the
 * lower-case letter before "3/4" is looked behind for: opening with \p{Ll} made V8 try the
 * pattern at every letter (30 → 3 ms per 4 MB).
 */
const SPORT_MARK = /\((?:\d{1,3}(?:\.|')[ \t]*\p{Lu}|\p{Lu}[\p{Ll}'’-]+[ \t]+\d{1,3}'?\)|(?:Tor|TW|capt|c)\))|\/(?<=\p{Ll}[ \t]+\d{1,2}\/)\d{1,2}(?:[,;.]|$)/u;

/**
 * A sentence of prose after a list's end: a full stop, then a quotation or a capitalised word and a
 * lower-case one, perhaps after a German noun ("Die Gastgeber lagen …"); no team item reads so.
 */
const PROSE_AFTER = /\.[ \t]+(?:[„“"»«‚]|(?=\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]+(?:\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]+)?\p{Ll}))/u;
/**
 * Three items "Surname 12, Surname 8, Surname 6" in a row: points or goals per player, the mark of
 * a basketball or handball report that has no "(Tor)" or "7/3" ("Für Landsberg punkteten außerdem:
 * Aigner 12, Mirković 11, …"). Opens with the comma and looks behind for the first item: a text
 * without one is not searched for POINTS_LIST, which opens with a lookbehind.
 */
const POINTS_RUN = /,(?<=\p{L}[ \t]\d{1,3},)[ \t](?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]\d{1,3},[ \t](?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]\d{1,3}\b/u;
/** A surname of such a list: "Hufnagel", "O'Connell", "Al-Hassan". */
const POINTS_NAME = String.raw`(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?`;
/** Five items or more, each a surname and its points, after a colon, a dash or a sentence's start. */
const POINTS_LIST = new RegExp(
  String.raw`(?<=(?:^|[:;–—]|[.!?][ \t])[ \t]*)(?:${POINTS_NAME}[ \t]\d{1,3},[ \t]){4,}${POINTS_NAME}[ \t]\d{1,3}(?![\p{L}\p{N}/:,.]\d|[\p{L}\p{N}])`,
  'gmu',
);
const POINTS_ITEM = new RegExp(String.raw`(${POINTS_NAME})[ \t]\d{1,3}`, 'gu');

/**
 * Points lists of basketball and handball reports: "Für Landsberg punkteten außerdem: Aigner 12,
 * Mirković 11, Haller 8, Eze 6, Hufnagel 4." Each surname is a player when all of them but one are
 * name-like (listed, or no word of the dictionary): rooms, halls and stands ("Halle 3, Raum 5,
 * Saal 2, Gebäude 7, Haus 1") are words.
 */
export function pointsLists(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  if (!POINTS_RUN.test(text)) return out;
  POINTS_LIST.lastIndex = 0;
  for (let m = POINTS_LIST.exec(text); m; m = POINTS_LIST.exec(text)) {
    const names: ScoredSpan[] = [];
    let words = 0;
    POINTS_ITEM.lastIndex = 0;
    for (let p = POINTS_ITEM.exec(m[0]); p; p = POINTS_ITEM.exec(m[0])) {
      const w = p[1]!;
      if (NEVER_NAMES.has(w) || (!listedName(L, w) && !nameLikeClass(wordClass(w)))) words++;
      names.push({ start: m.index + p.index, end: m.index + p.index + w.length, score: 0.8 });
    }
    if (words <= 1) out.push(...names);
  }
  return out;
}

/**
 * Team lines of newspaper match reports: "Dellwig: Tiedemann – Vogt, Mbeki, Schäfer – Janssen
 * (82. Öztürk).", "Nordheide: Holtkamp, Rasmussen (Tor); Øvergaard 9, Brehm 7/3, Kurtović 5",
 * "Eastbridge: Haldane; Baker, Mensah (Price 74)", "Goals: Okonjo 23, 58; Baker 67", "Pens:
 * Maitland 4". Each item of such a line is a surname, whatever else the word is ("Fischer",
 * "Wolf", "Strong"). A line after a team's name counts when it has six items or more, nearly all
 * of a player's shape, and a match report's marks (substitutes with minutes, "(Tor)", goals
 * "7/3"); one after a scorer's or card's label ("Tore:", "Booked:", "Tries:") counts as it is.
 */
export function teamLines(text: string, L: NameLists): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  if (!SPORT_MARK.test(text) && !SCORER_HEAD.test(text)) return out;
  for (let ls = 0; ls < text.length; ) {
    const le = lineEndOf(text, ls);
    const line = text.slice(ls, le);
    const heads: Array<{ label: string; from: number; at: number }> = [];
    SEGMENT.lastIndex = 0;
    for (let m = SEGMENT.exec(line); m; m = SEGMENT.exec(line)) heads.push({ label: (m[1] ?? m[2]!).trim(), from: m.index, at: m.index + m[0].length });
    for (let h = 0; h < heads.length; h++) {
      const { label, at } = heads[h]!;
      const until = h + 1 < heads.length ? heads[h + 1]!.from : line.length;
      const scorer = SCORER_LABEL.test(label);
      // A scorer line may run on into the report: "… 2:0 Aslan (21.). Yilmaz traf danach noch zweimal."
      // So may a team's: "… Brodersen 3, Tiedje 2. Die Gastgeber lagen bis zur 50. Minute zurück".
      let body = line.slice(at, until);
      const prose = PROSE_AFTER.exec(body);
      if (prose) body = body.slice(0, prose.index + 1);
      if (!scorer && !SPORT_MARK.test(body)) continue;
      const items = splitItems(body, scorer);
      const shaped = items.map((it) => ({ it, m: ITEM.exec(it.text) }));
      const ok = shaped.filter((x) => x.m).length;
      if (scorer ? ok < items.length : items.length < 6 || ok < items.length - 1) continue;
      for (const { it, m } of shaped) {
        if (!m) continue;
        for (let g = 1; g <= 3; g++) {
          const name = m[g];
          // A season or month is a player here if it is a name too ("(78. Winter)").
          if (!name || (NEVER_NAMES.has(name) && !listedName(L, name))) continue;
          const start = ls + at + it.from + it.text.indexOf(name, g === 1 ? 0 : it.text.indexOf('('));
          out.push({ start, end: start + name.length, score: 0.8 });
        }
      }
    }
    ls = le + 1;
  }
  return out;
}

/**
 * The items of a team or scorer line, split at ",", ";" and " – " outside brackets ("Keller
 * (Böckingen, 89., Notbremse)" is one). A lone number is a further goal of the item before
 * ("Okonjo 23, 58", "Kaya 71, 90+2"). In a scorer line a word without a number before " – " is
 * the team the scorers after it played for: "Scorers: Heath – Yilmaz 8, 40; Frankley – Ritter 60".
 */
function splitItems(body: string, scorer: boolean): Array<{ from: number; text: string }> {
  const items: Array<{ from: number; text: string; dash: boolean }> = [];
  let depth = 0;
  let from = 0;
  const push = (to: number, dash: boolean) => {
    const text = body.slice(from, to);
    if (!/\S/.test(text)) return;
    if (!/^[ \t]*\d{1,3}(?:\+\d{1,2})?'?[ \t]*\.?[ \t]*(?:\((?:pen|Elfm\.?|FE)\))?[ \t]*$/.test(text)) items.push({ from, text, dash });
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body.charCodeAt(i);
    if (ch === 40 /* ( */) depth++;
    else if (ch === 41 /* ) */) depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (ch === 44 /* , */ || ch === 59 /* ; */) {
      push(i, false);
      from = i + 1;
    } else if ((ch === 0x2013 || ch === 0x2014 || ch === 45) && (body.charCodeAt(i - 1) === 32 || body.charCodeAt(i - 1) === 9) && (body.charCodeAt(i + 1) === 32 || body.charCodeAt(i + 1) === 9)) {
      push(i - 1, true);
      from = i + 1;
    }
  }
  push(body.length, false);
  if (!scorer) return items;
  return items.filter((it, k) => !(it.dash && !/\d/.test(it.text) && k + 1 < items.length && /\d/.test(items[k + 1]!.text)));
}

/** A side of a tennis or table-tennis pairing: a surname, or two for a doubles ("Lohmann/Sato"). */
const SIDE = String.raw`(${SURNAME})(?:/(${SURNAME}))?`;
const SET = String.raw`\d{1,2}[:-]\d{1,2}(?:[ \t]*\(\d{1,2}\))?`;
/** "Vukovic – Richter 7:6, 3:6, 10:7", "Lowe bt Osterman 6-3 6-4", "Brinkley/Fox lost to Hurst/Albright 5-7 4-6". */
const PAIRING = new RegExp(
  String.raw`(?<![\p{L}\p{N}/])${SIDE}[ \t]+(?:[–—-]|bt\.?|beat|def\.?|lost to|besiegt|unterlag|gegen)[ \t]+${SIDE}[ \t]+(${SET}(?:,?[ \t]+${SET})+)(?![\p{L}\p{N}])`,
  'gu',
);
/** Place, athlete, club in brackets, time or distance: "2. Mai (LG Hildesheim) 31:42", "3 Summers (Hamley RC) 32:55". */
const PLACING = new RegExp(
  String.raw`(?:^|[,;:][ \t]*|\n[ \t]*)\d{1,2}\.?[ \t]+(${SURNAME})[ \t]+\([^()\n]{2,40}\)[ \t]+(?:\d{1,2}:\d{2}(?:[:.,]\d{1,2})?|\d{1,3},\d{1,2}[ \t]?(?:s|m|Sek\.|Pkt\.))(?![\p{L}\p{N}])`,
  'gu',
);
/** Set scores of tennis: each set won at 6 or 7 games, a deciding match tie-break at 10. */
function tennisSets(scores: string): boolean {
  const sets = scores.match(/\d{1,2}[:-]\d{1,2}/g)!;
  return sets.every((s, k) => {
    const [a, b] = s.split(/[:-]/).map(Number) as [number, number];
    const hi = Math.max(a, b);
    const lo = Math.min(a, b);
    if (k === sets.length - 1 && k >= 2 && hi >= 10) return hi - lo >= 2;
    return (hi === 6 && lo <= 4) || (hi === 7 && (lo === 5 || lo === 6));
  });
}

/**
 * Results lists of a newspaper's sports page: tennis pairings with their set scores, and placings
 * of a race. There a surname is an athlete's, whatever else the word is ("Fuchs", "Richter", "Mai").
 */
export function resultLines(text: string): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  const add = (m: RegExpExecArray, offset: number, names: Array<string | undefined>) => {
    let at = offset + m.index;
    for (const name of names) {
      if (!name) continue;
      const start = text.indexOf(name, at);
      out.push({ start, end: start + name.length, score: 0.8 });
      at = start + name.length;
    }
  };
  // The full patterns run only on the lines that hold their rare part (two set scores in a row, a
  // time after a bracket): over a whole business text they cost 4 % of the detector.
  for (const [ls, le] of linesWith(text, PAIRING_HINT)) {
    const line = text.slice(ls, le);
    PAIRING.lastIndex = 0;
    for (let m = PAIRING.exec(line); m; m = PAIRING.exec(line)) if (tennisSets(m[5]!)) add(m, ls, [m[1], m[2], m[3], m[4]]);
  }
  for (const [ls, le] of linesWith(text, PLACING_HINT)) {
    const line = text.slice(ls, le);
    PLACING.lastIndex = 0;
    for (let m = PLACING.exec(line); m; m = PLACING.exec(line)) add(m, ls, [m[1]]);
  }
  return out;
}

const PAIRING_HINT = /\d[:-]\d{1,2},?[ \t]+\d{1,2}[:-]\d/g;
const PLACING_HINT = /\)[ \t]+\d{1,3}[:,]\d/g;

/** The lines (start, end) that hold a match of `hint` (a global regex), each once. */
function linesWith(text: string, hint: RegExp): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  hint.lastIndex = 0;
  for (let m = hint.exec(text); m; m = hint.exec(text)) {
    const ls = lineStartOf(text, m.index);
    const le = lineEndOf(text, m.index);
    lines.push([ls, le]);
    hint.lastIndex = le;
  }
  return lines;
}
