import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { ScanFinding } from '../scan/types.js';
import { ENTITY_TYPES } from '../types.js';
import { HELP, RULES } from './rules.js';
import type { ReportContext, Reporter } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
export const FINGERPRINT_KEY = 'anonymizeValue/v1';

/** A SARIF artifact URI: relative paths percent-encoded per segment; absolute ones as file: URIs. */
export function artifactUri(uri: string): { uri: string; uriBaseId?: string } {
  if (uri.startsWith('/') || /^[A-Za-z]:\//.test(uri)) return { uri: pathToFileURL(uri).href };
  return { uri: uri.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function rules(): Sarif.ReportingDescriptor[] {
  return ENTITY_TYPES.map((t) => {
    const r = RULES[t];
    return {
      id: r.id,
      name: r.name,
      shortDescription: { text: `Personal data: ${r.title}` },
      fullDescription: { text: r.description },
      help: { text: HELP, markdown: HELP },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['privacy', 'pii', 'gdpr'], precision: t === 'PERSON' ? 'medium' : 'high', problem: { severity: 'error' } },
    };
  });
}

export function sarifResult(f: ScanFinding): Sarif.Result {
  const rule = RULES[f.type];
  return {
    ruleId: rule.id,
    ruleIndex: ENTITY_TYPES.indexOf(f.type),
    level: 'error',
    message: { text: `${rule.title} found: ${f.value ?? f.masked} (detector ${f.detector}, score ${f.score.toFixed(2)}).` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactUri(f.uri),
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            charOffset: f.start,
            charLength: f.end - f.start,
          },
        },
      },
    ],
    // The value's fingerprint plus its occurrence in the file: stable when lines move, distinct
    // for two copies of one value in one file.
    partialFingerprints: { [FINGERPRINT_KEY]: `${f.fingerprint}:${f.occurrence}` },
    properties: { type: f.type, score: f.score, detector: f.detector },
  };
}

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run, a rule per type of personal data,
 * results with a relative artifact URI under %SRCROOT%, a region and partialFingerprints; skipped
 * files and read errors as tool execution notifications. Streamed: results are written as files
 * finish, the invocation (which needs the totals) after them.
 */
export function sarifReporter(ctx: ReportContext): Reporter {
  let n = 0;
  return {
    begin() {
      const head = {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'anonymize',
                semanticVersion: ctx.toolVersion,
                version: ctx.toolVersion,
                informationUri: 'https://www.npmjs.com/package/anonymize',
                rules: rules(),
              },
            },
            originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.root.endsWith('/') ? ctx.root : `${ctx.root}/`).href } },
            columnKind: 'utf16CodeUnits',
            results: [] as Sarif.Result[],
          },
        ],
      } satisfies Sarif.Log;
      const text = JSON.stringify(head, null, 2);
      // Cut before the empty results array's closing bracket; findings are written into it.
      const at = text.lastIndexOf('"results": [');
      return `${text.slice(0, at)}"results": [`;
    },
    finding(f) {
      return `${n++ ? ',' : ''}\n        ${JSON.stringify(sarifResult(f))}`;
    },
    end(summary, skipped, errors) {
      const notifications: Sarif.Notification[] = [
        ...errors.map(
          (e): Sarif.Notification => ({
            level: 'error',
            message: { text: `Not scanned: ${e.message}.` },
            locations: [{ physicalLocation: { artifactLocation: artifactUri(e.uri) } }],
          }),
        ),
        ...skipped.map(
          (s): Sarif.Notification => ({
            level: 'note',
            message: {
              text: s.reason === 'binary' ? 'Skipped: binary data.' : s.reason === 'encoding' ? 'Skipped: not valid UTF-8 text.' : 'Skipped: larger than the size limit.',
            },
            locations: [{ physicalLocation: { artifactLocation: artifactUri(s.uri) } }],
          }),
        ),
      ];
      const invocation: Sarif.Invocation = {
        executionSuccessful: errors.length === 0,
        toolExecutionNotifications: notifications.length ? notifications : undefined,
        properties: { summary },
      };
      const tail = JSON.stringify([invocation], null, 2)
        .split('\n')
        .map((l, i) => (i ? `      ${l}` : l))
        .join('\n');
      return `${n ? '\n      ' : ''}],\n      "invocations": ${tail}\n    }\n  ]\n}\n`;
    },
  };
}
