import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModules } from '../modules.ts';
import { implementedOperations } from './operations.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The operation names the README's list shows, from its marked section. */
function listedOperations(): string[] {
  const start = readme.indexOf('<!-- operations:start -->');
  const end = readme.indexOf('<!-- operations:end -->');
  expect(start, 'the README marks its operation list').toBeGreaterThan(-1);
  const names = readme.slice(start, end).match(/`[A-Za-z]+`/g) ?? [];
  return names.map((name) => name.slice(1, -1));
}

describe("the README's operation list", () => {
  it('names every implemented operation once, and nothing else', () => {
    loadModules();
    const listed = listedOperations();
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(
      [
        ...implementedOperations('cognito-idp'),
        ...implementedOperations('cognito-identity'),
      ].sort(),
    );
  });
});
