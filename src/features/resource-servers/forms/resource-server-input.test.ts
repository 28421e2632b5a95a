import { describe, expect, it } from 'vitest';
import { toScopeRows, toUpdateResourceServerInput } from './resource-server-input';

const described = {
  UserPoolId: 'us-east-1_abc',
  Identifier: 'https://api.example.com',
  Name: 'Orders API',
  Scopes: [
    { ScopeName: 'orders.read', ScopeDescription: 'Read orders' },
    { ScopeName: 'orders.write', ScopeDescription: 'Write orders' },
  ],
};

describe('toUpdateResourceServerInput', () => {
  it('renaming keeps every scope', () => {
    expect(toUpdateResourceServerInput(described, { name: 'Renamed' })).toEqual({
      UserPoolId: 'us-east-1_abc',
      Identifier: 'https://api.example.com',
      Name: 'Renamed',
      Scopes: described.Scopes,
    });
  });
  it('editing scopes keeps the name and sends the whole new list', () => {
    const input = toUpdateResourceServerInput(described, {
      scopes: [...toScopeRows(described), { name: ' admin ', description: ' Administer ' }],
    });
    expect(input.Name).toBe('Orders API');
    expect(input.Scopes).toEqual([
      ...described.Scopes,
      { ScopeName: 'admin', ScopeDescription: 'Administer' },
    ]);
  });
  it('an explicit empty list removes all scopes, no edit keeps them', () => {
    expect(toUpdateResourceServerInput(described, { scopes: [] }).Scopes).toEqual([]);
    expect(toUpdateResourceServerInput(described, {}).Scopes).toEqual(described.Scopes);
  });
  it('copes with a server described without scopes', () => {
    expect(
      toUpdateResourceServerInput({ ...described, Scopes: undefined }, { name: 'x' }).Scopes,
    ).toEqual([]);
  });
});
