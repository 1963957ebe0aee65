import { describe, expect, it } from 'vitest';
import { emailDetector } from '../src/detect/email.js';

function spans(text: string): [number, number, string][] {
  return emailDetector.detect(text, { region: 'DE' }).map((f) => [f.start, f.end, text.slice(f.start, f.end)]);
}

describe('emailDetector: positives', () => {
  it('finds an umlaut (IDN) address in German prose, without the final full stop', () => {
    const text = 'Bitte schreiben Sie an müller@bäckerei-schmidt.de.';
    expect(emailDetector.detect(text, { region: 'DE' })).toEqual([
      { type: 'EMAIL', start: 23, end: 49, score: 0.99, detector: 'email' },
    ]);
    expect(text.slice(23, 49)).toBe('müller@bäckerei-schmidt.de');
  });

  it('finds plus-addressing and multi-label domains in English prose, without the comma', () => {
    expect(spans('Contact: jane.doe+invoices@example.co.uk, thanks!')).toEqual([
      [9, 40, 'jane.doe+invoices@example.co.uk'],
    ]);
  });

  it('excludes a mailto: prefix and surrounding markup', () => {
    expect(spans('<a href="mailto:info@firma-beispiel.de">Mail</a>')).toEqual([[16, 38, 'info@firma-beispiel.de']]);
    expect(spans('mailto:max.mustermann@example.com?subject=Hallo')).toEqual([
      [7, 33, 'max.mustermann@example.com'],
    ]);
  });

  it('counts UTF-16 offsets correctly after emoji (ZWJ sequence and astral emoji)', () => {
    expect(spans('👩‍💻🙂 Mail: dev.team@example.org!')).toEqual([[14, 34, 'dev.team@example.org']]);
  });

  it('strips brackets, quotes and trailing punctuation', () => {
    expect(spans('Kontakt: (anna.schmidt@beispiel.de)')).toEqual([[10, 34, 'anna.schmidt@beispiel.de']]);
    expect(spans("Send it to 'ops@example.com'.")).toEqual([[12, 27, 'ops@example.com']]);
    expect(spans('Adresse: <post@amt.example.de>;')).toEqual([[10, 29, 'post@amt.example.de']]);
  });

  it('finds several addresses separated by ; and ,', () => {
    expect(spans('An: a.b@firma.de;c.d@firma.de, e_f@firma.de').map((s) => s[2])).toEqual([
      'a.b@firma.de',
      'c.d@firma.de',
      'e_f@firma.de',
    ]);
  });

  it('accepts punycode and non-Latin domains', () => {
    expect(spans('info@xn--bcher-kva.de').map((s) => s[2])).toEqual(['info@xn--bcher-kva.de']);
    expect(spans('почта: ivan@пример.рф').map((s) => s[2])).toEqual(['ivan@пример.рф']);
  });
});

describe('emailDetector: hard negatives', () => {
  it('does not flag @handles or addresses without a real domain', () => {
    for (const text of [
      '@paulwalker thanks for the follow!',
      'RT @news_de: Neue Zahlen',
      'ssh user@localhost or root@server',
      'a@b.c is too short',
      'mail@host.123',
      'someone@ example.com',
      'at @ the station',
      'https://medium.com/@author/a-post',
    ]) {
      expect(spans(text), text).toEqual([]);
    }
  });

  it('does not flag image and asset file names', () => {
    for (const text of [
      'logo@2x.png',
      'Bitte icon@3x.jpg und banner@1.5x.webp einbinden',
      'background@2x-dark.svg',
      'export@2x.zip',
      'report@final.pdf',
    ]) {
      expect(spans(text), text).toEqual([]);
    }
  });

  it('rejects malformed local parts and domains', () => {
    for (const text of ['a..b@example.com', 'x.@example.com', 'me@-foo.de', 'me@foo-.de', 'x@y.de@z.de']) {
      expect(spans(text), text).toEqual([]);
    }
  });

  it("takes no URL's user part (a DSN's key) and no Message-ID for an address", () => {
    expect(spans('SENTRY_DSN=https://a1b2c3@sentry.lagerwelt.de/4')).toEqual([]);
    expect(spans('postfix/cleanup[22850]: 4Tv8: message-id=<20240312063102.A1@gmx.net>')).toEqual([]);
    expect(spans('Message-ID: <abc.def@mail.gmail.com>\nFrom: <anna.schmidt@firma.de>')).toEqual([[44, 65, 'anna.schmidt@firma.de']]);
  });

  it("takes no calendar event's UID for an address, but its organizer's mailbox", () => {
    const ics = 'BEGIN:VEVENT\nUID:24017-baustelle-20250415@lindqvist-okafor.de\nORGANIZER;CN=Ines Okafor:mailto:i.okafor@lindqvist-okafor.de\nEND:VEVENT';
    expect(spans(ics).map((x) => x[2])).toEqual(['i.okafor@lindqvist-okafor.de']);
    // Not every "UID:" is one: mid-line, a label's value is an address.
    expect(spans('Kontakt UID: a.schmidt@firma.de').map((x) => x[2])).toEqual(['a.schmidt@firma.de']);
  });

  it('is fast on text without any @ at all and returns nothing', () => {
    const text = 'Kein Kontakt hier. '.repeat(50_000);
    expect(spans(text)).toEqual([]);
  });
});
