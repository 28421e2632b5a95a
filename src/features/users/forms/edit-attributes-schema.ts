import { z } from 'zod';
import { isEditable, type AttributeDefinition } from '@/lib/user-attributes/schema';
import { validateAttributeValue } from '@/lib/user-attributes/validate';

export interface EditAttributesFormValues {
  attributes: Record<string, string>;
}

/** Form defaults from the user's attributes: every editable schema attribute, empty if unset. */
export function toEditAttributesDefaults(
  schema: readonly AttributeDefinition[],
  attributes: Readonly<Record<string, string>>,
): EditAttributesFormValues {
  return {
    attributes: Object.fromEntries(
      schema.filter(isEditable).map((d) => [d.name, attributes[d.name] ?? '']),
    ),
  };
}

export function editAttributesSchema(schema: readonly AttributeDefinition[]) {
  return z
    .object({ attributes: z.record(z.string(), z.string()) })
    .superRefine(({ attributes }, ctx) => {
      for (const definition of schema.filter(isEditable)) {
        const value = attributes[definition.name];
        if (value === undefined) continue;
        const message = validateAttributeValue(definition, value);
        if (message)
          ctx.addIssue({ code: 'custom', message, path: ['attributes', definition.name] });
      }
    });
}
