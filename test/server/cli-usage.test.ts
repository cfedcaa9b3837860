/** The CLI's top-level "Usage" lists every command it runs, made from the one command table, so the two cannot drift. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COMMANDS, main } from '../../src/server/cli.js';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const { code } = await main(argv, { out: (text) => void (out += text), err: (text) => void (err += text) });
  return { code, out, err };
}

/** The lines of the "Usage:" block of the help, without `Usage:` and the indent. */
function usageLines(help: string): string[] {
  const block = help.slice(help.indexOf('Usage:')).split('\n\n')[0];
  return block.split('\n').map((line) => line.replace(/^(Usage:)?\s+/, ''));
}

describe('the CLI\'s usage', () => {
  it('lists every form of every command in the table, in order, and nothing else', async () => {
    const { code, out } = await run(['--help']);
    assert.equal(code, 0);
    assert.deepEqual(usageLines(out), COMMANDS.flatMap((command) => command.usage.map((form) => `bridgeway ${form}`)));
    for (const name of ['serve', 'catalogue', 'backup', 'restore', 'admin']) assert.ok(usageLines(out).some((line) => line.startsWith(`bridgeway ${name}`)), name);
  });

  it('runs every command it lists (each answers --help), and refuses a command it does not list', async () => {
    for (const line of usageLines((await run(['help'])).out)) {
      const name = line.split(' ')[1];
      const answer = await run([name, '--help']);
      assert.equal(answer.code, 0, `${name}: ${answer.err}`);
      assert.doesNotMatch(answer.err, /Unknown command/, name);
      assert.ok(answer.out.length > 0, `${name} --help prints its help`);
    }
    const unknown = await run(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /Unknown command "frobnicate"/);
    assert.deepEqual(usageLines(unknown.err), usageLines((await run(['--help'])).out), 'the refusal shows the same usage');
  });
});
