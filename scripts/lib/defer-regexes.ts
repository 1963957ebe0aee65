/**
 * Build step: a module-level regular expression is made on first use, not when its module loads.
 *
 * Why: V8 parses a pattern when the RegExp is made. The detectors hold ~320 module-level
 * patterns built with `new RegExp(…)` (mostly from the Unicode classes of unicode-classes.ts,
 * each up to a few thousand characters), and a one-line run uses ~60 of them: making the other
 * ~260 cost ~9 ms of every start (measured 2026-11-24 by timing the RegExp constructor in a
 * one-line run). Made on first use, a run pays only for the patterns it runs.
 *
 * What is rewritten, found with the TypeScript parser: a statement at module level
 *   const X = new RegExp(…);   (or a regex literal, or either in parentheses)
 * declaring that one name, not exported, becomes
 *   let __reX: RegExp | undefined; const __getX = (): RegExp => (__reX ??= new RegExp(…));
 * and every reference to X in the file becomes `__getX()`. The object is the same one on every
 * call, so a g/y pattern's lastIndex behaves as before. A name is left as it is when the file
 * uses it in any way other than a plain reference: declared again (a parameter, a local, an
 * import), in a shorthand property `{ X }`, an export list, or a type (`typeof X`).
 * Only the bundles are rewritten: tests and `npm run eval` run the sources as written.
 */
import ts from 'typescript';

interface Edit {
  start: number;
  end: number;
  text: string;
}

const unwrap = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) ? unwrap(e.expression) : e);

/** Whether an initializer makes a RegExp: a regex literal or `new RegExp(…)`. */
function makesRegExp(init: ts.Expression): boolean {
  const e = unwrap(init);
  if (e.kind === ts.SyntaxKind.RegularExpressionLiteral) return true;
  return ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'RegExp';
}

/** A plain reference to a module-level name: not a declaration, property name or type use. */
function plainReference(id: ts.Identifier): boolean | 'name' {
  const p = id.parent;
  if ((ts.isPropertyAccessExpression(p) && p.name === id) || (ts.isPropertyAssignment(p) && p.name === id)) return 'name';
  if ((ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodSignature(p)) && p.name === id) return 'name';
  if (ts.isShorthandPropertyAssignment(p) || ts.isExportSpecifier(p) || ts.isImportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p)) return false;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isBindingElement(p) || ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p) || ts.isFunctionExpression(p)) && p.name === id) return false;
  if (ts.isTypeQueryNode(p) || ts.isTypeReferenceNode(p) || ts.isQualifiedName(p)) return false;
  if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return 'name';
  return true;
}

/** Rewrites one source file (see above); unchanged text if nothing qualifies. */
export function deferRegexes(fileName: string, source: string): string {
  if (!source.includes('RegExp') && !/^(?:export )?const \w+ = \//m.test(source)) return source;
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const candidates = new Map<string, ts.VariableStatement>();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    if (!(st.declarationList.flags & ts.NodeFlags.Const)) continue;
    if (st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DeclareKeyword)) continue;
    const decls = st.declarationList.declarations;
    if (decls.length !== 1) continue;
    const d = decls[0]!;
    if (!ts.isIdentifier(d.name) || !d.initializer || !makesRegExp(d.initializer)) continue;
    candidates.set(d.name.text, st);
  }
  if (candidates.size === 0) return source;

  // Every identifier of a candidate's name: its own declaration, or a plain reference.
  const refs = new Map<string, ts.Identifier[]>();
  const spoiled = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && candidates.has(node.text)) {
      const own = (candidates.get(node.text)!.declarationList.declarations[0]!.name as ts.Identifier) === node;
      if (!own) {
        const kind = plainReference(node);
        if (kind === false) spoiled.add(node.text);
        else if (kind === true) (refs.get(node.text) ?? refs.set(node.text, []).get(node.text)!).push(node);
      }
    }
    node.forEachChild(visit);
  };
  visit(sf);

  const chosen = [...candidates].filter(([name]) => !spoiled.has(name));
  const refEdits: Edit[] = [];
  for (const [name] of chosen) for (const id of refs.get(name) ?? []) refEdits.push({ start: id.getStart(sf), end: id.getEnd(), text: `__get${name}()` });
  // An initializer may use another deferred pattern (`new RegExp(A.source + …)`): its own text
  // is rewritten first, and those edits are not applied a second time.
  const apply = (start: number, end: number, inner: readonly Edit[]): string => {
    let text = source.slice(start, end);
    for (const e of [...inner].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start - start) + e.text + text.slice(e.end - start);
    return text;
  };
  const edits: Edit[] = [];
  const consumed = new Set<Edit>();
  for (const [name, st] of chosen) {
    const init = st.declarationList.declarations[0]!.initializer!;
    const [from, to] = [init.getStart(sf), init.getEnd()];
    const inner = refEdits.filter((e) => e.start >= from && e.end <= to);
    for (const e of inner) consumed.add(e);
    edits.push({
      start: st.getStart(sf),
      end: st.getEnd(),
      text: `let __re${name}: RegExp | undefined;\nconst __get${name} = (): RegExp => (__re${name} ??= ${apply(from, to, inner)});`,
    });
  }
  for (const e of refEdits) if (!consumed.has(e)) edits.push(e);
  if (edits.length === 0) return source;
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
