import { Chalk } from 'chalk';
import type { ScanFinding } from '../scan/types.js';
import type { ReportContext, Reporter } from './types.js';

/** path:line:col  TYPE  masked-value  detector — one line per finding, the shape editors link. */
export function textReporter(ctx: ReportContext): Reporter {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const typeColor = { PERSON: c.magenta, EMAIL: c.cyan, PHONE: c.yellow, IBAN: c.green };
  return {
    begin: () => '',
    finding(f: ScanFinding) {
      const where = `${f.path}:${f.line}:${f.column}`;
      const shown = f.value ?? f.masked;
      return `${c.bold(where)}  ${typeColor[f.type](f.type)}  ${shown}  ${c.dim(f.detector)}\n`;
    },
    end: () => '',
  };
}
