import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

/**
 * Lints a snippet as if it were `file`, under only `configs` (the very configs of
 * eslint.config.js a probe checks, with their own files and ignores), and says which rules it
 * broke. A parse error counts too, as `fatal: …`, so a probe never passes on code that failed
 * to parse.
 */
export function lintProbe(configs: readonly Linter.Config[]) {
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx}'],
        languageOptions: { parser: tseslint.parser },
        plugins: { '@typescript-eslint': tseslint.plugin },
      },
      ...configs,
    ],
  });
  return async function ruleIds(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: file });
    return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
  };
}
