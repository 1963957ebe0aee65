/**
 * Deterministic generator of mixed German/English business text with personal data sprinkled
 * in: letters, e-mails with signatures and forwarded headers, tickets, invoices and payment
 * reminders, SEPA CSV rows, HR forms, chat logs and meeting minutes. Used by the benchmarks,
 * never as a source of test expectations. Values come from faker (seeded), so every run of a
 * given seed produces the same text.
 */
import { de, en, Faker, tr, pl } from '@faker-js/faker';

export interface GeneratedDoc {
  text: string;
}

function makeFaker(seed: number, locale: 'de' | 'en'): Faker {
  const f = new Faker({ locale: locale === 'de' ? [de, tr, pl, en] : [en] });
  f.seed(seed);
  return f;
}

export class BusinessTextGenerator {
  private readonly fde: Faker;
  private readonly fen: Faker;
  private i = 0;

  constructor(seed = 42) {
    this.fde = makeFaker(seed, 'de');
    this.fen = makeFaker(seed + 1, 'en');
  }

  private germanPhone(f: Faker): string {
    return f.helpers.arrayElement([
      () => `0${f.helpers.arrayElement(['151', '160', '171', '176'])} ${f.string.numeric(7)}`,
      () => `+49 ${f.helpers.arrayElement(['30', '89', '40', '221'])} ${f.string.numeric(8)}`,
      () => `(0${f.helpers.arrayElement(['89', '30', '69'])}) ${f.string.numeric(4)} ${f.string.numeric(4)}`,
      () => `0${f.helpers.arrayElement(['171', '152'])}/${f.string.numeric(7)}`,
    ])();
  }

  private iban(f: Faker, country = 'DE'): string {
    return f.finance.iban({ formatted: true, countryCode: country });
  }

  private germanDoc(): string {
    const f = this.fde;
    const first = f.person.firstName();
    const last = f.person.lastName();
    const sex = f.helpers.arrayElement(['Frau', 'Herr']);
    const email = f.internet.email({ firstName: first, lastName: last }).toLowerCase();
    const phone = this.germanPhone(f);
    const city = f.location.city();
    const street = `${f.location.street()} ${f.number.int({ min: 1, max: 120 })}`;
    const sender = `${f.person.firstName()} ${f.person.lastName()}`;
    const amount = f.finance.amount({ min: 20, max: 9000, dec: 2 }).replace('.', ',');
    const date = `${f.number.int({ min: 1, max: 28 })}.${f.number.int({ min: 1, max: 12 })}.2026`;
    const nr = `RE-2026-${f.string.numeric(5)}`;
    switch (this.i % 7) {
      case 0:
        return `${f.company.name()}\n${street}\n${f.location.zipCode()} ${city}\n\n${city}, den ${date}\n\nBetreff: Zahlungserinnerung zur Rechnung ${nr}\n\nSehr geehrte${sex === 'Herr' ? 'r' : ''} ${sex} ${last},\n\nleider konnten wir bis heute keinen Zahlungseingang über ${amount} € feststellen. Bitte überweisen Sie den Betrag bis zum ${date} auf unser Konto IBAN ${this.iban(f)}. Für Rückfragen erreichen Sie uns unter ${phone} oder per E-Mail an ${email}.\n\nMit freundlichen Grüßen\n\n${sender}\nBuchhaltung\n`;
      case 1:
        return `Von: ${first} ${last} <${email}>\nGesendet: ${date} 09:${f.string.numeric(2)}\nAn: ${sender.toLowerCase().replace(' ', '.')}@firma-intern.de\nBetreff: AW: Termin am Donnerstag\n\nHallo ${sender.split(' ')[0]},\n\ndanke für die schnelle Rückmeldung. Der Termin am Donnerstag um 14:30 passt mir gut. Ich bringe die Unterlagen zum Projekt mit. Falls etwas dazwischenkommt, bin ich mobil unter ${phone} erreichbar.\n\nViele Grüße\n${first}\n\n--\n${first} ${last}\nTeamleitung Vertrieb | ${f.company.name()}\nTel. ${this.germanPhone(f)}\n`;
      case 2:
        return `Ticket #${f.string.numeric(6)} – Kunde meldet Fehler bei der Anmeldung\nAnsprechpartner: ${first} ${last}\nE-Mail: ${email}\nTelefon: ${phone}\n\nBeschreibung: Seit dem Update auf Version 4.2.1 kann sich ${sex} ${last} nicht mehr anmelden. Fehlermeldung: "Sitzung abgelaufen". Browser: Firefox 128. Bitte um Rückruf bis ${date}.\n`;
      case 3:
        return `Mitarbeiterstammblatt\nName: ${last}\nVorname: ${first}\nGeburtsdatum: ${f.number.int({ min: 1, max: 28 })}.0${f.number.int({ min: 1, max: 9 })}.19${f.number.int({ min: 60, max: 99 })}\nAnschrift: ${street}, ${f.location.zipCode()} ${city}\nBankverbindung: ${this.iban(f)}\nPersonalnummer: ${f.string.numeric(6)}\nEintritt: ${date}\n`;
      case 4:
        return `Protokoll der Teambesprechung vom ${date}\nAnwesend: ${first} ${last}, ${sender}, ${f.person.fullName()}\n\n1. Rückblick Quartal: Umsatz ${amount} Tsd. €, Ziel erreicht.\n2. ${sender} stellt die neue Preisliste vor; ${sex} ${last} übernimmt die Abstimmung mit dem Einkauf.\n3. Nächster Termin: ${date}, Raum 3.14.\n`;
      case 5:
        return `Auftraggeber;Name;IBAN;Betrag;Verwendungszweck\n${f.company.name()};${first} ${last};${this.iban(f).replace(/ /g, '')};${amount};${nr}\n${f.company.name()};${f.person.fullName()};${this.iban(f).replace(/ /g, '')};${f.finance.amount({ min: 5, max: 500, dec: 2 }).replace('.', ',')};Miete ${date}\n`;
      default:
        return `[${date} 10:${f.string.numeric(2)}] ${first}: kannst du ${sender.split(' ')[0]} kurz Bescheid geben? Nummer ist ${phone}\n[${date} 10:${f.string.numeric(2)}] ${sender.split(' ')[0]}: mach ich, schick mir noch die Mail von ${last} (${email})\n`;
    }
  }

  private englishDoc(): string {
    const f = this.fen;
    const first = f.person.firstName();
    const last = f.person.lastName();
    const email = f.internet.email({ firstName: first, lastName: last }).toLowerCase();
    const phone = f.helpers.arrayElement([`+44 20 7${f.string.numeric(3)} ${f.string.numeric(4)}`, `+1 415 ${f.string.numeric(3)} ${f.string.numeric(4)}`, `+49 30 ${f.string.numeric(8)}`]);
    const sender = f.person.fullName();
    switch (this.i % 4) {
      case 0:
        return `Dear ${first} ${last},\n\nthank you for your order #${f.string.numeric(7)} of ${f.number.int({ min: 2, max: 40 })} units. The invoice of €${f.finance.amount()} is due within 14 days; please transfer it to IBAN ${this.iban(f, 'GB')}. If you have questions, call me on ${phone} or write to ${email}.\n\nBest regards,\n${sender}\nAccounts Receivable\n`;
      case 1:
        return `From: ${first} ${last} <${email}>\nTo: support@company.io\nSubject: Re: refund request\n\nHi ${sender.split(' ')[0]},\n\nI still haven't received the refund for ticket ${f.string.numeric(5)}. Could you check with your finance team? My number is ${phone}.\n\nThanks,\n${first}\n`;
      case 2:
        return `Meeting notes ${f.date.month()} ${f.number.int({ min: 1, max: 28 })}\nAttendees: ${first} ${last}, ${sender}\n- ${last} will send the draft contract by Friday.\n- Budget approved at ${f.finance.amount()} USD; version 2.3.0 ships next sprint.\n`;
      default:
        return `Employee record\nName: ${first} ${last}\nEmail: ${email}\nPhone: ${phone}\nStart date: 2026-0${f.number.int({ min: 1, max: 9 })}-1${f.number.int({ min: 0, max: 9 })}\n`;
    }
  }

  /** The next document; about two German documents for every English one. */
  next(): string {
    this.i++;
    return this.i % 3 === 2 ? this.englishDoc() : this.germanDoc();
  }

  /** Text of at least `chars` characters, documents separated by blank lines. */
  generate(chars: number): string {
    const parts: string[] = [];
    let n = 0;
    while (n < chars) {
      const d = this.next() + '\n';
      parts.push(d);
      n += d.length;
    }
    return parts.join('');
  }
}
