import type { Finding } from '../types.js';
import { laterMentions, runRules, tokenize, variantsOf, type Tok } from './person/core.js';
import { chineseNames } from './person/chinese.js';
import { vietnameseNames } from './person/vietnamese.js';
import { vcardNames } from './person/vcard.js';
import { definedNonPersons } from './person/defined.js';
import { anonymisedLetters, completeInitials, detachedSurnames, inCitation } from './person/court.js';
import { streetSurnames } from './person/street-surnames.js';
import { introducedNames, quotedSpeakers } from './person/introductions.js';
import { definedAliases } from './person/aliases.js';
import { capsMentions, capsNames, invertedCaps, passengerNames, purposeSurnames, referenceSurnames } from './person/caps.js';
import { chatHandles, chatSpeakers, displayNameMentions } from './person/chat.js';
import { codeHostHandles, handlesOfNamed, nameHandles, profileSlugs, roleHandles, socialMentions } from './person/handles.js';
import { groupedNames } from './person/groups.js';
import { caseParties } from './person/parties.js';
import { lowercaseFamous, lowercaseGerman, lowercaseTitled, roleSurnames, vocatives } from './person/informal.js';
import { animalKindBeforeName, animalNames, isAnimal } from './person/animals.js';
import { familyNames } from './person/family.js';
import { nicknames } from './person/nicknames.js';
import { initialledNames } from './person/initialled.js';
import { lineupNames, pointsLists, resultLines, scorerLabel, teamLines } from './person/lineups.js';
import { listMatesOfBare } from './person/listmates.js';
import { columnMates, signatureRows } from './person/columns.js';
import { isPlaceWord, isTownWord } from './person/places.js';
import { reporterInitials } from './person/bylines.js';
import { afterOffice, beforeOffice, eponymOrInstitution, officeWordNoName, officials, rolesOnly } from './person/officials.js';
import { LEGAL_FORMS, NEVER_NAMES, OPEN_QUOTES, ORG_WORDS, PATRONYMIC_LINK, TITLES } from './person/lexicon.js';
import { listedName, nameLists, titled, type NameLists } from './person/names.js';
import { refineInformal } from './person/social.js';
import { widenNames } from './person/widen.js';
import { honorificAfter, selfNamed, wordGivenNames, wordNames } from './person/wordnames.js';
import { nameLikeClass, wordClass } from './person/words.js';
import type { Detector } from './types.js';
import { blanksAfter, blanksBefore, isDigit, isLatinLetter } from '../util/chars.js';

const USE_SOCIAL = process.env.PERSON_SOCIAL !== '0';
/** Two words in capitals in a row: the only texts capsNames() has anything to look at. */
const CAPS_PAIR = /[A-ZÄÖÜ]{2}[ \t][A-ZÄÖÜ]/;
/** A word in capitals, three letters or more: what capsMentions() reads. */
const CAPS_WORD = /[A-ZÄÖÜ]{3}/;

/**
 * PERSON detector for German and English text. Cheap rules first (titles, salutations, signatures,
 * form fields, e-mail headers, given-name/surname lists with ambiguity flags, mention propagation);
 * see src/detect/person/core.ts. Spans exclude honorifics: "Frau Dr. Anna Schmidt" → "Anna Schmidt".
 */
export const personDetector: Detector = {
  name: 'person',
  type: 'PERSON',
  detect(raw) {
    const text = unquotedLines(unescapedLines(raw));
    const r = runRules(text);
    const L = nameLists();
    // English informal text: lower-case and capitalised names, chat spellings (see social.ts).
    const spans = USE_SOCIAL ? refineInformal(text, r.toks, r.lang, r.spans) : r.spans;
    let out: Finding[] = [];
    const add = (found: Iterable<{ start: number; end: number; score: number }>) => {
      for (const s of found) out.push({ type: 'PERSON', start: s.start, end: s.end, score: s.score, detector: 'person' });
    };
    add(spans);
    // What the passes below find is propagated to the name's other mentions at the end (the rules'
    // own spans were, inside runRules): "H. L. A. Hart" … "Hart warned", "Tore: Yilmaz 8" … "Yilmaz helped".
    const sources: Finding[] = [];
    const addSource = (found: Iterable<{ start: number; end: number; score: number }>) => {
      const before = out.length;
      add(found);
      for (let i = before; i < out.length; i++) sources.push(out[i]!);
    };
    // Court decisions: anonymised parties ("an E", "Zeuge K.") and signing judges. Overlaps with
    // the rules' spans are resolved by the pipeline's merge (the longer span wins).
    add(anonymisedLetters(text));
    addSource(detachedSurnames(text, L.surname));
    // "my name is vitoria", "name: hyuuma t. maida": a name announced as one, in any case.
    addSource(introducedNames(text));
    addSource(quotedSpeakers(text));
    // Chat handles that speak ("anna.k: …"), and lower-case German names ("herrn weber", "hi tobi").
    addSource(chatHandles(text, L));
    // Chat exports: "Hope Bishop  9:02 AM" speaks, and is then "@Hope Bishop", "hope", "thanks Hope".
    addSource(chatSpeakers(text, L));
    addSource(displayNameMentions(text, L));
    // "with Will on Tuesday", "Will to send the deck": an English word-name by its capital.
    addSource(wordNames(text, r.toks, L, r.lang));
    if (r.lang !== 'de') addSource(honorificAfter(text, r.toks));
    addSource(selfNamed(text, r.toks, L));
    // User names made of a name: "s.winter", "hannah.wood", "user=tmueller".
    addSource(nameHandles(text, L));
    addSource(socialMentions(text, L));
    // "user=ybouzid", "**nstankovic** commented", "@jeanne-morel": users of logs and code hosts.
    add(codeHostHandles(text, L));
    // "linkedin.com/in/tarek-al-hashimi": a profile's address names its person.
    add(profileSlugs(text));
    // "nurse.farah", "hausmeister.brenner": a role's account named after its holder.
    add(roleHandles(text, L));
    // Names in capitals: bank statement lines, account holders, headings.
    const caps = CAPS_PAIR.test(text);
    if (caps) addSource(capsNames(text, L));
    // "HAMBACH, MARIE-LUISE", "RAMASWAMY, KARTHIK": lists and exports in capitals, surname first.
    addSource(invertedCaps(text, L));
    // "in Sachen Winter ./. Hahn Bau GmbH", "OKONJO v. BARR. NWANKWO": the parties of a case.
    addSource(caseParties(text, L));
    // "BRADY/PATRICK JOSEPH MR": a passenger list's surname/given names.
    addSource(passengerNames(text, L));
    // A vCard's structured name: "N:Tammen;Henrieke;;;".
    addSource(vcardNames(text));
    // "reference 004417 ALMASRI": a payment line's other party after its reference.
    addSource(referenceSurnames(text, L));
    // "WEDDING INVITES MACPHERSON", "Restzahlung HAEUSSLER 2 Pers": a payment row's purpose field.
    addSource(purposeSurnames(text, L));
    if (r.lang !== 'en') addSource(lowercaseGerman(text, r.toks, L));
    // "kimmich verschenkt den ball", "unlike sunak": a famous surname in lower case.
    addSource(lowercaseFamous(text, r.toks, L));
    // "mr chen at the factory", "spoke to mrs price": English titles in lower case.
    addSource(lowercaseTitled(text, L));
    // "Kannst du das übernehmen, Jens?", "Iga, kannst du …": a given name addressed.
    addSource(vocatives(text, L));
    // "Schichtleiter Mazur", "Schwestern Papadaki", "kundin Sommer": a surname after a role noun.
    if (r.lang !== 'en') addSource(roleSurnames(text, r.toks, L));
    // "signed for by J. Fox.", "A. Nwosu, T. Hale": an initial and a surname where a name stands.
    addSource(initialledNames(text, L));
    // "… bittet um Verständnis. (hsl)": a reporter's initials that sign a news item.
    if (r.lang !== 'en') add(reporterInitials(text));
    // "Kallweit, Richterin am Amtsgericht", "HHJ Goode", "BY MS. NAKAMURA:": officials of courts by their office.
    const official = officials(text, L, r.lang);
    addSource(official);
    // "geb. Wübbels", "Ehepaar Gundlach": a birth name, a household.
    addSource(familyNames(text, L));
    // "Aufstellung Heim: 1 Wolf – 2 Brandt", "Subs: 63' Nowicki for Koch": players by surname.
    addSource(lineupNames(text, L));
    // "Dellwig: Tiedemann – Vogt, Mbeki (71. Pohl)", "Tore: Okonjo 23, 58": a newspaper's team and scorer lines.
    addSource(teamLines(text, L));
    // "punkteten außerdem: Aigner 12, Mirković 11, Haller 8, Eze 6, Hufnagel 4": points per player.
    addSource(pointsLists(text, L));
    // "Vukovic – Richter 7:6, 3:6, 10:7", "2. Mai (LG Hildesheim) 31:42": a results list's athletes.
    const results = resultLines(text);
    addSource(results);
    // "Reservierung_Schmitz_Overath.xlsx", "Sokolowski/Vogel": surnames in file names and crews.
    add(groupedNames(text, L, out));
    if (out.length > spans.length) out.sort((a, b) => a.start - b.start || b.end - a.end);
    // Authors and reporters in legal citations ("Meyer-Ladewig / Keller , SGG"): references, not people.
    // And nothing in a table column that holds no names ("Firma", "Bank", "City").
    const blocked = insideAny(r.blocked);
    // Table fields are names by their column, whatever follows them ("Huang,Mei,HSBC" is no citation),
    // and so is an official by the office after the name ("Hölzle, JHSekr'in" is no "Keller, SGG").
    let notCitation: Set<number> | undefined;
    // So is a greeted name: "Hi Kenji, FYI above …" cites nothing.
    for (const sp of spans) if (sp.rule === 'table' || sp.rule === 'greeting') (notCitation ??= new Set()).add(sp.start);
    for (const sp of official) (notCitation ??= new Set()).add(sp.start);
    let models: Set<string> | undefined;
    const animals = animalNames(text, out);
    // "Darwin is the capital city …", "Cadbury is a British confectionery company": named things.
    const things = definedNonPersons(text);
    // The checks every finding passes (also the late ones, below): where a name cannot be.
    const screen = (list: Finding[]): Finding[] => {
      let k = 0;
      for (let i = 0; i < list.length; i++) {
        let f = list[i]!;
        if (things.size > 0 && things.has(text.slice(f.start, f.end))) continue;
        if (!notCitation?.has(f.start) && inCitation(text, f.start, f.end)) continue;
        // (Not an athlete's placing: "2. Mai (LG Hildesheim) 31:42" is no date.)
        if ((dateWord(text, f.start, f.end) || placeNumber(text, f.start, f.end)) && !results.some((x) => x.start === f.start)) continue;
        // Part of an address or host name: "olumide@bankole.dev", "www.anna.de" (not "Dr.Leitner").
        if (text.charCodeAt(f.start - 1) === 46 && inAddress(text, f.start, f.end)) continue;
        if (blocked !== null && blocked(f.start, f.end)) continue;
        if (placeInAddress(text, f.start, f.end)) continue;
        // An office or role, not its holder ("Richter am Landgericht", "Consultant Radiologist"); an eponym ("Murphy's sign", "Morbus Crohn").
        if (officeWordNoName(text, f.start, f.end, L) || rolesOnly(text, f.start, f.end, L) || eponymOrInstitution(text, f.start, f.end)) continue;
        // "Rechtspflegerin [Thomsen]", "[Brauckmann], Oberstaatsanwalt": the name without its office
        // (and the tests below on the name alone).
        const nameStart = afterOffice(text, f.start, f.end, L);
        const nameEnd = beforeOffice(text, nameStart, f.end);
        if (nameStart > f.start || nameEnd < f.end) f = { ...f, start: nameStart, end: nameEnd };
        // A venue's name after a capital "The" inside a sentence: "Leaving do at The Green Man".
        if (venueAfterThe(text, f.start)) continue;
        // An XML element's name ("</MsgId>", "<Nm>"), a degree's subject ("Dipl.-Psych.", "M.Sc. Phys.").
        if (tagName(text, f.start, f.end) || degreeSubject(text, f.start, f.end) || botName(text, f.start, f.end)) continue;
        // A car's model after its make, a storm's name: read from the word before (a set lookup).
        const before = wordBefore(text, f.start);
        if (before !== '' && VEHICLE_MAKES.has(before)) continue;
        const sp = text.indexOf(' ', f.start);
        // (As the span's first word, only before no listed surname: "Ford Prefect" may be someone.)
        if (sp > f.start && sp < f.end && VEHICLE_MAKES.has(text.slice(f.start, sp)) && !L.surname.has(text.slice(sp + 1, f.end).split(' ')[0]!)) continue;
        // A make alone before its model ("| Ford Transit Custom |", "Skoda Octavia"), and a model the
        // text names after its make, alone elsewhere ("Renault Zoe" … "die zoe", "(Zoe in Werkstatt)").
        const word = sp < 0 || sp >= f.end ? text.slice(f.start, f.end) : undefined;
        if (word !== undefined && ((VEHICLE_MAKES.has(word) && MODEL_AFTER.test(text.slice(f.end, f.end + 2))) || (models ??= vehicleModels(text, r.toks, L)).has(word.toLowerCase()))) continue;
        // An animal's name, wherever the text uses it: "Elefantenkuh Frieda", "Hengst „Sultan“", 'Red panda "Ruby"',
        // a groomer's or a vet's "Bruno;Golden Retriever;Baden", "Mia (der Beagle)".
        if (animals !== null && animals.has(text.slice(f.start, f.end))) continue;
        // … and the animal's kind before its quoted name: "Wolf „Kuno“".
        if (animalKindBeforeName(text, f)) continue;
        // (Also with the name in quotes: 'Sturmtief „Joris“', 'Hurricane "Milton"'.)
        if ((before !== '' && WEATHER_WORDS.has(before)) || (before === '' && OPEN_QUOTES.includes(text.charAt(f.start - 1)) && WEATHER_WORDS.has(wordBefore(text, f.start - 1)))) {
          // … and the words a list rule read as the next names of it: "Sturmtief Gerrit, Dach + Carport".
          while (i + 1 < list.length && LIST_NEXT_WORD.test(text.slice(list[i]!.end, list[i + 1]!.start)) && wordClass(text.slice(list[i + 1]!.start, list[i + 1]!.end)) === 'w') i++;
          continue;
        }
        // The first word of a form's label: "Job title:", "Buddy assigned:", "Emp ID:"; also read as
        // a name's last word ("Rohan Deshpande Emp ID:").
        const labelAt = labelHead(text, f.start, f.end);
        if (labelAt === f.start) continue;
        if (labelAt > f.start) {
          list[k++] = { ...f, end: labelAt };
          continue;
        }
        // Chat shorthand and function words that a lower-case or capitals rule read as a name: "call me pls", "NOT to drive".
        if (word !== undefined && word.length <= 4 && CHAT_WORDS.has(word.toLowerCase())) continue;
        // "3rd Floor", "2. Stock", "11th Level": a storey, not a person.
        if (ordinalBefore(text, f.start) && !text.slice(f.start, f.end).includes(' ')) continue;
        // "Tore: 1:0 Yilmaz (8.)": a scorer line's label, not a speaker or a given name.
        if (word !== undefined && text.charCodeAt(f.end) === 58 && scorerLabel(word, text.slice(f.end + 1, f.end + 40))) continue;
        // A chat's "Mach ich." / "Mach mal": the verb, not Ernst Mach.
        if (word === 'Mach' && MACH_VERB.test(text.slice(f.end, f.end + 8))) continue;
        // A firm of two names: "Johnson & Johnson", "Marks & Spencer plc".
        if (word !== undefined && firmPair(text, f.start, f.end)) continue;
        // A room, a site or a tool named after someone: 'Meeting room "Joyce"', "Raum Brahms", "the
        // Wellington office", "the Jenkins build".
        if (word !== undefined && (roomBefore(text, f.start) || thingAfter(text, f.end))) continue;
        list[k++] = f;
      }
      list.length = k;
      return list;
    };
    out = screen(out);
    // Two names with one blank between are one person's: "Ngozi Adeleke" found as "Ngozi" (model)
    // and "Adeleke" (list) would otherwise be two tokens, and the LLM would see two people.
    let k = 0;
    for (let i = 0; i < out.length; i++) {
      const f = out[i]!;
      const prev = k > 0 ? out[k - 1]! : undefined;
      if (prev && f.start === prev.end + 1 && text.charCodeAt(prev.end) === 32 && f.end > prev.end) {
        out[k - 1] = { ...prev, end: f.end, score: Math.max(prev.score, f.score) };
        continue;
      }
      // A span inside the one before (a speaker line found by its layout and by the lists): once, at the better score.
      if (prev && f.start >= prev.start && f.end <= prev.end) {
        if (f.score > prev.score) out[k - 1] = { ...prev, score: f.score };
        continue;
      }
      out[k++] = f;
    }
    out.length = k;
    // "Sommer, Lea", "Nguyen, Thi Lan": a surname and the given name after its comma are one
    // person's name, as forms and lists write it; one token for the LLM, the vault's "Schmidt, Anna" form.
    out = joinInverted(text, out, L);
    // "Nurul Huda binti Ismail", "Priya d/o Subramaniam": a Malay or Singaporean name with its father's is one name.
    if (PATRONYMIC_HINT.test(text)) out = joinPatronymic(text, out);
    // "Lee Wai Kit", "Cheah Mei Ling": a Chinese family name and two given syllables.
    const chinese = chineseNames(text);
    if (chinese.length) out = unionSorted(out, chinese);
    // "Tran Quoc Bao", "Vu Thi Huong": a Vietnamese family name and its given syllables.
    const vietnamese = vietnameseNames(text);
    if (vietnamese.length) out = unionSorted(out, vietnamese);
    // "Ryan Street", "Lois Lane": a given name and a street word that is no address.
    const streets = streetSurnames(text, L);
    if (streets.length) out = unionSorted(out, streets);
    // "Jan Kowalski", "May Chen": a given name the rules took for a month or modal.
    const pairs = wordGivenNames(text, r.toks, out, L);
    if (pairs.length) out = unionSorted(out, pairs);
    // "Jordan White" found, then "EXPENSES J WHITE MILEAGE" on the same statement.
    // (Any word in capitals will do: an interview's speaker labels "KORKMAZ:" stand alone.)
    if (caps || CAPS_WORD.test(text)) {
      const again = capsMentions(text, r.toks, out, L);
      if (again.length) out = unionSorted(out, again);
    }
    // Initials next to a name ("K. Schmidt", "M. D.", "Ekström , Å.") belong to it.
    completeInitials(text, out);
    // "Farieda Jacobs, Themba Mahlangu, Grant Summerfield": the other full names of a list of found ones.
    const listed = listMates(text, out, L);
    if (listed.length) out = unionSorted(out, listed);
    // "(Klein, Fuchs, Lange)", "Schmitt/Antoniou": one-word names listed beside a found one.
    const bareMates = listMatesOfBare(text, out, L);
    if (bareMates.length) out = unionSorted(out, bareMates);
    // A rota's or a plan's columns: "Bauer", "Lang", "Jung, K." in a column of found names.
    const columned = columnMates(text, out, L);
    if (columned.length) out = unionSorted(out, columned);
    // "Pastor          Nguyen          Schmied": the signature row under a judgment.
    const signed = signatureRows(text, out, L);
    if (signed.length) out = unionSorted(out, signed);
    // "K PATEL & R PATEL", "D Flanagan & R Flanagan": a second holder with the found one's surname.
    const second = sharedSurname(text, out);
    if (second.length) out = unionSorted(out, second);
    // Initials and user names the text defines for a person ("Gareth Price (GP)", "Tobias Lange
    // (tlange)"), wherever they are used alone.
    const aliases = definedAliases(text, out, L, r.toks);
    if (aliases.length) out = unionSorted(out, aliases);
    // "@sunnywithsade | Sade Adewale", "Melina Papadakis, Instagram @melina.kocht": a handle made of
    // the name of someone named on its line (a handle alone counts only when made of a name: socialMentions).
    if (text.indexOf('@') >= 0) {
      const handles = handlesOfNamed(text, out);
      if (handles.length) out = unionSorted(out, handles);
    }
    // 'Graham Woodhead ("Woody")', and "Woody" alone later on.
    const nicks = nicknames(text, out, L);
    if (nicks.length) out = unionSorted(out, nicks);
    // "Riaan du Plessis" found in two, "G Mason", "Bryce T", "Chloe Fa'asavalu", "Summer Brooks":
    // the parts left beside a name.
    out = widenNames(text, out, r.lang, L);
    const late = laterMentions(text, r.toks, r.lang, out, sources, spans);
    if (late.length) out = unionSorted(out, screen(late.map((s) => ({ type: 'PERSON' as const, start: s.start, end: s.end, score: s.score, detector: 'person' }))));
    // Animals' names again: later passes read some of them as names (a nickname, a list's item).
    // And a town or country no name list knows ("Lagos", "Brisbane", "Zagreb"), unless a title
    // stands before it or an office or a case citation found it ("Ashcroft v. Iqbal, 556 U.S. 662").
    // Roles again: a list rule reads "Rosalind Achterberg, Ward Sister" as two names.
    const byOffice = (f: Finding) => official.some((o) => o.start === f.start && o.end === f.end);
    return out.filter((f) => !isAnimal(text, f, animals) && !(unlistedPlace(text, f.start, f.end, L) && !byOffice(f)) && !rolesOnly(text, f.start, f.end, L));
  },
};

/** A list's next item after a name: ", " or " and " and two or three capitalised words, then the item's end. */
/** Two or three capitalised words (double names too): a list item that may be a name. */
const ITEM_NAME = String.raw`(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?){1,2})`;
const NEXT_ITEM = new RegExp(String.raw`^(?:,[ \t]+|[ \t]+(?:and|und|&)[ \t]+)${ITEM_NAME}(?=[ \t]*(?:[,;.)]|\r?\n|$)|[ \t]+(?:and|und|&)[ \t])`, 'u');
const PREV_SEP = /(?:,|[ \t](?:and|und|&))[ \t]+$/;

/**
 * Full names listed with two found ones or more: "Received: Farieda Jacobs, Themba Mahlangu, Grant
 * Summerfield" (the last opens with a word, "Grant"). An item after a found name that follows
 * another found name in the same list, of two or three capitalised words, each a listed name or
 * name-like, the last no ordinary word.
 */
function listMates(text: string, found: readonly Finding[], L: NameLists): Finding[] {
  const out: Finding[] = [];
  for (let i = 1; i < found.length; i++) {
    const a = found[i - 1]!;
    const f = found[i]!;
    // An item between two found names: "Glenys Rowlands (Chair), Abdi Warsame, Patricia Brown-Lewis".
    if (f.start - a.end > 8 && f.start - a.end < 80 && text.charCodeAt(f.start - 2) === 44) {
      const g = BETWEEN_ITEMS.exec(text.slice(a.end, f.start));
      if (g && mates(g[1]!.split(/[ \t]+/), L, true)) {
        const start = f.start - g[0].length + g[0].indexOf(g[1]!, g[0].indexOf(','));
        out.push({ ...f, start, end: start + g[1]!.length, score: 0.7 });
      }
    }
    // Cheapest first: what follows must open a next item (", " or " and").
    const next = text.charCodeAt(f.end);
    if (next !== 44 && next !== 32) continue;
    if (f.start - a.end > 6 || f.end - f.start < 5 || !PREV_SEP.test(text.slice(a.end, f.start))) continue;
    const sp = text.indexOf(' ', f.start);
    if (sp < 0 || sp >= f.end) continue;
    const m = NEXT_ITEM.exec(text.slice(f.end, f.end + 64));
    if (!m) continue;
    const start = f.end + m[0].length - m[1]!.length;
    if (i + 1 < found.length && found[i + 1]!.start < start + m[1]!.length) continue;
    if (!mates(m[1]!.split(/[ \t]+/), L)) continue;
    out.push({ ...f, start, end: start + m[1]!.length, score: 0.7 });
  }
  return out;
}

/**
 * A list item's words read as a name: no firm or never-name word, each listed or name-like, the
 * last no ordinary word. Between two found names of the list (`between`), a never-name or firm
 * word that the lists hold as a name is one too: "Joyce Winter, Will Chambers, Nikos Antoniou".
 */
function mates(words: readonly string[], L: NameLists, between = false): boolean {
  const last = words[words.length - 1]!;
  if (words.some((w) => (NEVER_NAMES.has(w) || ORG_WORDS.has(w)) && !(between && listedName(L, w)))) return false;
  if (!words.every((w) => w.split('-').every((p) => listedName(L, p) || nameLikeClass(wordClass(p))) || L.given.has(w))) return false;
  return !(wordClass(last) === 'w' && !listedName(L, last));
}
/** The gap between two found names of a list holding one more: "(Chair), Abdi Warsame, ". */
const BETWEEN_ITEMS = new RegExp(String.raw`^(?:[ \t]*\([^()\n]{1,30}\))?,[ \t]+${ITEM_NAME},[ \t]+$`, 'u');

/** After a found name ending in a surname: "& R PATEL", "& M. Roberts-Khan" (one or two initials, the same surname). */
function sharedSurname(text: string, found: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of found) {
    if (text.charCodeAt(f.end) !== 32 || text.charCodeAt(f.end + 1) !== 38) continue;
    const sp = text.lastIndexOf(' ', f.end - 1);
    if (sp < f.start) continue;
    const surname = text.slice(sp + 1, f.end);
    const m = SECOND_HOLDER.exec(text.slice(f.end, f.end + 12 + surname.length));
    if (!m || text.slice(f.end + m[0].length, f.end + m[0].length + surname.length) !== surname || /[\p{L}\p{N}]/u.test(text.charAt(f.end + m[0].length + surname.length))) continue;
    out.push({ ...f, start: f.end + m[0].length - m[1]!.length, end: f.end + m[0].length + surname.length });
  }
  return out;
}
const SECOND_HOLDER = /^ &[ \t]+((?:\p{Lu}\.?[ \t]+){1,2})/u;

/**
 * Text with the escaped line breaks of JSON strings, iCalendar and log lines ("Hi all\,\n\nRich –
 * please bring …") as real ones, at the same offsets: "\n" becomes a blank and a line break,
 * "\," a blank and a comma. The rules read lines (salutations, sign-offs, list items). Only in a
 * text with two or more "\n": one is as likely a path ("C:\new").
 */
function unescapedLines(text: string): string {
  const first = text.indexOf('\\n');
  if (first < 0 || text.indexOf('\\n', first + 2) < 0) return text;
  return text.replace(/\\([n,])/g, (_, c: string) => (c === 'n' ? ' \n' : ' ,'));
}

/**
 * Text with the quote marks of a quoted e-mail reply ("> Mit freundlichen Grüßen\n> S. Kern, MFA")
 * as blanks, at the same offsets: the rules that read a line's start (sign-offs, signatures, list
 * items) then read quoted lines as they read the others.
 */
function unquotedLines(text: string): string {
  if (text.charCodeAt(0) !== 62 && text.indexOf('\n>') < 0 && !QUOTED_LINE_INDENTED.test(text)) return text;
  return text.replace(QUOTE_MARKS, (q) => q.replace(/>/g, ' '));
}
// (A blank or another mark after it: ">Anna >Sales >London" joins a record's fields.)
const QUOTE_MARKS = /^[ \t]*>(?:[ \t]*>)*(?=[ \t]|$)/gm;
const QUOTED_LINE_INDENTED = /\n[ \t]+>/;

/** What stands between a list's names: the words a list rule read as the next names of a dropped one. */
const LIST_NEXT_WORD = /^,[ \t]*$/;
/** A car's model after its make: "Kia Niro", "Ford Ranger", "Škoda Octavia Combi" (also as the span's first word). */
const VEHICLE_MAKES = new Set('Kia Ford Toyota Škoda Skoda VW Volkswagen Audi BMW Mercedes Mercedes-Benz Opel Renault Peugeot Citroën Citroen Fiat Nissan Honda Hyundai Mazda Volvo Tesla Seat Dacia Vauxhall Jaguar Porsche Suzuki Mitsubishi Subaru Lexus Cupra'.split(' '));
/** Chat shorthand and function words: never a name alone. */
const CHAT_WORDS = new Set('pls plz thx btw lol omg idk imo fyi asap ok okay not and or but yes no'.split(' '));

/** A capitalised word right after a make: its model ("Ford Transit", "VW Caddy"). */
const MODEL_AFTER = /^ \p{Lu}/u;
const MODEL_WORD = /^\p{Lu}[\p{Ll}\p{N}]+$/u;

/**
 * The models a text names after their makes, in lower case ("Renault Zoe" → "zoe"); not a listed
 * surname, which follows a make that is also a given name ("Mercedes Müller"). Read from the
 * tokens: a search for the makes over the whole text cost ~2 % of the person detector.
 */
function vehicleModels(text: string, toks: readonly Tok[], L: NameLists): Set<string> {
  const models = new Set<string>();
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (!(t.cap || t.upper) || !VEHICLE_MAKES.has(t.w)) continue;
    const n = toks[i + 1]!;
    if (n.s !== t.e + 1 || text.charCodeAt(t.e) !== 32 || !MODEL_WORD.test(n.w)) continue;
    if (!L.surname.has(n.w) && !L.census.has(n.w)) models.add(n.w.toLowerCase());
  }
  return models;
}

/** A storm's or a weather system's name: "Sturmtief Gerrit", "Orkan Sabine", "Storm Ciarán". */
const WEATHER_WORDS = new Set('Sturmtief Orkantief Tief Hoch Sturm Orkan Storm Hurricane Typhoon Cyclone'.split(' '));

/** The word (letters and hyphens) that ends before `at` after blanks, or "" when none does. */
function wordBefore(text: string, at: number): string {
  const e = blanksBefore(text, at);
  if (e === at) return '';
  let s = e;
  while (s > 0 && s > e - 16 && (isLatinLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 45)) s--;
  // Longer than any make or weather word: none of them (not the tail of a compound).
  if (s > 0 && isLatinLetter(text.charCodeAt(s - 1))) return '';
  return s < e ? text.slice(s, e) : '';
}

/** "at The Green Man", "to The Old Vicarage": "The" capitalised after a lower-case word. */
const VENUE_THE = /[a-z][ \t]+The[ \t]+$/;

function venueAfterThe(text: string, start: number): boolean {
  return text.charCodeAt(start - 4) === 84 /* T */ && VENUE_THE.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * A label's second word and its colon: "Job title:", "Buddy assigned:", "Emp ID:". Only words that
 * end a two-word label; a name is often followed by a one-word label ("Tom Reed phone:").
 */
const LABEL_TAIL = /^[ \t]+(?:title|assigned|id|ID|no\.?|number|holder|name|date|type|code|details|ref|reference|manager|status)[ \t]*:/;

/** Where a label's first word starts inside [start, end), when the finding ends with one; else -1. */
function labelHead(text: string, start: number, end: number): number {
  const next = text.charCodeAt(end);
  if ((next !== 32 && next !== 9) || !LABEL_TAIL.test(text.slice(end, end + 16))) return -1;
  const blank = text.lastIndexOf(' ', end - 1);
  if (blank < start) return start;
  // The name before it ends at the blank ("Rohan Deshpande" of "Rohan Deshpande Emp").
  return blank;
}

/** See joinInverted(): the comma and one blank between surname and given name (a bare comma separates a CSV row's fields). */
function commaGap(text: string, end: number, start: number): boolean {
  return start === end + 2 && text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32;
}

function joinInverted(text: string, out: Finding[], L: NameLists): Finding[] {
  return joinAdjacent(out, (f, next, prev) => {
    if (!commaGap(text, f.end, next.start)) return false;
    const sur = text.slice(f.start, f.end);
    const given = text.slice(next.start, next.end);
    const first = given.split(' ')[0]!;
    // One surname word (perhaps double), then one or two words opening with a listed given
    // name; the surname no given name itself ("Anna, Tom" is a list), and not itself after a
    // comma ("Meier, Müller, Anna": a list's items).
    return (
      !/[\s,]/.test(sur) &&
      /^\p{Lu}/u.test(sur) &&
      !/,/.test(given) &&
      given.split(' ').length <= 2 &&
      L.given.has(titled(first)) &&
      !L.given.has(titled(sur)) &&
      !(prev !== undefined && commaGap(text, prev.end, f.start))
    );
  });
}

/** Neighbouring findings joined into one where `joins` says so (`prev`: the last finding kept before `f`). */
function joinAdjacent(out: Finding[], joins: (f: Finding, next: Finding, prev: Finding | undefined) => boolean): Finding[] {
  let k = 0;
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    const next = out[i + 1];
    if (next && joins(f, next, k > 0 ? out[k - 1] : undefined)) {
      out[k++] = { ...f, end: next.end, score: Math.max(f.score, next.score) };
      i++;
      continue;
    }
    out[k++] = f;
  }
  out.length = k;
  return out;
}

const PATRONYMIC_HINT = new RegExp(String.raw` ${PATRONYMIC_LINK} \p{Lu}`, 'u');
/** Between a name and the father's: the connector, perhaps after a second given name ("Mohd Faizal bin"). */
const PATRONYMIC_GAP = new RegExp(String.raw`^[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?${PATRONYMIC_LINK}[ \t]+$`, 'u');

function joinPatronymic(text: string, out: Finding[]): Finding[] {
  out = joinAdjacent(out, (f, next) => next.start - f.end <= 24 && PATRONYMIC_GAP.test(text.slice(f.end, next.start)));
  // The father's name after a found one: "Rajesh Kumar s/o Muthusamy", "Mohd Faiz bin Rosli".
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    const m = FATHER_AFTER.exec(text.slice(f.end, f.end + 60));
    const next = out[i + 1];
    if (m && (!next || next.start >= f.end + m[0].length)) out[i] = { ...f, end: f.end + m[0].length };
  }
  // Neither side found: the Indian-Malaysian and Singaporean connectors say it is one person's
  // name ("Ganesan a/l Muniandy", "Priya d/o Subramaniam"); "bin" is also an English word.
  const added: Finding[] = [];
  PATRONYMIC_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATRONYMIC_NAME.exec(text))) added.push({ type: 'PERSON', start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, score: 0.85, detector: 'person' });
  return added.length ? unionSorted(out, added) : out;
}

const FATHER_AFTER = new RegExp(String.raw`^[ \t]+${PATRONYMIC_LINK}[ \t]+\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?(?![\p{L}\p{M}])`, 'u');
const PATRONYMIC_NAME =
  /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?[ \t]+(?:binti|binte|bte|[ds]\/o|a\/[lp])[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?![\p{L}\p{M}])/gu;

/** Both lists' spans in order, overlapping ones joined (the wider extent, the higher score). */
function unionSorted(a: readonly Finding[], b: readonly { start: number; end: number; score: number }[]): Finding[] {
  const all: Finding[] = [...a, ...b.map((s) => ({ type: 'PERSON' as const, start: s.start, end: s.end, score: s.score, detector: 'person' }))];
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Finding[] = [];
  for (const f of all) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end > prev.end || f.score > prev.score) out[out.length - 1] = { ...prev, end: Math.max(prev.end, f.end), score: Math.max(prev.score, f.score) };
      continue;
    }
    out.push(f);
  }
  return out;
}

/**
 * A test whether [start, end) lies inside one of the ranges (null when there are none). Sorted by
 * start with a running maximum of ends, so a test is one binary search: a form-heavy text has
 * thousands of labels, and a scan over them per finding would be quadratic.
 */
function insideAny(ranges: ReadonlyArray<{ start: number; end: number }>): ((start: number, end: number) => boolean) | null {
  if (ranges.length === 0) return null;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const starts = sorted.map((x) => x.start);
  const maxEnd: number[] = [];
  let m = -1;
  for (const x of sorted) maxEnd.push((m = Math.max(m, x.end)));
  return (start, end) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! >= end;
  };
}

/** Whether [start, end) lies in a blank-free run holding "@", "://" or "www." (an address or URL). */
function inAddress(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && a > start - 80 && !/\s/.test(text.charAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b < end + 80 && !/\s/.test(text.charAt(b))) b++;
  const run = text.slice(a, b);
  return run.includes('@') || run.includes('://') || run.startsWith('www.') || run.startsWith('<www.');
}

/** A British, Irish or Australian postcode, or a German one before its town ("Nottingham NG5 1JP", "Cork T12 R6K4", "Sydney NSW 2000"). */
const POSTCODE_AFTER = /^,?(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?,?[ \t]+)?(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d{2}[ \t][A-Z\d]{4}|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \t]\d{4})\b/u;
/** A street before: "3 Rectory Close, ", "22 Zoo Road, Apapa, ", "Carrigaline Road, ". */
const STREET_BEFORE = /(?:^|[\d,:][ \t]*|\n)(?:\d+[A-Za-z]?,?[ \t]+)?(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:Road|Rd|Street|St|Close|Lane|Avenue|Ave|Drive|Way|Rise|Hill|Court|Crescent|Place|Gardens|Terrace|Grove|Square|Wharf|Row|Mews|Walk|Estate|Parade|Quay)\.?,[ \t]+(?:\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?,[ \t]+)?$/u;

/** Before a county's name: "Co." after a comma or at a line's start ("Ennistymon, Co. Clare"), "County". */
const COUNTY_BEFORE = /(?:(?:^|,[ \t]*|\n)Co\.|(?:^|[^\p{L}])County)[ \t]$/u;

/**
 * A place in a postal address, whatever the name lists say: the town or district before a
 * postcode ("Sherwood, Nottingham NG5 1JP", "Long Eaton, NG10 1AB") or after a street ("22 Zoo
 * Road, Kano", "5 Maryborough Hill, Douglas, Cork").
 */
function placeInAddress(text: string, start: number, end: number): boolean {
  // Every postcode holds a digit: the regex runs only where one follows within reach.
  if (digitWithin(text, end, end + 40)) {
    const m = POSTCODE_AFTER.exec(text.slice(end, end + 40));
    // The postcode on the next line: a town's own line of an address block ("Hoole Road\nChester\n
    // CH2 3NH"), one word; a signature's name there stays a name.
    if (m && (!m[0].includes('\n') || text.lastIndexOf(' ', end - 1) < start)) return true;
  }
  const c = text.charCodeAt(start - 2);
  if (c === 44 /* , */ && STREET_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return true;
  // An Irish or British county: "Ennistymon, Co. Clare", "County Kerry".
  if (COUNTY_BEFORE.test(text.slice(Math.max(0, start - 9), start))) return true;
  // A German postcode before the town, opening an address line or after its separator: "77694
  // Kehl", "Hafenstraße 40 · 77694 Kehl" (one word: "12345 Anna Schmidt" stays a name).
  return isDigit(c) && !text.slice(start, end).includes(' ') && POSTCODE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
const POSTCODE_BEFORE = /(?:^|\n|[·,|][ \t]*)(?:D-)?\d{5}[ \t]+$/;

function digitWithin(text: string, from: number, to: number): boolean {
  for (let k = from; k < to && k < text.length; k++) if (isDigit(text.charCodeAt(k))) return true;
  return false;
}

/**
 * A one-word place name that is no listed given name or surname ("Lagos", "Brisbane"; not
 * "Milan", "Georgia", "Washington"), in mixed case, with no title before it ("Mr Whitby").
 */
function unlistedPlace(text: string, start: number, end: number, L: NameLists): boolean {
  if (end - start < 4 || end - start > 20) return false;
  const word = text.slice(start, end);
  if (word === word.toUpperCase()) return false;
  // A town no list of names or places holds, after a place's preposition or noun or a postcode:
  // "in Amberg", "Schlacht bei Kappel", "Ortsteil Frintrop", "51674 Wiehl" (not "mit Saalfeld",
  // "betont Schmelz").
  // (Context first: the town list is built on first use, which a one-line run should not pay for.)
  if (!isPlaceWord(word)) return TOWN_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && !NAME_GOES_ON.test(text.slice(end, end + 3)) && isTownWord(word);
  // A place that is also a name ("Richmond", "Dallas", "Wellington"): a place after "in", "nach",
  // "aus", "near", unless a surname or "'s" follows ("in Dallas's office", "in Richmond Lee's").
  // ("from" and "to" are a person's as often: "an e-mail from Dallas", "I spoke to Richmond".)
  if (L.given.has(word) || L.surname.has(word)) return PLACE_PREP_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && !NAME_GOES_ON.test(text.slice(end, end + 3));
  return !TITLE_BEFORE.test(text.slice(Math.max(0, start - 7), start));
}

const PLACE_PREP_BEFORE = /(?:^|[^\p{L}])(?:in|nach|aus|near)[ \t]+$/u;
const TOWN_BEFORE = /(?:(?:^|[^\p{L}])(?:in|nach|aus|bei|nahe|near|Stadtteil|Ortsteil|Gemeinde|Stadt|town of|city of|village of)|(?:^|[^\d])\d{4,5})[ \t]+$/u;
const NAME_GOES_ON = /^(?:['’]s|[ \t]+\p{Lu})/u;

const ORDINAL_BEFORE = /\b\d{1,3}(?:st|nd|rd|th)[ \t]$/;

/** ORDINAL_BEFORE at start; most names have no "st", "nd", "rd" or "th" before them, and no slice is made for those. */
function ordinalBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 2);
  if (c !== 116 && c !== 100 && c !== 104) return false; // t, d, h
  return ORDINAL_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

const WEEKDAYS = new Set('Mon Tue Wed Thu Fri Sat Sun Mo Di Mi Do Fr Sa So'.split(' '));
const DATE_WORDS = new Set(
  `Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun Mo Di Mi Do Fr Sa So
  Januar Februar März April Mai Juni Juli August September Oktober November Dezember January February March June July
  October December Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Monday Tuesday Wednesday Thursday
  Friday Saturday Sunday`.split(/\s+/),
);

/** ROOM_BEFORE before `start` (read only where the word before ends like "room", "Raum", "Saal"). */
function roomBefore(text: string, start: number): boolean {
  let b = start - 1;
  if (OPEN_QUOTES.includes(text.charAt(b))) b--;
  if (text.charCodeAt(b) !== 32 && text.charCodeAt(b) !== 9) return false;
  b = blanksBefore(text, b + 1) - 1;
  const c2 = text.charCodeAt(b - 1);
  const c3 = text.charCodeAt(b);
  if (!((c2 === 111 && c3 === 109) || (c2 === 117 && c3 === 109) || (c2 === 97 && c3 === 108))) return false;
  return ROOM_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
/** THING_AFTER after `end` (read only where a blank and a lower-case letter follow). */
function thingAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 9) return false;
  const d = text.charCodeAt(end + 1);
  return d >= 98 && d <= 121 && THING_AFTER.test(text.slice(end, end + 14));
}
/** A room's word before its name, perhaps with an opening quote: 'Meeting room "', "Besprechungsraum „", "Raum ". */
const ROOM_BEFORE = /(?:\b[Rr]oom|[Rr]aum|[Ss]aal)[ \t]+["„“'‚‘»«]?$/u;
/** A site, a building or a tool after a name (no possessive): "Wellington office", "Katherine depot", "Jenkins pipeline". */
const THING_AFTER = /^[ \t]+(?:office|depot|branch|site|campus|warehouse|showroom|yard|terminal|build|pipeline|server|plugin|skill)\b/;

/**
 * The word at [start, end) is one half of a firm's "X & Y": both halves the same word ("Johnson &
 * Johnson"), or a legal form after the pair ("Marks & Spencer plc", "Carter & Finch Europe SL").
 * Two people joined so ("Anna & Tom") are neither.
 */
function firmPair(text: string, start: number, end: number): boolean {
  // Cheap test first (this runs on every one-word finding): an "&" next to the word.
  if (text.charCodeAt(blanksAfter(text, end)) !== 38 && text.charCodeAt(blanksBefore(text, start) - 1) !== 38) return false;
  const w = text.slice(start, end);
  const after = FIRM_PAIR_AFTER.exec(text.slice(end, end + 60));
  if (after !== null) return (after[1] === w && !/^vs?\.?$/.test(after[2] ?? '')) || LEGAL_FORMS.has(after[2] ?? '') || LEGAL_FORMS.has(after[3] ?? '');
  const before = FIRM_PAIR_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before === null) return false;
  // (A couple as a party: "Baker & Baker v Kingsmead Lettings Ltd".)
  return (before[1] === w && !/^[ \t]+(?:v|vs)\.?[ \t]/.test(text.slice(end, end + 6))) || FIRM_TAIL.test(text.slice(end, end + 30));
}
const FIRM_PAIR_AFTER = /^[ \t]+&[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*)(?:[ \t]+([\p{L}.]+)(?:[ \t]+([\p{L}.]+))?)?/u;
const FIRM_PAIR_BEFORE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+&[ \t]+$/u;
const FIRM_TAIL = new RegExp(`^(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}]*)?[ \\t]+(?:${[...LEGAL_FORMS].join('|')})(?![\\p{L}])`, 'u');

const MACH_VERB = /^[ \t]+(?:ich|mal|das|es|du|ma)(?![\p{L}])/u;

/** Rooms, halls and stands by their number: "Halle 2", "Zimmer: B 2.14", "Raum 1.08", "Hall 3". */
// (And a school's years and classes, a hospital's wards and beds, a project's stages: "Year 5", "Ward 7", "Klasse 3".)
const PLACE_NOUNS = new Set([
  'Halle', 'Zimmer', 'Raum', 'Saal', 'Gebäude', 'Haus', 'Tor', 'Gleis', 'Stand', 'Hall', 'Room', 'Gate', 'Unit', 'Suite', 'Floor', 'Block',
  'Year', 'Grade', 'Class', 'Klasse', 'Stufe', 'Ward', 'Bay', 'Bed', 'Platform', 'Stage', 'Phase', 'Plot', 'Lot', 'Level',
  'Line', 'Linie', 'Zone', 'Dock', 'Pier',
  // (And a job card's or a print job's number: "Job no. W-58213", "Job #MR-55871", "Job 24-0613".)
  'Job',
]);
const NUMBER_AFTER = /^:?[ \t]*(?:(?:[Nn]o|NO|[Nn]r)\.?[ \t]*|#[ \t]*)?(?:[A-Z]{1,3}[ .-]?)?\d/;

/** A one-word finding that is a place noun with its number after it: "Halle 2 plus Dachterrasse". */
function placeNumber(text: string, start: number, end: number): boolean {
  return end - start <= 8 && PLACE_NOUNS.has(text.slice(start, end)) && NUMBER_AFTER.test(text.slice(end, end + 6));
}

/**
 * A month or weekday next to a number: "Mon, 9 Mar 2026", "Mai 2026", "3. August", "Thu Mar 12
 * 17:44:09" — a date, whatever the name lists say.
 */
function dateWord(text: string, start: number, end: number): boolean {
  if (end - start > 19) return false;
  // Most names are no month or weekday: their first word decides without a split.
  let k = start;
  while (k < end && text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 44) k++;
  if (!DATE_WORDS.has(text.slice(start, k))) return false;
  if (k < end && !text.slice(start, end).split(/[ ,]+/).every((w) => DATE_WORDS.has(w))) return false;
  // "Thu Apr 4 23:59:02 2024" (git, mail headers): a weekday before a month and a day.
  if (/^[ ,]{1,2}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ ]+\d/.test(text.slice(end, end + 12))) return true;
  // "Sat – Harriet Page", "Mon: Anna", "Di | Bauer / Kowalczyk": a short weekday heading a rota's line.
  // (Not a chat's speaker after its stamp: "[14.03.24, 09:31:02] Mo: …".)
  if (end - start <= 3 && WEEKDAYS.has(text.slice(start, end)) && /^[ \t]*[-–:|]/.test(text.slice(end, end + 3)) && text.charCodeAt(blanksBefore(text, start) - 1) !== 93) return true;
  // "Herr Mai 09131 / 77022": after a title, a surname; and a date has a day or a year after its
  // month ("Mai 2024", "May 12"), not a phone number's area code.
  if (TITLE_BEFORE.test(text.slice(Math.max(0, start - 7), start))) return false;
  return DAY_OR_YEAR_AFTER.test(text.slice(end, end + 8)) || /\d[.,]?[ \t]{0,2}$/.test(text.slice(Math.max(0, start - 4), start));
}
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Herrn?|Frau|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)[ \t]+$/u;
const DAY_OR_YEAR_AFTER = /^[.,]?[ \t]{0,2}(?:\d{1,2}(?!\d)|\d{4}(?!\d))/;

/**
 * The other surfaces under which the same person may later be mentioned alone: the surname with its
 * particles ("Ursula von der Leyen" → ["von der Leyen"]; "Schmidt, Anna" → ["Schmidt"]).
 * Honorifics are dropped ("Dr. Anna Schmidt" → ["Schmidt"]). A single-word name has none.
 */
export function nameVariants(fullName: string): string[] {
  const name = fullName.trim();
  const comma = name.match(/^([^,]+),\s*([^,]+)$/);
  if (comma) {
    const sur = comma[1]!.trim();
    return sur.includes(' ') || sur.length < 2 ? (sur.length >= 2 ? [sur] : []) : [sur];
  }
  const toks = tokenize(name).filter((t, i, all) => {
    // Drop leading honorifics ("Dr.", "Frau", "Prof.") but keep them inside a name.
    const leading = all.slice(0, i).every((p) => TITLES.has(p.w) || p.w === 'Ing' || p.w === 'med');
    return !(leading && (TITLES.has(t.w) || t.w === 'Ing' || t.w === 'med'));
  });
  const { surname } = variantsOf(toks, (t) => t.w);
  return surname && surname !== name ? [surname] : [];
}

/** [start, end) names an XML element: "<Nm>", "</Ustrd>", "<MsgId attr=…>". */
function tagName(text: string, start: number, end: number): boolean {
  const b = text.charCodeAt(start - 1);
  if (b !== 60 && !(b === 47 && text.charCodeAt(start - 2) === 60)) return false;
  const a = text.charCodeAt(end);
  return a === 62 || a === 32 || a === 47;
}

/** A chat bot's name, made like one: "SwiftBot", "ClubBot", "HelpBOT" (not "Abbot", "Talbot"). */
function botName(text: string, start: number, end: number): boolean {
  return end - start > 4 && BOT_NAME.test(text.slice(start, end));
}
const BOT_NAME = /^\p{Lu}\p{L}*\p{Ll}(?:Bot|BOT)$/u;

const DEGREE_BEFORE = /(?:Dipl\.[ -]?|[MB]\.[ ]?Sc\.[ ]|M\.[ ]?A\.[ ]|[MB]\.[ ]?Eng\.[ ])$/;

/** A degree's abbreviated subject after "Dipl.-" or "M.Sc.": "Psych.", "Phys.", "Kfm.". */
function degreeSubject(text: string, start: number, end: number): boolean {
  return end - start <= 6 && text.charCodeAt(end) === 46 && DEGREE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
