import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import { Pipeline } from '../detect/pipeline.js';
import { UserError } from '../errors.js';
import { decodeUtf8, NotTextError } from '../io/text-input.js';
import { maskValue } from '../report/mask.js';
import { lowerBound } from '../util/sorted.js';
import { fingerprint } from './fingerprint.js';
import type { FileResult, ScanEngineOptions, ScanFinding, ScanJob } from './types.js';

/** Texts are detected in chunks of about this many UTF-16 units, cut at line ends. */
export const CHUNK = 1 << 20;
/** Files up to this size are read in one go; larger ones are streamed. */
const WHOLE_FILE = 4 << 20;

const SAME_LINE = /anonymize-ignore(?!-next-line)/;
const NEXT_LINE = 'anonymize-ignore-next-line';
const MARKER = 'anonymize-ignore';

/** Where a chunk starts in its file, and what the lines before it said. */
interface Cursor {
  base: number;
  line: number;
  /** Columns of the current line already consumed by earlier chunks (a line longer than a chunk). */
  col: number;
  /** The line before the current one carried anonymize-ignore-next-line. */
  prevNext: boolean;
}

function newlines(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

/** Where to cut a buffer that grew past CHUNK: after its last newline, or at a space in a giant line. */
function cutPoint(buf: string): number {
  const nl = buf.lastIndexOf('\n');
  if (nl >= 0) return nl + 1;
  if (buf.length < 4 * CHUNK) return 0; // wait for the line to end
  const ws = buf.slice(0, buf.length - 1024).search(/\s\S*$/);
  let cut = ws > 0 ? ws + 1 : buf.length - 1024;
  const c = buf.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--; // never split a surrogate pair
  return cut;
}

/**
 * Scans text for personal data with one reusable Pipeline: chunked (bounded memory for any file
 * size), with 1-based line/column positions, inline suppression comments and fingerprints.
 */
export class TextScanner {
  readonly pipeline: Pipeline;
  private readonly key: Buffer;

  constructor(readonly options: ScanEngineOptions) {
    this.pipeline = new Pipeline(options.pipeline);
    this.key = Buffer.from(options.key);
  }

  /** Scans text given in pieces of any size. */
  async scanPieces(pieces: AsyncIterable<string> | Iterable<string>, job: Pick<ScanJob, 'path' | 'uri'>): Promise<{ findings: ScanFinding[]; suppressed: number }> {
    const cur: Cursor = { base: 0, line: 1, col: 0, prevNext: false };
    const out: ScanFinding[] = [];
    const occ = new Map<string, number>();
    const seen = new Map<string, { fp: string; masked: string }>();
    let suppressed = 0;
    let buf = '';
    const run = (text: string) => {
      suppressed += this.scanChunk(text, cur, job, occ, seen, out);
    };
    for await (const piece of pieces) {
      buf = buf ? buf + piece : piece;
      while (buf.length >= CHUNK) {
        const cut = cutPoint(buf);
        if (cut === 0) break;
        run(buf.slice(0, cut));
        buf = buf.slice(cut);
      }
    }
    if (buf) run(buf);
    return { findings: out, suppressed };
  }

  private scanChunk(
    text: string,
    cur: Cursor,
    job: Pick<ScanJob, 'path' | 'uri'>,
    occ: Map<string, number>,
    seen: Map<string, { fp: string; masked: string }>,
    out: ScanFinding[],
  ): number {
    const found = this.pipeline.detect(text);
    const markers = this.options.inlineIgnore && (cur.prevNext || text.includes(MARKER));
    const nls = found.length || markers ? newlines(text) : null;
    let suppressed = 0;
    const lineStart = (li: number) => (li === 0 ? 0 : nls![li - 1]! + 1);
    const lineEnd = (li: number) => (li < nls!.length ? nls![li]! : text.length);
    for (const f of found) {
      const li = lowerBound(nls!, f.start);
      if (markers) {
        const own = text.slice(lineStart(li), lineEnd(li));
        const before = li === 0 ? cur.prevNext : text.slice(lineStart(li - 1), lineEnd(li - 1)).includes(NEXT_LINE);
        if (before || SAME_LINE.test(own)) {
          suppressed++;
          continue;
        }
      }
      const lj = lowerBound(nls!, f.end);
      const value = text.slice(f.start, f.end);
      // Values repeat within a file (a name is mentioned again and again): fingerprint and mask
      // once per distinct value.
      const ck = `${f.type}\0${value}`;
      let known = seen.get(ck);
      if (!known) {
        known = { fp: fingerprint(this.key, f.type, value, job.uri, this.options.region), masked: maskValue(f.type, value) };
        seen.set(ck, known);
      }
      const fp = known.fp;
      const n = occ.get(fp) ?? 0;
      occ.set(fp, n + 1);
      const finding: ScanFinding = {
        path: job.path,
        uri: job.uri,
        type: f.type,
        start: cur.base + f.start,
        end: cur.base + f.end,
        line: cur.line + li,
        column: (li === 0 ? cur.col : 0) + f.start - lineStart(li) + 1,
        endLine: cur.line + lj,
        endColumn: (lj === 0 ? cur.col : 0) + f.end - lineStart(lj) + 1,
        score: f.score,
        detector: f.detector,
        fingerprint: fp,
        occurrence: n,
        masked: known.masked,
      };
      if (this.options.showValues) finding.value = value;
      out.push(finding);
    }
    // Advance the cursor past this chunk.
    cur.base += text.length;
    const count = nls ? nls.length : countNewlines(text);
    if (count > 0) {
      const last = nls ? nls[count - 1]! : text.lastIndexOf('\n');
      cur.line += count;
      cur.col = text.length - last - 1;
      // Without a marker in this chunk its last complete line cannot carry one.
      cur.prevNext = markers ? text.slice(text.lastIndexOf('\n', last - 1) + 1, last).includes(NEXT_LINE) : false;
    } else {
      cur.col += text.length;
    }
    return suppressed;
  }

  /** Scans one file (or in-memory content): skips binary, non-UTF-8 and oversize input. */
  async scanJob(job: ScanJob): Promise<FileResult> {
    const result: FileResult = { path: job.path, uri: job.uri, status: 'scanned', bytes: 0, findings: [], suppressed: 0 };
    try {
      if (job.oversize !== undefined) return { ...result, status: 'oversize', bytes: job.oversize };
      if (job.bytes) {
        result.bytes = job.bytes.byteLength;
        if (result.bytes > this.options.maxFileSize) return { ...result, status: 'oversize' };
        return await this.scanBuffer(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), result);
      }
      if (job.stdin) return await this.scanStream(job, result);
      // Synchronous reads: a worker (or a CLI run) has nothing else to do meanwhile, and for
      // thousands of small files the thread-pool round trips of async I/O cost more than the reads.
      const fd = openSync(job.abs!, 'r');
      try {
        const st = fstatSync(fd);
        if (st.isDirectory()) return { ...result, status: 'error', error: 'is a directory' };
        if (st.isFile() && st.size > this.options.maxFileSize) return { ...result, status: 'oversize', bytes: st.size };
        if (st.isFile() && st.size <= WHOLE_FILE) {
          const buf = readFileSync(fd);
          result.bytes = buf.length;
          if (buf.length > this.options.maxFileSize) return { ...result, status: 'oversize' };
          return await this.scanBuffer(buf, result);
        }
      } finally {
        closeSync(fd);
      }
      return await this.scanStream(job, result);
    } catch (e) {
      return { ...result, findings: [], status: 'error', error: describeError(e) };
    }
  }

  private async scanBuffer(buf: Buffer, result: FileResult): Promise<FileResult> {
    if (buf.includes(0)) return { ...result, status: 'binary' };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
    } catch {
      return { ...result, status: 'encoding' };
    }
    const { findings, suppressed } = await this.scanPieces([text], result);
    return { ...result, findings, suppressed };
  }

  /** Large files and pipes: decoded and detected piece by piece, never held whole. */
  private async scanStream(job: ScanJob, result: FileResult): Promise<FileResult> {
    const max = this.options.maxFileSize;
    let bytes = 0;
    let over = false;
    const source = job.stdin ? process.stdin : createReadStream(job.abs!, { highWaterMark: 1 << 20 });
    async function* counted(): AsyncGenerator<Buffer> {
      for await (const b of source as AsyncIterable<Buffer>) {
        bytes += b.length;
        if (bytes > max) {
          over = true;
          source.destroy();
          return;
        }
        yield b;
      }
    }
    try {
      const { findings, suppressed } = await this.scanPieces(decodeUtf8(counted(), job.path), job);
      if (over) return { ...result, status: 'oversize', bytes };
      return { ...result, findings, suppressed, bytes };
    } catch (e) {
      if (over) return { ...result, status: 'oversize', bytes };
      if (e instanceof NotTextError) return { ...result, status: e.reason === 'binary' ? 'binary' : 'encoding', bytes };
      throw e;
    }
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A one-line reason for a file that could not be scanned; never includes file content. */
export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (typeof code === 'string') return `cannot read (${code})`;
  if (e instanceof UserError) return 'cannot read';
  return `scan failed (${e instanceof Error ? e.name : 'Error'})`;
}
