/**
 * `npm test`: every check, in order, stopping at the first failure.
 * Static checks, the deploy template's lint (cfn-lint), unit tests, contract tests (emulator +
 * moto_server), production build, the JS size budget of the sign-in and pools pages, end-to-end
 * tests.
 */
import { spawnSync } from 'node:child_process';

const steps: Array<[string, string[]]> = [
  ['typecheck', ['npx', 'tsc', '-b']],
  ['lint', ['npx', 'eslint', '.']],
  ['format', ['npx', 'prettier', '--check', '.']],
  // cfn-lint expands the glob itself.
  ['template lint', ['cfn-lint', 'deploy/*.yaml']],
  ['unit tests', ['npx', 'vitest', 'run', '--project', 'unit']],
  ['contract tests', ['npx', 'vitest', 'run', '--project', 'contract']],
  ['build', ['npx', 'vite', 'build']],
  ['size budget', ['npx', 'tsx', 'scripts/size-budget.ts']],
  ['end-to-end tests', ['npx', 'playwright', 'test']],
];

const only = process.argv.slice(2);
for (const [name, [cmd, ...args]] of steps) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue;
  const started = Date.now();
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd!, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n=== ${name} FAILED after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ${name} passed in ${seconds} s`);
}
