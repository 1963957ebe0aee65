/**
 * Child process for the vault's multi-process tests:
 *   node --import tsx test/helpers/vault-worker.ts <mode> ...
 *
 *   add   <vault> <keyfile> <prefix> <count>   one transaction per value; prints {value: id} JSON
 *   churn <vault> <keyfile> <prefix>           adds values forever, one per transaction, printing
 *                                              "C <value>" after each commit (until killed)
 *   hold  <vault> <keyfile>                    takes the lock, prints "HELD", waits (to be killed)
 *   zero  [value]                              zero-config open (default paths and key from the
 *                                              env), adds one value, saves; notices go to stderr
 *
 * Output is written with writeSync so a line printed is a line the test can see even if the
 * process is SIGKILLed right after.
 */
import { writeSync } from 'node:fs';
import { Vault } from '../../src/vault/index.js';

const [mode, ...args] = process.argv.slice(2);
const say = (s: string) => writeSync(1, `${s}\n`);

async function main(): Promise<void> {
  switch (mode) {
    case 'add': {
      const [vaultPath, keyPath, prefix, count] = args;
      const v = await Vault.open({ path: vaultPath, key: { kind: 'keyfile', path: keyPath } });
      const out: Record<string, string> = {};
      for (let i = 0; i < Number(count); i++) {
        const value = `${prefix}-${i}@example.org`;
        out[value] = await v.transaction((t) => t.add('EMAIL', value).id);
      }
      say(JSON.stringify(out));
      return;
    }
    case 'churn': {
      const [vaultPath, keyPath, prefix] = args;
      const v = await Vault.open({ path: vaultPath, key: { kind: 'keyfile', path: keyPath }, lock: { staleMs: 2000 } });
      say('READY');
      for (let i = 0; ; i++) {
        const value = `${prefix}-${i}`;
        await v.transaction((t) => {
          t.add('PERSON', value);
        });
        say(`C ${value}`);
      }
    }
    case 'hold': {
      const [vaultPath, keyPath] = args;
      const v = await Vault.open({ path: vaultPath, key: { kind: 'keyfile', path: keyPath }, lock: { staleMs: 2000 } });
      await v.lock();
      say('HELD');
      setInterval(() => {}, 1000);
      return;
    }
    case 'zero': {
      const v = await Vault.open();
      await v.transaction((t) => {
        t.add('PERSON', args[0] ?? 'Erika Mustermann');
      });
      say(`OK ${v.path}`);
      return;
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? `${err.name}: ${(err as { code?: string }).code ?? ''} ${err.message}` : String(err)}\n`);
  process.exit(1);
});
