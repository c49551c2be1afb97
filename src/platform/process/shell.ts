import type { Shell } from '../../core/train/stage.js';

/** The default shell: bash on Linux and macOS, pwsh on Windows (as GitHub's `run:` steps). */
export function defaultShell(platform: NodeJS.Platform = process.platform): Shell {
  return platform === 'win32' ? 'pwsh' : 'bash';
}

/**
 * Program and arguments that run `cmd` in `shell`, with the fail-fast flags GitHub's `shell:` uses.
 * `verbatim`: pass the arguments to Windows as they are (windowsVerbatimArguments), for cmd.exe, which
 * parses its own command line and does not undo the C runtime's `\"` quoting Node would otherwise add.
 */
export function shellCommand(shell: Shell, cmd: string): { file: string; args: string[]; verbatim: boolean } {
  switch (shell) {
    case 'bash':
      return { file: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', cmd], verbatim: false };
    case 'sh':
      return { file: 'sh', args: ['-e', '-c', cmd], verbatim: false };
    case 'pwsh':
    case 'powershell': {
      // GitHub wraps pwsh the same way: stop on errors, and exit with the last native exit code.
      const script = `$ErrorActionPreference = 'stop'\n${cmd}\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }`;
      return {
        file: shell,
        args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', script],
        verbatim: false,
      };
    }
    case 'cmd':
      // `/S /C "<cmd>"`: cmd.exe drops the first and the last quote and runs what is between exactly as
      // written (quotes, `&`, `^` included), as GitHub's own `shell: cmd` wrapper relies on.
      return { file: 'cmd.exe', args: ['/D', '/E:ON', '/V:OFF', '/S', '/C', `"${cmd}"`], verbatim: true };
  }
}

/**
 * Variables passed through from the outer environment to every stage: what programs need to start at
 * all (PATH, HOME, locale, temp dirs, Windows system dirs). Nothing else leaks in unless declared.
 */
export const PASS_THROUGH = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TERM',
  'TZ',
  'TMPDIR',
  'TEMP',
  'TMP',
  'SystemRoot',
  'SYSTEMROOT',
  'ComSpec',
  'COMSPEC',
  'PATHEXT',
  'WINDIR',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'ProgramData',
  'ProgramFiles',
  'ProgramFiles(x86)',
  'HOMEDRIVE',
  'HOMEPATH',
] as const;
