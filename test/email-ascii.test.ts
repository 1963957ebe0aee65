import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { __emailInternals as E, emailDetector } from '../src/detect/email.js';

// The ASCII fast paths of the e-mail detector must answer exactly as the Unicode regexes.
const CHARS = ['a', 'Z', 'x', 'n', '-', '-', '.', '.', '0', '9', '@', ' ', '_', 'ü', '\u0301', '\u{1D400}', 'é', '/', ','];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((a) => a.join(''));
const ascii = fc.array(fc.constantFrom('a', 'Z', 'x', 'n', '-', '0', '9', '.', '_', ' '), { maxLength: 70 }).map((a) => a.join(''));

describe('e-mail ASCII fast paths', () => {
  it('domainRun equals the DOMAIN_RUN regex at every position', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i <= t.length; i++) {
          E.DOMAIN_RUN().lastIndex = i;
          const want = E.DOMAIN_RUN().exec(t)?.[0] ?? null;
          expect(E.domainRun(t, i)).toBe(want);
        }
      }),
      { numRuns: 2000 },
    );
    const long = `a@${'b'.repeat(400)}.de`;
    E.DOMAIN_RUN().lastIndex = 2;
    const want = E.DOMAIN_RUN().exec(long)![0];
    expect(E.domainRun(long, 2)).toBe(want);
  });

  it('the ASCII TLD and label rules equal the Unicode ones on ASCII text', () => {
    fc.assert(
      fc.property(ascii, (s) => {
        expect(E.TLD_ASCII.test(s)).toBe(E.TLD().test(s));
        expect(E.LABEL_ASCII.test(s)).toBe(E.LABEL().test(s));
      }),
      { numRuns: 5000 },
    );
    for (const s of ['de', 'DE', 'xn--p1ai', 'XN--P1AI', 'd', 'd1', 'a-b', '-ab', 'ab-', 'a'.repeat(64), 'xn--']) {
      expect(E.TLD_ASCII.test(s), s).toBe(E.TLD().test(s));
      expect(E.LABEL_ASCII.test(s), s).toBe(E.LABEL().test(s));
    }
  });

  it('finds ASCII and non-ASCII addresses alike', () => {
    const found = (t: string) => emailDetector.detect(t, { region: 'DE' }).map((f) => t.slice(f.start, f.end));
    expect(found('Mail an a.demir@beispiel.de, bitte.')).toEqual(['a.demir@beispiel.de']);
    expect(found('Mail an jürgen@müller-bau.de.')).toEqual(['jürgen@müller-bau.de']);
    expect(found('Mail an info@xn--mller-kva.de oder x@y')).toEqual(['info@xn--mller-kva.de']);
  });
});
