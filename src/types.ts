/** The kinds of personal data anonymize detects. */
export const ENTITY_TYPES = ['PERSON', 'EMAIL', 'PHONE', 'IBAN'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(s: string): s is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(s);
}

/**
 * One detected span. Offsets are UTF-16 code units into the input string (JavaScript string
 * indices), end exclusive, so `text.slice(start, end)` is the surface.
 */
export interface Finding {
  type: EntityType;
  start: number;
  end: number;
  /** Confidence 0–1. */
  score: number;
  /** Which detector produced it (for reports and debugging; never the value). */
  detector: string;
}
