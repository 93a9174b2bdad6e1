import { terminalLocaleVariables } from '../../functions/config.js';
import type { Locale } from '../../shared/roster/index.js';

/**
 * The language a command-line tool speaks: `--lang fr|en` when given, else the terminal's
 * locale (LC_ALL, then LC_MESSAGES, then LANG: `fr_FR.UTF-8` is French), else English.
 */
export function cliLocale(
  args: readonly string[],
  env: Record<string, string | undefined> = terminalLocaleVariables(),
): Locale {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : args[i]?.includes('=') ? args[i]?.split('=')[1] : args[i + 1];
  if (flag === 'fr' || flag === 'en') return flag;
  const system = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr\b|^fr_/i.test(system) ? 'fr' : 'en';
}

/** The arguments without `--lang` and its value. */
export function withoutLangFlag(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--lang') i++;
    else if (!arg.startsWith('--lang=')) out.push(arg);
  }
  return out;
}
