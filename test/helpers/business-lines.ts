/**
 * Templated German and English business text with personal data (names, phone numbers, e-mail
 * addresses, valid IBANs), deterministic for a seed. Later lines mention people of earlier ones
 * by surname alone, which only the vault's known values catch: a test of a streaming path then
 * also covers values learned in one chunk and found again in later ones.
 */
import { prng } from '../../scripts/prng.js';

const FIRST = ['Anna', 'Jonas', 'Ayşe', 'Mehmet', 'Sophie', 'Lukas', 'Emily', 'James', 'Olivia', 'Noah', 'Marie', 'Felix', 'Hannah', 'Paul', 'Jürgen', 'Charlotte', 'Oliver', 'Grace', 'Tobias', 'Katharina'];
const LAST = ['Schmidt', 'Weber', 'Demir', 'Müller', 'Fischer', 'Wagner', 'Becker', 'Hoffmann', 'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Krüger', 'Schäfer', 'Yilmaz', 'Kowalski', 'Novak', 'Lehmann', 'Hartmann'];
const FILLER = [
  'Die Lieferung erfolgt voraussichtlich in der nächsten Woche.',
  'Please note that the office is closed on public holidays.',
  'Anbei erhalten Sie die Unterlagen zur Prüfung.',
  'The meeting has been moved to Thursday afternoon.',
  'Wir bitten um Rückmeldung bis Ende des Monats.',
];

const rng = prng;

function ascii(s: string): string {
  return s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/ş/g, 's');
}

/** A German IBAN with correct check digits, printed in groups of four. */
function iban(r: () => number): string {
  let bban = '';
  for (let i = 0; i < 18; i++) bban += Math.floor(r() * 10);
  const check = 98n - (BigInt(`${bban}131400`) % 97n);
  return `DE${String(check).padStart(2, '0')}${bban}`.replace(/(.{4})/g, '$1 ').trim();
}

function digits(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(r() * 10);
  return s;
}

/** About `chars` characters of text, whole lines only. */
export function businessLines(chars: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const people: { first: string; last: string; phone: string; email: string; iban: string }[] = [];
  const lines: string[] = [];
  let length = 0;
  while (length < chars) {
    // Mostly people seen before (known values), now and then a new one.
    let p = people.length > 0 && r() < 0.8 ? people[Math.floor(r() * people.length)]! : undefined;
    if (!p) {
      const first = pick(FIRST);
      const last = pick(LAST);
      p = { first, last, phone: `0${pick(['151', '160', '171', '30', '89'])} ${digits(r, 7)}`, email: `${ascii(first)}.${ascii(last)}@${pick(['firma', 'beispiel', 'example', 'kanzlei'])}${Math.floor(r() * 50)}.de`, iban: iban(r) };
      people.push(p);
    }
    const line = pick([
      () => `Sehr geehrte Frau ${p.first} ${p.last}, vielen Dank für Ihre Nachricht vom ${1 + Math.floor(r() * 28)}.${1 + Math.floor(r() * 12)}.2024.`,
      () => `Bitte rufen Sie mich unter ${p.phone} an oder schreiben Sie an ${p.email}.`,
      () => `Die Überweisung auf das Konto ${p.iban} (Kontoinhaber: ${p.first} ${p.last}) ist eingegangen.`,
      () => `Dear Mr ${p.last}, please find attached the invoice for order ${digits(r, 6)}.`,
      () => `Contact: ${p.first} ${p.last}, phone ${p.phone}, e-mail ${p.email}`,
      () => `Mit freundlichen Grüßen\n${p.first} ${p.last}`,
      () => `Laut Herrn ${p.last} ist der Vorgang abgeschlossen.`,
      () => pick(FILLER),
      () => pick(FILLER),
    ])();
    lines.push(line);
    length += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}
