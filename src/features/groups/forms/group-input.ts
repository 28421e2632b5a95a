/**
 * Pure mappers between GetGroup output, the group form and CreateGroup / UpdateGroup inputs.
 * Structural types (no SDK import) so the emulator's contract tests can use them too.
 */
import * as z from 'zod';

export interface GroupDescription {
  GroupName?: string;
  UserPoolId?: string;
  Description?: string;
  Precedence?: number;
  RoleArn?: string;
  CreationDate?: Date;
  LastModifiedDate?: Date;
}

export interface GroupWriteInput {
  UserPoolId: string;
  GroupName: string;
  Description?: string;
  Precedence?: number;
  RoleArn?: string;
}

/** Only what the user changed; everything else is copied from GetGroup. */
export interface GroupEdits {
  description?: string;
  precedence?: number;
  roleArn?: string;
}

// ArnType in the service model: 20–2048 characters, this pattern.
export const ROLE_ARN_PATTERN =
  /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/;
export const MAX_PRECEDENCE = 2 ** 31 - 1;

/**
 * UpdateGroup keeps (emulator) or resets (cognito-behaviour.md 15) what it does not receive, so
 * every field is sent, copied from GetGroup unless edited. A role or precedence cannot be removed:
 * RoleArn has a 20-character minimum ("" is refused) and an omitted value is not a removal.
 */
export function toUpdateGroupInput(
  described: GroupDescription,
  edits: GroupEdits,
): GroupWriteInput {
  if (!described.UserPoolId || !described.GroupName) {
    throw new Error('The described group has no UserPoolId or GroupName.');
  }
  if (edits.roleArn !== undefined && edits.roleArn.length < 20) {
    throw new RangeError('RoleArn must be an ARN of at least 20 characters; it cannot be cleared.');
  }
  const description = edits.description ?? described.Description;
  const precedence = edits.precedence ?? described.Precedence;
  const roleArn = edits.roleArn ?? described.RoleArn;
  return {
    UserPoolId: described.UserPoolId,
    GroupName: described.GroupName,
    ...(description !== undefined ? { Description: description } : {}),
    ...(precedence !== undefined ? { Precedence: precedence } : {}),
    ...(roleArn !== undefined ? { RoleArn: roleArn } : {}),
  };
}

/** Form shape: text inputs, so precedence is a string ("" = none). */
export interface GroupFormValues {
  name: string;
  description: string;
  precedence: string;
  roleArn: string;
}

export const emptyGroupForm: GroupFormValues = {
  name: '',
  description: '',
  precedence: '',
  roleArn: '',
};

export function toGroupFormValues(group: GroupDescription): GroupFormValues {
  return {
    name: group.GroupName ?? '',
    description: group.Description ?? '',
    precedence: group.Precedence === undefined ? '' : String(group.Precedence),
    roleArn: group.RoleArn ?? '',
  };
}

/**
 * The form's schema. With `existing` (editing), removing a role or precedence the group already
 * has is refused at the field, because UpdateGroup cannot do it.
 */
export function groupFormSchema(existing?: GroupDescription) {
  return z
    .object({
      name: z
        .string()
        .min(1, 'Enter a group name.')
        .max(128, 'Use at most 128 characters.')
        .regex(/^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u, 'Use letters, numbers and symbols, no spaces.'),
      description: z.string().max(2048, 'Use at most 2,048 characters.'),
      precedence: z
        .string()
        .trim()
        .refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) <= MAX_PRECEDENCE), {
          message: `Enter a whole number from 0 to ${MAX_PRECEDENCE}, or leave empty.`,
        }),
      roleArn: z
        .string()
        .trim()
        .refine(
          (v) => v === '' || (v.length >= 20 && v.length <= 2048 && ROLE_ARN_PATTERN.test(v)),
          {
            message: 'Enter an IAM role ARN such as arn:aws:iam::123456789012:role/my-role.',
          },
        ),
    })
    .superRefine((values, ctx) => {
      if (existing?.RoleArn && values.roleArn === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['roleArn'],
          message:
            'A group’s role cannot be removed: AWS refuses an empty role ARN (20 characters minimum) and keeps the role when none is sent. Replace it with another role, or delete and re-create the group.',
        });
      }
      if (existing?.Precedence !== undefined && values.precedence === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['precedence'],
          message: 'Precedence cannot be removed once set. Enter a number.',
        });
      }
    });
}

export function toCreateGroupInput(poolId: string, values: GroupFormValues): GroupWriteInput {
  const description = values.description;
  const precedence = values.precedence.trim();
  const roleArn = values.roleArn.trim();
  return {
    UserPoolId: poolId,
    GroupName: values.name,
    ...(description !== '' ? { Description: description } : {}),
    ...(precedence !== '' ? { Precedence: Number(precedence) } : {}),
    ...(roleArn !== '' ? { RoleArn: roleArn } : {}),
  };
}

/** Fields whose form value differs from the group's current value. */
export function groupEditsFromForm(
  described: GroupDescription,
  values: GroupFormValues,
): GroupEdits {
  const initial = toGroupFormValues(described);
  const edits: GroupEdits = {};
  if (values.description !== initial.description) edits.description = values.description;
  const precedence = values.precedence.trim();
  if (precedence !== initial.precedence && precedence !== '') edits.precedence = Number(precedence);
  const roleArn = values.roleArn.trim();
  if (roleArn !== initial.roleArn && roleArn !== '') edits.roleArn = roleArn;
  return edits;
}
