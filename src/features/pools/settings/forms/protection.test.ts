import { describe, expect, it } from 'vitest';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { fullyPopulatedPool } from '@/lib/user-pools/fully-populated-pool';
import { diffUserPoolUpdate, toUpdateUserPoolInput } from '@/lib/user-pools/update-user-pool';
import {
  protectionEdits,
  protectionSchema,
  toProtectionValues,
  type ProtectionValues,
} from './protection';

function changesOf(pool: UserPool, edit: Partial<ProtectionValues>) {
  const values = { ...toProtectionValues(pool), ...edit };
  return diffUserPoolUpdate(
    toUpdateUserPoolInput(pool, {}),
    toUpdateUserPoolInput(pool, protectionEdits(pool, values)),
  );
}

const savedTags = (pool: UserPool, tags: ProtectionValues['tags']) =>
  toUpdateUserPoolInput(pool, protectionEdits(pool, { ...toProtectionValues(pool), tags }))
    .UserPoolTags;

describe('Protection and tags settings', () => {
  it('shows deletion protection, the threat protection mode and the tags', () => {
    expect(toProtectionValues(fullyPopulatedPool)).toEqual({
      deletionProtection: true,
      advancedSecurityMode: 'AUDIT',
      tags: [
        { key: 'team', value: 'identity' },
        { key: 'cost-centre', value: '42' },
      ],
    });
  });

  it('turning deletion protection off changes that setting only', () => {
    expect(changesOf(fullyPopulatedPool, { deletionProtection: false })).toEqual([
      { path: 'DeletionProtection', before: 'ACTIVE', after: 'INACTIVE' },
    ]);
  });

  it('a pool that never said is sent INACTIVE only once the user turns protection off', () => {
    const pool: UserPool = { Id: 'eu-west-1_Unsaid', Name: 'unsaid' };
    expect(changesOf(pool, {})).toEqual([]);
    expect(changesOf(pool, { deletionProtection: true })).toEqual([
      { path: 'DeletionProtection', before: undefined, after: 'ACTIVE' },
    ]);
  });

  it('a new threat protection mode keeps the per-flow settings', () => {
    expect(changesOf(fullyPopulatedPool, { advancedSecurityMode: 'ENFORCED' })).toEqual([
      { path: 'UserPoolAddOns.AdvancedSecurityMode', before: 'AUDIT', after: 'ENFORCED' },
    ]);
  });

  it('adds, edits and removes tags', () => {
    expect(
      savedTags(fullyPopulatedPool, [
        { key: 'team', value: 'platform' },
        { key: 'owner', value: '' },
      ]),
    ).toEqual({ team: 'platform', owner: '' });
    expect(savedTags(fullyPopulatedPool, [])).toEqual({});
    expect(changesOf(fullyPopulatedPool, { tags: [{ key: 'team', value: 'identity' }] })).toEqual([
      { path: 'UserPoolTags.cost-centre', before: '42', after: undefined },
    ]);
  });

  it('keeps tag keys that look like object members as tags', () => {
    const tags = savedTags(fullyPopulatedPool, [
      { key: '__proto__', value: 'a' },
      { key: 'constructor', value: 'b' },
    ]);
    expect(Object.entries(tags ?? {})).toEqual([
      ['__proto__', 'a'],
      ['constructor', 'b'],
    ]);
  });

  it('refuses a duplicate or empty key at the row that has it', () => {
    const result = protectionSchema.safeParse({
      ...toProtectionValues(fullyPopulatedPool),
      tags: [
        { key: 'team', value: 'a' },
        { key: ' ', value: 'b' },
        { key: 'team', value: 'c' },
      ],
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['tags.1.key', 'Enter a key.'],
      ['tags.2.key', 'This key is already used.'],
    ]);
  });
});
