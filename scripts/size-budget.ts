/**
 * The JS budget, a step of `npm test` after the build: what the sign-in page and the pools page
 * really load in Chromium (gzip -9, as `npm run bench` reports it), failing above the budget.
 * Sizes are deterministic for a build, so this is a test, not a benchmark.
 */
import { GZIP_BUDGET_BYTES, measurePageWeights } from '../bench/page-weights.ts';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const weights = await measurePageWeights(process.argv[2] ?? 'dist');
let over = 0;
for (const weight of weights) {
  const budget = GZIP_BUDGET_BYTES[weight.page];
  const fits = weight.gzipBytes <= budget;
  if (!fits) over++;
  console.log(
    `${fits ? 'ok  ' : 'OVER'} ${weight.label}: ${kib(weight.gzipBytes)} gzip ` +
      `(${weight.scripts} scripts, ${kib(weight.rawBytes)} raw), budget ${kib(budget)}`,
  );
}
if (over > 0) {
  console.error(`\n${over} page(s) load more JS than their budget.`);
  process.exit(1);
}
