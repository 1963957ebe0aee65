import type { AllowEntry } from '../detect/pipeline.js';
import type { EntityType } from '../types.js';

/**
 * Well-known example data that appears in documentation, tests and fixtures everywhere and is
 * nobody's personal data. `anonymize scan` ignores it by default (config `builtinAllow: false`
 * or `--no-builtin-allow` turns that off); library users can pass BUILTIN_ALLOW to
 * `new Pipeline({ allow: [...BUILTIN_ALLOW] })`.
 *
 * Each entry is a regular expression that must match a finding's whole surface (the Pipeline's
 * allow-list semantics), tolerant of the layouts people write: spaces, dashes, dots, slashes,
 * "+49 (0)30" or "030", any letter case.
 */
export interface BuiltinAllowGroup {
  type: EntityType;
  /** What the entries are and where the list comes from. */
  source: string;
  entries: readonly RegExp[];
}

// Between the digits of a phone number: nothing, or separators people write.
const SEP = '[\\s./()\\u2011-]*';

/**
 * A phone-number range: country calling code, national significant number prefix (without the
 * trunk "0"), and how many free digits follow. Matches "+49 30 23125 123", "0049 (0)30-23125123",
 * "030 / 23125 123" alike.
 */
function phoneRange(cc: string, nsnPrefix: string, free: number, trunk = '0'): RegExp {
  const intl = `(?:\\+|00)${SEP}${cc}${SEP}(?:\\(${trunk}\\)${SEP})?`;
  const national = trunk ? `\\(?${trunk}` : '';
  const prefix = nsnPrefix.split('').join(SEP);
  return new RegExp(`(?:${intl}|${national})${SEP}${prefix}(?:${SEP}\\d){${free}}`, 'u');
}

/** An IBAN in any letter case, with or without spaces (or dashes, dots) between characters. */
function iban(compact: string): RegExp {
  return new RegExp(compact.split('').join('[\\s.\\-]?'), 'iu');
}

export const BUILTIN_ALLOW_GROUPS: readonly BuiltinAllowGroup[] = [
  {
    type: 'EMAIL',
    source:
      'Reserved example domains: example.com, example.net, example.org and their subdomains (RFC 2606, RFC 6761); ' +
      'the reserved top-level domains .example, .test, .invalid and .localhost (RFC 2606, RFC 6761).',
    entries: [
      /[^\s@]+@(?:[a-z0-9-]+\.)*example\.(?:com|net|org)\.?/iu,
      /[^\s@]+@(?:[a-z0-9-]+\.)*(?:example|test|invalid|localhost)\.?/iu,
    ],
  },
  {
    type: 'PHONE',
    source:
      'Drama numbers, never assigned to anyone: Bundesnetzagentur (Amtsblatt 7/2021, Mitteilung 148/2021) ' +
      '(0)30 23125 xxx, (0)69 90009 xxx, (0)40 66969 xxx, (0)221 4710 xxx, (0)89 99998 xxx and the mobile ' +
      'numbers 0152 28817386 and 0172 9980752; Ofcom "TV and radio drama" ranges 020 7946 0xxx, 0113/0114/0115/' +
      '0116/0117/0118/0121/0131/0141/0151/0161 496 0xxx, 028 9649 6xxx, 029 2018 0xxx, 01632 960xxx, 07700 900xxx, ' +
      '0808 157 0xxx, 0909 879 0xxx, 03069 990xxx; NANPA fictitious numbers 555-0100 to 555-0199 (any area code).',
    entries: [
      // Germany (+49)
      phoneRange('49', '3023125', 3),
      phoneRange('49', '6990009', 3),
      phoneRange('49', '4066969', 3),
      phoneRange('49', '2214710', 3),
      phoneRange('49', '8999998', 3),
      phoneRange('49', '15228817386', 0),
      phoneRange('49', '1729980752', 0),
      // United Kingdom (+44)
      phoneRange('44', '2079460', 3),
      ...['113', '114', '115', '116', '117', '118', '121', '131', '141', '151', '161'].map((a) => phoneRange('44', `${a}4960`, 3)),
      phoneRange('44', '2896496', 3),
      phoneRange('44', '2920180', 3),
      phoneRange('44', '1632960', 3),
      phoneRange('44', '7700900', 3),
      phoneRange('44', '8081570', 3),
      phoneRange('44', '9098790', 3),
      phoneRange('44', '3069990', 3),
      // North America (+1): 555-01XX in any area code, with or without the area code.
      new RegExp(`(?:(?:\\+|00)?${SEP}1${SEP})?(?:\\(?[2-9]\\d\\d\\)?${SEP})?555${SEP}0${SEP}1(?:${SEP}\\d){2}`, 'u'),
    ],
  },
  {
    type: 'PERSON',
    source:
      'Placeholder names: Max and Erika Mustermann (German specimen documents, e.g. the ID card sample) and the ' +
      'surname Mustermann alone; John Doe and Jane Doe (English placeholder names).',
    entries: [/(?:(?:Max|Erika)\s+)?Mustermann/u, /(?:John|Jane)\s+Doe/u],
  },
  {
    type: 'IBAN',
    source:
      'Example IBANs from the SWIFT IBAN Registry (one per country) and ECBS/ISO 13616 documentation, ' +
      'e.g. DE89 3704 0044 0532 0130 00 and GB82 WEST 1234 5698 7654 32.',
    entries: [
      'DE89370400440532013000', // DE: SWIFT registry example, the most copied sample IBAN
      'GB82WEST12345698765432', // GB: ECBS / ISO 13616 example
      'GB29NWBK60161331926819', // GB: SWIFT registry example
      'AT611904300234573201', // AT
      'BE68539007547034', // BE
      'CH9300762011623852957', // CH
      'DK5000400440116243', // DK
      'ES9121000418450200051332', // ES
      'FI2112345600000785', // FI
      'FR1420041010050500013M02606', // FR
      'IE29AIBK93115212345678', // IE
      'IT60X0542811101000000123456', // IT
      'LU280019400644750000', // LU
      'NL91ABNA0417164300', // NL
      'NO9386011117947', // NO
      'PL61109010140000071219812874', // PL
      'PT50000201231234567890154', // PT
      'SE4550000000058398257466', // SE
    ].map(iban),
  },
];

/**
 * The whole list as one regular expression, ready for PipelineOptions.allow: one test per
 * finding instead of one per entry (the Pipeline tries allow entries one by one). Letter case
 * is ignored throughout ("MAX MUSTERMANN" is the same placeholder).
 */
export const BUILTIN_ALLOW_REGEX: RegExp = new RegExp(
  BUILTIN_ALLOW_GROUPS.flatMap((g) => g.entries.map((r) => `(?:${r.source})`)).join('|'),
  'iu',
);

export const BUILTIN_ALLOW: readonly AllowEntry[] = [BUILTIN_ALLOW_REGEX];

/** True when `value` (a whole finding surface) is well-known example data of that type. */
export function isBuiltinAllowed(type: EntityType, value: string): boolean {
  for (const g of BUILTIN_ALLOW_GROUPS) {
    if (g.type !== type) continue;
    for (const r of g.entries) if (new RegExp(`^(?:${r.source})$`, r.flags).test(value)) return true;
  }
  return false;
}
