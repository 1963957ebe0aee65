import type { EntityType } from '../types.js';

/** One rule per kind of personal data, shared by SARIF (rules) and GitHub annotations (titles). */
export interface RuleInfo {
  id: string;
  name: string;
  title: string;
  description: string;
}

export const RULES: Record<EntityType, RuleInfo> = {
  PERSON: {
    id: 'pii/person',
    name: 'PersonName',
    title: 'Personal name',
    description: "A person's name. Names identify people; keep them out of text sent to LLMs, logs and fixtures.",
  },
  EMAIL: {
    id: 'pii/email',
    name: 'EmailAddress',
    title: 'E-mail address',
    description: 'An e-mail address. Use a reserved example domain (example.com, *.test) for sample data.',
  },
  PHONE: {
    id: 'pii/phone',
    name: 'PhoneNumber',
    title: 'Phone number',
    description: 'A phone number. Use a drama number (e.g. +49 30 23125 xxx, 07700 900xxx, 555-01xx) for sample data.',
  },
  IBAN: {
    id: 'pii/iban',
    name: 'Iban',
    title: 'IBAN',
    description: 'An international bank account number (valid check digits). Use a documentation sample such as DE89 3704 0044 0532 0130 00.',
  },
};

export const HELP =
  'Remove or pseudonymize the value (`anonymize` replaces it with a token), or, if it is not personal data, ' +
  'add it to the allow list in .anonymize.json, mark the line with an `anonymize-ignore` comment, or accept it ' +
  'with a baseline (`anonymize scan --write-baseline .anonymize-baseline.json`).';
