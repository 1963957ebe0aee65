import { describe, expect, it } from 'vitest';
import { ibanDetector, isValidIban } from '../src/detect/iban.js';
import { IBAN_BBAN_FORMATS, IBAN_LENGTHS, bbanFormatLength } from '../src/detect/iban-countries.js';

// Fixtures: made-up account numbers whose check digits were computed independently (Python
// int(...) % 97 and the Spanish CCC / Belgian mod-97 rules), plus the registry's own samples.
const DE_OK = 'DE12500105170648489890';
const DE_BAD = 'DE12500105170648489891'; // last digit changed: mod 97 fails
const ES_OK = 'ES5200491500061234567890';
const ES_BAD_CCC = 'ES1400491500161234567890'; // mod 97 fine, Spanish control digits wrong
const BE_OK = 'BE48001123456727';
const BE_BAD_NATIONAL = 'BE21001123456728'; // mod 97 fine, Belgian check wrong
const DE_LETTER = 'DE0537040044053201300A'; // mod 97 fine, but DE BBAN is digits only

function spans(text: string): [number, number, string][] {
  return ibanDetector.detect(text, { region: 'DE' }).map((f) => [f.start, f.end, text.slice(f.start, f.end)]);
}

describe('isValidIban', () => {
  it('accepts valid IBANs in compact, grouped, lower-case and separated spellings', () => {
    for (const s of [
      DE_OK,
      'DE12 5001 0517 0648 4898 90',
      'de12 5001 0517 0648 4898 90',
      'DE12-5001-0517-0648-4898-90',
      'DE89 3704 0044 0532 0130 00',
      'GB29 NWBK 6016 1331 9268 19',
      'AT611904300234573201',
      'FR14 2004 1010 0505 0001 3M02 606',
      'NL91ABNA0417164300',
      'IT60 X054 2811 1010 0000 0123 456',
      'PL61 1090 1014 0000 0712 1981 2874',
      'NO93 8601 1117 947',
      'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
      'LC55 HEMM 0001 0001 0012 0012 0002 3015',
      'RU0304452522540817810538091310419',
      ES_OK,
      BE_OK,
    ]) {
      expect(isValidIban(s), s).toBe(true);
    }
  });

  it('rejects bad check digits, wrong lengths, wrong BBAN formats, national check failures', () => {
    for (const s of [
      DE_BAD,
      'DE89370400440532013001',
      'DE8937040044053201300', // one short
      'DE893704004405320130000', // one long
      DE_LETTER,
      ES_BAD_CCC,
      BE_BAD_NATIONAL,
      'XX89370400440532013000', // not a registry country
      'US12345678901234567890',
      '',
      'DE',
    ]) {
      expect(isValidIban(s), s).toBe(false);
    }
  });
});

describe('IBAN country table', () => {
  it('covers the SWIFT registry (89 countries) with lengths that agree with the BBAN formats', () => {
    expect(Object.keys(IBAN_LENGTHS).sort()).toEqual(Object.keys(IBAN_BBAN_FORMATS).sort());
    expect(Object.keys(IBAN_LENGTHS)).toHaveLength(89);
    for (const [cc, fmt] of Object.entries(IBAN_BBAN_FORMATS)) {
      expect(bbanFormatLength(fmt) + 4, cc).toBe(IBAN_LENGTHS[cc]);
    }
    expect(IBAN_LENGTHS.DE).toBe(22);
    expect(IBAN_LENGTHS.NO).toBe(15);
    expect(IBAN_LENGTHS.RU).toBe(33);
    expect(IBAN_LENGTHS.LC).toBe(32);
  });
});

describe('ibanDetector', () => {
  it('finds a grouped German IBAN in German prose with exact offsets and score 1', () => {
    const text = 'Bitte überweisen Sie den Betrag auf DE12 5001 0517 0648 4898 90 bis Freitag.';
    const fs = ibanDetector.detect(text, { region: 'DE' });
    expect(fs).toEqual([{ type: 'IBAN', start: 36, end: 63, score: 1, detector: 'iban' }]);
    expect(text.slice(36, 63)).toBe('DE12 5001 0517 0648 4898 90');
  });

  it('finds a compact IBAN in English prose, excluding the trailing comma', () => {
    expect(spans('Please pay to GB29NWBK60161331926819, reference 4711.')).toEqual([
      [14, 36, 'GB29NWBK60161331926819'],
    ]);
  });

  it('counts UTF-16 offsets correctly after emoji, lower case', () => {
    // each 🙂 is two UTF-16 code units
    expect(spans('🙂🙂 IBAN: de88 1002 0030 0004 4556 67 (Sparkasse)')).toEqual([
      [11, 38, 'de88 1002 0030 0004 4556 67'],
    ]);
  });

  it('takes only the registry length: a following number group is not swallowed', () => {
    expect(spans('Konto DE89370400440532013000 2 days')).toEqual([[6, 28, 'DE89370400440532013000']]);
    expect(spans('DE89 3704 0044 0532 0130 00 12 Stück')).toEqual([[0, 27, 'DE89 3704 0044 0532 0130 00']]);
  });

  it('accepts dashes, dots and a space after the country code', () => {
    expect(spans('Kontoverbindung: NO93-8601-1117-947. Danke')).toEqual([[17, 35, 'NO93-8601-1117-947']]);
    expect(spans('IBAN NO 93 8601 1117 947')).toEqual([[5, 24, 'NO 93 8601 1117 947']]);
    expect(spans('ES52.0049.1500.0612.3456.7890')).toHaveLength(1);
  });

  it('finds several IBANs in one text', () => {
    const text = `Alt: ${DE_OK}\nNeu: ${BE_OK}\nES: ${ES_OK}`;
    expect(spans(text).map((s) => s[2])).toEqual([DE_OK, BE_OK, ES_OK]);
  });

  it('produces no finding at all for IBAN-shaped strings with bad check digits', () => {
    for (const text of [
      `IBAN ${DE_BAD} bitte prüfen`,
      'IBAN DE12 5001 0517 0648 4898 91',
      `Konto ${ES_BAD_CCC}`,
      `Konto ${BE_BAD_NATIONAL}`,
      `Konto ${DE_LETTER}`,
    ]) {
      expect(spans(text), text).toEqual([]);
    }
  });

  it('rejects an IBAN whose last group runs on (would be cut mid-group)', () => {
    expect(spans('DE89 3704 0044 0532 0130 0012')).toEqual([]);
    expect(spans('DE89370400440532013000123')).toEqual([]);
    expect(spans('DE89370400440532013000ABC')).toEqual([]);
  });

  it('requires a word boundary before the country code', () => {
    expect(spans('XDE89370400440532013000')).toEqual([]);
    expect(spans('ÄDE89370400440532013000')).toEqual([]);
    expect(spans('(DE89370400440532013000)')).toEqual([[1, 23, 'DE89370400440532013000']]);
  });

  it('ignores ordinary prose, dates, amounts and codes', () => {
    for (const text of [
      'Am 12.03.2024 zahlte er 1.234,56 € für 3 Artikel.',
      'Rechnungsnr. 2024-000123, Kundennummer 123456789',
      'Flug LH 2024 nach AB 1234 5678 9012 3456 78',
      'BGBl. I S. 2745; § 823 Abs. 1 BGB',
      'v10.4.2 build 2024 on 192.168.0.1',
    ]) {
      expect(spans(text), text).toEqual([]);
    }
  });
});
