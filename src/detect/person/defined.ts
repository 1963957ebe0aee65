/**
 * Names a text itself defines as no person: "Darwin is the capital city of the Northern
 * Territory", "Cadbury is a British confectionery company", "Wetzlar ist eine Stadt in Hessen".
 * Encyclopedia and news text open so, and then use the name alone throughout; a given-name or
 * surname list that knows "Darwin" or "Cadbury" would mask the city or the firm at every mention.
 *
 * The subject opens a sentence or a line, the verb is a form of "to be", and after the article at
 * most four describing words (no "of", "in", "who": "Kim is a member of the band" is a person) come
 * before the noun of a place, a firm, an institution, a team or a thing.
 */

const EN_KINDS =
  'capital|city|town|village|suburb|hamlet|municipality|county|district|region|province|state|island|river|mountain|lake|port|harbour|harbor|' +
  'company|firm|brand|manufacturer|corporation|conglomerate|retailer|chain|carmaker|automaker|team|club|band|airline|bank|newspaper|' +
  'magazine|university|college|hospital|charity|airport|stadium|racecourse|gelding|mare|racehorse|ship|warship|hurricane|cyclone|' +
  'building|castle|cathedral|museum|pub|hotel|software|drug|award|prize|festival|franchise|label|publisher|broadcaster|network';
const DE_KINDS =
  'Stadt|Kleinstadt|Großstadt|Hauptstadt|Gemeinde|Ortschaft|Ortsteil|Dorf|Stadtteil|Landkreis|Kreisstadt|Region|Insel|Fluss|Berg|See|' +
  'Hafenstadt|Unternehmen|Firma|Marke|Hersteller|Konzern|Automobilhersteller|Handelskette|Kette|Mannschaft|Verein|Band|Fluggesellschaft|' +
  'Bank|Zeitung|Zeitschrift|Universität|Hochschule|Klinik|Krankenhaus|Stiftung|Flughafen|Stadion|Schiff|Orkan|Sturm|Gebäude|Burg|Schloss|' +
  'Kirche|Museum|Hotel|Software|Preis|Auszeichnung|Festival|Verlag|Sender|Rennpferd|Wallach|Stute';

const NO_DESCRIBER = new Set('of in at for from with and who whose that which to by on as whom'.split(' '));

// After the verb (sticky, at the blank after it): the article, up to four describing words, the kind.
const EN_AFTER = new RegExp(`(?:a|an|the) ((?:[\\p{L}-]+ ){0,4}?)(?:${EN_KINDS})\\b`, 'uy');
const DE_AFTER = new RegExp(`(?:eine?|die|der|das) ((?:[\\p{L}-]+ ){0,4}?)(?:${DE_KINDS})\\b`, 'uy');
// Before the verb: one to three capitalised words opening a sentence or a line.
const SUBJECT = /(?:^|[.!?]\s+|\n)(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2})$/u;
const VERBS: ReadonlyArray<[string, RegExp]> = [
  [' is ', EN_AFTER],
  [' was ', EN_AFTER],
  [' ist ', DE_AFTER],
  [' war ', DE_AFTER],
];

/** The names `text` defines as a place, a firm, an institution or a thing (empty for most texts). */
export function definedNonPersons(text: string): Set<string> {
  const out = new Set<string>();
  // From each verb (found with indexOf, cheap on long texts) forwards to the kind, then backwards to the subject.
  for (const [verb, after] of VERBS) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
      after.lastIndex = at + verb.length;
      const m = after.exec(text);
      if (m === null) continue;
      const between = m[1]!.trim();
      if (between !== '' && between.split(' ').some((w) => NO_DESCRIBER.has(w.toLowerCase()))) continue;
      const from = Math.max(0, at - 80);
      const subject = SUBJECT.exec(text.slice(from, at));
      // (The slice's own start is the text's only where the slice starts there.)
      if (subject !== null && (from === 0 || subject[0] !== subject[1])) out.add(subject[1]!);
    }
  }
  return out;
}
