import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';

const people = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));

describe('officials of courts by their office', () => {
  it('finds English judges by post-nominal and peerage, and the people of cited cases', () => {
    const judgment = [
      'JUDGMENT',
      'The Divisional Court (Lewis LJ and Swift J) dismissed the claim; the Court of Appeal (Underhill LJ and Sharp P) allowed the appeal.',
      'Before Lord Reed and Lord Sales. The Lord Chancellor was not a party.',
      'The duty of care derives from Donoghue v Stevenson [1932] AC 562, as explained in Caparo Industries plc v Dickman [1990] 2 AC 605.',
      'See also R v Pellkofer [2001] UKHL 1. Counsel: Ostrowek KC for the appellant.',
    ].join('\n');
    const found = people(judgment).join(' | ');
    for (const name of ['Swift', 'Sharp', 'Reed', 'Sales', 'Donoghue', 'Stevenson', 'Dickman', 'Pellkofer', 'Ostrowek']) expect(found).toContain(name);
    for (const word of ['Chancellor', 'Caparo', 'Industries']) expect(found).not.toContain(word);
    // Parties in capitals in a caption: a listed given name first, an initial allowed.
    const caption = 'IN THE HIGH COURT OF JUSTICE\nBetween: SUSAN MARGARET PELLKOFER Claimant\nand GARY L. OSTROWEK Defendant\nHIGHLAND HEALTH BOARD\nJUDGMENT';
    expect(people(caption)).toEqual(expect.arrayContaining(['SUSAN MARGARET PELLKOFER', 'GARY L. OSTROWEK']));
    expect(people(caption).join(' ')).not.toContain('HIGHLAND');
    // Parties anonymised by letters, defined by their cue, then wherever the letters stand alone.
    const family = 'Re C and D (Children)\nJUDGMENT\nM (the Mother) First Respondent\n1. The children: C, a boy now aged 4, and D, a girl. D was taken to hospital. See Part D of the bundle.';
    const parties = personDetector.detect(family, { region: 'DE' }).map((f) => `${f.start}:${family.slice(f.start, f.end)}`);
    expect(parties.filter((p) => p.endsWith(':D')).length).toBe(3);
    expect(parties.map((p) => p.split(':')[1])).toEqual(expect.arrayContaining(['C', 'M']));
    expect(parties).not.toContain(`${family.indexOf('Part D') + 5}:D`);
    // Parties of cited cases that are words or places too, and American reporters.
    const cited = people('JUDGMENT\nAs explained in Key v Key [2010] EWHC 408 (Ch). See Ashcroft v. Iqbal, 556 U.S. 662 (2009); Williams v. Banning, 72 F.3d 552 (7th Cir. 1995).');
    expect(cited).toEqual(['Key', 'Key', 'Ashcroft', 'Iqbal', 'Williams', 'Banning']);
    expect(people('JUDGMENT\nUnder Tennessee v. Garner, 471 U.S. 1 (1985), the use of force is limited.')).toEqual(['Garner']);
    // Masters, registrars and deputy presidents of tribunals; a place after the name is none of it.
    expect(people("JUDGMENT\nDeputy Master Pellkofer: 1. This is a dispute.")).toEqual(expect.arrayContaining([expect.stringContaining('Pellkofer')]));
    expect(people("Fair Work Commission\nDEPUTY PRESIDENT O'KEEFE MELBOURNE, 14 FEBRUARY 2024")).toEqual(["O'KEEFE"]);
    // Outside a judgment, "Swift J" and "Lord Sales" are left to the other rules.
    expect(people('Taylor Swift J-pop remix and the Lord Sales team')).not.toContain('Sales');
  });


  it('finds German judges, clerks and prosecutors where decisions sign and name them', () => {
    const order = [
      'Beschluss',
      '',
      'In der Familiensache hat das Amtsgericht Köln durch die Richterin am Amtsgericht Ohlendorf am 19.03.2025 beschlossen:',
      'Der Antrag wird zurückgewiesen. Die Kostenentscheidung folgt aus § 81 FamFG.',
      '',
      'Kallweit, Richterin am Amtsgericht',
      '',
      'Ausgefertigt: Stuttgart, 04.02.2025',
      "Hölzle, JHSekr'in als Urkundsbeamtin der Geschäftsstelle",
      '',
      'Auf Anordnung',
      'Schäfer, Justizbeschäftigte',
      '',
      'Frankfurt (Oder), 11.12.2024',
      'Rothe, Staatsanwältin',
      '',
      'Brauckmann, Oberstaatsanwalt',
      '',
      'Das Amtsgericht Lübeck hat durch die Rechtspflegerin Thomsen am 07.03.2025 beschlossen, dass der Antrag zurückgewiesen wird.',
    ].join('\n');
    const found = people(order);
    for (const name of ['Ohlendorf', 'Kallweit', 'Hölzle', 'Schäfer', 'Rothe', 'Brauckmann', 'Thomsen']) expect(found).toContain(name);
    // With its court the office names a surname that is also a word.
    expect(people('Die Kammer hat durch die Vorsitzende Richterin am Landgericht Pastor entschieden.')).toContain('Pastor');
  });

  it('takes the office itself for no name, though "Richter" is a surname too', () => {
    const text = 'Das Urteil ist vorläufig vollstreckbar.\n\nSander\nRichter am Amtsgericht\n\nDie Kammer: Vorsitzender Richter am Landgericht, Rechtspflegerin, Verteidiger.';
    const found = people(text);
    expect(found).toContain('Sander');
    expect(found).not.toContain('Richter');
    expect(found).not.toContain('Rechtspflegerin');
    expect(found).not.toContain('Verteidiger');
    // Named with a title, the surname is someone's.
    expect(people('Wir haben mit Herrn Richter telefoniert und ihn um Rückruf gebeten.')).toEqual(['Richter']);
  });

  it('finds English and American benches, lists and transcripts', () => {
    const list = 'Manchester Crown Court - Daily List\nCourt 7 - HHJ Goode - sitting at 10:00\nCourt 9 - Recorder Hartnell - sitting at 10:30\nDJ Penhaligon - on leave Mon/Tue.';
    expect(people(list)).toEqual(expect.arrayContaining(['Goode', 'Hartnell', 'Penhaligon']));
    const appeal = 'Before: LORD JUSTICE ADEKUNLE\nHER HONOUR JUDGE KAUR\nJUDGMENT\nLORD JUSTICE ADEKUNLE: 1. On 19 November 2024 the appellant was convicted.';
    expect(people(appeal)).toEqual(expect.arrayContaining(['ADEKUNLE', 'KAUR']));
    const transcript = 'Q. And then what happened?\nA. The truck hit us.\nMR. DUBOIS: Objection, form.\nBY MS. NAKAMURA:\nQ. You can answer.';
    expect(people(transcript)).toEqual(expect.arrayContaining(['DUBOIS', 'NAKAMURA']));
    const bench = 'The judgment is affirmed.\nHOLLOWAY, P. J.\nWe concur:\nDEMIRJIAN, J.';
    // (The bench's ", J." may be taken with the name as its initial: the surname is masked either way.)
    const benchFound = people(bench);
    for (const judge of ['HOLLOWAY', 'DEMIRJIAN']) expect(benchFound.some((f) => f.startsWith(judge))).toBe(true);
  });

  it('leaves roles, eponyms and the courts of justice alone', () => {
    const letter =
      'Yours sincerely,\n\nDr Kwame Asante, Consultant Radiologist\nMiss Ngozi Eze (Consultant Obstetrician)\nRosalind Achterberg, Ward Sister, Ward C5\n\nThe hearing is at the Royal Courts of Justice. Murphy\'s sign positive; Barrett\'s oesophagus C1M3.';
    const found = people(letter);
    expect(found).toEqual(expect.arrayContaining(['Kwame Asante', 'Ngozi Eze', 'Rosalind Achterberg']));
    for (const word of ['Radiologist', 'Obstetrician', 'Ward Sister', 'Justice', 'Murphy', 'Barrett']) expect(found).not.toContain(word);
    expect(people('Diagnosen: Morbus Crohn mit Ileitis terminalis. Kontrolle bei Dr. Weber.')).toEqual(['Weber']);
  });

  it('"Liam\'s sign-off" is a person\'s approval, no eponymous sign', () => {
    expect(people("Code review OK, merge after Liam's sign-off.")).toEqual(['Liam']);
  });
});
