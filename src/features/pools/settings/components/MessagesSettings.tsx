import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { Choice, Fieldset } from '@/components/Choice';
import { Field, inputClass } from '@/components/Field';
import { toastStore } from '@/components/toast/toast-store';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { useUpdateUserPool } from '@/api/pools/update-user-pool';
import { diffUserPoolUpdate, toUpdateUserPoolInput } from '@/lib/user-pools/update-user-pool';
import {
  messagesEdits,
  messagesErrorFields,
  messagesSchema,
  templateFields,
  toMessagesValues,
  type MessagesValues,
} from '../forms/messages';
import { MessagePreview } from './MessagePreview';
import { ReviewChangesDialog } from './ReviewChangesDialog';
import { SettingsForm } from './SettingsForm';
import { useReviewedSave } from './use-reviewed-save';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

type TextName = Exclude<keyof MessagesValues, 'emailAccount' | 'defaultEmailOption'>;

function TextField({
  form,
  name,
  label,
  hint,
}: {
  form: UseFormReturn<MessagesValues>;
  name: TextName;
  label: string;
  hint?: string;
}) {
  return (
    <Field
      id={`messages-${name}`}
      label={label}
      hint={hint}
      error={form.formState.errors[name]?.message}
    >
      {(c) => <input {...c} className={inputClass} autoComplete="off" {...form.register(name)} />}
    </Field>
  );
}

function TemplateField({
  form,
  field,
}: {
  form: UseFormReturn<MessagesValues>;
  field: (typeof templateFields)[number];
}) {
  const error = form.formState.errors[field.name]?.message;
  const template = useWatch({ control: form.control, name: field.name });
  const isSubject = field.name.endsWith('Subject');
  const hint = isSubject
    ? undefined
    : field.name === 'verificationLink'
      ? 'Must contain a link written {##Click here##}.'
      : field.name.startsWith('invitation')
        ? 'Must contain {username} and {####} (the temporary password).'
        : 'Must contain {####} where the code goes.';
  return (
    <div className="space-y-2">
      <Field id={`messages-${field.name}`} label={field.label} hint={hint} error={error}>
        {(c) =>
          field.multiline ? (
            <textarea {...c} rows={3} className={inputClass} {...form.register(field.name)} />
          ) : (
            <input
              {...c}
              className={inputClass}
              autoComplete="off"
              {...form.register(field.name)}
            />
          )
        }
      </Field>
      {!isSubject && <MessagePreview label={field.label} template={template} />}
    </div>
  );
}

export function MessagesSettings({ pool, readOnly }: { pool: UserPool; readOnly: boolean }) {
  const form = useForm<MessagesValues>({
    resolver: zodResolver(messagesSchema),
    defaultValues: toMessagesValues(pool),
  });
  const { register, formState, handleSubmit } = form;
  const update = useUpdateUserPool(pool.Id ?? '', {
    onSuccess: () => toastStore.show('Message settings saved.', 'success'),
  });
  const { propose, dialog } = useReviewedSave(form, update, messagesErrorFields);
  const submit = useGuardedSubmit(handleSubmit, (values) => {
    const request = toUpdateUserPoolInput(pool, messagesEdits(pool, values));
    propose(request, diffUserPoolUpdate(toUpdateUserPoolInput(pool, {}), request));
  });

  return (
    <SettingsForm
      id="messages"
      title="Messages"
      description="How the pool sends email and SMS, and what its messages say. Empty templates use AWS's defaults."
      readOnly={readOnly}
      pending={update.isPending}
      serverError={formState.errors.root?.server?.message}
      onSubmit={submit}
      dialog={<ReviewChangesDialog title="Save message settings?" {...dialog} />}
    >
      <Fieldset legend="Email sent by" error={formState.errors.emailAccount?.message}>
        <Choice
          type="radio"
          value="COGNITO_DEFAULT"
          label="Cognito (default, limited daily quota)"
          {...register('emailAccount')}
        />
        <Choice
          type="radio"
          value="DEVELOPER"
          label="Amazon SES with your verified identity"
          {...register('emailAccount')}
        />
      </Fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          form={form}
          name="sourceArn"
          label="SES source ARN"
          hint="arn:aws:ses:region:account:identity/…"
        />
        <TextField form={form} name="from" label="From" hint="e.g. Acme <no-reply@acme.example>" />
        <TextField form={form} name="replyTo" label="Reply-To" />
        <TextField form={form} name="configurationSet" label="SES configuration set" />
      </div>
      <h3 className="text-sm font-semibold text-slate-900">SMS</h3>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          form={form}
          name="snsCallerArn"
          label="SNS role ARN"
          hint="The IAM role Cognito uses to send SMS."
        />
        <TextField form={form} name="externalId" label="External ID" />
        <TextField
          form={form}
          name="snsRegion"
          label="SNS Region"
          hint="e.g. us-east-1; empty for the pool's Region."
        />
      </div>
      <h3 className="text-sm font-semibold text-slate-900">Templates</h3>
      <Fieldset legend="Verification by email sends">
        <Choice
          type="radio"
          value="CONFIRM_WITH_CODE"
          label="A code"
          {...register('defaultEmailOption')}
        />
        <Choice
          type="radio"
          value="CONFIRM_WITH_LINK"
          label="A link"
          {...register('defaultEmailOption')}
        />
      </Fieldset>
      <div className="grid gap-4 lg:grid-cols-2">
        {templateFields.map((field) => (
          <TemplateField key={field.name} form={form} field={field} />
        ))}
      </div>
    </SettingsForm>
  );
}
