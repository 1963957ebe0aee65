import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';
import { detect } from '../src/detect/pipeline.js';

const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));
const phones = (text: string) =>
  detect(text, { region: 'DE' })
    .filter((f) => f.type === 'PHONE')
    .map((f) => text.slice(f.start, f.end));

describe('nicknames, sign-offs and minutes', () => {
  it('a nickname given to a named person, and its later uses; not a defined term', () => {
    const club = 'Clubman of the Year: Graham Woodhead ("Woody"). Woody thanked the committee.';
    expect(people(club).filter((p) => p === 'Woody')).toHaveLength(2);
    expect(people('Harold Crabtree – "Harry" to generations of players – died in May.')).toContain('Harry');
    // Inside the name: one person's name, the surname after the nickname included.
    expect(people('Estimator: Andrew "Drew" Kowalchuk Scope')).toEqual(['Andrew "Drew" Kowalchuk']);
    expect(people('Josef „Sepp“ Neuner kommt.')).toEqual(['Josef „Sepp“ Neuner']);
    expect(people('Anna Berg "Verkauf" Team')).toEqual(['Anna Berg']);
    const terms = 'Northwind Ltd ("Supplier") and Anna Berg ("Verkäuferin") signed.';
    expect(people(terms)).not.toContain('Supplier');
    expect(people(terms)).not.toContain('Verkäuferin');
  });

  it("initials that sign a text: the last line, a reply's sign-off, a dash", () => {
    expect(people('FROM: Deborah L. Kincaid, Chief People Officer\nThank you for your cooperation. DLK')).toContain('DLK');
    expect(people('Reply from: Owen Pritchard\nI am on ext. 2231 if you need me.\nOP')).toContain('OP');
    expect(people('Hi Yusuf, we moved it.\nTa, OF')).toContain('OF');
    expect(people('Leave the ticket open till Friday. Cheers, MLN\n---- Internal note')).toContain('MLN');
    expect(people('nobody has called back.\n— CM\n---------- Reply from FleetGrid')).toContain('CM');
    // Abbreviations and amounts are no signatures.
    expect(people('The report covers the EU.\nRegards, IT')).toEqual([]);
    expect(people('Total due. GBP')).toEqual([]);
    expect(people('Summe Gesamt: EUR')).toEqual([]);
    expect(people('no thanks, OK')).toEqual([]);
    expect(people('Sprachen:\n– DE\n– EN\n– FR\nEnde')).toEqual([]);
  });

  it("minutes: an action's owners, a motion's proposer and seconder, initials dated in parentheses", () => {
    const minutes = 'Succession plan — Action: CMcGP by 29/02\nQuestionnaire — Action: HL / SNíB by 15/05\nProposed SP, seconded AK.';
    expect(people(minutes)).toEqual(expect.arrayContaining(['CMcGP', 'HL', 'SNíB', 'SP', 'AK']));
    expect(people('Action: IT to fix the printer.')).toEqual([]);
    expect(people('Actions: survey follow-up – DNR; petition – PZ; lights – OF/SO\nMeeting closed.')).toEqual(['DNR', 'PZ', 'OF', 'SO']);
    expect(people('Actions:\n- Second quote for playground – SB – by 12 April\n- Letter to parish council – PA\nNext meeting: 3 May')).toEqual(['SB', 'PA']);
    expect(people('Actions: fix printer – IT; order paper – EUR')).toEqual([]);
    expect(people('NOTES\n2024-09-05 – PG: Discovery call.\n2024-09-19 – PG: Demo at Oakville.')).toEqual(['PG', 'PG']);
    expect(people('Approver comments (GC, 05/08/2024): Approved except R4')).toEqual(['GC']);
    expect(people('Carry-over of leave balance. Confirmed by SW 31/01.')).toEqual(['SW']);
    expect(people('nicht an (bestätigt durch FG Münster, Urteil vom 16. Oktober 2014)')).toEqual([]);
    expect(people('Notes from site visit (June 10, DK): drain stack is cast iron')).toEqual(['DK']);
    expect(people('Umsatz (EUR, 12.03.) und Meeting (UK, 12 March)')).toEqual([]);
  });

  it("an English reference line: the writer's capitals before a typist's lower case, not file codes", () => {
    expect(people('Our ref: KP/jw/DEP-2291')).toEqual(['KP', 'jw']);
    expect(people('Our ref: CLM/HM/2024/0093381 Policy no.: HM-COMM-7714902 Your ref: WF/0714')).toEqual([]);
  });
});

describe('German Kürzel', () => {
  it('of the given name and the surname in every make, and their uses alone', () => {
    const found = people('Anwesend: AnS (Annika Steffens), MKo (Marek Kozłowski). Fortbildung: AnS, MKo.');
    expect(found).toEqual(expect.arrayContaining(['Annika Steffens', 'Marek Kozłowski']));
    expect(found.filter((p) => p === 'AnS')).toHaveLength(2);
    expect(people('Sachbearbeitung TMü (Tanja Müller-Ortlieb), Durchwahl 12')).toEqual(['TMü', 'Tanja Müller-Ortlieb']);
    expect(people('Kommentare: tkr (Timo Krause): Token bestellt')).toEqual(['tkr', 'Timo Krause']);
    expect(people('Sachbearbeitung: Marius Ionescu (mio), Spedition. Rückfrage an mio.')).toEqual(['Marius Ionescu', 'mio', 'mio']);
    expect(people('bearbeitet: HB (Geschäftsstelle, Hinrich Bruns)')).toEqual(['HB', 'Hinrich Bruns']);
  });

  it('defined with "=" in lower case, used before; a department is no name', () => {
    const notes = 'aufgen. kb 08:47 | für: Frau Reinartz\naufgen. lh 11:20\nKürzel: kb = Katja Brüggemann, lh = Lea Hansen (Azubi)';
    const found = people(notes);
    expect(found.filter((p) => p === 'kb')).toHaveLength(2);
    expect(found.filter((p) => p === 'lh')).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining(['Katja Brüggemann', 'Lea Hansen']));
    expect(people('Kürzel: ab = Abteilung Buchhaltung')).toEqual([]);
  });
});

describe('exports and logs', () => {
  it('surnames in a "Name" column beside "Vorname", listed or not', () => {
    const csv = 'PatNr;Name;Vorname;Letzter Termin\n20417;Schmidtke;Hilde;12.04.2024\n20744;Haidari;Farida;30.04.2024';
    expect(people(csv)).toEqual(['Schmidtke', 'Hilde', 'Haidari', 'Farida']);
  });

  it('an emergency contact column: the name before its number or remark, not an office', () => {
    const csv = 'id,surname,forename,emergency_contact\nL-2,Perera,Dilshan,"Nadeesha Perera 020 8496 0317"\nL-4,Smith,Anna,"Club office 0161 1234"';
    expect(people(csv)).toEqual(['Perera', 'Dilshan', 'Nadeesha Perera', 'Smith', 'Anna']);
  });

  it("a ticket export's requesters and assignees; a user name after a dated verb", () => {
    const tickets = [
      'ServiceDesk export – exported 14/03/2025 08:02 by kpatel2',
      'TicketID,Opened,Requester,RequesterEmail,Summary,AssignedTo,Status',
      'INC0091851,10/03/2025 09:02,Tariq Mehmood,t.m@x.example,"New laptop",kpatel2,In Progress',
      'INC0091868,10/03/2025 11:45,Facilities,fac@x.example,"Docking station",unassigned,New',
    ].join('\n');
    expect(people(tickets)).toEqual(['kpatel2', 'Tariq Mehmood', 'kpatel2']);
    expect(people('Closed on 12.03.2025 by mkoerner. Report generated 2025-03-04 by sramesh.')).toEqual(['mkoerner', 'sramesh']);
    // After "requested by", "verified by": a role or a way as often.
    expect(people('Verified by callback. Change requested by employee. Uploaded to sharepoint by Anna.')).toEqual(['Anna']);
  });

  it('numbered user names in logs; English words of a user name\'s shape are none', () => {
    expect(people('sshd[22019]: Failed password for ajohnson4 from 10.21.4.77 port 51522')).toEqual(['ajohnson4']);
    expect(people('Donations from abroad: the Friends group in Dublin.')).toEqual([]);
  });

  it('escaped line breaks of a calendar invite read as lines, at the same offsets', () => {
    const text = 'DESCRIPTION:Hi all\\,\\n\\nBooking an hour for Mr. Hollis.\\n\\nThanks\\,\\nMadison\\n\\nMadison Chase | VP';
    expect(people(text)).toEqual(['Hollis', 'Madison', 'Madison Chase']);
  });
});

describe('definitions, households and forms', () => {
  it('user names a name in parentheses defines, inside or before them, and their later uses', () => {
    expect(people('Assigned to: mei.lin.ng (Mei Lin Ng). Later mei.lin.ng closed it.')).toEqual(['mei.lin.ng', 'Mei Lin Ng', 'mei.lin.ng']);
    expect(people('Last updated: 18/03/2024 by hr.amason (Amy Mason) | Employee')).toEqual(['hr.amason', 'Amy Mason']);
    expect(people('Finance (tmay – Tracey May, 07/08/2024): Paid. Ask tmay.')).toEqual(['tmay', 'Tracey May', 'tmay']);
    expect(people('price (incl VAT) and total (net)')).toEqual([]);
  });

  it('"=" keys that are user names or given names, and their uses', () => {
    const key = 'C-7781201,PATRICIA GOODWIN,dmcg,open\nKey: dmcg = Donna McGuire';
    expect(people(key).filter((p) => p === 'dmcg')).toHaveLength(2);
    const rota = 'Night RN | Maricar | Joy\nKey: Maricar = Maricar Santos RN';
    expect(people(rota)).toEqual(expect.arrayContaining(['Maricar', 'Maricar Santos']));
  });

  it('a title after "&" opens a person; a firm stays a firm', () => {
    expect(people('Owner: Mr Pieter-Jan Steyn & Mrs Lindiwe Steyn\nUnit: 7')).toEqual(['Pieter-Jan Steyn', 'Lindiwe Steyn']);
    expect(people('Smith & Dr Jones Ltd')).toEqual([]);
  });

  it('nicknames said outright, English households, an initial and surname after a signing label', () => {
    const found = people('Paul Little (known as "Tiny", reach truck driver). Jamal and Tiny lifted the cage.');
    expect(found.filter((p) => p === 'Tiny')).toHaveLength(2);
    expect(people('Anna Berg sent the file, known as "Budget", today.')).toEqual(['Anna Berg']);
    expect(people('SM reported that the Hopkins family has agreed. The Royal family.')).toEqual(['Hopkins']);
    // A surname that is also a word, when the surname list holds it.
    expect(people('his host is the Lynch family in Douglas.')).toEqual(['Lynch']);
    expect(people("Can you confirm whether the Okafors' payment was received?")).toEqual(['Okafors']);
    expect(people('Right-to-work check completed by: M. Banks Date: 22/07/2024')).toEqual(['M. Banks']);
    expect(people('Employee signature: D. Friday')).toEqual(['D. Friday']);
  });

  it('"Surname, Given" is one person; lists and CSV fields are not joined', () => {
    expect(people('Kemal Öztürk (Lieferantenaufträge), Fuchs, Daniela (Reklamationen)')).toEqual(['Kemal Öztürk', 'Fuchs, Daniela']);
    expect(people('Krank: Haidari, Farida; Urlaub: Brandt, Eleanor')).toEqual(['Haidari, Farida', 'Brandt, Eleanor']);
    expect(people('id,last_name,first_name\nA-1,Okoro,Ada')).toEqual(['Okoro', 'Ada']);
  });

  it("a found surname's genitive before the business noun it owns", () => {
    expect(people('Frau Müller hat angerufen. Müllers Angebot liegt vor.')).toEqual(['Müller', 'Müllers']);
    expect(people('Frau Zabel hat angerufen. Wir prüfen Zabels Rechnung.')).toEqual(['Zabel', 'Zabels']);
  });

  it("a two-word label's first word is no name, nor a name's last word; a one-word label leaves the name", () => {
    expect(people('Employee: Shanice Campbell-Reid Job title: Senior Care Worker')).toEqual(['Shanice Campbell-Reid']);
    expect(people('Employee: Rohan Deshpande Emp ID: VAT-0871')).toEqual(['Rohan Deshpande']);
    expect(people('Mr Tom Reed phone: 0123 456789')).toEqual(['Tom Reed']);
  });

  it("a town on its own line above the postcode is a place; a name there stays a name", () => {
    expect(people('Mr Tomasz Nowak\nFlat 3, 27 Hoole Road\nChester\nCH2 3NH')).toEqual(['Tomasz Nowak']);
    expect(people('Kind regards\nAnna Hunter\nSW1A 1AA is our postcode')).toEqual(['Anna Hunter']);
  });

  it('a venue after a capital "The" inside a sentence', () => {
    expect(people('Leaving do at The Green Man, Friday 1 March.')).toEqual([]);
    expect(people('I met Tom Jones at The Green Man.')).toEqual(['Tom Jones']);
  });

  it("a chat handle's two-letter given part where the others talk to or about it", () => {
    const chat = '[08:06] sarah.b: yes pls, mo said they\'d collect at 2\n[08:06] mo_rahman: ok\n[08:09] sarah.b: go to the mo office';
    expect(people(chat).filter((p) => p === 'mo')).toHaveLength(1);
  });

  it('kinship words and adverbs after "call me" are nobody', () => {
    expect(people('[03/02/2024, 09:12:44] Dad: Morning.\n[03/02/2024, 09:14:31] Mum: Tell her sorry.')).toEqual([]);
    expect(people('please call me first on +31 30 276 4419')).toEqual([]);
    expect(people('call me Jörg')).toEqual(['Jörg']);
  });
});

describe('phone contexts', () => {
  it('whom to call, not an identifier', () => {
    expect(phones('Call-back number 0113 496 0821.')).toEqual(['0113 496 0821']);
    expect(phones('Can someone call me, best after 10am on 0412 778 903. Thanks')).toEqual(['0412 778 903']);
    expect(phones('Orders: 0121 496 0900 | Transport desk: 0121 496 0915')).toEqual(['0121 496 0900', '0121 496 0915']);
    expect(phones('Hotline außerhalb der Geschäftszeiten: 040 6942218-99')).toEqual(['040 6942218-99']);
    expect(phones('finance@x.example or 01482 496 0630.')).toEqual(['01482 496 0630']);
    expect(phones('Maricel Aquino – Accountant Office: 04 338 2294')).toEqual(['04 338 2294']);
  });

  it("national numbers of a country the text writes other numbers of internationally", () => {
    expect(phones('Call me at +65 9127 4408 or the clinic at 6271 3390. Regards')).toEqual(['+65 9127 4408', '6271 3390']);
    expect(phones('Garda +353 1 234 5678 or Dundrum Garda Station 01 666 5600.')).toEqual(['+353 1 234 5678', '01 666 5600']);
    // Not without such a number, and not an identifier or amount beside one.
    expect(phones('the clinic at 6271 3390')).toEqual([]);
    expect(phones('Invoice 6271 3390, call +65 9127 4408')).toEqual(['+65 9127 4408']);
    expect(phones('Ihre Kündigung Depot 88-20441 / Übertrag, Tel. +352 26 48 91 05')).toEqual(['+352 26 48 91 05']);
  });

  it('identifiers stay unfound', () => {
    expect(phones('Order: 0121 496 0900')).toEqual([]);
    expect(phones('am 0121 496 0900')).toEqual([]);
    expect(phones('Ref 01482 496 0630')).toEqual([]);
    expect(phones('Account 04 338 2294')).toEqual([]);
  });
});

describe('a name before an address made of it', () => {
  it('is a name after a dash, comma, colon or bracket; an address of one word of it is not', () => {
    expect(people('Regional leads (APAC): Aditi Rao — aditi.rao@ledgerbridge.example.com.au')).toContain('Aditi Rao');
    expect(people('Contact Aditi Rao, aditi.rao@ledgerbridge.example.com')).toContain('Aditi Rao');
    expect(people('Kontakt Elternbeirat: elternbeirat@gs-hasenberg.example.de')).toEqual([]);
    expect(people('Support Team, support.team@example.com')).toEqual([]);
  });
});

describe('user names of an initial and a surname that is listed as a given name, or two surnames', () => {
  it('takes them where a user name stands; not after "@" (a public pseudonym)', () => {
    expect(people('SEPA batch, prepared by: ecassidy (payroll)')).toEqual(['ecassidy']);
    expect(people('CRM report | Run by kfrancis | 08/01/2024 09:32')).toEqual(['kfrancis']);
    expect(people('Ready for QA Assignee: abaptiste → pchaudhary')).toEqual(['abaptiste', 'pchaudhary']);
    expect(people('12/06/2024 16:45 fstewartkerr Invoice to be raised')).toEqual(['fstewartkerr']);
    expect(people('RT @justinbieber : RT @kevinjonas i am')).toEqual([]);
  });
});

describe('initials of who did or owns something', () => {
  it('after more done-by verbs, a checking label with a date, an owner label, a ticked item', () => {
    expect(people('Reconciled by: JW 02/04/2024 Checked: KP 03/04/2024')).toEqual(['JW', 'KP']);
    expect(people('Received by DR 11/03/2024 – scanned to file')).toEqual(['DR']);
    expect(people('Owner: PR. - Brightwell Logistics')).toEqual(['PR']);
    // A note's author: "Kommentar SK:", "DC comment:"; not a department's note.
    expect(people('Sprinter an Maxi. Hinweis LH: Im Sommer keine Doppelschichten.')).toEqual(['LH']);
    expect(people('Keypad broken. DC comment: get it replaced. Hinweis IT: Passwort ändern.')).toEqual(['DC']);
    // Who is on duty, by initials.
    expect(people('Boot kranen lassen, Trailer holen.\nDienst: LE / MH')).toEqual(['LE', 'MH']);
    expect(people('[x] Contract signed (DocuSign 12/06) – MO\n[ ] Laptop ordered')).toEqual(['MO']);
  });
  it('"AB to fix", "Action: OD and CC to draft"; not a purchase order or pull request, nor a department', () => {
    expect(people('AI-1: AB to fix HLD-2340 by 4/23; PC to retest 4/24.')).toEqual(['AB', 'PC']);
    expect(people('Action: OD and CC to draft permit rules.')).toEqual(['OD', 'CC']);
    expect(people('Budget code MPL-0926; PO to follow from procurement. Disabled. PR to fix: #4471')).toEqual([]);
    expect(people('Notes. IT to fix the printer; HR to send the letters.')).toEqual([]);
    // After a comma or a dash, as site notes run on; not a retweet, the third party, a network.
    expect(people('Wants bird mesh – quote to follow, GM to price. – LOR to confirm on site.')).toEqual(['GM', 'LOR']);
    expect(people('Insurer not known – TP to provide. Win an iPad - RT to enter. FW up, VPN to head office.')).toEqual([]);
  });
});

describe('German Kürzel defined in parentheses', () => {
  it("a surname's first two letters, a double name's initials, after a title", () => {
    expect(people('Vertretung Frau Roth (RO) | Klassenleitung. RO kommt später.')).toEqual(['Roth', 'RO', 'RO']);
    expect(people('Frau Winter-Kuhn (WK) | Klassenleitung 4c')).toEqual(['Winter-Kuhn', 'WK']);
  });
  it('mixed case ("Wi") and lower-case initials ("jl", "dü"), and their later uses', () => {
    expect(people('Teilnehmende: Dr. Annette Wiegand (Wi), Emre Bozkurt (Bo). Freigabe durch Wi oder Bo.')).toEqual(['Annette Wiegand', 'Wi', 'Emre Bozkurt', 'Bo', 'Wi', 'Bo']);
    expect(people('Bearbeitung: Julia Lang (jl), Tel. 0631 70 44. Rückfrage an jl.')).toEqual(['Julia Lang', 'jl', 'jl']);
    expect(people('erfasst von Frau Derya Ünal (dü), Rückfragen')).toEqual(['Derya Ünal', 'dü']);
  });
  it('a Kürzel that is a word is marked where it is defined only', () => {
    expect(people('Frau Dahl (Da) kommt. Da ist nichts.')).toEqual(['Dahl', 'Da']);
  });
});

describe('a month that is a surname', () => {
  it('after a title, or before a number that is no day or year, is a name', () => {
    expect(people('Daten fehlerhaft, Rückruf Herr Mai 09131 / 7 70 22-5')).toEqual(['Mai']);
    expect(people('Mai 2024 beginnt, Rechnung vom Mai 12')).toEqual([]);
  });
});

describe('Kürzel in rows, minutes and task lists', () => {
  it("a table row's Kürzel beside its name, accents folded, and its uses elsewhere", () => {
    const table = 'Bereich | Name | Kürzel | Durchwahl\nVerkauf GW | Rosa Engelhardt | RE | -130\nTeile | Ömer Çelik | ÖC | -250\nRegeln: KM ↔ RE';
    expect(people(table)).toEqual(['Rosa Engelhardt', 'RE', 'Ömer Çelik', 'ÖC', 'RE']);
  });
  it('who took the minutes, and an item\'s owner after an arrow; not a mapping of codes', () => {
    expect(people('Protokoll: HS\n1. Personal. Eintragung durch HS.')).toEqual(['HS', 'HS']);
    expect(people('**Protokoll:** pk')).toEqual(['pk']);
    expect(people('Termin steht noch aus. **→ ME bis 18.06.**')).toEqual(['ME']);
    expect(people('Übersetzung (DE → NL), Umrechnung → EUR, Protokoll: ja')).toEqual([]);
  });
});

describe('products and roles are no names', () => {
  it('a chat product heading an export, a role after a name', () => {
    expect(people('Slack export – Trailhound EU – #cs-escalations')).toEqual([]);
    expect(people('To: Mr Gareth Hughes-Parry, Headteacher, Brynderw School')).toEqual(['Gareth Hughes-Parry']);
  });
});

describe('two initials or more and a surname, anywhere', () => {
  it('takes them whatever the surname, not abbreviations, degrees, boxes or roads', () => {
    expect(people('When H. L. A. Hart delivered the lecture , he spoke of law .')).toEqual(['H. L. A. Hart']);
    expect(people('like J.R.R. Tolkien did')).toEqual(['J.R.R. Tolkien']);
    expect(people('Postal address: P.O. Box 41822, Nairobi. Degree: M.A. Medienwissenschaft. Office: M.G. Road, Bengaluru.')).toEqual([]);
  });
});

describe('an initial and a surname where a name stands', () => {
  it('after a label, "by", "and", a comma or a bracket; before punctuation, a bracket or a label', () => {
    expect(people('Event staff (line 4): A. Nwosu, T. Hale, J. Okafor')).toEqual(['A. Nwosu', 'T. Hale', 'J. Okafor']);
    expect(people('signed for at reception by J. Fox. Payment within 30 days')).toEqual(['J. Fox']);
    expect(people('by client: R. Abiodun (30/04/2024) and T. Little (Operations)')).toEqual(['R. Abiodun', 'T. Little']);
    expect(people('Countersigned (HR): P. Okeke Date: 03/06/2024')).toEqual(['P. Okeke']);
    // A numbered label or a form's wide gap after it, a "Mc" surname, a surname that is a season.
    expect(people('Total lines: 6   Approver 1: H. McBride   Approver 2: D. Winter (awaiting)')).toEqual(['H. McBride', 'D. Winter']);
    // Two initials, "signed", a line's start, a form's gap.
    expect(people('outcome letter received (signed S. Evans-Pritchard) today')).toEqual(['S. Evans-Pritchard']);
    expect(people('Concierge (N)\nJ. Tui\nM. L. Chow\nH. Rahim')).toEqual(['J. Tui', 'M. L. Chow', 'H. Rahim']);
    expect(people('München, 19.04.2024        Y. Rahimi-Sadeghi')).toEqual(['Y. Rahimi-Sadeghi']);
    // A particle, a post-nominal after the surname; not a firm's legal form.
    expect(people('Signature: E. ap Griffith\nContact: J. van Dijk, Rotterdam')).toEqual(['E. ap Griffith', 'J. van Dijk']);
    expect(people('Vet: G. Daly MVB 16/04 Call-out')).toEqual(['G. Daly']);
    expect(people('Lieferant: B. Braun AG, Melsungen')).toEqual([]);
  });
  it('a name ending a quoted sentence is no abbreviation; a bracket after a dot still ends one', () => {
    expect(people('"Friendly staff, great beer. Shout out to Sanjay." – a review')).toEqual(['Sanjay']);
    expect(people('Weinprobe 20.04. gebucht (6 Pers.)')).toEqual([]);
  });
  it('not a sentence going on, an ordinal, a designation, a disease or a lettered heading', () => {
    expect(people('See Plan B. Then we go. Schedule A. Payment is due.')).toEqual([]);
    expect(people('Im I. Quartal: Psychosyndrom, M. Parkinson.')).toEqual([]);
    // "I." opens an outline ("I. Sachverhalt … II. Entscheidungsgründe"), or it is an initial
    // where a line holds it and a surname alone.
    expect(people('I. Schwalbe\nII. Amsel\nIII. Meise')).toEqual([]);
    expect(people('Wir wünschen Ihnen eine gute Reise!\nI. Schwalbe')).toEqual(['I. Schwalbe']);
    expect(people('A. Terms\ntext\nB. Contacts\nSales contact: x\nC. Approvals')).toEqual([]);
  });
});

describe("a passenger list's names", () => {
  it('surname/given names in capitals before a title is one name; not "AND/OR MS Word"', () => {
    const list = '1. MAC SUIBHNE/ORLA MS 047 2188415501 2. BRADY/PATRICK JOSEPH MR 047 2188415503 3. O LOINGSIGH/TADHG MR';
    expect(people(list)).toEqual(['MAC SUIBHNE/ORLA', 'BRADY/PATRICK JOSEPH', 'O LOINGSIGH/TADHG']);
    expect(people('Use AND/OR MS Word filters')).toEqual([]);
  });

  it('and after the title, as bookings list them: "MR LEE/JUN HAO", "MSTR LEE/ETHAN"', () => {
    const list = 'Passengers\n1. MR LEE/JUN HAO         Passport ending …417K\n2. MRS LEE/MEI LING       Passport ending …982A\n3. MSTR LEE/ETHAN         (child, 9)';
    expect(people(list)).toEqual(['LEE/JUN HAO', 'LEE/MEI LING', 'LEE/ETHAN']);
    expect(people('Kurs: MS EXCEL/ACCESS Grundlagen')).toEqual([]);
  });
});

describe("chat speakers' given names", () => {
  const chat = [
    '[19:02] ollie.fb: evening all! still need 4 people for stewarding',
    "[19:05] dawn.fox: i'm in for raffle",
    '[19:06] jackbaker: stewarding for me',
    "[19:06] ollie.fb: amazing thanks Dawn & Jack, i'll send it to you jack",
    '[19:10] aisha.abdi: the choir is confirmed',
  ].join('\n');
  it('a glued user name that speaks, and its given name; capitalised, and last in a message', () => {
    const found = people(chat);
    expect(found).toContain('jackbaker');
    expect(found.filter((p) => p === 'Dawn' || p === 'Jack' || p === 'jack')).toEqual(['Dawn', 'Jack', 'jack']);
  });
  it('not a word-name after an article or preposition at a message end', () => {
    const other = chat.replace("i'll send it to you jack", 'we need some dawn');
    expect(people(other)).not.toContain('dawn');
  });
});

describe("a payment line's other party after its reference", () => {
  it('a lone listed surname in capitals after a reference with digits', () => {
    expect(people('05/03/2024,BGC,HOUSING BENEFIT,HB 00231187 NOWAK,,612.40')).toContain('NOWAK');
    expect(people('640.00,SHS WAGES W14 ODWYER')).toEqual(['ODWYER']);
  });
  it('not a firm, a word, or the inside of an IBAN', () => {
    expect(people('10 MAY 24 MARKS & SPENCER PLC LEICESTER 12.00')).toEqual([]);
    expect(people('02/07/2024,INV 2231 HARBOUR FOODS,FPI,,864.00')).toEqual([]);
    expect(people('(IBAN GB41 LOYD 3098 9755 1206 48), 12.00')).toEqual([]);
  });
});

describe('more fields on a label line', () => {
  it('each name label after a separator has its name', () => {
    expect(people('HR: Amira Hassan · Buddy: Kai Engel')).toEqual(['Amira Hassan', 'Kai Engel']);
    expect(people('Datum: 12.03.2024 · Bearbeiter: Anna Schmidt | Tel.: 030 123')).toEqual(['Anna Schmidt']);
  });
  it('a field ends at a hard separator or a role after a comma', () => {
    expect(people('Requested for: Amira Haddad | Requested by: Peter Langford, Manager, Graduate Studies')).toEqual(['Amira Haddad', 'Peter Langford']);
    expect(people('Status: offen; Priorität: hoch · Raum: 1.08')).toEqual([]);
  });
});

describe('English titles in lower case', () => {
  it('"mr chen", "mrs price", "dr patel" in informal text; not "200 ms", "dr who"', () => {
    expect(people('will raise with the supplier (mr chen at the factory) on today\'s call')).toEqual(['chen']);
    expect(people('spoke to mrs price about it, ok dr patel said fine')).toEqual(['price', 'patel']);
    expect(people('latency 200 ms delay; dr who is on tonight')).toEqual([]);
  });
});

describe('office words and numbered places are no names', () => {
  it('"Durchwahl", "Kita", "Buddy" as words; "Halle 2", "Zimmer: B 2.14" by their number', () => {
    expect(people('Ihr Ansprechpartner: Hauke Wolf, Durchwahl 04 91 - 91 27 31')).toEqual(['Hauke Wolf']);
    expect(people('in eine feste Buchung umwandeln – Halle 2 plus Dachterrasse')).toEqual([]);
    expect(people('Ansprechpartnerin: Ingrid Roth Zimmer: B 2.14 Telefon')).toEqual(['Ingrid Roth']);
    expect(people('Herr Halle kommt um 10 Uhr.')).toEqual(['Halle']);
  });

  it('a school\'s years and a hospital\'s wards: "Year 5", "Ward 7"; not Ms Ward', () => {
    expect(people('To: Year 5 Families\nSubject: Year 5 excursion\nDear Year 5 families, Our Year 5 students will visit.')).toEqual([]);
    expect(people('Ms Ward will call. Ward 7 is closed.')).toEqual(['Ward']);
  });

  it('a production line, a zone, a dock: "Line 3", "Zone 2"', () => {
    expect(people('Action items: revised Line 3 schedule by 26 June. Forklifts stay in Zone 2, trucks at Dock 4.')).toEqual([]);
  });

  it('a job\'s number: "Job no. W-58213", "Job #MR-55871"; not Job Cohen', () => {
    expect(people('Artwork: see the brochure (Job 24-0613). Office – Job #MR-55871, issued 12/02.')).toEqual([]);
    expect(people('Steve Jobs and Job Cohen met.')).toEqual(['Steve Jobs', 'Job Cohen']);
  });
});

describe('an unquoted nickname in the clause of its name', () => {
  it('"known as Nobby" after a found name, and its later uses; not a place known as something', () => {
    expect(people('Clive Clarke (flat 20, known as Nobby) agent. Nobby said hi.')).toEqual(['Clive Clarke', 'Nobby', 'Nobby']);
    expect(people('the area known as Docklands')).toEqual([]);
    expect(people('Assignee: Unassigned → abaptiste')).toEqual(['abaptiste']);
  });
});

describe('a household word before a full name', () => {
  it('"Eheleute Jan-Derk Ubbens": the given name and the surname', () => {
    expect(people('Rechnungsempfänger: Eheleute Jan-Derk Ubbens und Tjarda Ubbens')).toContain('Jan-Derk Ubbens');
  });
});

describe("a found name's initials in lower case, alone in parentheses", () => {
  it('"erledigt (ah)" where "Amira Hassan" is named; not a word in parentheses', () => {
    const text = 'HR: Amira Hassan · IT: Dennis Kraus\nFragebogen 19.04.2024 erledigt (ah)\nAccount erledigt (dk) und (so) (ab)';
    expect(people(text)).toEqual(['Amira Hassan', 'Dennis Kraus', 'ah', 'dk']);
  });
});

describe("a row's Kürzel with a name's particles, a household on the next line", () => {
  it('"PvdB" for Piet van den Berg, and its uses; "Eheleute" above the names', () => {
    const rows = 'Name | Bereich | Kürzel\nPiet van den Berg | IT / SAP | PvdB\nEI empfiehlt; PvdB prüft die Anbindung';
    expect(people(rows)).toEqual(['Piet van den Berg', 'PvdB', 'PvdB']);
    expect(people('Herrn und Frau\nEheleute\nJan-Derk Ubbens und Tjarda Ubbens\nDeichstraße 3a')).toContain('Jan-Derk Ubbens');
  });
});
