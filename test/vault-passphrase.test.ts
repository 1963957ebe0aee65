/**
 * The CLI's passphrase prompt: line editing (pure), and on a real pseudo-terminal (script(1))
 * that nothing is echoed, the terminal mode is restored, and piped stdin stays usable.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { feed, newLineState } from '../src/cli/passphrase.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const typed = (...chunks: string[]) => chunks.reduce(feed, newLineState());
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('line editing', () => {
  it('submits on Enter and ignores what follows', () => {
    expect(typed('secret\rrest')).toMatchObject({ value: 'secret', done: true });
    expect(typed('se', 'cret\n')).toMatchObject({ value: 'secret', done: true });
    expect(typed('abc')).toMatchObject({ value: 'abc', done: false });
  });

  it('backspace removes whole code points; Ctrl-U clears; Ctrl-W deletes a word', () => {
    expect(typed('ab😀\x7f\x7fc\r').value).toBe('ac');
    expect(typed('abc\x08\r').value).toBe('ab');
    expect(typed('abc\x15xy\r').value).toBe('xy');
    expect(typed('one two\x17\r').value).toBe('one ');
    expect(typed('one two  \x17\r').value).toBe('one ');
  });

  it('ignores escape sequences and control characters, keeps Unicode', () => {
    expect(typed('a\x1b[D\x1b[1;5Cb\x1bOPc\t\r').value).toBe('abc');
    expect(typed('Grüße ß ∑\r').value).toBe('Grüße ß ∑');
  });

  it('Ctrl-C aborts; Ctrl-D aborts on an empty line and submits otherwise', () => {
    expect(typed('abc\x03')).toMatchObject({ aborted: true });
    expect(typed('\x04')).toMatchObject({ aborted: true });
    expect(typed('abc\x04')).toMatchObject({ value: 'abc', done: true });
  });
});

const haveScript = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;

/** Run a shell command on a fresh pseudo-terminal; type `keys` once `prompts` appeared in order. */
function onPty(cmd: string, keys: string[], prompts: string[]): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', cmd, '/dev/null'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let next = 0;
    let seenUpTo = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`pty timeout; output so far: ${JSON.stringify(out)}`));
    }, 20_000);
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      while (next < keys.length) {
        const at = out.indexOf(prompts[next], seenUpTo);
        if (at < 0) break;
        seenUpTo = at + prompts[next].length;
        child.stdin.write(keys[next++]);
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ out, code });
    });
  });
}

describe.skipIf(!haveScript)('on a real terminal', () => {
  const helper = 'node --import tsx test/helpers/vault-prompt.ts';

  it('echoes nothing, edits the line, restores the terminal mode', async () => {
    const { out } = await onPty(`stty -g; ${helper}; stty -g`, ['hunX\x7fter2-Ä\r'], ['Vault passphrase: ']);
    expect(out).toContain(`GOT ${sha('hunter2-Ä')} 9`);
    expect(out).not.toMatch(/hun|ter2|\*/);
    const modes = out.split(/\r?\n/).filter((l) => /^[0-9a-f]+(:[0-9a-f]+)+$/.test(l.trim()));
    expect(modes).toHaveLength(2);
    expect(modes[0]).toBe(modes[1]);
  }, 30_000);

  it('reads the terminal even when stdin is a pipe, which stays readable; confirms', async () => {
    const { out } = await onPty(`echo piped-data | ${helper} --confirm`, ['pw one\r', 'pw one\r'], ['Vault passphrase: ', 'Repeat passphrase: ']);
    expect(out).toContain(`GOT ${sha('pw one')} 6`);
    expect(out).toContain('STDIN piped-data');
    expect(out).not.toContain('pw one');
  }, 30_000);

  it('reports a mismatch and Ctrl-C as errors', async () => {
    const mismatch = await onPty(`${helper} --confirm`, ['abc\r', 'abd\r'], ['Vault passphrase: ', 'Repeat passphrase: ']);
    expect(mismatch.out).toContain('ERR MISMATCH');
    const cancelled = await onPty(helper, ['ab\x03'], ['Vault passphrase: ']);
    expect(cancelled.out).toContain('ERR ABORTED');
  }, 30_000);
});
