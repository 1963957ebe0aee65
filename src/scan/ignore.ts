import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Directories no scan ever enters, wherever they are. */
export const ALWAYS_SKIPPED_DIRS: ReadonlySet<string> = new Set(['.git', 'node_modules']);

export const ANONYMIZE_IGNORE_FILE = '.anonymizeignore';

interface DirRules {
  /** .gitignore (and at the root .git/info/exclude): honoured when walking directories and globs. */
  git: Ignore | null;
  /** .anonymizeignore (and at the root config ignorePaths): honoured for every file. */
  own: Ignore | null;
}

export type IgnoreSource = 'git' | 'own';

function readLines(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/**
 * gitignore semantics over a tree: every directory may hold a .gitignore and an
 * .anonymizeignore whose patterns are relative to that directory; a deeper file's rules
 * override shallower ones (including "!" re-includes), and nothing inside an ignored directory
 * comes back. The `ignore` package implements the pattern language exactly as git does; this
 * class adds the nesting that git adds on top.
 */
export class IgnoreTree {
  private readonly cache = new Map<string, DirRules>();

  constructor(
    /** The directory the root rules (config ignorePaths, .git/info/exclude) are relative to. */
    readonly root: string,
    private readonly opts: { rootPatterns?: readonly string[]; gitignore?: boolean } = {},
  ) {}

  private rulesFor(dir: string): DirRules {
    let r = this.cache.get(dir);
    if (r) return r;
    let git: Ignore | null = null;
    let own: Ignore | null = null;
    if (this.opts.gitignore !== false) {
      const texts = [readLines(join(dir, '.gitignore'))];
      if (dir === this.root) texts.push(readLines(join(dir, '.git', 'info', 'exclude')));
      for (const t of texts) if (t) (git ??= ignore()).add(t);
    }
    const ownText = readLines(join(dir, ANONYMIZE_IGNORE_FILE));
    if (ownText) (own ??= ignore()).add(ownText);
    if (dir === this.root && this.opts.rootPatterns?.length) (own ??= ignore()).add([...this.opts.rootPatterns]);
    r = { git, own };
    this.cache.set(dir, r);
    return r;
  }

  /** The directories whose rules apply to `abs`: the root down to its parent (empty if outside root). */
  private ancestors(abs: string): string[] {
    const rel = relative(this.root, dirname(abs));
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return [];
    const out = [this.root];
    if (!rel) return out;
    let cur = this.root;
    for (const part of rel.split(sep)) {
      cur = join(cur, part);
      out.push(cur);
    }
    return out;
  }

  /**
   * Whether `abs` itself is matched by the rules (not its ancestors), deeper rules winning.
   * `sources` chooses which kinds of rules count.
   */
  private matchesSelf(abs: string, isDir: boolean, sources: readonly IgnoreSource[]): boolean {
    let ignored = false;
    for (const dir of this.ancestors(abs)) {
      const rules = this.rulesFor(dir);
      const rel = toPosix(relative(dir, abs)) + (isDir ? '/' : '');
      for (const s of sources) {
        const ig = rules[s];
        if (!ig) continue;
        const t = ig.test(rel);
        if (t.ignored) ignored = true;
        else if (t.unignored) ignored = false;
      }
    }
    return ignored;
  }

  /**
   * For the directory walk: is this entry ignored, given that its parent directory was not?
   * (The walk never enters ignored directories, so checking the entry itself is enough.)
   */
  ignoredInWalk(abs: string, isDir: boolean, sources: readonly IgnoreSource[] = ['git', 'own']): boolean {
    return this.matchesSelf(abs, isDir, sources);
  }

  /** For a single path named on its own: ignored if it or any directory above it (below root) is. */
  ignoredPath(abs: string, sources: readonly IgnoreSource[]): boolean {
    const dirs = this.ancestors(abs);
    // Every ancestor below the root is itself a candidate ("build/" ignores build/x/y.txt).
    for (const d of dirs.slice(1)) if (this.matchesSelf(d, true, sources)) return true;
    return this.matchesSelf(abs, false, sources);
  }
}
