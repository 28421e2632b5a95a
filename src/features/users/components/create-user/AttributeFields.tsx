import type { UseFormReturn } from 'react-hook-form';
import { Section } from '@/components/Section';
import type { CreateUserFormValues } from '@/features/users/forms/create-user-input';
import { attributeKindLabel, type AttributeDefinition } from '@/lib/user-attributes/schema';
import { AttributeValueField } from '../AttributeValueField';

/** Attributes people fill most; the rest of the schema sits in a collapsed group. */
const common = new Set(['email', 'phone_number', 'name', 'given_name', 'family_name']);

const fieldId = (name: string) => `create-attribute-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

function hint(definition: AttributeDefinition): string | undefined {
  const parts = [
    attributeKindLabel(definition.kind),
    definition.required ? 'Required' : undefined,
    definition.mutable ? undefined : 'Immutable: cannot be changed after creation',
    definition.name === 'phone_number' ? 'International format, e.g. +14155550123' : undefined,
    definition.name === 'birthdate' ? 'YYYY-MM-DD' : undefined,
    definition.dataType === 'Number' ? 'A number' : undefined,
    definition.dataType === 'Boolean' ? 'true or false' : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

interface AttributeFieldsProps {
  form: UseFormReturn<CreateUserFormValues>;
  attributes: AttributeDefinition[];
}

export function AttributeFields({ form, attributes }: AttributeFieldsProps) {
  const { register, formState } = form;
  const shown = attributes.filter((a) => a.required || common.has(a.name));
  const more = attributes.filter((a) => !shown.includes(a));
  const render = (definition: AttributeDefinition) => (
    <AttributeValueField
      key={definition.name}
      id={fieldId(definition.name)}
      label={
        <>
          <span className="font-mono">{definition.name}</span>
          {definition.required && <span className="text-red-700"> (required)</span>}
        </>
      }
      hint={hint(definition)}
      error={formState.errors.attributes?.[definition.name]?.message}
      definition={definition}
      registration={register(`attributes.${definition.name}`)}
    />
  );
  // An error in a collapsed field must be seen: keep the group open while one is there.
  const moreHasError = more.some((a) => formState.errors.attributes?.[a.name]);
  return (
    <Section title="Attributes">
      <div className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">{shown.map(render)}</div>
        {more.length > 0 && (
          <details
            open={moreHasError || undefined}
            className="rounded-md border border-slate-200 p-3"
          >
            <summary className="cursor-pointer text-sm font-medium text-slate-800">
              Other attributes ({more.length})
            </summary>
            <div className="mt-3 grid gap-4 sm:grid-cols-2">{more.map(render)}</div>
          </details>
        )}
      </div>
    </Section>
  );
}
