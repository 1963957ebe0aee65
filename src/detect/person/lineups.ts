/**
 * Team sheets of match reports: "Aufstellung Heim: 1 Wolf – 2 Brandt, 4 Ekwueme, 5 Lange, F.",
 * "Line-up: 1 Smith; 2 Jones (c)", and substitutions, "Auswechslungen: 63. Nowicki für Koch",
 * "Subs: 63' Nowicki for Koch". There a shirt number (or a minute) and a capitalised word are a
 * player, whatever else the word is ("Wolf", "Koch", "Mai"): a club's own reports, league forms
 * and referee sheets name their players by surname alone.
 */
import { NEVER_NAMES } from './lexicon.js';
import { listedName, type NameLists } from './names.js';
import type { ScoredSpan } from './span.js';
import { lineEndOf } from '../../util/chars.js';

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
  String.raw`^[ \t]*(${SURNAME})(?:[ \t]+\d{1,3}(?:/\d{1,2})?'?)?(?:[ \t]*\((?:\d{1,3}(?:\.|')[ \t]*(${SURNAME})|(${SURNAME})[ \t]+\d{1,3}'?|Tor|TW|capt|c|C|k|pen|Pen|Elfm\.?|FE|ET)\))?[ \t]*\.?[ \t]*$`,
  'u',
);
/** Labels of a match report's scorer and card lines: what follows is players, however few. */
const SCORER_WORDS = 'Goals?|Scorers?|Tore|Torschützen|Tries|Try|Cons?|Pens?|Drop goals?|Booked|Bookings|Yellow cards?|Red cards?|Sent off|Gelb|Gelbe Karten?|Gelb-Rot|Rot|Rote Karten?|Werfer|Beste Werfer|Punkte|Top scorers?';
const SCORER_LABEL = new RegExp(`^(?:${SCORER_WORDS})$`, 'i');
/** Such a label opening a line or a sentence: a text without one (and without SPORT_MARK) is not read line by line. */
const SCORER_HEAD = new RegExp(String.raw`(?:^|\n|\.[ \t])(?:${SCORER_WORDS})[ \t]*:`);
/** A line's segments "Label: items"; a line may hold several ("Harlequins: Tries: A, B. Cons: C 3."). */
const SEGMENT = /(?:^|(?<=[.;][ \t]))[ \t]*([\p{Lu}][\p{L}\p{M}'’ .-]{0,30}?)[ \t]*:[ \t]*/gu;
/** What marks a team line as a match report's: a substitute with his minute, a goalkeeper's or captain's mark, goals after names. */
const SPORT_MARK = /\(\d{1,3}(?:\.|')[ \t]*\p{Lu}|\(\p{Lu}[\p{Ll}'’-]+[ \t]+\d{1,3}'?\)|\((?:Tor|TW|capt|c)\)|\p{Ll}[ \t]+\d{1,2}\/\d{1,2}(?:[,;.]|$)/u;

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
    for (let m = SEGMENT.exec(line); m; m = SEGMENT.exec(line)) heads.push({ label: m[1]!.trim(), from: m.index, at: m.index + m[0].length });
    for (let h = 0; h < heads.length; h++) {
      const { label, at } = heads[h]!;
      const until = h + 1 < heads.length ? heads[h + 1]!.from : line.length;
      const body = line.slice(at, until);
      const scorer = SCORER_LABEL.test(label);
      if (!scorer && !SPORT_MARK.test(body)) continue;
      const items: Array<{ from: number; text: string }> = [];
      const sep = /[,;]|[ \t][–—-][ \t]/g;
      let from = 0;
      for (let s = sep.exec(body); ; s = sep.exec(body)) {
        const to = s ? s.index : body.length;
        const item = body.slice(from, to);
        if (!/^[ \t]*\d{1,3}[ \t]*\.?[ \t]*$/.test(item)) items.push({ from, text: item }); // "Okonjo 23, 58": a second goal
        if (!s) break;
        from = s.index + s[0].length;
      }
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
