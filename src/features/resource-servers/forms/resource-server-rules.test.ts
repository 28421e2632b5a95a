import { describe, expect, it } from 'vitest';
import {
  resourceServerIdentifierProblem,
  resourceServerNameProblem,
  scopeCountProblem,
  scopeListProblems,
  scopeNameProblem,
} from './resource-server-rules';

describe('scopeNameProblem', () => {
  it('accepts AWS-style scope names', () => {
    for (const name of ['orders.read', 'admin', 'a:b', 'x'.repeat(256), 'read_write-1']) {
      expect(scopeNameProblem(name)).toBeUndefined();
    }
  });
  it('refuses empty, too long, spaces, quotes and slashes', () => {
    for (const name of ['', 'x'.repeat(257), 'orders read', 'a"b', 'a/b', 'a\\b']) {
      expect(scopeNameProblem(name)).toBeDefined();
    }
  });
});

describe('scopeListProblems', () => {
  it('flags duplicates and missing descriptions at their row', () => {
    expect(
      scopeListProblems([
        { name: 'read', description: 'Read' },
        { name: 'read', description: ' ' },
        { name: 'bad name', description: 'ok' },
      ]),
    ).toEqual([
      { index: 1, field: 'name', message: 'Scope read is already listed.' },
      { index: 1, field: 'description', message: 'Enter a description: AWS requires one.' },
      { index: 2, field: 'name', message: 'No spaces, ", / or \\ in a scope name.' },
    ]);
  });
  it('is empty for a valid list', () => {
    expect(scopeListProblems([{ name: 'a', description: 'A' }])).toEqual([]);
  });
});

describe('limits and names', () => {
  it('allows at most 100 scopes', () => {
    expect(scopeCountProblem(100)).toBeUndefined();
    expect(scopeCountProblem(101)).toMatch(/100/);
  });
  it('checks identifiers and names', () => {
    expect(resourceServerIdentifierProblem('https://api.example.com')).toBeUndefined();
    expect(resourceServerIdentifierProblem('has space')).toBeDefined();
    expect(resourceServerIdentifierProblem('')).toBeDefined();
    expect(resourceServerNameProblem('Orders API')).toBeUndefined();
    expect(resourceServerNameProblem('bad/name')).toBeDefined();
  });
});
