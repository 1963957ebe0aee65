/**
 * Names in tables: CSV exports (bank statements, registrations, HR lists), Markdown tables and
 * tables aligned with blanks (reports pasted into mails), read by their header row; and names in
 * key-value data (JSON, logfmt, ICS) by their key. A column headed "Nachname", "first_name" or
 * "Auftraggeber/Empfänger" holds names, even "MUELLER, HANS" or "OKAFOR A" that no prose rule
 * would take; a column headed "Firma", "Bank" or "City" holds none, whatever the words in it look
 * like ("Barclays", "Milano"). Free-text columns ("Verwendungszweck", "Betreff") are neither:
 * "Miete Fr. Koch".
 */
import { isGluedHandle, NOT_USERS } from './handles.js';
import { listedName, titled, type NameLists } from './names.js';
import { NEVER_NAMES, ORG_WORDS } from './lexicon.js';
import { nameLikeClass, wordClass } from './words.js';
import { umlautsAsE } from '../../util/chars.js';

export interface TableSpan {
  start: number;
  end: number;
}

export interface TableFindings {
  /** Name fields (without quotes and honorifics). */
  names: TableSpan[];
  /** Fields of columns that hold no person names: findings inside them are dropped. */
  blocked: TableSpan[];
}

type Kind = 'full' | 'part' | 'none';

/** Header labels, lower-cased with spaces, "_", "-", "/", "." and quotes removed. */
const PART = labelSet('vorname vornamen nachname familienname firstname givenname givennames forename lastname surname familyname first last preferredname rufname nickname given family');
const FULL = labelSet(`name namen vollständigername fullname kontoinhaber kontoinhaberin inhaber accountholder accountname auftraggeber
  holder cardholder policyholder versicherungsnehmer versicherungsnehmerin
  empfänger zahlungsempfänger auftraggeberempfänger empfängerauftraggeber zahlungspflichtiger begünstigter beneficiary
  auftraggeberbegünstigter begünstigterauftraggeber auftraggeberzahlungsempfänger zahlungsempfängerauftraggeber
  zahlungsbeteiligter payerpayee payeepayer
  payee payer counterparty customername kundenname contact contactname kontakt ansprechpartner ansprechpartnerin
  mitarbeiter mitarbeiterin mitarbeitername employee employeename teilnehmer teilnehmerin participant attendee
  debtor creditor schuldner gläubiger displayname commonname cn approvedby createdby requestedby reportedby assignedto preparedby signedby reviewedby
  requester requestor emergencycontact nextofkin notfallkontakt angehörige angehöriger
  bearbeiter bearbeiterin sachbearbeiter sachbearbeiterin assignee reporter owner patient patientin person agent
  vorgesetzter vorgesetzte manager linemanager verantwortlich responsible namevorname nachnamevorname vornamenachname
  eigentümer eigentümerin mieter mieterin vermieter vermieterin mitglied guest guests gast gäste member tenant landlord
  staff staffmember driver fahrer fahrerin applicant bewerber bewerberin candidate kandidat passenger traveller
  reisender student schüler schülerin betreuer betreuerin kundenbetreuer kundenbetreuerin berater beraterin zuständig zustaendig
  for from takenby caller anrufer anruferin recipient für reviewer gutachter gutachterin referee author autor autorin user
  verfasser verfasserin player spieler spielerin pilot pilotin`);
const NONE = labelSet(`firma firmenname unternehmen company companyname organisation organization org bank kreditinstitut ort stadt city town
  land country region abteilung department dept team straße strasse street adresse address anschrift produkt product
  artikel item category kategorie membership mitgliedschaft tarif plan grade zustieg abfahrtsort treffpunkt haltestelle
  pickup pickuppoint boardingpoint reiseziel destination standort location wohnort filiale branch depot fahrzeug vehicle
  kennzeichen type typ transactiontype transaktionstyp transaktionsart buchungsart umsatzart currency waehrung
  paymentmethod zahlungsart`);

/** Header labels in one spelling: lower case, no separators, umlauts as written in ASCII exports ("Empfaenger"). */
function normLabel(raw: string): string {
  return umlautsAsE(
    raw
      .toLowerCase()
      // "(in)", "(s)", and remarks: "Name (as on bank account)".
      .replace(/\([^()]*\)|[*:\/]in(?:nen)?$/g, '')
      .replace(/["'’\s_./\-]+/g, ''),
  );
}

function labelSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normLabel));
}

function kindOf(label: string): Kind | null {
  // "Zahlungspflichtige/r bzw. Empfänger/in", "Payer or payee", Sparkasse's
  // "Beguenstigter/Zahlungspflichtiger": either half names the column. (A slash before a small
  // letter is a gender ending: "Empfänger/in".)
  const halves = label.split(/[ \t]+(?:bzw\.?|oder|or)[ \t]+|[ \t]*\/[ \t]*(?=\p{Lu})/iu);
  if (halves.length > 1) {
    const kinds = halves.map((h) => kindOfOne(h));
    return kinds.includes('full') ? 'full' : kinds.includes('part') ? 'part' : kinds.includes('none') ? 'none' : null;
  }
  return kindOfOne(label);
}

function kindOfOne(label: string): Kind | null {
  const k = normLabel(label);
  if (PART.has(k)) return 'part';
  if (FULL.has(k)) return 'full';
  if (NONE.has(k)) return 'none';
  // "owner_first", "guest_last_name", "kunde_vorname": a person's part under a prefix.
  // (One label, not a pair: "Name, Vorname" is an inverted full name's column.)
  if (k.length > 8 && PART_TAIL.test(k) && !k.includes(',') && !NOT_PERSON_NAME.test(k)) return 'part';
  // "beneficiary_name", "caller_name", "Kundenname": a person's, unless the name is of a thing.
  if (k.length > 4 && k.endsWith('name') && !NOT_PERSON_NAME.test(k)) return 'full';
  // "last_changed_by", "modified_by", "updated_by": who did it.
  if (k.length > 6 && /(?:changed|modified|updated|edited|entered|checked|signed|closed|opened|assigned|owned|handled)by$/.test(k)) return 'full';
  // "Angelegt von", "Geändert von", "Erfasst von": the same in German exports.
  if (k.length > 6 && /(?:angelegt|erstellt|geaendert|bearbeitet|erfasst|geprueft|freigegeben|gebucht)von$/.test(k)) return 'full';
  return null;
}

/** The end of a prefixed part column's label (normLabel's form). */
const PART_TAIL = /(?:first|last|firstname|lastname|surname|forename|givenname|familyname|vorname|nachname)$/;

/** "username", "file_name", "company_name": names that are no person's. */
const NOT_PERSON_NAME = /^(?:user|host|file|domain|company|firmen|firma|product|produkt|street|straßen|strassen|city|town|bank|branch|brand|device|server|project|projekt|app|table|column|field|event|team|group|org|organisation|organization|dateinamen?|datei|screen|nick|code|short|long|path|key|class|type|item|artikel|shop|store|site|venue|hotel|ship|vessel|model)/;

/**
 * Header words of the columns of interest, at the start of a field after at most one word
 * ("Kunden-Betreuer", "Account holder"); searched from a position (global, multiline), so no line is
 * copied before a hit. Anchored at a field start: the words alone, anywhere ("agent", "manager"
 * in prose), cost 40 % more time for the same tables.
 */
const HEADER_HINT =
  /(?:^|[;,\t|"]| {2})[ \t"]*[a-zäöü]{0,14}[ _-]?(?:name|inhaber|agent|holder|auftraggeber|zahlungspflichtig|zahlungsbeteiligt|empfänger|empfaenger|begünstigter|beguenstigter|beneficiary|payee|payer|counterparty|kontakt|contact|ansprechpartner|mitarbeiter|employee|teilnehmer|participant|attendee|bearbeiter|assignee|reporter|vorgesetzte|manager|patient|eigentümer|eigentuemer|mieter|mitglied|tenant|landlord|guest|gast|gäste|member|staff|driver|fahrer|applicant|bewerber|candidate|kandidat|passenger|traveller|reisende|student|schüler|betreuer|berater|zuständig|taken by|caller|anrufer|recipient|requester|requestor|assigned|person|reviewer|gutachter|referee|author|autor|verfasser|player|spieler|pilot)/gim;

const DELIMS = [';', '\t', '|', ','] as const;
/** A header of three columns or more aligned with blanks: "#   Name      Organisation   Email". */
const ALIGNED = /^[ \t]*\S+(?: \S+)*(?: {2,}\S+(?: \S+)*){2,}[ \t]*$/;

function count(line: string, ch: string): number {
  let n = 0;
  for (let i = line.indexOf(ch); i >= 0; i = line.indexOf(ch, i + 1)) n++;
  return n;
}

interface Field {
  start: number;
  end: number;
}

/** Fields of a line (offsets into the text), quotes and surrounding spaces excluded. */
function fields(text: string, s: number, e: number, d: string): Field[] {
  const out: Field[] = [];
  let i = s;
  // Markdown: "| a | b |" — the outer pipes open and close the row.
  if (d === '|') {
    while (i < e && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] === '|') i++;
  }
  while (i <= e) {
    let j: number;
    let fs = i;
    let fe: number;
    while (fs < e && (text[fs] === ' ' || text[fs] === '\t') && d !== '\t') fs++;
    if (text[fs] === '"') {
      const close = text.indexOf('"', fs + 1);
      if (close < 0 || close > e) return out;
      fe = close;
      fs++;
      j = text.indexOf(d, close);
      if (j < 0 || j > e) j = e;
    } else {
      j = text.indexOf(d, fs);
      if (j < 0 || j > e) j = e;
      fe = j;
      while (fe > fs && (text[fe - 1] === ' ' || text[fe - 1] === '\t' || text[fe - 1] === '\r')) fe--;
    }
    out.push({ start: fs, end: fe });
    if (j >= e) break;
    i = j + 1;
    if (d === '|' && text.slice(i, e).trim() === '') break; // the closing pipe
  }
  return out;
}

const NAME_FIELD = /^(?:(?:dr|prof|herr|frau|hr|fr|mr|mrs|ms|mx)\.?[ \t]+)*(\p{L}[\p{L}\p{M}'’.\- ]*(?:,[ \t]*\p{L}[\p{L}\p{M}'’.\- ]*)?)$/iu;
const LEGAL_FORM = /\b(?:GmbH|AG|KG|OHG|GbR|UG|SE|e\.\s?V|e\.\s?K|Ltd|plc|Inc|LLC|LLP|Corp|S\.?a\.?r\.?l|S\.?p\.?A|S\.?r\.?l|S\.?L|S\.?A|SAS|SLU|Sp\.? z o\.?o|Kft|Pty|ApS|B\.?V|N\.?V)\b/i;

/**
 * The name in a field, as [start, end) within it, or null. `part` columns take any name-shaped
 * value; `full` columns also hold firms ("Telekom Deutschland GmbH", "BRITISH GAS"), so a value
 * there needs a word the name lists know, an inverted "Surname, Given" or an initial.
 */
function nameIn(value: string, kind: 'full' | 'part', L: NameLists): [number, number] | null {
  // An owner's or agent's user name: "sgreen", "tmueller" (dotted ones are found anywhere).
  if (kind === 'full' && /^[a-z]{5,21}$/.test(value) && isGluedHandle(L, value)) return [0, value.length];
  // A staff member's short form: "KRA", "BEC", "KRo" in a "Betreuer" or "Zuständig" column.
  if (kind === 'full' && /^[A-ZÄÖÜ]{2}[A-ZÄÖÜa-zäöü]?$/.test(value)) return [0, value.length];
  // A contact field's name before its number or remark: "Nadeesha Perera 020 8496 0317", "Ruwan Fernando (father)".
  const m = NAME_FIELD.exec(value) ?? NAME_FIELD.exec(value.replace(/[ \t]+(?:[(+]|\d)[\s\S]*$/, ''));
  if (!m) return null;
  // Test data's stand-ins: "Test", "Invalid", "Dummy", "Ungültig" in a name column.
  if (PLACEHOLDERS.has(m[1]!.trim().toLowerCase())) return null;
  const name = m[1]!.replace(/[ .]+$/, '');
  if (name.length < 2 || name.length > 60) return null;
  const words = name.split(/[ ,]+/).filter(Boolean);
  if (words.length > 5) return null;
  if (LEGAL_FORM.test(name)) return null;
  for (const w of words) if (ORG_WORDS.has(w) || ORG_WORDS.has(titled(w))) return null;
  if (kind === 'full') {
    let known = false;
    let plainKnown = false;
    let unknown = 0;
    let initials = 0;
    let common = 0;
    for (const w of words) {
      const t = titled(w.replace(/\.$/, ''));
      if (t.length === 1) initials++;
      else if (L.given.has(t) || L.surname.has(t) || L.given.has(w) || L.surname.has(w)) {
        known = true;
        if (!L.deAmbig.has(t)) plainKnown = true;
      } else if (L.census.has(t)) plainKnown = true;
      // A double name ("Okonjo-Ward") is no ordinary word, whatever its parts are.
      else if (/^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)+$/u.test(w)) continue;
      else if (!nameLikeClass(wordClass(t))) common++;
      else unknown++;
    }
    // In capitals, a name that is also a German noun beside a word no list knows: a shop, "EDEKA
    // KAISER" (not "DUMITRESCU ANDREI", "WINTER HEIDE", "ROSE GALLAGHER": a census surname).
    if (known && !plainKnown && unknown > 0 && initials === 0 && name === name.toUpperCase()) return null;
    // Initials and one word: "A J OKAFOR", "M BISHOP" (a bank's payee, even when the word is one).
    const initialled = initials > 0 && words.length - initials === 1;
    const inverted = name.includes(',');
    // Two to four capitalised words of which none is an ordinary word: "Beverley Okoye".
    // (Capitalised, not all capitals: "ALDI SUED" is a payee the lists must know.)
    const unknownButNamelike = words.length >= 2 && words.length <= 4 && common === 0 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (!(known || inverted || initialled || unknownButNamelike)) return null;
    // "Gehalt Februar", "Miete Wohnung": frequent words, not a name the lists know.
    if (!known && !initialled && common > 0) return null;
    // "HMRC Agent Dedicated Line": one listed word ("Line") among ordinary ones.
    if (common >= 2 && !inverted) return null;
  }
  const start = m.index + m[0].length - m[1]!.length;
  return [start, start + name.length];
}

/** Values that stand in for a name in test data and templates. */
const PLACEHOLDERS = new Set('test tester testuser testperson invalid ungültig ungueltig dummy example beispiel sample demo placeholder platzhalter unknown unbekannt anonymous anonym none null n/a tbd xxx foo bar'.split(' '));

/** A name found at [at[0], at[1]) within a value that starts at `from`. */
function addName(names: TableSpan[], from: number, at: [number, number] | null): void {
  if (at) names.push({ start: from + at[0], end: from + at[1] });
}

/**
 * Half of a couple: one to three words, one of them a listed name and none an ordinary word the
 * lists do not know ("Sons", "Partner", "Merchant"); a single word only if it is a given name
 * ("Tony & Dawn Grant", not "Marks & Spencer", "Wood & Stone").
 */
function coupleHalf(part: string, L: NameLists): boolean {
  const words = part.split(/[ \t,]+/).filter(Boolean).map((w) => titled(w.replace(/\.$/, '')));
  if (words.length === 0 || words.length > 3) return false;
  if (words.length === 1) return L.given.has(words[0]!);
  return words.some((w) => listedName(L, w)) && words.every((w) => listedName(L, w) || wordClass(w) !== 'w');
}

const COUPLE = /[ \t]+(?:&|und|and|\+)[ \t]+/;

/** A field holding two people: "Tony & Dawn Grant", "Emre und Zeynep Aydın" — each part a name of its own. */
function addCouple(names: TableSpan[], from: number, value: string, kind: 'full' | 'part', L: NameLists): void {
  const m = COUPLE.exec(value);
  if (!m) return addName(names, from, nameIn(value, kind, L));
  const a = nameIn(value.slice(0, m.index), kind, L);
  const bFrom = m.index + m[0].length;
  const b = nameIn(value.slice(bFrom), kind, L);
  // Both parts must be names, each opening with a given name or made of listed names only:
  // "Smith & Sons", "Müller und Partner", "WOOD & STONE BUILDERS" are firms.
  if (!a || !b || !coupleHalf(value.slice(0, m.index), L) || !coupleHalf(value.slice(bFrom), L)) return;
  addName(names, from, a);
  addName(names, from + bFrom, b);
}

function joinInverted(text: string, fs: Field[], kinds: Array<Kind | null>, L: NameLists): void {
  for (let k = 0; k + 1 < fs.length && k < kinds.length; k++) {
    if (kinds[k] !== 'full') continue;
    const next = text.slice(fs[k + 1]!.start, fs[k + 1]!.end);
    if (!/^\p{L}[\p{L}\p{M}'’.\-]*$/u.test(next)) continue;
    const joined = text.slice(fs[k]!.start, fs[k + 1]!.end);
    if (!nameIn(joined, 'full', L)) continue;
    fs.splice(k, 2, { start: fs[k]!.start, end: fs[k + 1]!.end });
    return;
  }
}

/** "Paul Lamb", "Franz Xaver Huber": one or two listed given names and a listed surname, nothing else. */
function givenAndSurname(field: string, L: NameLists): boolean {
  const m = /^[ \t"]*(\p{Lu}\p{Ll}+)(?: (\p{Lu}\p{Ll}+))? (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t"]*$/u.exec(field);
  return m !== null && L.given.has(m[1]!) && (m[2] === undefined || L.given.has(m[2])) && (L.surname.has(m[3]!) || L.census.has(m[3]!));
}

/** Tables in `text`: their name fields, and fields of columns that hold no names. */
export function tableFields(text: string, L: NameLists): TableFindings {
  const names: TableSpan[] = [];
  const blocked: TableSpan[] = [];
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    // Jump to the next line with a header word: no line is copied before one is found.
    HEADER_HINT.lastIndex = pos;
    const hit = HEADER_HINT.exec(text);
    if (!hit) break;
    const lineStart = text.lastIndexOf('\n', hit.index - 1) + 1;
    let e = text.indexOf('\n', hit.index);
    if (e < 0) e = n;
    pos = e + 1;
    if (e - lineStart > 2000) continue;
    const line = text.slice(lineStart, e);
    // A JSON member ('"first_name": "DeShawn",') is a key and its value, no header of columns: its
    // next lines' keys ("phone", "team") would be read as the names under it.
    if (JSON_MEMBER.test(line)) continue;
    // Else a report or e-mail table aligned with blanks: columns apart by two or more.
    const d = DELIMS.find((x) => count(line, x) >= (x === '|' ? 2 : 1)) ?? (ALIGNED.test(line) ? '  ' : undefined);
    if (!d) continue;
    const header = fields(text, lineStart, e, d);
    if (header.length < 2) continue;
    const kinds = header.map((f) => kindOf(text.slice(f.start, f.end)));
    // "Name;Vorname", "Name,First name": beside a given-name column, "Name" is the surname's.
    if (kinds.includes('part')) {
      for (let k = 0; k < kinds.length; k++) if (kinds[k] === 'full' && BARE_NAME.has(normLabel(text.slice(header[k]!.start, header[k]!.end)))) kinds[k] = 'part';
    }
    const personOnly = header.map((f) => PERSON_ONLY.has(normLabel(text.slice(f.start, f.end))));
    const byColumn = header.map((f, k) => kinds[k] === 'full' && /(?:by|von|assignedto)$/.test(normLabel(text.slice(f.start, f.end))));
    if (!kinds.some((k) => k === 'full' || k === 'part')) continue;
    // A header is labels, not data: no numbers beyond a rota's dates ("Mo 09."), no "@", no JSON
    // or key=value syntax, short fields.
    if (header.some((f) => f.end - f.start > 40 || /\d{5}|\d[.,]\d\d(?!\d)|[@:{}=]/.test(text.slice(f.start, f.end)))) continue;
    // A row that names people is data, though its first field has a header word: "Driver (van)   Paul Lamb   Mateo Rojas".
    if (header.some((f) => givenAndSurname(text.slice(f.start, f.end), L))) continue;
    // Nor does it hold a name: "Full name,Job title" is no "Job".
    for (const f of header) blocked.push(f);
    // Data rows: the following lines with the same number of fields.
    while (pos < n) {
      let re = text.indexOf('\n', pos);
      if (re < 0) re = n;
      const row = text.slice(pos, re);
      if (d === '|' && /^[ \t]*[|+]?[ \t:|+-]+$/.test(row) && row.includes('-')) {
        pos = re + 1; // Markdown's |---|---| line, or an ASCII table's ----+----
        continue;
      }
      if (!row.includes(d)) break;
      const fs = fields(text, pos, re, d);
      if (Math.abs(fs.length - header.length) > 1) break;
      // One field too many: an unquoted "MARTINEZ, SOFIA" in a comma-separated row.
      if (d === ',' && fs.length === header.length + 1) joinInverted(text, fs, kinds, L);
      for (let k = 0; k < fs.length && k < kinds.length; k++) {
        const kind = kinds[k];
        const f = fs[k]!;
        if (!kind || f.end <= f.start) continue;
        if (kind === 'none') {
          blocked.push({ start: f.start, end: f.end });
          continue;
        }
        const n0 = names.length;
        const value = text.slice(f.start, f.end);
        // Who did it ("CreatedBy", "LastChangedBy"): a user name of any make, "rpatel2", "kbhattacharjee".
        if (byColumn[k] && USER_VALUE.test(value) && !NOT_USERS.has(value) && (isGluedHandle(L, value) || wordClass(titled(value.replace(/\d+$/, ''))) !== 'w')) {
          names.push({ start: f.start, end: f.end });
          continue;
        }
        addCouple(names, f.start, value, kind, L);
        // A column only people fill ("For", "Taken by", "Assignee"): one name-like word is a person's.
        if (names.length === n0 && personOnly[k] && oneNameWord(text.slice(f.start, f.end))) names.push({ start: f.start, end: f.end });
      }
      pos = re + 1;
    }
  }
  return { names, blocked };
}

const JSON_MEMBER = /^[ \t]*"[^"\n]*"[ \t]*:/;

/** Labels that say "name" and no more. */
const BARE_NAME = new Set(['name', 'namen']);

/** A user name: lower case, letters and digits, one dot or underscore at most. */
const USER_VALUE = /^[a-z][a-z0-9]{2,20}(?:[._][a-z0-9]+)?$/;

/** Columns no firm or thing fills. */
const PERSON_ONLY = labelSet(`for takenby caller anrufer anruferin employee mitarbeiter mitarbeiterin teilnehmer teilnehmerin attendee participant
  assignee reporter agent staff driver fahrer fahrerin guest gast student applicant bewerber bewerberin bearbeiter bearbeiterin sachbearbeiter
  sachbearbeiterin betreuer betreuerin teamleader teamleiter teamleiterin supervisor vorarbeiter vorarbeiterin`);

/** One capitalised word that is no ordinary word: "Sanjeev", "Kasia" (not "Reception", "Lager"). */
function oneNameWord(value: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}'’-]{1,20}$/u.test(value) && nameLikeClass(wordClass(value)) && !NEVER_NAMES.has(value);
}

/** A key and a quoted value: JSON ("preferredName": "Seun"), logfmt (name="Bishop, Miles"). */
const KEY_VALUE = /(["']?)([A-Za-z][A-Za-z0-9_.-]{0,40})\1[ \t]*[:=][ \t]*"([^"\n]{1,80})"/g;
/** A YAML key as code writes it: lower case first, then letters, digits, "_", "-", ".". */
const YAML_KEY = /^[a-z][A-Za-z0-9_.-]*$/;
/** Where KEY_VALUE can match: a colon or equals sign before a quoted value. */
const KEY_VALUE_ANCHOR = /[:=][ \t]*"/g;

/**
 * KEY_VALUE.exec(text) as a global scan from KEY_VALUE.lastIndex would give it, tried only near
 * each anchor: run from every position, the key's 41 letters were read and given back at every
 * letter of the text (5 % of the detector's time on files of code and prose). Nothing before a
 * match's ':' or '=' can be one, so a match ends its prefix at the first anchor after its start,
 * and starts at most a quote, 41 key letters and a quote before that anchor's blanks.
 */
function nextKeyValue(text: string): RegExpExecArray | null {
  const from = KEY_VALUE.lastIndex;
  KEY_VALUE_ANCHOR.lastIndex = from;
  const a = KEY_VALUE_ANCHOR.exec(text);
  if (!a) {
    KEY_VALUE.lastIndex = 0;
    return null;
  }
  let k = a.index;
  while (k > from && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  KEY_VALUE.lastIndex = Math.max(from, k - 43);
  return KEY_VALUE.exec(text);
}

/** A name quoted after the word for it: 'with surname "O'Neill"', 'Nachname „Brandstätter"'. */
const QUOTED_AFTER_KEY = /\b(?:surname|last name|family name|first name|given name|nachname|vorname|familienname)[ \t]$/i;
const QUOTED_VALUE = /^["„“”‘’']([^"„“”\n]{1,60}?)["“”‘’'](?![\p{L}])/u;
/** Opening quotes after a blank, where QUOTED_AFTER_KEY is tried (a regex over the whole text cost ~3 % of the detector). */
/** Opening quotes after a blank: ' "', ' „', ' “', " '", ' ‘'. */
const QUOTE_OPENERS = ['"', '„', '“', "'", '‘'];
/** A calendar invite's or directory entry's common name: "ATTENDEE;CN=Ananya Krishnan;ROLE=…". */
const COMMON_NAME = /\bCN=(?:"([^"\n]{1,80})"|([^;:\n"]{1,80}))/g;

/** An SQL INSERT with its column list, up to the tuples: "INSERT INTO kunden (kd_nr, nachname, vorname) VALUES". */
const SQL_INSERT = /\bINSERT[ \t]+INTO[ \t]+[\w."`\[\]]+[ \t]*\(([^()\n]{1,400})\)[ \t\r\n]*VALUES[ \t]*/gi;

/**
 * The values of an INSERT's name columns, tuple by tuple, as a table's fields by their header
 * ("(88517, 'Chen', 'Jiahui', …)" under "(kd_nr, nachname, vorname, …)"). Values are '…' strings
 * ('' inside them is a quote), numbers or NULL; the statement ends at ";" or at a tuple that does
 * not parse. Values of columns that hold no names ("firma") are blocked.
 */
function sqlInserts(text: string, L: NameLists, names: TableSpan[], blocked: TableSpan[]): void {
  SQL_INSERT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SQL_INSERT.exec(text))) {
    const kinds = m[1]!.split(',').map((col) => kindOf(col.trim().replace(/^[`"[]|[`"\]]$/g, '')));
    if (!kinds.some((k) => k === 'full' || k === 'part' || k === 'none')) continue;
    let i = m.index + m[0].length;
    for (;;) {
      while (i < text.length && /\s/.test(text.charAt(i))) i++;
      if (text.charCodeAt(i) !== 40 /* ( */) break;
      i++;
      let col = 0;
      for (;;) {
        while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
        if (text.charCodeAt(i) === 39 /* ' */) {
          let e = i + 1;
          while (e < text.length && (text.charCodeAt(e) !== 39 || text.charCodeAt(e + 1) === 39)) e += text.charCodeAt(e) === 39 ? 2 : 1;
          if (e >= text.length || text.charCodeAt(e - 1) === 10) return;
          const kind = kinds[col];
          if (kind === 'none') blocked.push({ start: i + 1, end: e });
          else if (kind) addName(names, i + 1, nameIn(text.slice(i + 1, e), kind, L));
          i = e + 1;
        } else {
          // A number, NULL, TRUE, a function call without parentheses inside: up to the next "," or ")".
          while (i < text.length && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 41 && text.charCodeAt(i) !== 10) i++;
        }
        while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
        const ch = text.charCodeAt(i);
        if (ch === 44 /* , */) {
          col++;
          i++;
          continue;
        }
        if (ch === 41 /* ) */) {
          i++;
          break;
        }
        return; // not a tuple this reader understands
      }
      while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
      if (text.charCodeAt(i) !== 44) break; // ";" or anything else ends the statement
      i++;
    }
    SQL_INSERT.lastIndex = Math.max(SQL_INSERT.lastIndex, i);
  }
}

/**
 * Names in key-value data — JSON payloads, log lines, calendar invites — by their key, as table
 * fields are read by their header: "fullName", "accountName", "first_name", "CN". Keys themselves
 * are blocked ("iban" is also a given name), as are values of keys that hold no names ("company").
 */
export function keyValueFields(text: string, L: NameLists): TableFindings {
  const names: TableSpan[] = [];
  const blocked: TableSpan[] = [];
  // JSON ("name": "…"), logfmt (name="…") and YAML (last_name: "…").
  if (text.indexOf('":') >= 0 || text.indexOf('="') >= 0 || text.indexOf(': "') >= 0) {
    KEY_VALUE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = nextKeyValue(text))) {
      // An unquoted key before a colon is a YAML key only in an identifier's lower case ("last_name:
      // "Hartigan""); "Alice: "Who are you?"" is a speaker and her line.
      // (Its key is not blocked either: "mika: "who are you?"" is a speaker in lower case.)
      const yaml = m[1] === '' && /^[ \t]*:/.test(text.slice(m.index + m[2]!.length));
      if (yaml && !YAML_KEY.test(m[2]!)) continue;
      const keyStart = m.index + m[1]!.length;
      if (!yaml) blocked.push({ start: keyStart, end: keyStart + m[2]!.length });
      const kind = kindOf(m[2]!);
      if (!kind) continue;
      const vs = m.index + m[0].length - 1 - m[3]!.length;
      if (kind === 'none') {
        blocked.push({ start: vs, end: vs + m[3]!.length });
        continue;
      }
      addName(names, vs, nameIn(m[3]!, kind, L));
    }
  }
  for (const quote of QUOTE_OPENERS) {
    // Found from the quote, then the blank before it: a search for blank + quote stopped at every
    // blank of the text, five times over.
    for (let j = text.indexOf(quote, 1); j >= 0; j = text.indexOf(quote, j + 1)) {
      if (text.charCodeAt(j - 1) !== 32) continue;
      const k = j - 1;
      if (!QUOTED_AFTER_KEY.test(text.slice(Math.max(0, k - 13), k + 1))) continue;
      const q = QUOTED_VALUE.exec(text.slice(k + 1, k + 64));
      if (!q) continue;
      addName(names, k + 2, nameIn(q[1]!, 'part', L));
    }
  }
  if (text.indexOf('INSERT') >= 0 || text.indexOf('insert') >= 0) sqlInserts(text, L, names, blocked);
  if (text.indexOf('CN=') >= 0) {
    COMMON_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COMMON_NAME.exec(text))) {
      const v = m[1] ?? m[2]!;
      const vs = m.index + m[0].length - v.length - (m[1] !== undefined ? 1 : 0);
      addName(names, vs, nameIn(v, 'full', L));
    }
  }
  return { names, blocked };
}
