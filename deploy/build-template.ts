/**
 * `npm run deploy:template`: writes deploy/console.yaml from the console's tables. A unit test
 * fails when the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { consoleTemplateYaml } from './console-template.ts';

const path = fileURLToPath(new URL('./console.yaml', import.meta.url));
writeFileSync(path, consoleTemplateYaml());
console.log(`wrote ${path}`);
