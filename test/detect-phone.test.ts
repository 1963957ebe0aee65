import { describe, expect, it } from 'vitest';
import { phoneDetector } from '../src/detect/phone.js';
import { Ctx, contextBefore } from '../src/detect/phone-context.js';

function spans(text: string, region = 'DE'): [number, number, string][] {
  return phoneDetector.detect(text, { region }).map((f) => [f.start, f.end, text.slice(f.start, f.end)]);
}
function surfaces(text: string, region = 'DE'): string[] {
  return spans(text, region).map((s) => s[2]);
}

describe('phoneDetector: German formats', () => {
  it('finds a letterhead number with exact offsets and a context-raised score', () => {
    const text = 'Bitte rufen Sie mich an: Tel.: 0221 / 123 45 67.';
    const fs = phoneDetector.detect(text, { region: 'DE' });
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ type: 'PHONE', start: 31, end: 47, detector: 'phone' });
    expect(text.slice(31, 47)).toBe('0221 / 123 45 67');
    expect(fs[0]!.score).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['030 12345678'],
    ['+49 30 12345678'],
    ['0049 (0)30 123 456-78'],
    ['0171/2345678'],
    ['0171 2345678'],
    ['(089) 1234 5678'],
    ['+49 (0) 151 23456789'],
    ['030 1234567-89'],
    ['0221 / 123 45 67'],
    ['+4930123456'],
    ['0 30 / 12 34 56 78'.replace('0 30', '030')],
    ['06221-123456'],
    ['0800 1234567'],
  ])('finds %s as a whole, in a sentence', (num) => {
    const text = `Sie erreichen uns unter ${num} oder schriftlich.`;
    expect(spans(text)).toEqual([[24, 24 + num.length, num]]);
  });

  it('includes a written extension in the span', () => {
    expect(surfaces('Tel. 030 123456, Durchwahl -12, sonst Zentrale.')).toEqual(['030 123456, Durchwahl -12']);
    expect(spans('Zentrale (089) 1234 5678, Durchwahl -12.')).toEqual([[9, 39, '(089) 1234 5678, Durchwahl -12']]);
    expect(surfaces('Office: 030 1234567 ext. 204')).toEqual(['030 1234567 ext. 204']);
  });

  it('accepts a grouped 0-number from an unassigned range only with a hint like "unter der Nummer"', () => {
    expect(surfaces('Rückfragen bitte unter der Nummer 012/345-6789.')).toEqual(['012/345-6789']);
    expect(surfaces('Lieferschein 012/345-6789')).toEqual([]);
  });

  it('separates several numbers in one line', () => {
    expect(surfaces('T: 030 123456 F: 030 123457')).toEqual(['030 123456', '030 123457']);
    expect(surfaces('Tel. 0171 2345678 oder 0221 123456')).toEqual(['0171 2345678', '0221 123456']);
    expect(surfaces('Am 12.03.2024 030 123456 angerufen')).toEqual(['030 123456']);
  });

  it('counts UTF-16 offsets correctly after emoji', () => {
    expect(spans('🙂📞 0171 2345678')).toEqual([[5, 17, '0171 2345678']]);
  });

  it('scores by evidence: context > international > grouped national > bare', () => {
    const score = (t: string) => phoneDetector.detect(t, { region: 'DE' })[0]?.score ?? 0;
    const ctx = score('Handy: 0171 2345678');
    const intl = score('siehe +49 171 2345678');
    const grouped = score('siehe 0171 2345678');
    const bare = score('siehe 01712345678');
    expect(ctx).toBeGreaterThan(grouped);
    expect(intl).toBeGreaterThan(grouped);
    expect(grouped).toBeGreaterThan(bare);
    expect(bare).toBeGreaterThanOrEqual(0.6);
    for (const s of [ctx, intl, grouped, bare]) expect(s).toBeLessThanOrEqual(0.99);
  });
});

describe('phoneDetector: international and other regions', () => {
  it('finds E.164 and +-prefixed foreign numbers with region DE', () => {
    expect(surfaces('US office: +14155552671.')).toEqual(['+14155552671']);
    expect(surfaces('Call me at +1 415 555 2671 tomorrow.')).toEqual(['+1 415 555 2671']);
    expect(spans('Call me at +1 415 555 2671 tomorrow.')).toEqual([[11, 26, '+1 415 555 2671']]);
    expect(surfaces('Wien: +43 1 234567890, Zürich: +41 44 668 18 00')).toEqual([
      '+43 1 234567890',
      '+41 44 668 18 00',
    ]);
    expect(surfaces('Paris 0033 1 42 68 53 00')).toEqual(['0033 1 42 68 53 00']);
  });

  it('finds North-American numbers in their distinctive shape', () => {
    expect(surfaces('call me at (415) 555-2671')).toEqual(['(415) 555-2671']);
    expect(surfaces('Fax: 345-899-3560x4587')).toEqual(['345-899-3560x4587']);
  });

  it('finds foreign national formats when the region says so', () => {
    expect(surfaces('Zadzwoń: 512 345 678', 'PL')).toEqual(['512 345 678']);
    expect(surfaces('Ring 020 7946 0958 today', 'GB')).toEqual(['020 7946 0958']);
    expect(surfaces('Appelez le 01 23 45 67 89', 'FR')).toEqual(['01 23 45 67 89']);
    // …but not with region DE, where they are not valid German numbers
    expect(surfaces('Zadzwoń: 512 345 678', 'DE')).toEqual([]);
  });

  it('finds a foreign national form when the same number is also given with its country code', () => {
    expect(surfaces('London office +44 20 7946 0958 (from the UK: 020 7946 0958)')).toEqual(['+44 20 7946 0958', '020 7946 0958']);
    expect(surfaces('Andorra: +376 712 345, locally 712 345.')).toEqual(['+376 712 345', '712 345']);
    // Only that number: other digit groups stay, and without the international form nothing changes.
    expect(surfaces('+44 20 7946 0958, Auftrag 020 7946 0959, PLZ 20 794')).toEqual(['+44 20 7946 0958']);
    expect(surfaces('locally 712 345.')).toEqual([]);
  });

  it("judges a text's national numbers as the country of its own mail and web addresses writes them", () => {
    const irish = 'Liffey Physio, reception@liffeyphysio.ie\nInvoice to club secretary Martina Cullen (087 990 2316).';
    expect(surfaces(irish)).toEqual(['087 990 2316']);
    // Without the Irish address the same digits are no German number.
    expect(surfaces(irish.replace('liffeyphysio.ie', 'liffeyphysio.com'))).toEqual([]);
    expect(surfaces('Plan Manager, www.bluegum.com.au\nBluegum Plan Management 1300 555 218')).toEqual(['1300 555 218']);
    // Hong Kong writes eight digits without a trunk prefix.
    const hk = 'Management Office: Mr Chan Tai-man, 2577 3108\nEmail: office@harbourpm.com.hk';
    expect(surfaces(hk)).toEqual(['2577 3108']);
    expect(surfaces(hk.replace('.com.hk', '.com'))).toEqual([]);
  });

  it("leaves a rota's shifts and a New Zealand bank account alone", () => {
    expect(surfaces('Nguyen, Bao (FO) | 0600-1430| 0600-1430| OFF | 1400-2230|')).toEqual([]);
    expect(surfaces('Please pay to ANZ 06-0801-0456789-00, reference FF-22871.')).toEqual([]);
    // Named a number, the same shape still is one.
    expect(surfaces('Tel. 0621-1430')).toEqual(['0621-1430']);
  });

  it("leaves clinical numbers alone: a health service number and a measured fraction with its date", () => {
    expect(surfaces('Blueteq form for Mr Amadi (NHS 450 557 7104) to me today.')).toEqual([]);
    expect(surfaces('Patient MRN: 450 557 7104')).toEqual([]);
    expect(surfaces('Periwound maceration. ABPI 0.92 (29/04). Cleansed with tap water.')).toEqual([]);
    // The same digits named a phone number are one; dotted French numbers keep their trunk zero.
    expect(surfaces('Ward phone: 450 557 7104')).toEqual(['450 557 7104']);
    expect(surfaces('Tél. 06.12.34.56.78')).toEqual(['06.12.34.56.78']);
  });

  it('takes grouped British national numbers that are valid in the UK as written', () => {
    expect(surfaces('from the UK: 020 7946 0958')).toEqual(['020 7946 0958']);
    expect(surfaces('Queries: accounts@example.co.uk · 0161 496 0752')).toEqual(['0161 496 0752']);
    expect(surfaces('Reported by: N. Carpenter, Supervisor, 01327 496 022')).toEqual(['01327 496 022']);
    // Not a bare run, not an identifier, not a number the UK does not have.
    expect(surfaces('Ref 01614960752')).toEqual([]);
    expect(surfaces('Kundennummer 0161 496 0752')).toEqual([]);
    expect(surfaces('Code 0999 496 0752')).toEqual([]);
  });

  it('keeps times, and labels of the next number, out of a number', () => {
    expect(surfaces('Filiale 1143 Neckarsulm 04.03 12:31;;;-47,18;EUR')).toEqual([]);
    expect(surfaces('USt-IdNr. DE 268 417 553 Tel. 0431 64 73 90-0')).toEqual(['0431 64 73 90-0']);
    expect(surfaces('0171 2345678 (mobil)')).toEqual(['0171 2345678']);
  });

  it('reads a person or service compound before a number as whom to call, not as an identifier', () => {
    expect(surfaces('Matthias Huber, Projektleitung, 0821 450 77 13, huber@example.de')).toEqual(['0821 450 77 13']);
    expect(surfaces('Kundenservice 0800 330 1000')).toEqual(['0800 330 1000']);
    expect(surfaces('Projektnummer 0821 450 77 13')).toEqual([]);
  });

  it('reads "not answering at" as a phone context', () => {
    expect(surfaces("They're not answering at 785 8949")).toEqual(['785 8949']);
    expect(surfaces('They are at 785 8949')).toEqual([]);
  });

  it('reads "my registered …" / "hinterlegte Nummer" as a (weak) phone context', () => {
    expect(surfaces("I didn't get any message on my registered 024 971 50 30.")).toEqual(['024 971 50 30']);
    expect(surfaces('Ihre hinterlegte Nummer 0221 123 45 67 ist veraltet.')).toEqual(['0221 123 45 67']);
    expect(surfaces('my registered 2024 971 50')).toEqual([]);
  });

  it("takes Ofcom's drama ranges, the way British sample data writes numbers", () => {
    expect(surfaces('Mobile: 07700 900 254')).toEqual(['07700 900 254']);
    expect(surfaces('SMS queued to=+44 7700 900115 template=x')).toEqual(['+44 7700 900115']);
    // A reserved block's number is no reason to take an identifier of the same digits.
    expect(surfaces('Ref 07700900254')).toEqual([]);
  });

  it('reads CSV rows, chat time stamps and switchboard extensions', () => {
    expect(surfaces('Grace Mason,Baker & Hill Ltd,020 7946 0430,07700 900 512,grace@example.co.uk')).toEqual(['020 7946 0430', '07700 900 512']);
    expect(surfaces('Hope Bishop 9:21 AM\n07700 900 254 – she is in Leeds')).toEqual(['07700 900 254']);
    expect(surfaces('Tel. 0211 9 38 47-0 · service@example.de')).toEqual(['0211 9 38 47-0']);
    expect(surfaces('Telefon Kunde: 0761 / 70 43 18 oder mobil 0173 9 48 21 07')).toEqual(['0761 / 70 43 18', '0173 9 48 21 07']);
    expect(surfaces('Kundennummer 0761 704318, acct 0217745390')).toEqual([]);
    // The HR department's number, not a personnel number.
    expect(surfaces('| Stadt Mannheim, FB Personal | 0621 293-7715 |')).toEqual(['0621 293-7715']);
    expect(surfaces('Personal-Nr. 0621293771, Personalnummer 06212937715')).toEqual([]);
    // Decimals stay decimals; German "am" before a date still vetoes.
    expect(surfaces('Summe 3,1234567 und 1.234,56')).toEqual([]);
    expect(surfaces('Zahlung am 0171 2345678')).toEqual([]);
  });

  it('falls back to DE for an unknown region', () => {
    expect(surfaces('Tel. 030 123456', 'XX')).toEqual(['030 123456']);
  });
});

describe('phoneDetector: hard negatives', () => {
  it.each([
    ['dates', 'Termin am 12.03.2024, Frist 2024-03-12, Zeitraum 05/2023 - 05/2024, am 06-07.11.2024'],
    ['times', 'Sprechzeiten 14:30 bis 16:00 Uhr, 10.30-12.00 Uhr'],
    ['amounts', 'Betrag 1.234,56 € bzw. 12 345,00 EUR; Umsatz 1.234.567,89 €; 3,450,000 USD'],
    ['population', 'Die Stadt hat 1 234 567 Einwohner.'],
    ['postal codes', '10115 Berlin, 80331 München, D-50667 Köln'],
    ['invoice numbers', 'Rechnungsnr. 2024-000123 vom 5. Mai'],
    ['case numbers', 'Az. 3 O 123/24; 2 BvR 1684/98; 5 K 3875/12'],
    ['statutes', 'BGBl. I S. 2745; § 823 Abs. 1 BGB; BT-Drucks. 16/4027'],
    ['customer numbers', 'Kundennummer 123456789, Vertragsnr. 0012345678, Kunden-Nr. 0221123456'],
    ['bare numbers without trunk prefix', 'Bestand 2024000123 Stück, Los 387512'],
    ['version strings', 'Version 1.2.3, v10.4.2, build 10.2.0.123456'],
    ['IP addresses', 'Server 192.168.100.200 und 10.0.0.1'],
    ['social security numbers', "Here's my SSN: 078-05-1120"],
    ['credit cards', 'My card 4929697010226317 expired'],
    ['ISBN', 'ISBN 978-3-16-148410-0'],
    ['register numbers', 'unter der Nummer 30 2014 034 614.1 geführt; EU / 1 / 07 / 436 / 005'],
  ])('no hits on %s', (_label, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('never yields a phone from the digits of an IBAN, valid or not', () => {
    for (const text of [
      'IBAN DE89 3704 0044 0532 0130 00',
      'IBAN: DE89370400440532013000',
      'Konto DE12 3456 7890 1234 5678 90 (Prüfziffer falsch)',
      'NO 05 15030383041',
      'BE 099790 8568 5357',
      'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
      'ME 2551 0000 0000 0623 4133',
    ]) {
      expect(spans(text), text).toEqual([]);
    }
  });

  it('does not mistake an ordinary two-letter word for an IBAN country code', () => {
    expect(surfaces('call me at 0171 2345678')).toEqual(['0171 2345678']);
    expect(surfaces('Tel DE 0171 2345678')).toEqual(['0171 2345678']);
  });

  it('does not cut a number short or pull one out of an identifier', () => {
    expect(spans('Ref 0494 92 82 32')).toEqual([]);
    expect(spans('ID12345678901')).toEqual([]);
    expect(spans('#0171234567')).toEqual([]);
    expect(spans('0301234567kg')).toEqual([]);
  });

  it('needs full length for a bare digit run without context (zero-padded IDs are valid numbers too)', () => {
    expect(spans('Artikel 04012345 und 0891234')).toEqual([]);
    const csv = Array.from({ length: 200 }, (_, i) => `${i};0${String((i * 7919) % 100000000).padStart(7, '0')};${i % 7}`).join('\n');
    expect(spans(csv)).toEqual([]);
    // the same digits are a phone number when a phone word says so, or when grouped
    expect(surfaces('Tel. 04012345')).toEqual(['04012345']);
    expect(surfaces('siehe 040 12345')).toEqual(['040 12345']);
    expect(surfaces('siehe 01712345678')).toEqual(['01712345678']);
  });

  it('rejects lists of single digits', () => {
    expect(spans('0 1 2 3 4 5 6 7 8 9 0 1 2 3')).toEqual([]);
  });

  it('produces nothing on prose without digits and is linear on long digit-free text', () => {
    expect(spans('Kein Telefon hier. '.repeat(20_000))).toEqual([]);
  });
});

describe('phone context: the look-back words', () => {
  const ctx = (before: string, from = Math.max(0, before.length - 40)) => contextBefore(before, from, before.length);

  it.each([
    ['Tel.-Nr. ', Ctx.Strong],
    ['Rückrufnummer ', Ctx.Strong],
    ['T: ', Ctx.Strong],
    ['📞 ', Ctx.Strong],
    ['Tel. 0171 2345678 oder ', Ctx.Strong], // a list after "Tel."
    ['unter der Nummer ', Ctx.Weak],
    ['Büro: ', Ctx.Weak],
    ['Kunden-Nr. ', Ctx.Negative],
    ['Nr. ', Ctx.Designator],
    ['S. ', Ctx.Negative],
    ['Preis in € ', Ctx.Negative],
    ['Vertrag vom 12.03.2024 ', Ctx.None], // the veto belongs to the date
  ])('reads %j as %i', (before, want) => {
    expect(ctx(before)).toBe(want);
  });

  it('reads only the window it is given', () => {
    const text = 'Fax' + ' '.repeat(38);
    expect(ctx(text)).toBe(Ctx.None); // the window starts inside "Fax": "ax" is no phone word
    expect(ctx(text, 0)).toBe(Ctx.Strong);
  });
});

describe('phoneDetector: numbers the context used to veto', () => {
  it('reads a country before "number" as whose number it is, not as an identifier', () => {
    expect(surfaces('I can also be reached on my UK number 07418 330 716.', 'GB')).toEqual(['07418 330 716']);
    expect(surfaces('Order number 07418 330 716', 'GB')).toEqual([]);
  });

  it("reads someone's number (\"Kelly's number\"), a surname that is a negative word, a range of days after", () => {
    expect(surfaces("gave him Pádraig Kelly's number (086 302 7718).", 'IE')).toEqual(['086 302 7718']);
    expect(surfaces("I've called your driver's number (085 221 7734) but", 'IE')).toEqual(['085 221 7734']);
    expect(surfaces('Account number (086 302 7718).', 'IE')).toEqual([]);
    expect(surfaces('Show caller Rhiannon Price 07700 900 550 12–13 Mar 06:30')).toEqual(['07700 900 550']);
    expect(surfaces('the price 0171 2345678')).toEqual([]);
    // A hyphen before the last group is an extension, not a range.
    expect(surfaces('Tel. (089) 123 45-67 Mar')).toEqual(['(089) 123 45-67']);
  });

  it('takes no e-mail domain for a word before the number (".ca" is no "circa")', () => {
    expect(surfaces('contact (mgill@halvorsen-eng.ca, 416-597-4480 ext. 231)', 'DE')).toEqual(['416-597-4480 ext. 231']);
    expect(surfaces('ca. 0171 2345678')).toEqual([]);
  });

  it('takes no user name after the number for a unit ("h.petersen@" is no "h")', () => {
    expect(surfaces('M +49 172 4418093 h.petersen@nordlicht-it.de')).toEqual(['+49 172 4418093']);
    expect(surfaces('Laufzeit 0171 2345678 h')).toEqual([]);
  });

  it('reads every phone of a CSV row, also after a three-digit group and before a bracketed area code', () => {
    expect(surfaces('C-1,x@y.scot,01463 224 915,07834 552 016,Inverness', 'GB')).toEqual(['01463 224 915', '07834 552 016']);
    expect(surfaces('L-1,(617) 482-3390,(617) 905-2281,MA', 'US')).toEqual(['(617) 482-3390', '(617) 905-2281']);
    expect(surfaces('Betrag 3,1234567')).toEqual([]);
  });

  it('takes a helpline as a phone word', () => {
    expect(surfaces('call our employee assistance line (1800 201 346), please', 'GB')).toEqual(['1800 201 346']);
  });
});

describe('phoneDetector: blind9 contexts', () => {
  it('reads "die neue Nummer", "die Nr" as someone\'s number, not a file\'s', () => {
    expect(surfaces('Bitte prüfen, ob die neue Nummer 040 / 611 72-8000 schon geschaltet ist.')).toEqual(['040 / 611 72-8000']);
    expect(surfaces('Der hat die Nr 0171-9085533')).toEqual(['0171-9085533']);
    expect(surfaces('Rechnung Nr. 0171 2345678')).toEqual([]);
  });

  it('a phone label after the number outweighs an identifier word before it', () => {
    expect(surfaces('Tel: 0141 423 8857 (landline on account) / 07831 649 205 (mobile, preferred)', 'GB')).toEqual(['0141 423 8857', '07831 649 205']);
  });

  it('"Notdienst 24/7" is a phone word before its number; a VAT number is none', () => {
    expect(surfaces('Notdienst 24/7 0800 5 72 48 91 - Rechnungen')).toEqual(['0800 5 72 48 91']);
    expect(surfaces('P.IVA IT 05833170487 Tel. +39 055 951 3342')).toEqual(['+39 055 951 3342']);
  });
});

describe('phoneDetector: other English-speaking countries in national form', () => {
  it('takes them with a phone word or after a contact line\'s separator, grouped with blanks', () => {
    expect(surfaces('Office: 04 338 2294 Email: accounts@gulfcrest.ae', 'DE')).toEqual(['04 338 2294']);
    expect(surfaces('or Mrs Khoza – 072 918 6602.', 'DE')).toEqual(['072 918 6602']);
    expect(surfaces('Code 0999 496 0752', 'DE')).toEqual([]);
  });

  it('no house number before its street, and a calendar file\'s escaped line break is a boundary', () => {
    expect(surfaces('Billing address: Tintin Forsberg 03262 2437 Main St Suite 442', 'US')).toEqual([]);
    expect(surfaces('DESCRIPTION:Diolch\\,\\nBron\\n01970 628 441\\n', 'GB')).toEqual(['01970 628 441']);
  });
});

describe('phoneDetector: "+" numbers the metadata calls impossible', () => {
  it('takes a calling code with phone-like groups, without a phone word', () => {
    expect(surfaces('Kisi Oladipo, finance@adeolatextiles.ng, +234 1 270 4418 Bank (EUR payments)')).toEqual(['+234 1 270 4418']);
  });
  it('takes no signed figure with blanks for thousands', () => {
    expect(surfaces('Umsatz +12 345 678 EUR, Saldo +3 456 789 012')).toEqual([]);
  });
});

describe('phoneDetector: a bare "Nummer" before a mobile number', () => {
  it('takes a German mobile written grouped after "Nummer", "Nr."', () => {
    expect(surfaces('Sein Name ist Kovač, Nummer 0176 23 09 71 48 [04.04.24, 09:45:30] Dirk')).toEqual(['0176 23 09 71 48']);
    expect(surfaces('kann jemand ihr das sagen? Nummer: 0176 90 44 12 87')).toEqual(['0176 90 44 12 87']);
  });
  it('still takes no file number, landline-shaped number or identifier after it', () => {
    expect(surfaces('Nummer 2024 0815 4471')).toEqual([]);
    expect(surfaces('Nummer 0711 123456')).toEqual([]);
    expect(surfaces('Rechnungsnummer 0176 2309 7148')).toEqual([]);
    expect(surfaces('Nr. 01762309714')).toEqual([]);
  });
  it("takes a place's number (\"Clinic number:\", \"Praxis Nummer\") and a number in North American writing", () => {
    expect(surfaces('Clinic number: (617) 555-0143, or email the front desk')).toEqual(['(617) 555-0143']);
    expect(surfaces('Praxis Nummer 0211 1234567')).toEqual(['0211 1234567']);
    expect(surfaces('Order number (617) 555-0143')).toEqual([]);
  });
});

describe('phoneDetector: shapes of other numbers', () => {
  it('takes the old DIN pairs and a labelled number with two one-digit groups, not a list of digits', () => {
    expect(surfaces('Für Rückfragen: Horst Kaminski, 0 23 27 / 8 45 12, vorstand@kgv.de')).toEqual(['0 23 27 / 8 45 12']);
    expect(surfaces('Rüdiger Zimmer, Tischlermeister Tel. 0671 8 96 54 3')).toEqual(['0671 8 96 54 3']);
    expect(surfaces('Werte: 0 1 2 3 4 5 6 7 und 0671 8 96 54 3')).toEqual([]);
  });

  it('takes a switchboard\'s " - 0" with blanks, and another region\'s mobile after "number"', () => {
    expect(surfaces('Birte Carstensen Head of People 0431 / 5 30 28 - 0 · people@nordwind-it.de')).toEqual(['0431 / 5 30 28 - 0']);
    expect(surfaces('Supplier is Hassan Abdi, number 0733 204 871', 'KE')).toEqual(['0733 204 871']);
    expect(surfaces('Invoice number 0733 204 871 is paid.', 'KE')).toEqual([]);
  });

  it("takes no conference PIN of a dial string ('#' after it)", () => {
    expect(surfaces('Join by phone: +44 20 3855 4108,,519 442 087# Conference ID: 519 442 087#', 'GB')).toEqual(['+44 20 3855 4108']);
  });

  it('takes no airline ticket number, nor a range of sheet numbers', () => {
    expect(surfaces('1. MAC SUIBHNE/ORLA MS 047 2188415501 2. CULLINANE/DEIRDRE MS 047 2188415502')).toEqual([]);
    expect(surfaces('Daywork sheets 0441–0443 signed on site')).toEqual([]);
    expect(surfaces('Tel. 0441–12345')).toEqual(['0441–12345']);
  });
});

describe('a last group glued to a word', () => {
  it('"+353 1 555 0390 (9am–5pm)": the hours are no part of the number, and the number is still found', () => {
    const text = 'reach our team on +353 1 555 0390 (9am–5pm Irish time)';
    expect(surfaces(text, 'GB')).toEqual(['+353 1 555 0390']);
    expect(surfaces('Order 12345678kg and 030 12345 6kg')).toEqual([]);
  });
});

describe('blind16: whose number, and the next field of a row', () => {
  it('"Phone on order:", "the number on the account is", a Kürzel "TZ" before a mobile, a CSV amount after a number', () => {
    expect(surfaces('Phone on order: (905) 555-0143', 'GB')).toEqual(['(905) 555-0143']);
    expect(surfaces('the number on the account is 0161 496 0419 rose', 'GB')).toEqual(['0161 496 0419']);
    expect(surfaces('| Tomasz Zieliński (Polier) | TZ | 0160 4419 871')).toEqual(['0160 4419 871']);
    expect(surfaces('"Wong, Emily",Piano,8,R. Frew,0131 496 0998,118.00', 'GB')).toEqual(['0131 496 0998']);
    // Still no phone: an order's number, a margin number, an amount's decimals.
    expect(surfaces('Order 0171 2345678, Rn. 0171 2345678, Betrag 0171 2345678,12 EUR')).toEqual([]);
  });
});

describe('blind21: table columns, log keys and fields written together', () => {
  it('reads the column header of a table row: a register number column is no phone column', () => {
    const pipes = [
      'Lfd. | Imker/in            | Reg.-Nr. Imkerei | Standort         | Telefon',
      '-----+---------------------+------------------+------------------+-----------',
      ' 1   | Schwarm, Hans-Peter | 07 131 0044 12   | Ahrweiler        | 02643 7021',
      ' 2   | Esser, Petra        | 07 131 0044 31   | Dernau           | 02641 904412',
    ].join('\n');
    expect(surfaces(pipes)).toEqual(['02643 7021', '02641 904412']);
    const fixed = [
      'Pos  Warennummer   Warenbezeichnung      Ursprung',
      '1    0909 31 00    Kreuzkümmel, ganz     TR',
      '2    0910 99 91    Thymian, getrocknet   TR',
    ].join('\n');
    expect(surfaces(fixed)).toEqual([]);
    // The same numbers under a phone header are phone numbers; a bare "Nummer" decides nothing.
    expect(surfaces(fixed.replace('Warennummer', 'Telefon    '))).toEqual(['0909 31 00', '0910 99 91']);
    expect(surfaces('Name;Nummer;Ort\nMeier;0171 2345678;Berlin')).toEqual(['0171 2345678']);
    // An M-Pesa number is the holder's mobile number (blind23: a Kenyan fishers' ledger).
    expect(surfaces('Member No  Name               Payout (KES)  M-Pesa no.\nMB-0112    Odhiambo, Tobias   22,660        0712 555 031\nMB-0118    Akinyi, Beatrice   16,280        0733 555 092', 'KE')).toEqual(['0712 555 031', '0733 555 092']);
  });

  it('takes a number after a phone key of a log line, and "(CA)" is no "circa"', () => {
    expect(surfaces('job=J-884151 recipient_phone=0491 570 006 status=sent', 'AU')).toEqual(['0491 570 006']);
    expect(surfaces('INFO tel=030 1234567 user=x')).toEqual(['030 1234567']);
    expect(surfaces('INFO hotel=030 1234567 id=0171234567')).toEqual([]);
    expect(surfaces('Phone (CA): 604-555-0162 · Phone (NO): +47 412 55 018')).toEqual(['604-555-0162', '+47 412 55 018']);
    expect(surfaces('ca. 604 555 0162 Stück')).toEqual([]);
  });

  it('separates North-American numbers written with a comma between them', () => {
    expect(surfaces('30122,Josephine,Baker-Liu,212-555-0107,917-555-0144,jo@example.com')).toEqual(['212-555-0107', '917-555-0144']);
    expect(surfaces('Betrag 1.234,567 EUR')).toEqual([]);
  });

  it('takes an Indian mobile written five and five without its trunk "0" in a text with Indian numbers', () => {
    const text = 'Registration  Sneha Kulkarni  +91 98230 55112\nScreening  Nurse Shalini  98500 55127\n';
    expect(surfaces(text)).toEqual(['+91 98230 55112', '98500 55127']);
    expect(surfaces('Screening  Nurse Shalini  98500 55127\n')).toEqual([]);
  });
});

describe('blind22: a caller ID, and a number in brackets after a digit', () => {
  it('"caller ID (613) 555-0100" is a phone number; "till 3 (905-555-0148 ext. 22)" too', () => {
    expect(surfaces('Softphone shows wrong caller ID (613) 555-0100')).toEqual(['(613) 555-0100']);
    expect(surfaces("I'm in the office till 3 (905-555-0148 ext. 22). Harry")).toEqual(['905-555-0148 ext. 22']);
    expect(surfaces('Kunde 3 (0171 2345678)')).toEqual(['0171 2345678']);
    // Still none: an identifier, a file number with a year in brackets.
    expect(surfaces('ID 0171 2345678, Az. 12 (2024) 345678')).toEqual([]);
  });
});

describe('blind24/25: calls to places and people, Austrian and Swiss mobiles, Australian service numbers', () => {
  it('reads "the depot on …" and "Mrs. Price on …" as whom was called, not a depot or a price', () => {
    expect(surfaces('I called the depot on 029 2018 0447 and was told to email you.', 'GB')).toEqual(['029 2018 0447']);
    expect(surfaces('Our agent spoke with Mrs. Price on (208) 555-0186 on 07/19.', 'US')).toEqual(['(208) 555-0186']);
    // Still an identifier without a call: "Depot 029 2018 0447", "price 0171 2345678".
    expect(surfaces('Depot 029 2018 0447', 'GB')).toEqual([]);
    expect(surfaces('Preis 0171 2345678')).toEqual([]);
  });

  it('takes an Austrian or Swiss mobile after "Nummer" as a German mobile, and "Natel" as a phone word', () => {
    expect(surfaces('ist unter der hinterlegten Nummer 0699 1024 7783 nicht erreichbar')).toEqual(['0699 1024 7783']);
    expect(surfaces('Notfallnummer für Samstag: mein Natel 078 661 03 27.', 'CH')).toEqual(['078 661 03 27']);
    // A Frankfurt number after "Nummer" stays a file's number, as before.
    expect(surfaces('Nummer 069 1024 7783')).toEqual([]);
  });

  it('keeps an Australian 1300 number, written as all of them are without a trunk "0"', () => {
    expect(surfaces('please contact Southern Cross Receivables on 1300 555 214 about your account.', 'AU')).toEqual(['1300 555 214']);
  });
});

describe('blind26: an MSISDN is an international number without its "+"', () => {
  it('reads "msisdn=254711555208" and a JSON msisdn, not an invalid one', () => {
    expect(surfaces('reporter="Akinyi Achieng", msisdn=254711555208, location="Kibera"', 'KE')).toEqual(['254711555208']);
    expect(surfaces('{"msisdn": "4915112345678"}')).toEqual(['4915112345678']);
    expect(surfaces('msisdn=123456789012')).toEqual([]);
  });

  it('reads a mobile money statement\'s counterparty, "Customer Transfer to 254712884208 - JOHN OTIENO"', () => {
    expect(surfaces('2025-03-01 08:14:22,Customer Transfer to 254712884208 - JOHN OTIENO,Completed,,1500.00')).toEqual(['254712884208']);
    expect(surfaces('2025-03-03 12:40:05,Funds received from 254733604219 - GRACE WAMBUI,Completed,3000.00')).toEqual(['254733604219']);
    // No mobile with "+": an order or registration number.
    expect(surfaces('Payment to 202403118842 for the invoice')).toEqual([]);
  });
});

describe('blind37: a customer number\'s "Kd", a contract code "PH"', () => {
  it('"Festnetz/Internet Kd 441 902 7731" and "Vertrag PH 44-1187302" are no phones; "Kd. erreichbar unter 0152 …" is one', () => {
    expect(surfaces('Telekom Deutschland GmbH Festnetz/Internet Kd 441 902 7731 RG 03/25')).toEqual([]);
    expect(surfaces('Versicherungsnehmer: Herr Lorenz Vogel, Vertrag PH 44-1187302 Ihr Anspruch')).toEqual([]);
    expect(surfaces('Kd. erreichbar unter 0152/ 540 33 918, bevorzugt per SMS.')).toEqual(['0152/ 540 33 918']);
    expect(surfaces('Ph: 0171 2345678')).toEqual(['0171 2345678']);
  });
});

describe('blind27: emergencies, after hours, the correct number', () => {
  it('reads "Emergencies", "after hours" as phone words and "correct number" as whose it is', () => {
    expect(surfaces('Tel 01 485 7700 | Emergencies 087 900 2211', 'IE')).toEqual(['01 485 7700', '087 900 2211']);
    expect(surfaces('Team leader 0491 570 313 · after hours 1300 655 019', 'AU')).toEqual(['0491 570 313', '1300 655 019']);
    expect(surfaces('sorry, correct number 98404 11826', 'IN')).toEqual(['98404 11826']);
  });
});

describe('blind44: postcodes before a number, a drama mobile after "number"', () => {
  it('a postcode glued to letters is no context word ("8BT" is no "BT", "1EP" no "EP")', () => {
    expect(surfaces('Amir Hosseini – 45 Queen\'s Drive, Glasgow G42 8BT – 0141 496 0512 – IBAN follows', 'GB')).toEqual(['0141 496 0512']);
    expect(surfaces("(203, 'Dr', 'Kofi', 'Asante', 'CF10 1EP', '029 2018 0441', NULL)", 'GB')).toEqual(['029 2018 0441']);
  });

  it('a code glued to the first group is cut off where a separator with blanks follows', () => {
    expect(surfaces('Depot Glasgow G4 – 0141 496 0512', 'GB')).toEqual(['0141 496 0512']);
    // Without blanks the run is one identifier: "S-24-03-00187", "WZ/2024/03/0418".
    expect(surfaces('Störungsmeldung S-24-03-00187 und Lieferschein WZ/2024/03/0418')).toEqual([]);
  });

  it('an Ofcom drama mobile after a bare "number" is someone\'s number', () => {
    expect(surfaces("Hi Jade, it's Kofi Boateng, number 07700 900456", 'GB')).toEqual(['07700 900456']);
    expect(surfaces('Rechnung number 0388 157 3 folgt')).toEqual([]);
  });

  it('a number with its trunk "0", a "+" or a bracket before a CSV row\'s next field is no amount', () => {
    const row = 'WS-1,2024-01-03,Liam,Nguyen,liam@example-mail.com.au,0491 570 156,12 George Street,Parramatta,NSW,2150,84.97';
    expect(surfaces(row)).toEqual(['0491 570 156']);
    expect(surfaces('WS-2,Mateo,Rossi,+61 491 570 157,77 Lygon Street,Carlton')).toEqual(['+61 491 570 157']);
    // Amounts and decimals stay clean.
    expect(surfaces('Summe 491 570 156,12 EUR; Anteil 0 123,45 EUR')).toEqual([]);
  });
});

describe('blind50: whose number, an extension before the number, a deed roll', () => {
  it('a question about an invoice is no invoice register', () => {
    expect(surfaces('Rückruf wegen Rechnungsfrage, Nr. 0151 2278 6630. Weitergeleitet an die Buchhaltung.')).toEqual(['0151 2278 6630']);
    expect(surfaces('Rechnungsnummer 0151 2278 6630')).toEqual([]);
  });

  it('declined and qualified owners before "Nummer"/"number"', () => {
    expect(surfaces('Er meldet sich unter Ihrer Nummer 0228 63 40 771. Die Kaution folgt.')).toEqual(['0228 63 40 771']);
    expect(surfaces('If lines drop, use the backup number 0116 496 0999.', 'GB')).toEqual(['0116 496 0999']);
    expect(surfaces('Die Kundennummer lautet 0228 63 40 771')).toEqual([]);
  });

  it('a place called a depot has a phone; a securities depot has an account number', () => {
    expect(surfaces('The number for the Dunmore Road depot is 028 9555 0260 (switchboard).', 'GB')).toEqual(['028 9555 0260']);
    expect(surfaces('Depot 4471 2290 55')).toEqual([]);
  });

  it('an extension before the main number is cut off; a whole number after "Durchwahl" stays whole', () => {
    expect(surfaces('IT Service Desk – ext. 2200 / 01632 960 220', 'GB')).toEqual(['01632 960 220']);
    expect(surfaces('Frau Roth (Durchwahl 0711 25 39 88-214)')).toEqual(['0711 25 39 88-214']);
  });

  it('a notary\'s deed roll number is no phone, the notary\'s number is', () => {
    expect(surfaces('23552 Lübeck Tel. 0451 79 88 40 UR-Nr. 412/2025 Entwurf')).toEqual(['0451 79 88 40']);
  });
});
