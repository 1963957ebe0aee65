/**
 * Runs promptPassphrase on the real terminal (the test gives it a pseudo-terminal via script(1))
 * and prints what it got as a hash, so the test can check the input without it being echoed.
 *   node --import tsx test/helpers/vault-prompt.ts [--confirm]
 */
import { createHash } from 'node:crypto';
import { promptPassphrase } from '../../src/cli/passphrase.js';

promptPassphrase({ confirm: process.argv.includes('--confirm') }).then(
  (pw) => {
    process.stderr.write(`GOT ${createHash('sha256').update(pw).digest('hex')} ${[...pw].length}\n`);
    // stdin, if piped, must still be readable as data afterwards
    let data = '';
    if (!process.stdin.isTTY) {
      process.stdin.setEncoding('utf8').on('data', (d) => (data += d)).on('end', () => process.stderr.write(`STDIN ${data.trim()}\n`));
    }
  },
  (err: Error & { code?: string }) => {
    process.stderr.write(`ERR ${err.code}\n`);
    process.exitCode = 3;
  },
);
