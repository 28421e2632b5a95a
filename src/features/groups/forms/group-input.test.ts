import { describe, expect, it } from 'vitest';
import {
  groupEditsFromForm,
  groupFormSchema,
  toCreateGroupInput,
  toGroupFormValues,
  toUpdateGroupInput,
  type GroupDescription,
} from './group-input';

const role = 'arn:aws:iam::123456789012:role/acme-premium';
const described: GroupDescription = {
  UserPoolId: 'us-east-1_AcmeCust1',
  GroupName: 'premium',
  Description: 'Paying customers',
  Precedence: 10,
  RoleArn: role,
  CreationDate: new Date(0),
  LastModifiedDate: new Date(0),
};

describe('toUpdateGroupInput', () => {
  it('reproduces GetGroup when nothing changed, without the dates', () => {
    expect(toUpdateGroupInput(described, {})).toEqual({
      UserPoolId: 'us-east-1_AcmeCust1',
      GroupName: 'premium',
      Description: 'Paying customers',
      Precedence: 10,
      RoleArn: role,
    });
  });

  it('changes one field and copies the others', () => {
    expect(toUpdateGroupInput(described, { precedence: 3 })).toEqual({
      UserPoolId: 'us-east-1_AcmeCust1',
      GroupName: 'premium',
      Description: 'Paying customers',
      Precedence: 3,
      RoleArn: role,
    });
    expect(toUpdateGroupInput(described, { description: '' }).Description).toBe('');
  });

  it('sends no value the group never had', () => {
    expect(toUpdateGroupInput({ UserPoolId: 'p', GroupName: 'g' }, {})).toEqual({
      UserPoolId: 'p',
      GroupName: 'g',
    });
  });

  it('refuses to send an empty role ARN, which AWS rejects (20 characters minimum)', () => {
    expect(() => toUpdateGroupInput(described, { roleArn: '' })).toThrow(RangeError);
  });
});

describe('group form', () => {
  it('round-trips GetGroup through the form without edits', () => {
    expect(groupEditsFromForm(described, toGroupFormValues(described))).toEqual({});
  });

  it('reports only the changed fields', () => {
    const values = { ...toGroupFormValues(described), description: 'Gold', precedence: ' 4 ' };
    expect(groupEditsFromForm(described, values)).toEqual({ description: 'Gold', precedence: 4 });
  });

  it('checks the role ARN format and refuses removing a role or precedence', () => {
    const schema = groupFormSchema(described);
    const values = toGroupFormValues(described);
    expect(schema.safeParse(values).success).toBe(true);
    const noRole = schema.safeParse({ ...values, roleArn: '' });
    expect(noRole.error?.issues[0]?.path).toEqual(['roleArn']);
    expect(noRole.error?.issues[0]?.message).toMatch(/cannot be removed/);
    expect(schema.safeParse({ ...values, precedence: '' }).success).toBe(false);
    expect(schema.safeParse({ ...values, roleArn: 'not-an-arn' }).success).toBe(false);
    expect(schema.safeParse({ ...values, precedence: '-1' }).success).toBe(false);
    expect(groupFormSchema().safeParse({ ...values, roleArn: '', precedence: '' }).success).toBe(
      true,
    );
  });

  it('rejects names with spaces', () => {
    expect(groupFormSchema().safeParse({ ...toGroupFormValues({}), name: 'a b' }).success).toBe(
      false,
    );
  });

  it('builds CreateGroup with only the values given', () => {
    expect(
      toCreateGroupInput('p', { name: 'vip', description: '', precedence: '0', roleArn: '' }),
    ).toEqual({ UserPoolId: 'p', GroupName: 'vip', Precedence: 0 });
  });
});
