import { ENTITY_TYPES, type EntityType } from '../types.js';
import type { VaultEntry, VaultState } from './format.js';

const TYPE_INDEX: ReadonlyMap<string, number> = new Map(ENTITY_TYPES.map((t, i) => [t, i]));
const ID_RE = /^([A-Z][A-Z0-9]*)_([1-9][0-9]*)$/;
const NONE = -1;

export function typeIndex(type: EntityType): number {
  return TYPE_INDEX.get(type)!;
}

/**
 * The vault's entries in memory, as columns indexed by slot (insertion order) rather than one
 * object per entry in two Maps. Why: a long run keeps the whole vault live, and V8's heap (and
 * every full GC) scales with the number of objects. 250,000 entries took 54 MB as frozen objects
 * keyed by id and by value; as columns they take about a third of that, and ids are not kept as
 * strings at all (an id is its type and number). Entry objects are built on demand.
 *
 * A removed entry leaves a hole (value undefined) until holes outnumber live entries; then the
 * columns are compacted, which renumbers slots and bumps `epoch`.
 */
export class EntryStore {
  private values: (string | undefined)[] = [];
  private types: number[] = [];
  private nums: number[] = [];
  private first: number[] = [];
  private last: number[] = [];
  /** Sparse: slot → parent id. */
  private parents = new Map<number, string>();
  private slotOfValue = new Map<string, number>();
  /** Per type index: id number → slot (NONE once removed). */
  private slotOfNum: number[][] = ENTITY_TYPES.map(() => []);
  private holes = 0;
  /** Bumped when slots are removed or renumbered — not on appends (see KnownCursor). */
  epoch = 0;
  /** Bumped on every change (appends, touches, removals): tells a cached snapshot it is stale. */
  version = 0;

  /** Builds the store from a decoded payload; returns the index of a duplicate id or value instead. */
  static from(state: VaultState): EntryStore | number {
    const s = new EntryStore();
    const n = state.values.length;
    for (let i = 0; i < n; i++) {
      const value = state.values[i]!;
      const t = state.types[i]!;
      const num = state.nums[i]!;
      if (s.slotOfValue.has(value) || s.slotOfNum[t]![num] !== undefined) return i;
      s.pushSlot(t, num, value, state.firstSeen[i]!, state.lastSeen[i]!);
    }
    for (const [i, p] of state.parents) s.parents.set(i, p);
    return s;
  }

  /** Live entries. */
  get size(): number {
    return this.slotOfValue.size;
  }

  /** Slots in use, holes included: the end of the list for incremental readers. */
  get slots(): number {
    return this.values.length;
  }

  findValue(value: string): number | undefined {
    return this.slotOfValue.get(value);
  }

  findId(id: string): number | undefined {
    const m = ID_RE.exec(id);
    const t = m ? TYPE_INDEX.get(m[1]!) : undefined;
    if (t === undefined) return undefined;
    const slot = this.slotOfNum[t]![Number(m![2])];
    return slot === undefined || slot === NONE ? undefined : slot;
  }

  /** Value at a slot; undefined for a hole. */
  valueAt(slot: number): string | undefined {
    return this.values[slot];
  }

  typeAt(slot: number): EntityType {
    return ENTITY_TYPES[this.types[slot]!]!;
  }

  idAt(slot: number): string {
    return `${ENTITY_TYPES[this.types[slot]!]}_${this.nums[slot]}`;
  }

  lastSeenAt(slot: number): number {
    return this.last[slot]!;
  }

  entryAt(slot: number): VaultEntry {
    const parent = this.parents.get(slot);
    const id = this.idAt(slot);
    const type = this.typeAt(slot);
    const value = this.values[slot]!;
    const firstSeen = this.first[slot]!;
    const lastSeen = this.last[slot]!;
    return Object.freeze(parent === undefined ? { id, type, value, firstSeen, lastSeen } : { id, type, value, parent, firstSeen, lastSeen });
  }

  /** Sets lastSeen to `now` if that is later; returns whether it changed. */
  touch(slot: number, now: number): boolean {
    if (this.last[slot]! >= now) return false;
    this.last[slot] = now;
    this.version++;
    return true;
  }

  append(type: EntityType, num: number, value: string, now: number, parent?: string): number {
    const slot = this.pushSlot(typeIndex(type), num, value, now, now);
    if (parent !== undefined) this.parents.set(slot, parent);
    return slot;
  }

  remove(slot: number): void {
    const value = this.values[slot];
    if (value === undefined) return;
    this.slotOfValue.delete(value);
    this.slotOfNum[this.types[slot]!]![this.nums[slot]!] = NONE;
    this.values[slot] = undefined;
    this.parents.delete(slot);
    this.holes++;
    this.epoch++;
    this.version++;
    if (this.holes > 1024 && this.holes * 2 > this.values.length) this.compact();
  }

  /** Live slots in insertion order, from slot `from` on. */
  *liveSlots(from = 0): Generator<number> {
    const v = this.values;
    for (let i = from; i < v.length; i++) if (v[i] !== undefined) yield i;
  }

  /** The payload columns (live entries only). */
  toState(counters: Record<string, number>, meta: VaultState['meta']): VaultState {
    const state: VaultState = { counters, meta, types: [], nums: [], values: [], firstSeen: [], lastSeen: [], parents: new Map() };
    for (const i of this.liveSlots()) {
      const p = this.parents.get(i);
      if (p !== undefined) state.parents.set(state.values.length, p);
      state.types.push(this.types[i]!);
      state.nums.push(this.nums[i]!);
      state.values.push(this.values[i]!);
      state.firstSeen.push(this.first[i]!);
      state.lastSeen.push(this.last[i]!);
    }
    return state;
  }

  private pushSlot(t: number, num: number, value: string, first: number, last: number): number {
    const slot = this.values.length;
    this.values.push(value);
    this.types.push(t);
    this.nums.push(num);
    this.first.push(first);
    this.last.push(last);
    this.slotOfValue.set(value, slot);
    this.slotOfNum[t]![num] = slot;
    this.version++;
    return slot;
  }

  private compact(): void {
    const old = this.toState({}, { created: 0 });
    const fresh = EntryStore.from(old) as EntryStore;
    this.values = fresh.values;
    this.types = fresh.types;
    this.nums = fresh.nums;
    this.first = fresh.first;
    this.last = fresh.last;
    this.parents = fresh.parents;
    this.slotOfValue = fresh.slotOfValue;
    this.slotOfNum = fresh.slotOfNum;
    this.holes = 0;
    this.epoch++;
    this.version++;
  }
}
