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
