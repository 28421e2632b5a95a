import { describe, expect, it } from 'vitest';
import { attributesToRecord, buildAttributeChanges } from './changes';
import { toAttributeDefinitions } from './schema';

const definitions = toAttributeDefinitions([
  { Name: 'sub', Mutable: false, Required: true },
  { Name: 'email', Mutable: true },
  { Name: 'name', Mutable: true },
  { Name: 'given_name', Mutable: true },
  { Name: 'custom:id', Mutable: false },
  { Name: 'custom:tier', Mutable: true },
]);

describe('buildAttributeChanges', () => {
  const original = { sub: 'abc', email: 'a@example.com', name: 'Ann', 'custom:id': 'C1' };

  it('sends only what changed', () => {
    expect(
      buildAttributeChanges(definitions, original, {
        email: 'a@example.com',
        name: 'Anna',
        given_name: '',
        'custom:tier': 'gold',
      }),
    ).toEqual({
      updates: [
        { Name: 'name', Value: 'Anna' },
        { Name: 'custom:tier', Value: 'gold' },
      ],
      deletions: [],
    });
  });

  it('turns an emptied existing value into a deletion', () => {
    expect(buildAttributeChanges(definitions, original, { name: '' })).toEqual({
      updates: [],
      deletions: ['name'],
    });
  });

  it('never sends immutable or Cognito-managed attributes', () => {
    expect(buildAttributeChanges(definitions, original, { sub: 'x', 'custom:id': 'C2' })).toEqual({
      updates: [],
      deletions: [],
    });
  });

  it('ignores attributes that are not in the schema', () => {
    expect(buildAttributeChanges(definitions, original, { 'custom:unknown': 'x' })).toEqual({
      updates: [],
      deletions: [],
    });
  });
});

describe('attributesToRecord', () => {
  it('maps the list form to a record', () => {
    expect(attributesToRecord([{ Name: 'email', Value: 'a@b.c' }, { Name: 'x' }, {}])).toEqual({
      email: 'a@b.c',
      x: '',
    });
  });
});
