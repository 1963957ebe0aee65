import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Every TypeScript file under src/. */
function sourceFiles(dir = 'src'): string[] {
  const files: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) files.push(...sourceFiles(join(dir, e.name)));
    else if (e.name.endsWith('.ts')) files.push(join(dir, e.name));
  }
  return files;
}

/**
 * A build step's rewrite applied to every source file: the files it changed, each with the
 * TypeScript compiler's diagnostics of the rewritten text (none if it is valid).
 */
export function rewriteAllSources(rewrite: (file: string, source: string) => string): Array<{ file: string; diagnostics: string[] }> {
  const out: Array<{ file: string; diagnostics: string[] }> = [];
  for (const file of sourceFiles()) {
    const src = readFileSync(file, 'utf8');
    const rewritten = rewrite(file, src);
    if (rewritten === src) continue;
    const diags = ts.transpileModule(rewritten, { reportDiagnostics: true, fileName: file }).diagnostics ?? [];
    out.push({ file, diagnostics: diags.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')) });
  }
  return out;
}
