/**
 * `npm run deploy:config -- --stack NAME [--region R] [--out dist/config.json]` writes the
 * console's config.json from the stack's outputs, read with the AWS CLI:
 *   aws cloudformation describe-stacks --stack-name NAME --query 'Stacks[0].Outputs' --output json
 * `--outputs FILE` (or `--outputs -` for stdin) reads that JSON instead of running the CLI.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { configFromStackOutputs, stackOutputsOf } from './stack-config.ts';

const { values } = parseArgs({
  options: {
    stack: { type: 'string' },
    region: { type: 'string' },
    outputs: { type: 'string' },
    out: { type: 'string', default: 'dist/config.json' },
  },
});

function describeStack(stack: string, region?: string): string {
  const args = ['cloudformation', 'describe-stacks', '--stack-name', stack];
  if (region) args.push('--region', region);
  args.push('--query', 'Stacks[0].Outputs', '--output', 'json');
  console.log(`aws ${args.map((a) => (/[[\]]/.test(a) ? `'${a}'` : a)).join(' ')}`);
  return execFileSync('aws', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let text: string;
if (values.outputs) {
  text = readFileSync(values.outputs === '-' ? 0 : values.outputs, 'utf8');
} else if (values.stack) {
  try {
    text = describeStack(values.stack, values.region);
  } catch {
    fail(`Could not read the outputs of stack ${values.stack} with the AWS CLI (see above).`);
  }
} else {
  fail('Usage: npm run deploy:config -- --stack NAME [--region R] [--out dist/config.json]');
}

const result = configFromStackOutputs(stackOutputsOf(JSON.parse(text) as unknown));
if (!result.ok) fail(`config.json would be refused:\n- ${result.problems.join('\n- ')}`);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(result.config, null, 2)}\n`);
console.log(`wrote ${values.out}`);
