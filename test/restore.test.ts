import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RestoreStream, restoreText, safeCut } from '../src/pseudonymize/restore.js';
import { formatToken, parseId, TOKEN_PATTERN } from '../src/pseudonymize/tokens.js';

const VALUES: Record<string, string> = {
  PERSON_1: 'Ayşe Demir',
  PERSON_2: 'Demir',
  PERSON_12: 'Jonas Weber',
  EMAIL_1: 'a.demir@beispiel.de',
  PHONE_1: '0171 2345678',
  IBAN_1: 'DE44 5001 0517 5407 3249 31',
};
const lookup = (id: string) => VALUES[id];

describe('token format', () => {
  it('formats and parses canonical ids', () => {
    expect(formatToken('PERSON_3')).toBe('[[PERSON_3]]');
    expect(parseId('IBAN_12')).toEqual({ type: 'IBAN', n: 12 });
    expect(parseId('NAME_1')).toBeUndefined();
  });
});

describe('restoreText', () => {
  it('restores exact tokens', () => {
    const r = restoreText('Sehr geehrte Frau [[PERSON_1]], Tel. [[PHONE_1]].', lookup);
    expect(r.text).toBe('Sehr geehrte Frau Ayşe Demir, Tel. 0171 2345678.');
    expect(r.stats).toMatchObject({ restored: 2, unknown: 0, altered: 0 });
  });

  it.each([
    ['case changes', 'Hello [[person_1]] and [[Person_1]]', 'Hello Ayşe Demir and Ayşe Demir'],
    ['Markdown around', 'Dear **[[PERSON_1]]**, mail `[[EMAIL_1]]`', 'Dear **Ayşe Demir**, mail `a.demir@beispiel.de`'],
    ['Markdown inside', 'Dear [[**PERSON_1**]] / [[`EMAIL_1`]]', 'Dear Ayşe Demir / a.demir@beispiel.de'],
    ['genitive inside', "[[PERSON_1's]] car and [[PERSON_1s]] Auto", "Ayşe Demir's car and Ayşe Demirs Auto"],
    ['suffix outside', "[[PERSON_1]]'s car, [[PERSON_1]]s Auto", "Ayşe Demir's car, Ayşe Demirs Auto"],
    ['spacing inside', '[[ PERSON_1 ]], [[PERSON 1]], [[PERSON-1]], [[PERSON1]]', 'Ayşe Demir, Ayşe Demir, Ayşe Demir, Ayşe Demir'],
    ['a lost bracket', '[PERSON_1]] and [[EMAIL_1]', 'Ayşe Demir and a.demir@beispiel.de'],
    ['exact single brackets', 'IBAN: [IBAN_1]', 'IBAN: DE44 5001 0517 5407 3249 31'],
    ['E-Mail spelling', '[[E-Mail_1]]', 'a.demir@beispiel.de'],
  ])('is tolerant of %s', (_name, input, expected) => {
    expect(restoreText(input, lookup).text).toBe(expected);
  });

  it('never confuses PERSON_1 with PERSON_12', () => {
    expect(restoreText('[[PERSON_12]] [[PERSON_1]]', lookup).text).toBe('Jonas Weber Ayşe Demir');
  });

  it('leaves unknown tokens as they are and counts them', () => {
    const r = restoreText('[[PERSON_99]] met [[PERSON_1]] and [[EMAIL_7]]', lookup);
    expect(r.text).toBe('[[PERSON_99]] met Ayşe Demir and [[EMAIL_7]]');
    expect(r.stats.unknown).toBe(2);
    expect(r.stats.ids).toEqual(['PERSON_99', 'PERSON_1', 'EMAIL_7']);
  });

  it('does not touch what people write in brackets', () => {
    const text = '[Person 1]: hallo\n[person_1] [Email 1] [x] [[Projekt]] [1] [[PERSONAL_1]]';
    expect(restoreText(text, lookup).text).toBe(text);
  });

  it('counts altered tokens', () => {
    expect(restoreText('[[person_1]] [[PERSON_1]]', lookup).stats.altered).toBe(1);
  });
});

describe('streaming restore', () => {
  it('holds back only a possible token prefix', () => {
    expect(safeCut('hello [[PERS')).toBe(6);
    expect(safeCut('hello [[PERSON_1]] world')).toBe(24);
    expect(safeCut('a [ b c')).toBe(7);
    expect(safeCut('no brackets')).toBe(11);
  });

  it('joins a token split across chunks', () => {
    const s = new RestoreStream(lookup);
    const out = [s.push('Hallo [['), s.push('PERS'), s.push('ON_1]'), s.push('], wie geht'), s.push(' es?'), s.end()];
    expect(out.join('')).toBe('Hallo Ayşe Demir, wie geht es?');
    // Nothing but the token prefix was delayed.
    expect(out[0]).toBe('Hallo ');
    expect(out[4]).toBe(' es?');
  });

  const piece = fc.oneof(
    fc.constantFrom(...Object.keys(VALUES).map(formatToken), '[[person_1]]', '**[[EMAIL_1]]**', "[[PERSON_1's]]", '[PERSON_2]', '[[PERSON_99]]', '[', ']', '[[', ']]', 'PERSON_1', '[[PERSON_1', 'PHONE_', '\n', '\r\n', ' '),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );

  it('equals the non-streaming result for every chunking (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 12 }), (pieces, cuts) => {
        const text = pieces.join('');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const s = new RestoreStream(lookup);
        let out = '';
        let prev = 0;
        for (const p of points) {
          out += s.push(text.slice(prev, p));
          prev = p;
        }
        out += s.push(text.slice(prev)) + s.end();
        const whole = restoreText(text, lookup);
        expect(out).toBe(whole.text);
        expect(s.stats.restored).toBe(whole.stats.restored);
        expect(s.stats.unknown).toBe(whole.stats.unknown);
      }),
      { numRuns: 2000 },
    );
  });

  it('TOKEN_PATTERN is global and reusable', () => {
    expect(TOKEN_PATTERN.flags).toContain('g');
    expect('[[PERSON_1]] [[PERSON_2]]'.match(TOKEN_PATTERN)).toHaveLength(2);
  });
});
