import { remember } from '../util/memo.js';
import { ownString } from '../util/own-string.js';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import type { EntityType } from '../types.js';

/**
 * Fingerprints identify a finding across runs without containing the value: HMAC-SHA256 over
 * (type, normalised value, path). The key decides who can test a guess against a fingerprint:
 *
 * - a random salt stored in the baseline file (the default for baselines): anyone who reads the
 *   repository can try guesses, but only one at a time for this repository; precomputed tables
 *   and matching the same value across repositories do not work.
 * - ANONYMIZE_FINGERPRINT_KEY (a CI secret): without the secret nobody can test guesses at all.
 * - the public default key (reports without a baseline or secret): stable fingerprints, but
 *   only a shield against reading, not against guessing.
 *
 * Low-entropy values stay guessable whenever the key is known: a German mobile number has at
 * most ~10^10 candidates, a few minutes of HMACs on one GPU; names fall to a name list. That is
 * why the secret key exists; docs/scan.md spells out the trade-off.
 */
export const FINGERPRINT_VERSION = 'v1';
export const FINGERPRINT_KEY_ENV = 'ANONYMIZE_FINGERPRINT_KEY';
/** Used when there is neither a baseline salt nor a secret: fingerprints are stable, not secret. */
export const PUBLIC_FINGERPRINT_KEY = Buffer.from('anonymize public fingerprint key v1', 'utf8');

export function newSalt(): Buffer {
  return randomBytes(32);
}

/** A key from a secret of any length (the environment variable's text). */
export function keyFromSecret(secret: string): Buffer {
  return createHash('sha256').update('anonymize fingerprint key\0').update(secret, 'utf8').digest();
}

/** A short check value that tells whether a later run uses the same key, revealing nothing of it. */
export function keyCheck(key: Buffer): string {
  return createHmac('sha256', key).update('anonymize key check').digest('hex').slice(0, 16);
}

/**
 * The form of a value that should count as "the same" value: case and layout do not matter for
 * e-mail addresses and IBANs, phone numbers are compared as E.164 where they parse, names by
 * their letters with whitespace collapsed.
 */
export function normalizeValue(type: EntityType, value: string, region = 'DE'): string {
  const v = value.normalize('NFC').trim();
  switch (type) {
    case 'EMAIL':
      return v.toLowerCase();
    case 'IBAN':
      return v.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    case 'PHONE': {
      const key = `${region}\0${v}`;
      let n = phoneForms.get(key);
      if (n === undefined) {
        n = normalizePhone(v, region);
        // The value a copy too: a slice of the file would keep its text alive as long as the entry.
        remember(phoneForms, PHONE_FORMS, key, ownString(n));
      }
      return n;
    }
    case 'PERSON':
      return v.replace(/\s+/g, ' ').toLowerCase();
  }
}

/**
 * Parsed phone forms, because parsing is most of a fingerprint's cost and the same numbers recur
 * across the files of a tree (fixtures copied around, one signature in every mail). Bounded: a
 * tree with more distinct numbers only starts over.
 */
const phoneForms = new Map<string, string>();
const PHONE_FORMS = 20_000;

function normalizePhone(v: string, region: string): string {
  try {
    const p = parsePhoneNumberFromString(v, region.toUpperCase() as CountryCode);
    if (p?.number) return p.number;
  } catch {
    // fall through to the digits
  }
  const digits = v.replace(/\D/g, '');
  return v.startsWith('+') ? `+${digits}` : v.startsWith('00') ? `+${digits.slice(2)}` : digits;
}

/** Path as it goes into a fingerprint: relative to the repository root, forward slashes. */
export function fingerprint(key: Buffer, type: EntityType, value: string, path: string, region = 'DE'): string {
  return createHmac('sha256', key)
    .update(`${FINGERPRINT_VERSION}\0${type}\0${normalizeValue(type, value, region)}\0${path}`, 'utf8')
    .digest('hex');
}
