import * as z from 'zod';
import type { CustomAttributeInput } from '@/api/pools/add-custom-attributes';
import type { UserPool } from '@/api/pools/describe-user-pool';

export const attributeTypes = ['String', 'Number', 'DateTime', 'Boolean'] as const;

/** Model: CustomAttributeNameType (1–20 printable characters); StringAttributeConstraints 0–2048. */
const MAX_STRING_LENGTH = 2048;
const optionalNumberText = z.string().trim();

function bareName(name: string) {
  return name.replace(/^(dev:)?custom:/, '');
}

export function customAttributeSchema(pool: UserPool) {
  const existing = new Set(
    (pool.SchemaAttributes ?? [])
      .map((a) => a.Name ?? '')
      .filter((name) => /^(dev:)?custom:/.test(name))
      .map(bareName),
  );
  return z
    .object({
      name: z
        .string()
        .trim()
        .min(1, 'Enter a name.')
        .refine(
          (name) => bareName(name).length <= 20,
          'Use at most 20 characters (without the custom: prefix).',
        )
        .regex(
          /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u,
          'Use letters, numbers and punctuation, no spaces.',
        )
        .refine((name) => !existing.has(bareName(name)), 'The pool already has this attribute.'),
      type: z.enum(attributeTypes),
      min: optionalNumberText,
      max: optionalNumberText,
      mutable: z.boolean(),
      developerOnly: z.boolean(),
    })
    .superRefine((values, ctx) => {
      const limits = [
        ['min', values.min],
        ['max', values.max],
      ] as const;
      for (const [path, text] of limits) {
        if (text === '' || !(values.type === 'String' || values.type === 'Number')) continue;
        const value = Number(text);
        if (!Number.isFinite(value)) {
          ctx.addIssue({ code: 'custom', path: [path], message: 'Enter a number.' });
        } else if (
          values.type === 'String' &&
          !(Number.isInteger(value) && value >= 0 && value <= MAX_STRING_LENGTH)
        ) {
          ctx.addIssue({
            code: 'custom',
            path: [path],
            message: `A length is a whole number from 0 to ${MAX_STRING_LENGTH}.`,
          });
        }
      }
      if (values.min !== '' && values.max !== '' && Number(values.min) > Number(values.max)) {
        ctx.addIssue({
          code: 'custom',
          path: ['max'],
          message: 'The maximum is below the minimum.',
        });
      }
    });
}

export type CustomAttributeValues = z.infer<ReturnType<typeof customAttributeSchema>>;

export const customAttributeDefaults: CustomAttributeValues = {
  name: '',
  type: 'String',
  min: '',
  max: '',
  mutable: true,
  developerOnly: false,
};

/** AddCustomAttributes takes the bare name; Cognito adds the custom: prefix. */
export function toCustomAttributeInput(values: CustomAttributeValues): CustomAttributeInput {
  const name = bareName(values.name.trim());
  const min = values.min === '' ? undefined : values.min;
  const max = values.max === '' ? undefined : values.max;
  return {
    Name: name,
    AttributeDataType: values.type,
    Mutable: values.mutable,
    ...(values.developerOnly && { DeveloperOnlyAttribute: true }),
    ...(values.type === 'String' &&
      (min !== undefined || max !== undefined) && {
        StringAttributeConstraints: { MinLength: min, MaxLength: max },
      }),
    ...(values.type === 'Number' &&
      (min !== undefined || max !== undefined) && {
        NumberAttributeConstraints: { MinValue: min, MaxValue: max },
      }),
  };
}

export const customAttributeErrorFields = {
  Name: 'name',
  CustomAttributes: 'name',
  MinLength: 'min',
  MaxLength: 'max',
  MinValue: 'min',
  MaxValue: 'max',
} as const satisfies Record<string, keyof CustomAttributeValues>;
