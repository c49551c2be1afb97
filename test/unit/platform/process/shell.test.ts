import { expect, test } from '@jest/globals';
import { shellCommand } from '../../../../src/platform/process/shell.js';

test('`shell: cmd` passes the command verbatim: quotes, & and ^ reach cmd.exe as written', () => {
  const cmd = 'python train.py --name "run 1" & echo ^& done';
  const { file, args, verbatim } = shellCommand('cmd', cmd);
  expect(file).toBe('cmd.exe');
  expect(verbatim).toBe(true);
  // With windowsVerbatimArguments Node joins args with spaces and adds no quoting; /S /C "<cmd>" makes
  // cmd.exe strip exactly the outer pair of quotes.
  expect(args.join(' ')).toBe(`/D /E:ON /V:OFF /S /C "${cmd}"`);
});

test('the other shells get the command as one argument, quoted by Node as usual', () => {
  for (const shell of ['bash', 'sh', 'pwsh', 'powershell'] as const) {
    const { args, verbatim } = shellCommand(shell, 'echo "a b"');
    expect(verbatim).toBe(false);
    expect(args.at(-1)).toContain('echo "a b"');
  }
});
