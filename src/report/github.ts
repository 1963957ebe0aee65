import type { ScanFinding } from '../scan/types.js';
import { RULES } from './rules.js';
import type { Reporter } from './types.js';

/** Escaping of a workflow command's message (the part after "::"). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value (file=…, title=…). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: each finding becomes an error annotation on its line in the
 * pull request ("::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message").
 */
export function githubReporter(): Reporter {
  return {
    begin: () => '',
    finding(f: ScanFinding) {
      const rule = RULES[f.type];
      const props = [
        `file=${escapeProperty(f.uri)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`Personal data: ${rule.title}`)}`,
      ];
      const msg = `${f.type} ${f.value ?? f.masked} (detector ${f.detector}, score ${f.score.toFixed(2)})`;
      return `::error ${props.join(',')}::${escapeData(msg)}\n`;
    },
    end(_summary, _skipped, errors) {
      return errors.map((e) => `::error file=${escapeProperty(e.uri)},title=${escapeProperty('anonymize scan: file not scanned')}::${escapeData(e.message)}\n`).join('');
    },
  };
}
