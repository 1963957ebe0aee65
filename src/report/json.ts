import type { ScanFinding } from '../scan/types.js';
import type { Reporter } from './types.js';

/** The stable JSON shape of one finding (keys in this order; "value" only with --show-values). */
export function jsonFinding(f: ScanFinding): Record<string, unknown> {
  const o: Record<string, unknown> = {
    path: f.path,
    type: f.type,
    start: f.start,
    end: f.end,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    score: f.score,
    detector: f.detector,
    fingerprint: f.fingerprint,
    occurrence: f.occurrence,
    masked: f.masked,
  };
  if (f.value !== undefined) o.value = f.value;
  return o;
}

/**
 * {"findings": [...], "summary": {...}, "skipped": [...], "errors": [...]}, streamed: one finding
 * per line as files finish, so a huge report is never held in memory.
 */
export function jsonReporter(): Reporter {
  let n = 0;
  return {
    begin: () => '{"findings": [',
    finding(f) {
      return `${n++ ? ',' : ''}\n  ${JSON.stringify(jsonFinding(f))}`;
    },
    end(summary, skipped, errors) {
      const tail = {
        summary,
        skipped: skipped.map((s) => ({ path: s.path, reason: s.reason })),
        errors: errors.map((e) => ({ path: e.path, message: e.message })),
      };
      const rest = JSON.stringify(tail, null, 2).slice(1); // drop the opening brace: continues the object
      return `${n ? '\n' : ''}],${rest.startsWith('\n') ? rest : `\n${rest}`}\n`;
    },
  };
}
