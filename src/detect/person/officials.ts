/**
 * Officials of courts and prosecutors' offices by their office, the way decisions, orders and
 * court letters name and sign them:
 *
 * - German: "Kallweit, Richterin am Amtsgericht", "Brauckmann, Oberstaatsanwalt", "Hölzle,
 *   JHSekr'in", a surname alone on the line above its office, "durch die Richterin am Amtsgericht
 *   Ohlendorf", "durch die Rechtspflegerin Thomsen";
 * - English: "HHJ Goode", "DJ Penhaligon", "Recorder Hartnell", "LORD JUSTICE ADEKUNLE", "HER
 *   HONOUR JUDGE KAUR", "SHERIFF FIONA McGLASHAN"; a transcript's "BY MS. NAKAMURA:", "MR. DUBOIS:";
 *   an American bench's "HOLLOWAY, P. J.", "DEMIRJIAN, J."; in a judgment, judges and counsel by
 *   post-nominal ("Swift J", "Underhill LJ", "Stephenson KC"), peers ("Lord Sales") and the people
 *   of cited cases ("Donoghue v Stevenson [1932]"), parties in capitals, and parties anonymised by
 *   letters ("M (the Mother)", "J.H., a minor") wherever those letters stand for them.
 *
 * The office words themselves are no names (officeWordNoName): "Sander / Richter am Amtsgericht",
 * "Vorsitzender Richter" ("Richter" is also one of the commonest German surnames).
 */
import { ambiguousName, titled, type NameLists } from './names.js';
import { isPlaceWord } from './places.js';
import type { ScoredSpan } from './span.js';
import { nameLikeClass, wordClass } from './words.js';

const OFFICE_DE = String.raw`(?:Vorsitzende[r]?[ \t]+)?(?:Richter(?:in)?|Rechtspfleger(?:in)?|(?:Ober|Leitende[r]?[ \t]+Ober)?[Ss]taatsanw(?:alt|ältin)|Amtsanw(?:alt|ältin)|Notar(?:in)?|Urkundsbeamt(?:er|in)|Justiz(?:beschäftigte|angestellte|sekretär(?:in)?|hauptsekretär(?:in)?|obersekretär(?:in)?|inspektor(?:in)?|amtsinspektor(?:in)?)r?|Gerichtsvollzieher(?:in)?|J[HO]?Sekr(?:['’]in|\.)?|JAng\.?|Direktor(?:in)?[ \t]+des[ \t]+Amtsgerichts|(?:Vize)?[Pp]räsident(?:in)?[ \t]+des[ \t]+\p{Lu}\p{Ll}*gerichts)(?![\p{L}])`;
const NAME_DE = String.raw`(\p{Lu}[\p{Ll}\p{M}ß'’]+(?:-\p{Lu}[\p{Ll}\p{M}ß]+)?(?:[ \t]+\p{Lu}[\p{Ll}\p{M}ß'’]+(?:-\p{Lu}[\p{Ll}\p{M}ß]+)?)?)`;
/** A signature: the name opens its line, the office follows after a comma or on the next line. */
const SIGNED_DE = new RegExp(String.raw`(?<=^|\n)[ \t]*(?:Dr\.[ \t]+)?${NAME_DE}[ \t]*(?:,[ \t]*|\r?\n[ \t]*)${OFFICE_DE}`, 'gu');
/** Named by the office: "die Richterin am Amtsgericht Ohlendorf", "die Rechtspflegerin Thomsen". */
const OFFICE_THEN_NAME = new RegExp(String.raw`${OFFICE_DE}(?:[ \t]+am[ \t]+\p{Lu}\p{Ll}*gericht)?[ \t]+(?:Dr\.[ \t]+)?(\p{Lu}[\p{Ll}\p{M}ß'’]+(?:-\p{Lu}[\p{Ll}\p{M}ß]+)?)(?![\p{L}\p{N}.-])`, 'gu');

const BENCH_EN = String.raw`(?:HHJ|HH[ \t]+Judge|DDJ|DJ|Recorder|RECORDER|(?:Lord|Lady|Mr|Mrs|Ms|LORD|LADY|MR|MRS|MS)[ \t]+(?:Justice|JUSTICE)|(?:His|Her|HIS|HER)[ \t]+(?:Honour|HONOUR)[ \t]+(?:Judge|JUDGE)|(?:(?:Deputy|DEPUTY|Upper|UPPER|First-tier|FIRST-TIER|District|DISTRICT|Circuit|CIRCUIT|Tribunal|TRIBUNAL|Employment|EMPLOYMENT|Immigration|IMMIGRATION)[ \t]+)+(?:Judge|JUDGE)|Sheriff|SHERIFF|(?:Deputy|DEPUTY|Chief|CHIEF|Senior|SENIOR|Costs|COSTS)[ \t]+(?:Master|MASTER)|(?:District|DISTRICT|Deputy|DEPUTY)[ \t]+(?:Registrar|REGISTRAR)|(?:Deputy|DEPUTY)[ \t]+(?:President|PRESIDENT))`;
const WORD_EN = String.raw`(?:Mc|Mac|O['’])?\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)?`;
/** "HHJ Goode", "LORD JUSTICE ADEKUNLE:", "SHERIFF FIONA McGLASHAN in the cause", "Deputy Master Chaudhry", "DEPUTY PRESIDENT O'KEEFE". */
const BENCH_HINT = /HHJ|DJ|Recorder|RECORDER|Justice|JUSTICE|Judge|JUDGE|Sheriff|SHERIFF|Master|MASTER|Registrar|REGISTRAR|President|PRESIDENT/;
const BENCH_THEN_NAME = new RegExp(String.raw`(?<![\p{L}])${BENCH_EN}[ \t]+(${WORD_EN}(?:[ \t]+${WORD_EN}){0,2})`, 'gu');
/** A transcript's examining lawyer or objector, in capitals: "BY MS. NAKAMURA:", "MR. DUBOIS:". */
const SPEAKER_CAPS = /(?<![\p{L}])(?:BY[ \t]+)?(?:MR|MS|MRS|MISS|DR)\.?[ \t]+([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+)?)(?=[ \t]*:)/gu;
/**
 * An American bench signs: "HOLLOWAY, P. J.", "DEMIRJIAN, J.", "We concur: … ". The match opens at
 * the comma and the name is looked behind for: opening with the name's capital made V8 try the
 * pattern at every position (18 → 2 ms per 4 MB).
 */
const JUSTICE_CAPS = /,(?<=(?<![\p{L}])([A-Z][A-Z'’-]{2,}),)[ \t]+(?:P\.[ \t]?J\.|C\.[ \t]?J\.|J\.)(?![\p{L}])/gu;

/** A judgment or a court's order: where post-nominal judges, peers and case names are read. */
const JUDGMENT_HINT = /\b(?:JUDGMENT|Judgment|judgment|Court of Appeal|High Court|Supreme Court|Court of Session|Tribunal|Appellant|APPELLANT|Respondent|RESPONDENT|Claimant|Defendant|Plaintiff|Pursuer)\b/;
/** A judge by the post-nominal of the office: "Swift J", "Underhill LJ", "Vos MR", "PERRIN J", "Stephenson KC". */
const POST_NOMINAL = new RegExp(String.raw`(?<![\p{L}\p{N}])(${WORD_EN}(?:[ \t]+${WORD_EN})?),?[ \t]+(?:LJJ|LJ|JJ|J|MR|CJ|LCJ|JA|JSC|JCA|SCJ|KC|QC|SAN|SC|P)(?![\p{L}\p{N}])`, 'gu');
/** A peer on the bench: "Lord Sales", "LORD REED", "Lady Rose" (not "Lord Justice", "Lord Chancellor"). */
const PEER = new RegExp(String.raw`(?<![\p{L}])(?:Lord|Lady|LORD|LADY)[ \t]+(${WORD_EN})(?![\p{L}\p{N}])`, 'gu');
const NOT_PEER = /^(?:Justice|JUSTICE|Chief|CHIEF|Chancellor|Mayor|President|PRESIDENT|Advocate|Ordinary|Provost|Lieutenant|Bishop|Commissioner|Clerk|Of|OF|Jesus|God)$/;
/** A case cited by its parties' names: "Donoghue v Stevenson [1932]", "Tennessee v. Garner, 471 U.S. 1", "Caparo Industries plc v Dickman [1990]". */
const CITATION = String.raw`,?[ \t]*(?:\[\d{4}\]|\(\d{4}\)|\d{4}[ \t]+S\.?C\b|\d+[ \t]+(?:U\.S\.|S\.[ \t]?Ct\.|L\.[ \t]?Ed\.|F\.(?:2d|3d|4th)|F\.[ \t]?Supp\.|A\.(?:2d|3d)|N\.E\.(?:2d|3d)?|P\.(?:2d|3d)|So\.[ \t]?(?:2d|3d)|Cal\.[ \t]?Rptr\.))`;
/** States that are parties of American cases ("Tennessee v. Garner", "Miranda v. Arizona"). */
const US_STATES = new Set(
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa
  Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada
  Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming`.split(/\s+/),
).add('New Hampshire').add('New Jersey').add('New Mexico').add('New York').add('North Carolina').add('North Dakota').add('Rhode Island').add('South Carolina').add('South Dakota').add('West Virginia');
/** Words that introduce a citation: "See", "Cf", "In" (followed by the party's name). */
const CITATION_SIGNAL = /^(?:See|Cf|Compare|Contra|Accord|In|Also|And|But|Following|Applying|Per|Under|As|Unlike|Like)[ \t]+(?=\S)/;
const CASE_LEFT = new RegExp(String.raw`(?<![\p{L}\p{N}])(${WORD_EN}(?:[ \t]+${WORD_EN}){0,2})(?=[ \t]+v\.?[ \t]+[^\n\[\]()]{1,80}?${CITATION})`, 'gu');
const CASE_RIGHT = new RegExp(String.raw`(?<=[\p{L}.)][ \t]+v\.?[ \t]+)(${WORD_EN}(?:[ \t]+${WORD_EN}){0,2})(?=${CITATION})`, 'gu');
/**
 * A party or a witness in capitals, as headings and captions write them: "MARIA GUADALUPE
 * HERNÁNDEZ, individually", "DEPOSITION OF GARY L. HOOPER", "SUSAN MARGARET KING Claimant".
 * Two to four words, an initial among them, the first a listed given name that is no word.
 */
const CAPS_PARTY = /(?<![\p{L}\p{N}.])(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{Lu}'’-]+)){1,3})(?![\p{L}\p{N}])/gu;
/**
 * A party a judgment anonymises, defined by the cue after its letters: "M (the Mother)", "J.H., a
 * minor", "EG (by her litigation friend …)", "MH (ANONYMITY ORDER MADE)", "C, a boy now aged 4".
 */
const ANON_PARTY = /(?<![\p{L}\p{N}.])(\p{Lu}(?:\.?\p{Lu}){0,2}\.?)(?=(?:[ \t]*\((?:the[ \t]+(?:[Mm]other|[Ff]ather|[Cc]hild|[Aa]pplicant|[Rr]espondent|[Cc]laimant|[Pp]atient|[Dd]eceased)|ANONYMITY[ \t]+ORDER|by[ \t]+(?:her|his|their)[ \t]+(?:litigation[ \t]+friend|[Cc]hildren['’]s[ \t]+[Gg]uardian))|,[ \t]+(?:a[ \t]+minor|a[ \t]+(?:boy|girl|child)\b)))/gu;
/** Words before a letter that make it a label, not a party: "Part D", "Schedule C". */
const LETTER_LABEL_BEFORE = /(?:Part|Schedule|Annex|Appendix|Section|Exhibit|Form|Class|Category|Grade|Type|Block|Flat|Unit|Room|Ward|Level|Zone|Plan|Vitamin|Hepatitis|Group|Option|Tier|Paragraph|para|Box|Bay|Gate|Wing|Row|Team|Phase|Stage|Step|Table|Figure|Annexe)\.?[ \t]+$/;
const PARTY_NOT_PERSON = /^(?:R|Re|Regina|Rex|State|STATE|Crown|People|United|City|County|Council|Minister|Secretary|Commissioner|Commissioners|Director|Board|Attorney|Government|Republic|Union|Bank|Ltd|Limited|plc|PLC|Inc|LLC|Co|Company|Corporation|Group|Trust|Committee|Authority|Hospital|Health|Management|Industries|Services|Insurance|The|Department|Federal|National)$/;

/** Before an office that is a noun phrase: an article or preposition, or the line's start. */
const ARTICLE_BEFORE = /(?:(?:^|[^\p{L}])(?:der|die|den|dem|des|durch|von|vom|beim|als|und)[ \t]+|(?:^|\n)[ \t]*)$/u;

/** After an office, a compound reads as a surname too ("Ohlendorf", "Brauckmann"); an ordinary word or a place does not. */
function nameWord(w: string, L: NameLists): boolean {
  if (L.surname.has(w) || L.given.has(w)) return true;
  const cls = wordClass(w);
  return (nameLikeClass(cls) || cls === 'c') && !isPlaceWord(w);
}

/** A word in capitals that reads as a name: not an ordinary English word ("ORDERED", "COURT"). */
function capsNameWord(w: string, L: NameLists): boolean {
  const t = titled(w);
  if (L.surname.has(t) || L.given.has(t) || L.census.has(t)) return true;
  return nameLikeClass(wordClass(w.toLowerCase())) && !isPlaceWord(t);
}

function nameWordAnyCase(w: string, L: NameLists): boolean {
  const letters = w.replace(/^(?:Mc|Mac|O['’])/, '');
  return letters === letters.toUpperCase() ? capsNameWord(w, L) : nameWord(w, L) || nameWord(w.split('-')[0]!, L);
}

export function officials(text: string, L: NameLists, lang: string): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  if (lang !== 'en' && /(?:richter|pfleger|anw[aä]lt|notar|beamt|justiz|sekr|jang|vollzieher|präsident|direktor)/i.test(text)) {
    for (const m of text.matchAll(SIGNED_DE)) {
      const name = m[1]!;
      if (!name.split(/[ \t]+/).every((w) => nameWord(w, L))) continue;
      const start = m.index! + m[0].indexOf(name);
      out.push({ start, end: start + name.length, score: 0.85 });
    }
    for (const m of text.matchAll(OFFICE_THEN_NAME)) {
      const name = m[1]!;
      // The office as a noun phrase ("durch die Rechtspflegerin", a line's start) or with its court;
      // else "Richter" may be a surname itself: "Firma Richter Bautenschutz".
      const atCourt = /[ \t]am[ \t]/.test(m[0]);
      if (!atCourt && !ARTICLE_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      // With its court the office leaves no doubt: any surname, a word too ("Richterin am Landgericht Pastor", "Dr. Link").
      if (!nameWord(name, L) && !(atCourt && !isPlaceWord(name))) continue;
      const start = m.index! + m[0].length - name.length;
      out.push({ start, end: start + name.length, score: 0.85 });
    }
  }
  if (lang !== 'de') {
    // (Every bench title holds one of these: most texts have none, and the long pattern is not tried.)
    if (BENCH_HINT.test(text)) for (const m of text.matchAll(BENCH_THEN_NAME)) {
      // The name's words up to the first that is none: "HHJ Goode - sitting", "JUDGE KAUR (Sitting …".
      const words = m[1]!.split(/[ \t]+/);
      let n = 0;
      // (Not a place after the name: "DEPUTY PRESIDENT O'KEEFE MELBOURNE, 14 FEBRUARY 2024".)
      while (n < words.length && nameWordAnyCase(words[n]!, L) && !(n > 0 && isPlaceWord(titled(words[n]!)))) n++;
      if (n === 0) continue;
      const name = words.slice(0, n).join(' ');
      const start = m.index! + m[0].length - m[1]!.length;
      if (text.slice(start, start + name.length) !== name) continue;
      out.push({ start, end: start + name.length, score: 0.85 });
    }
    if (JUDGMENT_HINT.test(text)) {
      // A party of a cited case: a name word, or a surname the census lists that is a word too
      // ("Key v Key [2010]", "Roe v. Wade, 410 U.S. 113", "Ashcroft v. Iqbal").
      const take = (name: string, at: number) => {
        // A citation signal before the party is no part of it: "See Ashcroft v. Iqbal".
        const signal = CITATION_SIGNAL.exec(name);
        if (signal) {
          at += signal[0].length;
          name = name.slice(signal[0].length);
        }
        const words = name.split(/[ \t]+/);
        const last = words.length - 1;
        if (US_STATES.has(name)) return;
        if (!words.every((w, i) => !PARTY_NOT_PERSON.test(w) && (nameWordAnyCase(w, L) || (i === last && L.census.has(w))))) return;
        out.push({ start: at, end: at + name.length, score: 0.8 });
      };
      // A judge's or a peer's surname may be any word ("Swift J", "Lord Sales"): the office says it is one.
      const office = (name: string, at: number) => {
        if (name.split(/[ \t]+/).some((w) => PARTY_NOT_PERSON.test(w) || isPlaceWord(titled(w)))) return;
        out.push({ start: at, end: at + name.length, score: 0.8 });
      };
      for (const m of text.matchAll(POST_NOMINAL)) office(m[1]!, m.index!);
      for (const m of text.matchAll(PEER)) if (!NOT_PEER.test(m[1]!)) office(m[1]!, m.index! + m[0].length - m[1]!.length);
      for (const m of text.matchAll(CASE_LEFT)) take(m[1]!, m.index!);
      for (const m of text.matchAll(CASE_RIGHT)) take(m[1]!, m.index!);
      // Anonymised parties, defined once by their cue; then every use of the same letters ("Re C
      // and D", "D was taken to hospital"), except as a label ("Part D").
      const defined = new Set<string>();
      for (const m of text.matchAll(ANON_PARTY)) defined.add(m[1]!.replace(/\.$/, ''));
      for (const code of defined) {
        const re = new RegExp(String.raw`(?<![\p{L}\p{N}.])${code.replace(/\./g, '\\.')}\.?(?![\p{L}\p{N}]|\.\d|-)`, 'gu');
        for (const m of text.matchAll(re)) {
          if (LETTER_LABEL_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
          out.push({ start: m.index!, end: m.index! + code.length, score: 0.75 });
        }
      }
      for (const m of text.matchAll(CAPS_PARTY)) {
        const words = m[1]!.split(/[ \t]+/);
        const first = titled(words[0]!);
        if (!L.given.has(first) || ambiguousName(L, first)) continue;
        if (!words.every((w) => /^\p{Lu}\.$/u.test(w) || (!PARTY_NOT_PERSON.test(titled(w)) && capsNameWord(w, L)))) continue;
        out.push({ start: m.index!, end: m.index! + m[1]!.length, score: 0.8 });
      }
    }
    if (/[A-Z]{3}/.test(text)) {
      for (const m of text.matchAll(SPEAKER_CAPS)) {
        const name = m[1]!;
        if (!name.split(/[ \t]+/).every((w) => capsNameWord(w, L))) continue;
        const start = m.index! + m[0].length - name.length;
        out.push({ start, end: start + name.length, score: 0.85 });
      }
      for (const m of text.matchAll(JUSTICE_CAPS)) {
        if (!capsNameWord(m[1]!, L)) continue;
        out.push({ start: m.index! - m[1]!.length, end: m.index!, score: 0.85 });
      }
    }
  }
  return out;
}

const OFFICE_WORD = /^(?:(?:Straf|Amts|Familien)?[Rr]ichter(?:in)?|Rechtspfleger(?:in)?|(?:Ober)?[Ss]taatsanw(?:alt|ältin)|Amtsanw(?:alt|ältin)|Notar(?:in)?|Urkundsbeamt(?:er|in)|Justiz\p{Ll}+|Gerichtsvollzieher(?:in)?|Verteidiger(?:in)?)$/u;
const AT_COURT = /^[ \t]+am[ \t]+\p{Lu}\p{Ll}*gericht/u;
const CHAIR_BEFORE = /Vorsitzende[r]?[ \t]+$/;

/**
 * Whether [start, end) is an office word standing as the office: "Richter am Landgericht",
 * "Vorsitzender Richter", or an office word no name list holds ("Rechtspflegerin", "Verteidiger").
 */
export function officeWordNoName(text: string, start: number, end: number, L: NameLists): boolean {
  const w = text.slice(start, end);
  if (!OFFICE_WORD.test(w)) return false;
  if (!L.surname.has(w) && !L.given.has(w)) return true;
  return AT_COURT.test(text.slice(end, end + 30)) || CHAIR_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** Clinical and care roles of signature lines: "Consultant Radiologist", "Ward Sister", "Pre-op Nurse". */
const ROLE_EN = /^(?:\p{Lu}\p{Ll}+(?:ologist|iatrist|ician)|Surgeon|Nurse|Sister|Physician|Registrar|Midwife|Therapist|Pharmacist|Consultant|Orthopaedic|Orthopedic|Pre-op|Ward|Oncoplastic|Breast|Safeguarding|Adults|Named|Specialist|Matron|Paramedic)$/u;

/** Whether [start, end) holds only role words, two or more or one no list holds: "Consultant [Orthopaedic Surgeon]", "[Ward Sister]" (not "Ward" alone). */
export function rolesOnly(text: string, start: number, end: number, L: NameLists): boolean {
  const words = text.slice(start, end).split(/[ \t]+/);
  if (!words.every((w) => ROLE_EN.test(w))) return false;
  return words.length > 1 || (!L.surname.has(words[0]!) && !L.given.has(words[0]!));
}

const EPONYM_AFTER = /^['’]s[ \t]+(?:sign|oesophagus|esophagus|disease|syndrome|test|triad|law|score|classification|criteria|phenomenon|manoeuvre|maneuver|reflex|palsy|ulcer|fracture|procedure|operation|node|cyst|sarcoma|lymphoma|scale|contracture|thyroiditis)(?![\p{L}-])/u;
const OF_BEFORE = /\bof[ \t]+$/;
const MORBUS_BEFORE = /\bMorbus[ \t]+$/;

/**
 * A person's name that names a thing instead: an eponym ("Murphy's sign", "Barrett's oesophagus",
 * "Morbus Crohn") or "of Justice" ("Royal Courts of Justice", "Hall of Justice").
 */
export function eponymOrInstitution(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  if (OF_BEFORE.test(before)) return text.slice(start, end) === 'Justice';
  if (MORBUS_BEFORE.test(before)) return text.indexOf(' ', start) < 0 || text.indexOf(' ', start) >= end;
  return EPONYM_AFTER.test(text.slice(end, end + 24));
}

/**
 * Where a name found with its office before it starts: "Rechtspflegerin [Thomsen]",
 * "Richterin am Amtsgericht [Fontaine]"; `start` when it opens with no office.
 */
export function afterOffice(text: string, start: number, end: number, L: NameLists): number {
  const sp = text.indexOf(' ', start);
  if (sp < 0 || sp >= end) return start;
  const w = text.slice(start, sp);
  if (!OFFICE_WORD.test(w)) return start;
  let at = sp + 1;
  const court = /^am[ \t]+\p{Lu}\p{Ll}*gericht[ \t]+/u.exec(text.slice(at, end));
  if (court) at += court[0].length;
  // A surname that is an office word too names the person: "Firma Richter Bautenschutz", "Anna Richter".
  else if (L.surname.has(w) || L.given.has(w)) return start;
  return at < end ? at : start;
}

/** Where a name read together with its office after a comma ends: "[Brauckmann], Oberstaatsanwalt"; `end` otherwise. */
export function beforeOffice(text: string, start: number, end: number): number {
  const comma = text.lastIndexOf(',', end);
  if (comma <= start) return end;
  return OFFICE_WORD.test(text.slice(comma + 1, end).trim()) ? comma : end;
}
