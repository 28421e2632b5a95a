import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { Choice } from '@/components/Choice';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { SelectField, TextField } from '@/components/form-fields';
import { toastStore } from '@/components/toast/toast-store';
import {
  useAddCustomAttributes,
  type CustomAttributeInput,
} from '@/api/pools/add-custom-attributes';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { fieldForAwsMessage } from '@/lib/field-errors';
import {
  attributeTypes,
  customAttributeDefaults,
  customAttributeErrorFields,
  customAttributeSchema,
  toCustomAttributeInput,
  type CustomAttributeValues,
} from '../forms/custom-attribute';
import { SchemaAttributes } from './SchemaAttributes';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

const limitLabels: Record<string, [string, string] | undefined> = {
  String: ['Minimum length', 'Maximum length'],
  Number: ['Minimum value', 'Maximum value'],
};

export function CustomAttributes({ pool, readOnly }: { pool: UserPool; readOnly: boolean }) {
  return (
    <section
      id="schema"
      aria-labelledby="schema-heading"
      className="scroll-mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="schema-heading" className="text-base font-semibold text-slate-900">
        Attributes
      </h2>
      <SchemaAttributes attributes={pool.SchemaAttributes ?? []} />
      {!readOnly && <AddCustomAttributeForm pool={pool} />}
    </section>
  );
}

function AddCustomAttributeForm({ pool }: { pool: UserPool }) {
  const form = useForm<CustomAttributeValues>({
    resolver: zodResolver(customAttributeSchema(pool)),
    defaultValues: customAttributeDefaults,
  });
  const { register, formState, handleSubmit, control, setError, reset } = form;
  const errors = formState.errors;
  const [pending, setPending] = useState<CustomAttributeInput | null>(null);
  const submit = useGuardedSubmit(handleSubmit, (values) =>
    setPending(toCustomAttributeInput(values)),
  );
  const add = useAddCustomAttributes(pool.Id ?? '', {
    onSuccess: () => toastStore.show('Custom attribute added.', 'success'),
  });
  const type = useWatch({ control, name: 'type' });
  const limits = limitLabels[type];

  const confirm = () => {
    if (!pending) return;
    add.mutate([pending], {
      onSuccess: () => {
        setPending(null);
        reset(customAttributeDefaults);
      },
      onError: (error) => {
        const field = fieldForAwsMessage(error.message, customAttributeErrorFields);
        if (!field) return;
        setPending(null);
        add.reset();
        setError(field, { message: getErrorMessage(error) }, { shouldFocus: true });
      },
    });
  };

  return (
    <div className="border-t border-slate-200 pt-4">
      <form
        onSubmit={submit}
        noValidate
        className="space-y-4"
        aria-labelledby="add-attribute-heading"
      >
        <h3 id="add-attribute-heading" className="text-sm font-semibold text-slate-900">
          Add custom attribute
        </h3>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="custom-attribute-name"
            label="Attribute name"
            hint="1–20 characters; users see it as custom:name."
            error={errors.name?.message}
            {...register('name')}
          />
          <SelectField
            id="custom-attribute-type"
            label="Type"
            error={errors.type?.message}
            {...register('type')}
          >
            {attributeTypes.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </SelectField>
          {limits && (
            <>
              <TextField
                id="custom-attribute-min"
                label={limits[0]}
                error={errors.min?.message}
                inputMode="numeric"
                {...register('min')}
              />
              <TextField
                id="custom-attribute-max"
                label={limits[1]}
                error={errors.max?.message}
                inputMode="numeric"
                {...register('max')}
              />
            </>
          )}
        </div>
        <Choice label="Value can change after it is set (mutable)" {...register('mutable')} />
        <Choice
          label="Developer only"
          hint="Only administrator calls can write it; users can read it."
          {...register('developerOnly')}
        />
        {errors.root?.server && <Alert>{errors.root.server.message}</Alert>}
        <Button type="submit" variant="secondary">
          Add custom attribute
        </Button>
      </form>
      <ConfirmDialog
        open={pending !== null}
        onOpenChange={(open) => !open && setPending(null)}
        title={`Add custom:${pending?.Name ?? ''}?`}
        confirmLabel="Add attribute"
        destructive={false}
        onConfirm={confirm}
        mutation={add}
      >
        <p>
          A {pending?.AttributeDataType} attribute that{' '}
          {pending?.Mutable ? 'can change after it is set' : 'can never change once set'}
          {pending?.DeveloperOnlyAttribute ? ', written only by administrators' : ''}.
        </p>
        <p>Custom attributes can never be removed or renamed.</p>
      </ConfirmDialog>
    </div>
  );
}
