import { describe, expect, it } from 'vitest';
import { stripInvisible, unstripFindings, withoutInvisible } from '../src/detect/invisible.js';
import { Pipeline } from '../src/detect/pipeline.js';
import { AnonymizeStream, type TokenStore } from '../src/pseudonymize/anonymize.js';
import { restoreText } from '../src/pseudonymize/restore.js';

const SHY = '\u00ad';
const ZWSP = '\u200b';

const found = (p: Pipeline, text: string) => p.detect(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

describe('invisible characters inside personal data', () => {
  const p = new Pipeline();

  it('finds a name with a soft hyphen (text copied from a web page) whole, the hyphen included', () => {
    const text = `Gestern sprach Chris${SHY}tian Heidel mit der Presse.`;
    expect(found(p, text)).toEqual([`PERSON:Chris${SHY}tian Heidel`]);
    const text2 = `Sehr geehrte Frau Mül${SHY}ler,`;
    expect(found(p, text2)).toEqual([`PERSON:Mül${SHY}ler`]);
  });

  it('finds e-mail addresses, phone numbers and IBANs split by zero-width characters', () => {
    const text = `Mail an an${SHY}na.schmidt@firma.de, Tel. 0171 234${ZWSP}5678, IBAN DE89 3704 0044 0532${ZWSP}0130 00`;
    expect(found(p, text)).toEqual([`EMAIL:an${SHY}na.schmidt@firma.de`, `PHONE:0171 234${ZWSP}5678`, `IBAN:DE89 3704 0044 0532${ZWSP}0130 00`]);
  });

  it('a zero-width space or a byte-order mark does not hide a name', () => {
    expect(found(p, `Jo${ZWSP}hn Smith called about the invoice.`)).toEqual([`PERSON:Jo${ZWSP}hn Smith`]);
    expect(found(p, `\ufeffSehr geehrter Herr Dr. Okonkwo,`)).toEqual(['PERSON:Okonkwo']);
  });

  it('an allow-list entry matches the value as it prints', () => {
    const allowed = new Pipeline({ allow: ['Max Mustermann'] });
    expect(found(allowed, `Ansprechpartner: Max Muster${SHY}mann`)).toEqual([]);
  });

  it('anonymizes the whole surface, invisible characters included, and restores it byte for byte', () => {
    const byValue = new Map<string, string>();
    const byId = new Map<string, string>();
    let n = 0;
    const store: TokenStore = {
      add(type, value) {
        let id = byValue.get(value);
        if (!id) {
          id = `${type}_${++n}`;
          byValue.set(value, id);
          byId.set(id, value);
        }
        return { id };
      },
    };
    const text = `Hallo Chris${SHY}tian Heidel, bitte an chris${SHY}tian.heidel@verlag.de antworten.\n`;
    const s = new AnonymizeStream(p, store);
    const out = s.push(text) + s.end();
    expect(out).not.toContain('Chris');
    expect(out).not.toContain('tian');
    expect(restoreText(out, (id) => byId.get(id)).text).toBe(text);
  });

  it('maps offsets back exactly, and leaves a text without them alone', () => {
    expect(stripInvisible('Anna Schmidt')).toBeNull();
    const text = `a${SHY}b${ZWSP}${ZWSP}cd`;
    const s = stripInvisible(text)!;
    expect(s.text).toBe('abcd');
    // "bc" on the stripped text covers "b", the two zero-width spaces and "c" of the original.
    const [f] = unstripFindings([{ type: 'PERSON', start: 1, end: 3, score: 1, detector: 't' }], s);
    expect(text.slice(f!.start, f!.end)).toBe(`b${ZWSP}${ZWSP}c`);
    expect(withoutInvisible(`Mül${SHY}ler`)).toBe('Müller');
  });
});
