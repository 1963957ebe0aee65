import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameVariants, personDetector } from '../src/detect/person.js';
import { parseMarked } from '../src/eval/marked.js';
import { Pipeline } from '../src/detect/pipeline.js';
import { ratios, scoreDoc, type Counts, emptyCounts, addCounts } from '../src/eval/metrics.js';

const ctx = { region: 'DE' };
const names = (text: string) => personDetector.detect(text, ctx).map((f) => text.slice(f.start, f.end));

describe('personDetector: German business text', () => {
  it('takes the name without the honorific', () => {
    expect(names('Sehr geehrte Frau Müller,\nvielen Dank.')).toEqual(['Müller']);
    expect(names('Sehr geehrter Herr Dr. Schmidt,')).toEqual(['Schmidt']);
    expect(names('Termin mit Prof. Dr. Dipl.-Ing. Anna Schmidt am Montag.')).toEqual(['Anna Schmidt']);
    expect(names('Hallo Herr Yılmaz, danke!')).toEqual(['Yılmaz']);
  });

  it('finds salutations and signatures', () => {
    expect(names('Liebe Anna,\nanbei die Unterlagen.\n\nLiebe Grüße\nMarie')).toEqual(['Anna', 'Marie']);
    expect(names('Bis dann.\n\nMit freundlichen Grüßen\n\nAnna Schmidt\nVertrieb')).toEqual(['Anna Schmidt']);
    expect(names('Danke!\n\nViele Grüße\nThomas')).toEqual(['Thomas']);
    expect(names('Thanks.\n\nBest regards,\nJohn Smith\nHead of Sales')).toEqual(['John Smith']);
  });

  it('reads form fields, inverted order and e-mail headers', () => {
    const t =
      'Von: Ayşe Demir <a.demir@firma.de>\nAn: Schmidt, Anna <anna.schmidt@firma.de>\nAnsprechpartner: Anna-Lena Müller-Lüdenscheidt\nKontoinhaber: Hans van der Berg\nPatient: Mohammed Al-Hassan';
    expect(names(t)).toEqual([
      'Ayşe Demir',
      'Schmidt, Anna',
      'Anna-Lena Müller-Lüdenscheidt',
      'Hans van der Berg',
      'Mohammed Al-Hassan',
    ]);
  });

  it('finds names of non-German origin and particles from the lists', () => {
    expect(names('Das Angebot hat Wojciech Kowalczyk gestern geschickt.')).toEqual(['Wojciech Kowalczyk']);
    expect(names('Am Freitag spricht Ursula von der Leyen in Brüssel.')).toEqual(['Ursula von der Leyen']);
  });

  it('propagates a found name to its later mentions', () => {
    const t = 'Heute rief Ayşe Demir an. Frau Demir bittet um Rückruf; Demir ist bis 17 Uhr erreichbar.';
    expect(names(t)).toEqual(['Ayşe Demir', 'Demir', 'Demir']);
  });

  it('does not flag streets, companies, months, nouns, ALL CAPS or log lines', () => {
    const t = [
      'Die Lieferung geht an die Müller GmbH, Goethestraße 12, und an die Siemens AG.',
      'Im Mai und im August ist das Büro geschlossen; der Koch der Kantine hat gekündigt.',
      'Wir treffen uns am Schillerplatz 3 und danach Am Markt 5.',
      'ERROR 2026-03-14 10:22:01 ConnectionTimeout in SessionManager (PROD-DB-01)',
      'Die Deutsche Bank und die Sparkasse Köln haben zugestimmt. MÜLLER SCHMIDT LOGISTIK.',
      'Im Winter kommt der Kaiser-Wilhelm-Ring dran; der Wolf ist ein Tier.',
    ].join('\n');
    expect(names(t)).toEqual([]);
  });

  it('does not take an English form heading for a name', () => {
    const p = new Pipeline({ types: ['PERSON'] });
    const names = (text: string) => p.detect(text).map((f) => text.slice(f.start, f.end));
    expect(names('Employee record\nName: Priyanka Halvorsen\nManager: Tomasz Oyelaran\nStart date: 2026-03-01')).toEqual(['Priyanka Halvorsen', 'Tomasz Oyelaran']);
    expect(names('Customer feedback, Dec 2025: Staff were helpful.')).toEqual([]);
  });

  it('reports UTF-16 offsets', () => {
    const t = '😀 Hallo Herr Yılmaz';
    const [f] = personDetector.detect(t, ctx);
    expect(t.slice(f!.start, f!.end)).toBe('Yılmaz');
    expect(f!.type).toBe('PERSON');
    expect(f!.detector).toBe('person');
  });

  it('an office alone is no person, though the English model says so ("Vice President Al Gore")', () => {
    const t = 'Bush had defeated Vice President Al Gore after a disputed recount in Florida.';
    expect(personDetector.detect(t, { region: 'US' }).map((f) => t.slice(f.start, f.end))).not.toContain('President');
  });

  it('handles empty and name-free input', () => {
    expect(names('')).toEqual([]);
    expect(names('1234 5678 !!! ---')).toEqual([]);
  });
});

describe('nameVariants', () => {
  it('returns the surname with particles', () => {
    expect(nameVariants('Ayşe Demir')).toEqual(['Demir']);
    expect(nameVariants('Anna-Lena Müller-Lüdenscheidt')).toEqual(['Müller-Lüdenscheidt']);
    expect(nameVariants('Ursula von der Leyen')).toEqual(['von der Leyen']);
    expect(nameVariants('Hans van der Berg')).toEqual(['van der Berg']);
    expect(nameVariants('Dr. Anna Schmidt')).toEqual(['Schmidt']);
    expect(nameVariants('Schmidt, Anna')).toEqual(['Schmidt']);
  });
  it('returns nothing for a single-word name', () => {
    expect(nameVariants('Anna')).toEqual([]);
    expect(nameVariants('Dr. Schmidt')).toEqual([]);
  });
});

describe('business-text fixtures (fixtures/person/*.marked.txt)', () => {
  for (const lang of ['de', 'en']) {
    it(`${lang}: precision ≥ 0.9 and leak ≤ 5 %`, () => {
      const file = new URL(`../fixtures/person/business.${lang}.marked.txt`, import.meta.url);
      const docs = parseMarked(readFileSync(file, 'utf8'), lang, lang);
      const total: Counts = emptyCounts();
      for (const d of docs) {
        const r = scoreDoc(d, personDetector.detect(d.text, ctx), new Set(['PERSON']));
        const c = r.byType.get('PERSON');
        if (c) addCounts(total, c);
      }
      const r = ratios(total);
      expect(total.gold).toBeGreaterThan(20);
      expect(r.precision).toBeGreaterThanOrEqual(0.9);
      expect(r.leakRate).toBeLessThanOrEqual(0.05);
    });
  }
});
