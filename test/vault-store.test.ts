/**
 * The vault's in-memory columns (EntryStore) and the incremental known-values access built on
 * them: removal, compaction and the epoch that tells an index it must start over.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntryStore } from '../src/vault/store.js';
import { decodePayload, payloadPieces } from '../src/vault/format.js';
import { Vault, createKeyFile } from '../src/vault/index.js';
import { VaultDetector } from '../src/pseudonymize/session.js';

describe('EntryStore', () => {
  it('finds entries by value and by id, and builds frozen entry objects', () => {
    const s = new EntryStore();
    const a = s.append('PERSON', 1, 'Ayşe Demir', 1000);
    const b = s.append('PERSON', 2, 'Demir', 1000, 'PERSON_1');
    s.append('EMAIL', 7, 'a.demir@beispiel.de', 2000);
    expect(s.size).toBe(3);
    expect(s.findValue('Demir')).toBe(b);
    expect(s.findId('PERSON_1')).toBe(a);
    expect(s.findId('EMAIL_7')).toBe(2);
    expect(s.findId('EMAIL_1')).toBeUndefined();
    expect(s.findId('NAME_1')).toBeUndefined();
    expect(s.findId('PERSON_01')).toBeUndefined();
    const e = s.entryAt(b);
    expect(e).toEqual({ id: 'PERSON_2', type: 'PERSON', value: 'Demir', parent: 'PERSON_1', firstSeen: 1000, lastSeen: 1000 });
    expect(Object.isFrozen(e)).toBe(true);
  });

  it('touch only moves lastSeen forward', () => {
    const s = new EntryStore();
    const a = s.append('PHONE', 1, '0171 2345678', 5000);
    expect(s.touch(a, 4000)).toBe(false);
    expect(s.touch(a, 6000)).toBe(true);
    expect(s.entryAt(a).lastSeen).toBe(6000);
    expect(s.entryAt(a).firstSeen).toBe(5000);
  });

  it('keeps insertion order, lookups and parents across removals and compaction', () => {
    const s = new EntryStore();
    for (let i = 1; i <= 5000; i++) s.append('PERSON', i, `Name${i}`, i, i > 1 && i % 2 === 0 ? `PERSON_${i - 1}` : undefined);
    const epoch = s.epoch;
    // Remove 4000 of them: holes outnumber live entries, so the columns are compacted.
    for (let i = 1; i <= 5000; i++) if (i % 5 !== 0) s.remove(s.findId(`PERSON_${i}`)!);
    expect(s.epoch).toBeGreaterThan(epoch);
    expect(s.size).toBe(1000);
    expect(s.slots).toBeLessThan(2000); // compacted on the way
    const live = [...s.liveSlots()].map((slot) => s.entryAt(slot));
    expect(live.map((e) => e.id)).toEqual(Array.from({ length: 1000 }, (_, k) => `PERSON_${(k + 1) * 5}`));
    expect(live[1]).toMatchObject({ value: 'Name10', parent: 'PERSON_9', firstSeen: 10 });
    expect(live[0]!.parent).toBeUndefined();
    expect(s.findValue('Name7')).toBeUndefined();
    expect(s.findId('PERSON_7')).toBeUndefined();
    expect(s.entryAt(s.findValue('Name4995')!).id).toBe('PERSON_4995');
  });

  it('round-trips through the payload columns and rejects duplicates', () => {
    const s = new EntryStore();
    s.append('PERSON', 1, 'Anna Weber', 1);
    s.append('PERSON', 2, 'Weber', 2, 'PERSON_1');
    s.append('IBAN', 3, 'DE44500105175407324931', 3);
    s.remove(s.findId('PERSON_1')!);
    const state = s.toState({ PERSON: 2, IBAN: 3 }, { created: 0 });
    expect(state.values).toEqual(['Weber', 'DE44500105175407324931']);
    expect([...state.parents]).toEqual([[0, 'PERSON_1']]);
    const back = EntryStore.from(state) as EntryStore;
    expect([...back.liveSlots()].map((i) => back.entryAt(i))).toEqual([...s.liveSlots()].map((i) => s.entryAt(i)));
    expect(EntryStore.from({ ...state, values: ['Weber', 'Weber'] })).toBe(1);
    expect(EntryStore.from({ ...state, nums: [2, 2], types: [0, 0] })).toBe(1);
  });
});

describe('Vault.knownSince and VaultDetector', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'vault-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const openVault = async () => {
    const keyPath = path.join(dir, 'k.key');
    await createKeyFile(keyPath);
    return Vault.open({ path: path.join(dir, 'v.anv'), key: { kind: 'keyfile', path: keyPath }, onNotice: () => {} });
  };

  it('hands out only what was added since, and everything again after a removal', async () => {
    const v = await openVault();
    v.add('PERSON', 'Jörg Lindqvist');
    const first = v.knownSince(null);
    expect(first.reset).toBe(true);
    expect([...first.values]).toEqual([{ type: 'PERSON', value: 'Jörg Lindqvist' }]);
    v.add('EMAIL', 'jl@beispiel.de');
    expect(v.knownPending(first.cursor)).toBe(1);
    const next = v.knownSince(first.cursor);
    expect(next.reset).toBe(false);
    expect([...next.values]).toEqual([{ type: 'EMAIL', value: 'jl@beispiel.de' }]);
    v.remove(v.findByValue('Jörg Lindqvist')!.id);
    expect(v.knownPending(next.cursor)).toBe(-1);
    const again = v.knownSince(next.cursor);
    expect(again.reset).toBe(true);
    expect([...again.values]).toEqual([{ type: 'EMAIL', value: 'jl@beispiel.de' }]);
  });

  it('a detector stops finding a value once it is forgotten from the vault', async () => {
    const v = await openVault();
    // A word no detector would flag on its own: only the vault makes it a name. (After "ist"
    // alone, a capitalised word that is no German word reads as a name to the person model;
    // after an article it is a noun.)
    v.add('PERSON', 'Quxlerbix');
    const d = new VaultDetector(v);
    const text = 'Im Ticket steht quxlerbix, gemeint ist die Quxlerbix.';
    expect(d.detect(text).map((f) => text.slice(f.start, f.end))).toEqual(['Quxlerbix']);
    v.remove(v.findByValue('Quxlerbix')!.id);
    expect(d.detect(text)).toEqual([]);
  });
});

describe('payloadPieces', () => {
  it('is the columnar payload document, in pieces, whatever the batch size', () => {
    const s = new EntryStore();
    for (let i = 1; i <= 2500; i++) s.append(i % 3 ? 'PERSON' : 'EMAIL', i, `Ñame "${i}" ş\\x`, 1_700_000_000_000 + i, i % 7 === 0 ? `PERSON_${i - 1}` : undefined);
    const st = s.toState({ PERSON: 2500, EMAIL: 2500 }, { created: 5, retentionMs: 9 });
    const parent: Record<string, string> = {};
    for (const [i, p] of st.parents) parent[i] = p;
    const ids = st.values.map((_, i) => `${['PERSON', 'EMAIL', 'PHONE', 'IBAN'][st.types[i]!]}_${st.nums[i]}`);
    const whole = JSON.stringify({ counters: st.counters, meta: st.meta, entries: { id: ids, value: st.values, firstSeen: st.firstSeen, lastSeen: st.lastSeen, parent } });
    for (const batch of [1, 7, 1000, 5000]) {
      const pieces = [...payloadPieces(st, batch)];
      expect(pieces.join('')).toBe(whole);
      if (batch < 2500) expect(pieces.length).toBeGreaterThan(4 * Math.ceil(2500 / batch));
    }
    const back = decodePayload(Buffer.from([...payloadPieces(st, 100)].join('')), 'test');
    expect(back.values).toEqual(st.values);
    expect([...back.parents]).toEqual([...st.parents]);
  });
});
