import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';
import { handleOf } from '../src/detect/person/aliases.js';
import { capsNames } from '../src/detect/person/caps.js';
import { nameLists } from '../src/detect/person/names.js';

const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));

describe('initials and user names a text defines', () => {
  it('minutes: initials after a name (and a role) stand for the person wherever they are used', () => {
    const text = [
      'Present: Gareth Price (Chair) (GP) Carys Bevan (Vice-Chair) (CB) Dr Anwen Llywelyn-Jones (AL)',
      'In attendance: Siân Morgan, Chief Executive (SM)',
      'Minutes approved. Proposed CB, seconded AL.',
      'ACTION: SM to write to the contractor. ACTION: GP and CB to meet the auditors.',
    ].join('\n');
    const found = people(text);
    for (const name of ['Gareth Price', 'Carys Bevan', 'Anwen Llywelyn-Jones', 'Siân Morgan']) expect(found).toContain(name);
    expect(found.filter((p) => p === 'CB')).toHaveLength(3);
    expect(found.filter((p) => p === 'SM')).toHaveLength(2);
    expect(found.filter((p) => p === 'GP')).toHaveLength(2);
  });

  it('abbreviations of things are no initials of a person', () => {
    const text = 'The Annual General Meeting (AGM) and Human Resources (HR) agreed. HR will send the AGM notes.';
    expect(people(text)).toEqual([]);
  });

  it('a user name in parentheses after a name is used alone later: tickets, logs, mentions — not inside addresses', () => {
    const text = [
      'Reporter: Niamh Kavanagh (nkavanagh)',
      'Bearbeiter: Tobias Lange (tlange)',
      'nkavanagh - 03/Jul/24 09:20 @tlange kannst du das übernehmen?',
      '---- tlange – 12.03.2024 11:30 Reproduzierbar. Mail an tlange@example-firma.de',
    ].join('\n');
    const found = people(text);
    expect(found.filter((p) => p === 'nkavanagh')).toHaveLength(2);
    expect(found.filter((p) => p === 'tlange')).toHaveLength(3);
  });

  it('user names of people named in full are found with no definition, and no word made of a name is', () => {
    const text = [
      'Kunde: Burak Yılmaz (Einkauf), Rückruf durch Sabine Wagner; Freigabe Mehmet Özdemir.',
      '2024-03-12 07:58:12 b.yilmaz Ticket erstellt',
      '2024-03-12 08:36:44 a.schwarz-adm Gruppe geprüft (Andreas Schwarz)',
      'Hinweis (intern, swagner): Bankdaten an s.wagner@beispiel-firma.de, m.oezdemir informiert',
    ].join('\n');
    const found = people(text);
    for (const handle of ['b.yilmaz', 'a.schwarz-adm', 'swagner', 'm.oezdemir']) expect(found).toContain(handle);
    expect(found.join('|')).not.toContain('s.wagner@');
    // "arose" is "a" + Rose, and a word; "lange" is Lange's surname and a word.
    expect(people('Anna Rose said it arose from the delay. Thomas Lange fragt, wie lange das dauert.')).toEqual(['Anna Rose', 'Thomas Lange']);
  });

  it('initials that sign a form or a file note, and initials defined after an initialled name', () => {
    expect(people('Signed: G.P. Received: S.P. Time: 18:04')).toEqual(['G.P.', 'S.P.']);
    expect(people('Signed CB 13:22 Received DA 13:25')).toEqual(['CB', 'DA']);
    expect(people('Taken by: reception\nInitials: AW / KL')).toEqual(['AW', 'KL']);
    expect(people('Approved: A.R. Date: 29/07/2024')).toEqual(['A.R.']);
    expect(people('Change CHG-7802 applied by TF (approved by AR on 23/07).')).toEqual(['TF', 'AR']);
    // A date after the initials ends the field as a time does; a Scottish "Mc" in them.
    expect(people('Signed: PS 12/03/2024')).toEqual(['PS']);
    expect(people('HR Advisor Initials: LMcK 23/10/2025')).toEqual(['LMcK']);
    expect(people('Driver signature: D. Achterberg   Checked back in by: SW 14:50')).toEqual(['D. Achterberg', 'SW']);
    expect(people('Handed over: JM 06:58 Received: MKH 07:02')).toEqual(['JM', 'MKH']);
    expect(people('Deliverables: 4x JPEG web. Sign-off: LMD ✔')).toEqual(['LMD']);
    expect(people('Sign off: JB 12/03')).toEqual(['JB']);
    // "Unterschrift(en)", initials with a blank between them, an office step before a date.
    expect(people('Notdienst gerufen. Unterschriften: V. I. / T. M.')).toEqual(['V. I.', 'T. M.']);
    expect(people('Bearbeitet Lohnbüro: mf / 09.05.2025')).toEqual(['mf']);
    // Who last edited a plan, after its date; not a unit after the date.
    expect(people('Einsatz Gerüstbaukolonnen KW 17/2025 (Stand Fr 18.04., RB)\nKolonne 1 – Sergej Bauer')).toEqual(['RB', 'Sergej Bauer']);
    expect(people('Preisliste (Stand 01.01.2025, EUR)')).toEqual([]);
    // Initials opening two or more list items or log entries; not departments.
    expect(people('Action points:\n- FW: lighting quote by 1 Dec\n- NC: send updated fee schedule')).toEqual(['FW', 'NC']);
    // Beside those, an item with a capital after the colon, and "Mc" initials.
    expect(people('Actions:\n- GB: Saturday fry trial\n- PM: confirm outing\n- OMcC: fees letter')).toEqual(['GB', 'PM', 'OMcC']);
    // An action list on one line, owner first.
    expect(people('Aufgaben: IH – Warmhaltewagen prüfen; FD – Angehörigeninfo; MS – Busanfrage.')).toEqual(['IH', 'FD', 'MS']);
    expect(people('Aktion: PR – Pressemitteilung vorbereiten.')).toEqual([]);
    // … or one item per line under the label.
    expect(people('ToDo:\nEK – Rückmeldung Urlaub\nÖK – Schulungsplan Fräser\nDS – Reklamationsstatistik')).toEqual(['EK', 'ÖK', 'DS']);
    expect(people('Log\n08:05 RW – Visitor arrived.\n10:15 CH – Complaint received.')).toEqual(['RW', 'CH']);
    expect(people('Agenda:\n- HR: update policy\n- IT: new laptops')).toEqual([]);
    expect(people('Notes:\n- NC: send the schedule')).toEqual([]);
    // Words and the thing signed are no one's initials.
    expect(people('Thank you for the signed NDA. Approved: YES. Checked: OK, Verified: PAID')).toEqual([]);
    const notes = 'Handler: R. Ashworth-Lee (RAL)\n09/05/2024 11:12 RAL File reviewed.\n09/05/2024 11:40 RAL Instructed assessors.';
    expect(people(notes)).toEqual(['R. Ashworth-Lee', 'RAL', 'RAL', 'RAL']);
  });

  it('initials after a found given name alone, its own first letter first', () => {
    expect(people('Annahme 22.04., angenommen von Timo (TB)\nFertig gemeldet: 24.04. per SMS – TB')).toEqual(['Timo', 'TB', 'TB']);
    expect(people('Treasurer: Zubair (ZK). Minutes: ZK')).toEqual(['Zubair', 'ZK', 'ZK']);
    // Not another letter's, not a weekday in mixed case, not a role after a longer name.
    expect(people('angenommen von Timo (KB)\nFertig: KB')).toEqual(['Timo']);
    expect(people('Nennie ist nächste Woche im Haus (Mi), falls jemand fragt.')).not.toContain('Mi');
  });

  it('a Kürzel defined after an inverted name, and initials with accents', () => {
    const log = 'Übergebend: Koch, Matthias (MKO)\nÜbernehmend: Nowak, Kasia (KNO)\n- Rückruf nach Reparatur (KNO)\ngez. MKO / KNO';
    expect(people(log)).toEqual(['Koch, Matthias', 'MKO', 'Nowak, Kasia', 'KNO', 'KNO', 'MKO', 'KNO']);
    // "ÖC" is Ömer Çelik's, compared without accents.
    const team = 'Team: Ömer Çelik (Kolonne 1, ÖC), Rafał Nowicki (Kolonne 2, RN)\n- Unterweisung durch ÖC am Mittwoch.';
    expect(people(team)).toEqual(['Ömer Çelik', 'ÖC', 'Rafał Nowicki', 'RN', 'ÖC']);
    // The name inside the parenthesis, before its initials.
    expect(people('Befund Mechaniker (Konrad Vogel, KV): Beläge tauschen.\nFreigabe KV.')).toEqual(['Konrad Vogel', 'KV', 'KV']);
    // Initials, then a role of the same shape.
    expect(people('Present: Wesley Hamilton (WH, MD)\n1. WH opened the meeting.')).toEqual(['Wesley Hamilton', 'WH', 'WH']);
    // Initials that are not the inverted name's stay unread.
    expect(people('Übergebend: Koch, Matthias (XYZ)')).toEqual(['Koch, Matthias']);
  });

  it('initials of a name with a particle, the particle in lower case ("FvH" for Friederike von Hollen)', () => {
    expect(people('Von: Friederike von Hollen\nSamstag 18.05.2024   Makler: FvH')).toEqual(['Friederike von Hollen', 'FvH']);
    expect(people('Anna-Lena von Hagen (AvH)\n| send policy | AvH | 31/05 |')).toEqual(['Anna-Lena von Hagen', 'AvH', 'AvH']);
  });

  it('one person\'s initials, used alone twice, are theirs; once, or a common abbreviation, not', () => {
    const notes = 'Anwesend: Julia Brandt, A. Kuznetsov\n→ JB erstellt Entwurf bis 28.02.\nNächstes Gespräch: Juni. JB, 17.01.2025';
    expect(people(notes)).toEqual(['Julia Brandt', 'A. Kuznetsov', 'JB', 'JB']);
    expect(people('Anwesend: Julia Brandt\n→ JB erstellt Entwurf bis 28.02.')).toEqual(['Julia Brandt']);
    // An initial and a surname have initials too.
    expect(people('Duty: R. Walsh (AM), Conor Healy (PM)\n08:05 RW – Visitor arrived.\n08:40 RW – Fuel dock reading.')).toEqual(['R. Walsh', 'Conor Healy', 'RW', 'RW']);
    expect(people('Dr. Max Richter\nMR des Schädels: unauffällig. MR-Kontrolle in 6 Monaten, MR.')).toEqual(['Max Richter']);
  });

  it('a log\'s Kürzel column holds the initials of people named in full, accents folded ("OD" for Ömer Doğan)', () => {
    const log = 'Wachhabender: Ömer Doğan · zweiter MA: Kevin Jaskólski\nZeit  | Eintrag | Kürzel\n21:58 | Dienstübernahme | OD\n22:15 | Rundgang 1 | KJ\n23:40 | Rundgang 2 | OD';
    expect(people(log)).toEqual(['Ömer Doğan', 'Kevin Jaskólski', 'OD', 'KJ', 'OD']);
  });

  it('German office Kürzel: a lone reference, "durch kw", "(Kürzel lm)", a lower-case definition, attendees by initials', () => {
    expect(people('Unser Zeichen: ks\nDurchwahl: 0221 948370')).toEqual(['ks']);
    expect(people('Unser Zeichen: nb-BG-24-118\nHannover')).toEqual(['nb']);
    expect(people('Tel. 040 30 22 918-512\nDiktatzeichen: SR/kö')).toEqual(['SR', 'kö']);
    expect(people('Unser Zeichen: Ihr Schreiben vom 12.03.')).toEqual([]);
    expect(people('eingegeben am 22.08.2024 durch kw · Trainer informiert')).toEqual(['kw']);
    // A body, a pronoun, an article: no one's Kürzel.
    expect(people('Einweisung durch PIA. Die Lieferung erfolgt durch uns. Zahlung durch die Bank.')).toEqual([]);
    expect(people('Aufgenommen: Lukas Maier, Servicecenter (Kürzel lm)\nRückruf erledigt 16:52 Uhr, lm.')).toEqual(['Lukas Maier', 'lm', 'lm']);
    // "bearb." as "Bearbeitet"; a form's fields set apart by blanks.
    expect(people('Eingang: 29.05.2024   bearb.: KAL   Team 613')).toEqual(['KAL']);
    expect(people('Wartefrist entfällt · Bearb.: jke')).toEqual(['jke']);
    expect(people('Eingegangen: 30.08.2024   Kürzel: bk   Kopie an Gruppe Marienkäfer: ja\n| Oma | ja, bk 02.09. |')).toEqual(['bk', 'bk']);
    expect(people('Aufgenommen: Bartosz Nowak (Nachtdispo, bn)\nFahrer meldet Schaden. bn 06:58')).toEqual(['Bartosz Nowak', 'bn', 'bn']);
    const minutes = 'Teilnehmer: RW, GD, BK (Lohn)\nNicht anwesend: TP (Urlaub bis 29.11.)\n| 1 | Fahrtenbücher | 06.12.2024 | GD | Entwurf |';
    expect(people(minutes)).toEqual(['RW', 'GD', 'BK', 'TP', 'GD']);
    expect(people('Present: IT, HR.')).toEqual([]);
  });

  it('log and table user names after a time and a separator, or after "Konto"', () => {
    const log = '19.01.2024 09:14 | srichter | Akte übernommen.\n19.01.2024 07:29, tnguyen2\n11.03.2024 08:09 · Ticket angelegt · dkrueger Ticket\nKonto arichter wurde deaktiviert';
    expect(people(log)).toEqual(['srichter', 'tnguyen2', 'dkrueger', 'arichter']);
    expect(people('| 12.03.2024 | mueller | offen |\nKonto gesperrt')).toEqual([]);
  });

  it('a dotted user name with a double surname, a CSV cell holding a user name, "Ta," as a sign-off', () => {
    expect(people('08:42 gareth.pryce-jones thanks all.')).toEqual(['gareth.pryce-jones']);
    const csv = 'RF-77131,2025-05-21,Deposit captured in error,cdelaney\nRF-77170,2025-05-27,Admin fee refunded,dryan';
    expect(people(csv)).toEqual(['cdelaney', 'dryan']);
    expect(people('Fruit,apples,pears\nNotice: immediate (serving)')).toEqual([]);
    expect(people('back at the yard by 5pm.\nTa,\nDai')).toEqual(['Dai']);
  });

  it('initials after "signed off by" at a stop, after a dated check, and after a note\'s last dash', () => {
    expect(people('Apology drafted – signed off by DK. Reply sent.')).toEqual(['DK']);
    expect(people('Sanctions screen: Clear (checked 03/02/2025 by YA)')).toEqual(['YA']);
    expect(people('I will call him at lunchtime. – CB\nNext item')).toEqual(['CB']);
    expect(people('Prices rose in the single market. – EU')).toEqual([]);
  });

  it('a German office step and its Kürzel at the field\'s end: "Bearbeitet: ck", "rc/sw", "· gebucht eg"', () => {
    expect(people('Bearbeitung Pfarrbüro: rc/sw')).toEqual(['rc', 'sw']);
    expect(people('USt-IdNr. DE813300441 · Bearbeitet: ck')).toEqual(['ck']);
    expect(people('Sachbearbeitung: KL')).toEqual(['KL']);
    expect(people('Bearbeitet HR: ss · erfasst in SAP')).toEqual(['ss']);
    expect(people('nicht erfassten Teils, erledigten. erfasst bzw. bemerkt. Erledigt: ja')).toEqual([]);
  });

  it('"PM" is Patrick Mensah where the note makes it a subject, not a column\'s "PM key"', () => {
    const note = 'Employee: Patrick Mensah (Machine Operator)\nChair: Julia Faulkner (Operations Manager)\n1. Summary\nPM says that since November he has been allocated the oldest machines. JF asked whether PM had raised it.';
    expect(people(note).filter((p) => p === 'PM')).toHaveLength(2);
    expect(people('Paul Martin and Julia Faulkner met. PM key: JF = Julia Faulkner')).not.toContain('PM');
  });

  it('an action\'s owners between dashes before its date: "– SM – 09/08", "– JS / AW – by 6/11"', () => {
    const minutes = '2. Extend barriers at north side – SM – 09/08\n- Draft report – JS / AW – by 6/11';
    expect(people(minutes)).toEqual(['SM', 'JS', 'AW']);
    expect(people('Prices – EU – 12/03')).toEqual([]);
  });

  it('dotted initials after who did a step, initials in parentheses after a role', () => {
    expect(people('Maropitant given 17:00 by B.T. Owners visiting')).toEqual(['B.T.']);
    expect(people('Estimate updated Fri pm by locum (GW) but no call logged.')).toEqual(['GW']);
    expect(people('Ask the tech (IT) team.')).toEqual([]);
  });

  it('handleOf: user names made from the name, with umlauts and accents in ASCII', () => {
    expect(handleOf('nkavanagh', 'Niamh Kavanagh')).toBe(true);
    expect(handleOf('twisniewski', 'Tomasz Wiśniewski')).toBe(true);
    expect(handleOf('koenig.h', 'Hanna König')).toBe(true);
    expect(handleOf('hannover', 'Hanna König')).toBe(false);
    expect(handleOf('hkoenig', 'Hanna König')).toBe(true);
    expect(handleOf('anna.schmidt', 'Anna Schmidt')).toBe(true);
    expect(handleOf('admin', 'Anna Schmidt')).toBe(false);
    expect(handleOf('ab', 'Anna Berg')).toBe(false);
    // One umlaut as "ae", the other as the bare vowel.
    expect(handleOf('t.schaefer-ozdemir', 'Timo Schäfer-Özdemir')).toBe(true);
    expect(handleOf('t.schaefer-ozdemir', 'Timo Schäfer-Özkan')).toBe(false);
  });
});

describe('names in capitals', () => {
  const caps = (text: string) => capsNames(text, nameLists()).map((s) => text.slice(s.start, s.end));

  it('bank statement lines: the party after a payment keyword, up to the reference', () => {
    const text = [
      '01 MAY 24 FPI SEAN O\'BRIEN REF RENT MAY 250.00',
      '13 MAY 24 TFR TO DAWN MARSH REF CHILDMINDING 120.00',
      '28 MAY 24 STANDING ORDER ROSE KING REF PIANO 40.00',
      '02 JUN 24 SEPA CT TO CIARAN MURPHY REF X',
      '03 JUN 24 PAYMENT TO BRITISH GAS REF 123',
      '04 JUN 24 DD KESTREL FOODS LTD 12.00',
    ].join('\n');
    expect(caps(text)).toEqual(["SEAN O'BRIEN", 'DAWN MARSH', 'ROSE KING', 'CIARAN MURPHY']);
  });

  it('Faster Payments and international transfers: "FPS CREDIT J HUSSAIN", "INTL DEBIT S MURPHY"; not their fee', () => {
    const text = [
      '01/10/2024,"FPS CREDIT ADEYEMI O RENT OCT RM4",BGC,950.00,,12408.33',
      '02/10/2024,"FPS CREDIT J HUSSAIN RM2 OCTOBER",BGC,875.00,,13199.33',
      '09/10/2024,"INTL DEBIT S MURPHY IBAN IE64IRCE92050112345678 REFUND DEP",DEB,212.00,,14789.37',
      '15/08/2024,CHG,Fee,,,INTL PAYMENT FEE,9.50,,1765.17',
    ].join('\n');
    expect(caps(text)).toEqual(['ADEYEMI O', 'J HUSSAIN', 'S MURPHY']);
  });

  it('mixed-case cues of Australian exports, and a dotted initial: "Osko Payment from MENDOZA MARIA CRISTINA", "FPS CREDIT E. BOATENG-ASANTE"', () => {
    const text = [
      '28/05/2024,"+220.00","Osko Payment from MENDOZA MARIA CRISTINA share of Byron trip","+7,036.02"',
      '07/10/2024,"FPS CREDIT E. BOATENG-ASANTE DEPOSIT RM5",BGC,1200.00,,15001.37',
    ].join('\n');
    expect(caps(text)).toEqual(['MENDOZA MARIA CRISTINA', 'E. BOATENG-ASANTE']);
  });

  it('"Transfer To HUNTER J Rent share": a capitalised "To", and a payee before a mixed-case word', () => {
    const text = [
      '"03/03/2025","-420.00","Transfer To HUNTER J Rent share March","+3,112.58"',
      '"10/03/2025","+80.00","Transfer From YOUNG T footy tipping winnings","+5,619.08"',
      '"14/03/2025","-35.00","Osko Payment To MASON K Bday present","+5,495.08"',
    ].join('\n');
    expect(caps(text)).toEqual(['HUNTER J', 'YOUNG T', 'MASON K']);
  });

  it('an M-Pesa counterparty after its number, and German statement lines "Überweisung SAFI NAZANIN"', () => {
    expect(caps('2025-03-01 08:14:22,Customer Transfer to 254712884208 - JOHN OTIENO,Completed,,1500.00')).toEqual(['JOHN OTIENO']);
    expect(caps('2025-03-03 12:40:05,Funds received from 254733604219 - GRACE WAMBUI,Completed,3000.00')).toEqual(['GRACE WAMBUI']);
    expect(caps('05.03. 05.03. Überweisung SAFI NAZANIN   -150,00\n21.03. 21.03. Gutschrift WOLF HEIDE   80,00\n31.03. Gutschrift GEHALT MAERZ 2.400,00')).toEqual(['SAFI NAZANIN', 'WOLF HEIDE']);
  });

  it('account holders after a title, and given name + surname in a heading', () => {
    expect(caps('JOINT ACCOUNT STATEMENT\nMR ROBIN WELLS & MRS SUMMER WELLS\nTO MR W PAGE')).toEqual(['ROBIN WELLS', 'SUMMER WELLS', 'W PAGE']);
    expect(caps('WEDDING OF SOPHIE GRANT & KOFI BOATENG')).toEqual(['SOPHIE GRANT', 'KOFI BOATENG']);
    expect(caps('ANNUAL GENERAL MEETING OF THE BOARD IN MAY. DEAR SIR OR MADAM')).toEqual([]);
  });
});

describe('tables of people', () => {
  it('a couple in one field is two names; a firm with "&" is none', () => {
    const text = ['Guest(s) | Side | RSVP', 'Tony & Dawn Grant | Bride | Yes', 'Li Wei & Chen Xiaoling | Groom | No', 'Smith & Sons | Groom | No'].join('\n');
    expect(people(text)).toEqual(['Tony', 'Dawn Grant', 'Li Wei', 'Chen Xiaoling']);
  });

  it('a rota whose header holds dates, and an owners\' list headed "Eigentümer/in"', () => {
    const rota = ['| Mitarbeiter/in | Qual. | Mo 09. | Di 10. |', '|---|---|---|---|', '| Sommer, Frank | PFA | N | N |', '| Jung, Beate | PFK | F | F |'].join('\n');
    expect(people(rota)).toEqual(['Sommer, Frank', 'Jung, Beate']);
    const owners = ['| Whg. | Eigentümer/in | MEA (/1000) |', '|---|---|---|', '| 5 | Ernst Baum | 76 |'].join('\n');
    expect(people(owners)).toEqual(['Ernst Baum']);
  });

  it('"3rd Floor" is a storey', () => {
    expect(people('FAO Miles Fisher\n3rd Floor, 18 King Street, Leeds LS1 2HL')).toEqual(['Miles Fisher']);
  });
});

describe('initials defined with a role, and in attendee lists', () => {
  it('"(Chair, MM)" and "– Programme Manager – SL" define initials, used alone later', () => {
    const minutes = 'Present: Morag MacLeod (Chair, MM), Iain Fraser (Treasurer, IF)\n\nIF presented the accounts. MM closed the meeting.';
    expect(people(minutes)).toEqual(['Morag MacLeod', 'MM', 'Iain Fraser', 'IF', 'IF', 'MM']);
    const list = 'Attendees:\nSimon Leach – Programme Manager – SL\nAoife Keane – Lead Pharmacist, Digital – AK\n\n- AK to confirm. SL presented.';
    expect(people(list)).toEqual(['Simon Leach', 'SL', 'Aoife Keane', 'AK', 'AK', 'SL']);
  });

  it('initials that match no name before them define nothing', () => {
    expect(people('Budget – Finance Team – FT\nFT to review.')).toEqual([]);
  });
});

describe('someone found, again in capitals', () => {
  it('a statement names its counterparty in capitals in the description', () => {
    const csv = [
      'Date,Description,Type,Paid out,Paid in,Balance,Counterparty',
      '03/07/2024,EXPENSES J WHITE MILEAGE JUN,FPO,118.35,,10291.35,Jordan White',
      '08/07/2024,INV 2229 PATEL M,FPI,,640.00,8701.74,Meera Patel',
      '09/07/2024,WHITE GOODS DEPOT,POS,99.00,,8602.74,',
    ].join('\n');
    expect(people(csv)).toEqual(['J WHITE', 'Jordan White', 'PATEL M', 'Meera Patel']);
  });

  it('not a firm named after them', () => {
    expect(people('Name: Jan-Willem Hoek\n(2) HOEK & VISSER B.V., Rotterdam')).toEqual(['Jan-Willem Hoek']);
  });
});

describe('initials without a definition, and short forms before a name', () => {
  it('takes initials of people named in full where minutes use them for two people or more', () => {
    const minutes = 'Anwesend: Martina Huber-Kastl, Andreas Gschwendtner, Johann Rieder\n\nAufgaben: MHK – Schreiben an GF. JR – Gespräch PDL. Ref. AG/2024/17';
    expect(people(minutes)).toEqual(['Martina Huber-Kastl', 'Andreas Gschwendtner', 'Johann Rieder', 'MHK', 'JR']);
    // One person's initials alone are too often something else: "MR des Schädels".
    expect(people('Patient: Max Richter\nIm MR keine Metastasen.')).toEqual(['Max Richter']);
  });

  it('"(TK, Leitung)" defines initials too', () => {
    expect(people('Teilnehmer: Thomas Kübler (TK, Leitung)\nTK möchte warten.')).toEqual(['Thomas Kübler', 'TK', 'TK']);
  });

  it('a short form right before the name it stands for: "durch kb (Katrin Bruns)"', () => {
    expect(people('erfasst am 23.04.2024 durch kb (Katrin Bruns)')).toEqual(['kb', 'Katrin Bruns']);
    expect(people('Ich war in (Berlin Mitte) unterwegs, ab (Anna Berg) kam später')).toEqual(['ab', 'Anna Berg']);
  });
});

describe('German office short forms ("Kürzel")', () => {
  it('initial + two surname letters, or the surname\'s first three, defined and used', () => {
    const minutes = 'Protokoll: Lea Brinkmann (LBR)\n- Kateryna Bondarenko (Projektleitung) – KBO\n- Mehmet Kaya (Datenschutz) – MKA, ab 14:30\n\nKBO berichtet. Raumplanung durch LBR.';
    expect(people(minutes)).toEqual(['Lea Brinkmann', 'LBR', 'Kateryna Bondarenko', 'KBO', 'Mehmet Kaya', 'MKA', 'KBO', 'LBR']);
    expect(people('Anwesend: Hr. Dr. Reinecke (REI)\n17.2 Bauherr entscheidet REI erl.')).toEqual(['Reinecke', 'REI', 'REI']);
  });

  it('no short form that matches no name before it', () => {
    expect(people('Projekt Phoenix (PHX) – Status grün')).toEqual([]);
  });
});

describe('statement descriptions in capitals after a type column', () => {
  it('reads the payee after "FPO,", "BAC," and ends it at the first ordinary word', () => {
    const csv = [
      'Date,Type,Description,Paid out',
      '02/05/2024,FPO,"JACK ROWLEY EXPENSES APRIL","GB90"',
      '01/05/2024,BAC,"MRS P OKONJO REF INV 1182",,,65.00',
      '01/05/2025,DD,LEASE APR UNIT 4,,1750.00',
    ].join('\n');
    expect(people(csv)).toEqual(['JACK ROWLEY', 'P OKONJO']);
  });
});

describe('user names in a ticket log, reference initials, owners of a business', () => {
  it('finds glued user names after a time and a dash, after "Benutzer", in lists, and again elsewhere', () => {
    const log = 'Jana 22.01.2024 08:40 – kwinkler (1st Level): Rückruf.\nThomas hat das gleiche problem (tbauer).\nBenutzer jmueller, tbauer, lstrauss müssen sich anmelden.';
    expect(people(log)).toEqual(['Jana', 'kwinkler', 'Thomas', 'tbauer', 'jmueller', 'tbauer', 'lstrauss']);
    expect(people('Invoice 3318 – boiler replacement (fewer than 7 days)')).toEqual([]);
  });

  it('takes the initials of a German letter\'s reference line beside a slash', () => {
    expect(people('Unser Zeichen: KBR/nk-2023-0417 Objekt: Bonner Str. 219')).toEqual(['KBR', 'nk']);
    expect(people('Unser Az.: 244/23 OB/mh')).toEqual(['OB', 'mh']);
  });

  it('a given name and surname after a business word are its owner', () => {
    expect(people('Angebote (Ingenieurbüro Stanislav Horvat, Kolbermoor)')).toEqual(['Stanislav Horvat']);
    expect(people('Die Stadtbäckerei Sommer liefert.')).toEqual([]);
    // A trade that names a firm on its own: its surname is the firm's.
    expect(people('Von: Hausverwaltung Lindner <verwaltung@lindner-md.de>\nAktennotiz Brauerei Kellermann (Fa. Fassadenbau Engelhardt)')).toEqual([]);
    expect(people('Baumpflege Lindemann · Inhaber Jens Lindemann')).toEqual(['Jens Lindemann']);
    // English: the trade after the founder's name; a given name and a surname are the owner.
    expect(people('Job issued to Hunter Plumbing (contact Wayne Hunter 0412 555 019).')).toEqual(['Wayne Hunter']);
    expect(people('Contractor: Dylan Price Plumbing, inv. DP-3318')).toEqual(['Dylan Price']);
  });
});

describe('blind10: statement rows, "…_by" columns, dated chat lines', () => {
  it('reads a description field when the row\'s type column stands further left, and "SEPA CREDIT"', () => {
    const csv = [
      '"Date","Type","Sort code","Account","Description","Out"',
      '"02/04/2024","FPO","\'30-94-57","\'21884163","K MCALLISTER PAYROLL APR 24","1850.00"',
      '"02/04/2024","FPI","\'30-94-57","\'21884163","OKONJO A C INV 2231 RP4419",""',
      '"02/04/2024","DD","\'30-94-57","\'21884163","DVLA A 123","12.00"',
    ].join('\n');
    expect(people(csv)).toEqual(['K MCALLISTER', 'OKONJO A C']);
    expect(people('03/05/2024,SEPA CREDIT WALSH T J,,65.00')).toEqual(['WALSH T J']);
  });

  it('"last_changed_by" is a column of people; "[2024-06-12 02:16] hleckie:" speaks', () => {
    expect(people('vendor_id,vendor_name,status,last_changed_by\nV1,Ashgrove Packaging Ltd,ACTIVE,jokafor')).toEqual(['jokafor']);
    const chat = '[2024-06-12 02:16] hleckie: ack, looking\n[2024-06-12 02:19] hleckie: p99 is 9s+';
    expect(people(chat)).toEqual(['hleckie', 'hleckie']);
  });

  it('a chat stamp with a weekday and a date without its year; handles with two separators', () => {
    const chat = '[Mo 09:04] aleks_petrenko: mach annahme\n[Mo 09:12] jos: ok\n[Mo 10:47] aleks_petrenko: kunde ist da\n[Mo 10:49] mbui: das war ich\n[Di 08:15] support_hanna.l: erledigt';
    expect(people(chat)).toEqual(['aleks_petrenko', 'jos', 'aleks_petrenko', 'mbui', 'support_hanna.l']);
    const teams = '[Mo 06.05. 07:48] Ömer Çelik: Material ist da\n[Mo 06.05. 07:52] Jens Kraft: gut';
    expect(people(teams)).toEqual(['Ömer Çelik', 'Jens Kraft']);
  });

  it('an initial glued to a listed surname speaks after a time ("02:14 tkaya:"), and is the same user where named alone', () => {
    const log = 'Erstellt: 03.12.2024 02:14 – Agent: tkaya\n\n02:14 tkaya: EMA-Alarm Linie 3.\n02:19 tkaya: Kontakt 1 angerufen.\n02:41 whein (vor Ort): Rolltor unten.';
    expect(people(log)).toEqual(['tkaya', 'tkaya', 'tkaya', 'whein']);
    // A log key that is an English word is no user: "ahead" is not a + Head.
    expect(people('02:14 ahead: none\n02:19 ahead: none')).toEqual([]);
  });
});

describe('initials after a date written with slashes', () => {
  it('"Report completed: 06/03/2024 – CD" signs like "erfasst: 14.03.2025 / hw"', () => {
    expect(people('Report completed: 06/03/2024 – CD')).toEqual(['CD']);
    expect(people('Approved: 09/18/2024 – TM\nNext review 01/02/2025')).toEqual(['TM']);
    // A bare slash date before capitals is no signature: "12/05/2024 OK".
    expect(people('Checked on 12/05/2024 OK')).toEqual([]);
  });
});

describe('initials that sign before a remark, or in brackets after a date', () => {
  it('"Checked: HK (Travel desk)", "Geprüft: HK (Reisekostenstelle)"', () => {
    expect(people('Approved: Dr Ruth Behrens\nChecked: HK (Travel desk)')).toContain('HK');
    expect(people('Genehmigt: Dr. Ruth Behrens\nGeprüft: HK (Reisekostenstelle)')).toContain('HK');
  });

  it('"Wiedervorlage: 29.01.2024 (AP)", "call booked 31 Jan (CB)"; not a department', () => {
    expect(people('- Wiedervorlage: 29.01.2024 (AP)')).toEqual(['AP']);
    expect(people('- Follow-up call booked 31 Jan (CB)')).toEqual(['CB']);
    expect(people('Termin am 12.03.2024 (HR)')).toEqual([]);
    expect(people('Frist: 12.03.2024 (AP) wegen Urlaub')).toEqual([]);
  });
});
