/**
 * Build step: Unicode property escapes (\p{L}, \p{Lu}, …) in our own regular expressions become
 * shared strings of the same characters, written out as ranges.
 *
 * Why: V8 looks each \p{…} up in ICU every time it parses a pattern, and it parses a pattern when
 * the RegExp is made, again when it first runs and again when it tiers up to machine code. The
 * ~420 escapes in src/ cost ~30 ms of a one-line run (measured by swapping them for ASCII
 * classes). The same class written as explicit ranges parses 2–4 times faster, and one string per
 * class, shared by every pattern, keeps the bundle small and ASCII (see tsup.config.ts).
 *
 * The characters are the property's, as the building Node's ICU has it (Node 20: Unicode 15.1),
 * with one deliberate cut: letters, marks and numbers (\p{L}, \p{Lu}, \p{Ll}, \p{M}, \p{N})
 * keep only the Basic Multilingual Plane. Their astral part (mathematical alphanumerics like
 * "𝐀", Deseret, Adlam, rare CJK ideographs, …) is a quarter to over half of each class's text, and in /u mode
 * V8 compiles astral ranges into surrogate-pair alternatives: dropping it made a one-line run
 * ~18 ms faster (163 → 145 ms median, 2026-11-24), and findings on every corpus and fixture
 * document stayed byte for byte the same. No name, phone number, e-mail or IBAN the detectors know
 * is written in astral letters; emoji, which are astral, keep their class
 * (\p{Extended_Pictographic} is not cut). test/unicode-classes.test.ts checks every code point.
 * Only the bundles are rewritten: tests and `npm run eval` run the sources as written.
 *
 * What is rewritten, found with the TypeScript parser (never by guessing at JS syntax):
 * - a regex literal at module level: `new RegExp("…" + CLASS + "…", flags)`, made once as before;
 * - a regex literal inside a function without the g or y flag: made once on first use and kept
 *   (such a RegExp holds no state between calls). A literal is re-evaluated on every call: as a
 *   `new RegExp` it would hash its pattern into V8's regexp cache on every call;
 * - a template literal (String.raw or plain) holding \p{…}: `${CLASS}` in its place.
 * A g/y literal inside a function is left as written: V8 keeps a literal's parsed pattern per site.
 */
import ts from 'typescript';

export const CLASS_MODULE = 'anonymize:unicode-classes';

const PROPERTY = /^p\{([A-Za-z_]+)\}/;

/** Properties whose astral code points are left out of the class (see above). */
const BMP_ONLY = new Set(['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'Nl', 'No']);

/** The highest code point of a class of these properties: BMP for letters, marks and numbers only. */
export const classLimit = (names: readonly string[]): number => (names.every((n) => BMP_ONLY.has(n)) ? 0xffff : 0x10ffff);

/** The characters of the union of some properties as a class body, e.g. "A-Z\u00c0-…". */
export function classBody(names: readonly string[]): string {
  const re = new RegExp(`^[${names.map((n) => `\\p{${n}}`).join('')}]$`, 'u');
  const limit = classLimit(names);
  let out = '';
  let from = -1;
  const emit = (a: number, b: number) => {
    const part = a === b ? esc(a) : b === a + 1 ? esc(a) + esc(b) : `${esc(a)}-${esc(b)}`;
    out += part;
  };
  for (let c = 0; c <= 0x110000; c++) {
    const inside = c <= limit && (c < 0xd800 || c > 0xdfff) && re.test(String.fromCodePoint(c));
    if (inside && from < 0) from = c;
    else if (!inside && from >= 0) {
      emit(from, c - 1);
      from = -1;
    }
  }
  return out;
}

/** One code point as it stands in a class: syntax characters escaped, the rest as itself. */
function esc(c: number): string {
  const ch = String.fromCodePoint(c);
  return /[\\\]\[^\-]/.test(ch) ? `\\${ch}` : ch;
}

export const classIdent = (names: readonly string[]) => `__uc_${names.join('$')}`;

/** JS source of the module CLASS_MODULE: one exported string per class used. */
export function classModule(used: Iterable<string>): string {
  const lines: string[] = [];
  for (const key of [...used].sort()) {
    const body = classBody(key.split('$'));
    // JSON with \u escapes: an ASCII module, and each character exactly as in the pattern.
    const literal = JSON.stringify(body).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    lines.push(`export const ${classIdent(key.split('$'))} = ${literal};`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A pattern's text split at its property escapes. `backslashes` is how many backslashes write one
 * in this text: 1 in regex literals and String.raw templates, 2 in plain templates.
 * Class state is carried across calls through `state` (a template's pieces are one pattern).
 */
function splitPattern(text: string, backslashes: number, state: { inClass: boolean }): Array<string | { names: string[]; inClass: boolean }> {
  const out: Array<string | { names: string[]; inClass: boolean }> = [];
  let lit = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      let j = i;
      while (text[j] === '\\') j++;
      const run = j - i;
      const m = PROPERTY.exec(text.slice(j));
      if (m && run === backslashes) {
        const names = [m[1]!];
        let k = j + m[0].length;
        // A run of escapes in one class is one union: [\p{L}\p{N}] is one string, not two.
        if (state.inClass) {
          for (;;) {
            if (text.slice(k, k + backslashes) !== '\\'.repeat(backslashes)) break;
            const r = PROPERTY.exec(text.slice(k + backslashes));
            if (!r) break;
            names.push(r[1]!);
            k += backslashes + r[0].length;
          }
        }
        if (lit) out.push(lit);
        lit = '';
        out.push({ names: [...new Set(names)].sort(), inClass: state.inClass });
        i = k - 1;
        continue;
      }
      if (m && run % backslashes === 0 && (run / backslashes) % 2 === 1) throw new Error(`unicode-classes: cannot rewrite ${text.slice(i, j + m[0].length)}`);
      // An escaped character (in pattern terms) is never a class bracket.
      const escapes = Math.floor(run / backslashes);
      lit += text.slice(i, j + (escapes % 2 === 1 ? 1 : 0));
      i = j - (escapes % 2 === 1 ? 0 : 1);
      continue;
    }
    if (ch === '[' && !state.inClass) state.inClass = true;
    else if (ch === ']' && state.inClass) state.inClass = false;
    lit += ch;
  }
  if (lit) out.push(lit);
  return out;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Rewrites one source file; `used` collects the class keys it needs. Unchanged text if none. */
export function rewriteSource(fileName: string, source: string, used: Set<string> = new Set()): string {
  if (!source.includes('p{')) return source;
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const mine = new Set<string>();
  let memo = 0;
  const ref = (p: { names: string[]; inClass: boolean }) => {
    const key = p.names.join('$');
    mine.add(key);
    return p.inClass ? classIdent(p.names) : null;
  };

  const visit = (node: ts.Node, inFunction: boolean) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf('/');
      const body = text.slice(1, slash);
      const flags = text.slice(slash + 1);
      if (/\\p\{/.test(body) && !(inFunction && /[gy]/.test(flags))) {
        const parts = splitPattern(body, 1, { inClass: false });
        const expr = parts
          .map((p) => {
            if (typeof p === 'string') return JSON.stringify(p);
            const id = ref(p);
            return id ?? `"[" + ${classIdent(p.names)} + "]"`;
          })
          .join(' + ');
        const made = `new RegExp(${expr}, ${JSON.stringify(flags)})`;
        edits.push({ start: node.getStart(sf), end: node.getEnd(), text: inFunction ? `(__ucRe${memo} ??= ${made})` : `(${made})` });
        if (inFunction) memo++;
      }
      return;
    }
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const pieces = ts.isNoSubstitutionTemplateLiteral(node) ? [node] : [node.head, ...node.templateSpans.map((s) => s.literal)];
      const raws = pieces.map((p) => rawText(p, sf));
      if (raws.some((r) => /\\p\{/.test(r))) {
        const tag = node.parent && ts.isTaggedTemplateExpression(node.parent) ? node.parent.tag.getText(sf) : null;
        const backslashes = tag === 'String.raw' ? 1 : 2;
        if (tag !== null && tag !== 'String.raw') throw new Error(`unicode-classes: ${fileName}: \\p{…} in a template tagged ${tag}`);
        const state = { inClass: false };
        pieces.forEach((piece, i) => {
          const parts = splitPattern(raws[i]!, backslashes, state);
          if (!parts.some((p) => typeof p !== 'string')) return;
          const text = parts.map((p) => (typeof p === 'string' ? p : ref(p) ? `\${${classIdent(p.names)}}` : `[\${${classIdent(p.names)}}]`)).join('');
          const { start, end } = rawRange(piece, sf);
          edits.push({ start, end, text });
        });
      }
      // Substitutions may hold regex literals of their own.
      if (ts.isTemplateExpression(node)) for (const s of node.templateSpans) visit(s.expression, inFunction);
      return;
    }
    const fn = ts.isFunctionLike(node) && !ts.isSourceFile(node);
    node.forEachChild((c) => visit(c, inFunction || fn));
  };
  visit(sf, false);
  if (edits.length === 0) return source;

  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  for (const k of mine) used.add(k);
  const names = [...mine].sort().map((k) => classIdent(k.split('$')));
  const memos = Array.from({ length: memo }, (_, i) => `__ucRe${i}`);
  // var: hoisted, so a function run while the module is still loading finds it (undefined).
  const tail = memos.length ? `\n// eslint-disable-next-line no-var\nvar ${memos.map((m) => `${m}: RegExp | undefined`).join(', ')};\n` : '';
  return `import { ${names.join(', ')} } from '${CLASS_MODULE}';\n${out}${tail}`;
}

/** A template piece's raw text, between its delimiters (` … ${, } … ${, } … `). */
function rawText(piece: ts.Node, sf: ts.SourceFile): string {
  const { start, end } = rawRange(piece, sf);
  return sf.text.slice(start, end);
}

function rawRange(piece: ts.Node, sf: ts.SourceFile): { start: number; end: number } {
  const start = piece.getStart(sf) + 1; // after ` or }
  const full = sf.text.slice(piece.getStart(sf), piece.getEnd());
  const closer = full.endsWith('${') ? 2 : 1; // before ${ or `
  return { start, end: piece.getEnd() - closer };
}
