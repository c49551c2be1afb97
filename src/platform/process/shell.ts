import type { Shell } from '../../core/train/stage.js';

/** The default shell: bash on Linux and macOS, pwsh on Windows (as GitHub's `run:` steps). */
export function defaultShell(platform: NodeJS.Platform = process.platform): Shell {
  return platform === 'win32' ? 'pwsh' : 'bash';
}

/** Program and arguments that run `cmd` in `shell`, with the fail-fast flags GitHub's `shell:` uses. */
export function shellCommand(shell: Shell, cmd: string): { file: string; args: string[] } {
  switch (shell) {
    case 'bash':
      return { file: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', cmd] };
    case 'sh':
      return { file: 'sh', args: ['-e', '-c', cmd] };
    case 'pwsh':
    case 'powershell': {
      // GitHub wraps pwsh the same way: stop on errors, and exit with the last native exit code.
      const script = `$ErrorActionPreference = 'stop'\n${cmd}\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }`;
      return { file: shell, args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', script] };
    }
    case 'cmd':
      return { file: 'cmd.exe', args: ['/D', '/E:ON', '/V:OFF', '/S', '/C', cmd] };
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
