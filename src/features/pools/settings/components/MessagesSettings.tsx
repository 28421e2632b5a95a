import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { RadioGroup } from '@/components/Choice';
import { TextAreaField, TextField } from '@/components/form-fields';
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

const emailAccounts = [
  { value: 'COGNITO_DEFAULT', label: 'Cognito (default, limited daily quota)' },
  { value: 'DEVELOPER', label: 'Amazon SES with your verified identity' },
];

const verificationKinds = [
  { value: 'CONFIRM_WITH_CODE', label: 'A code' },
  { value: 'CONFIRM_WITH_LINK', label: 'A link' },
];

interface TextSetting {
  name: TextName;
  label: string;
  hint?: string;
}

const emailFields: TextSetting[] = [
  { name: 'sourceArn', label: 'SES source ARN', hint: 'arn:aws:ses:region:account:identity/…' },
  { name: 'from', label: 'From', hint: 'e.g. Acme <no-reply@acme.example>' },
  { name: 'replyTo', label: 'Reply-To' },
  { name: 'configurationSet', label: 'SES configuration set' },
];

const smsFields: TextSetting[] = [
  { name: 'snsCallerArn', label: 'SNS role ARN', hint: 'The IAM role Cognito uses to send SMS.' },
  { name: 'externalId', label: 'External ID' },
  { name: 'snsRegion', label: 'SNS Region', hint: "e.g. us-east-1; empty for the pool's Region." },
];

function templateHint(name: TextName): string | undefined {
  if (name.endsWith('Subject')) return undefined;
  if (name === 'verificationLink') return 'Must contain a link written {##Click here##}.';
  if (name.startsWith('invitation')) {
    return 'Must contain {username} and {####} (the temporary password).';
  }
  return 'Must contain {####} where the code goes.';
}

function TextSettingField({
  form,
  setting,
  multiline,
}: {
  form: UseFormReturn<MessagesValues>;
  setting: TextSetting;
  multiline?: boolean;
}) {
  const frame = {
    id: `messages-${setting.name}`,
    label: setting.label,
    hint: setting.hint,
    error: form.formState.errors[setting.name]?.message,
    ...form.register(setting.name),
  };
  return multiline ? <TextAreaField {...frame} /> : <TextField {...frame} />;
}

function TemplateField({
  form,
  field,
}: {
  form: UseFormReturn<MessagesValues>;
  field: (typeof templateFields)[number];
}) {
  const template = useWatch({ control: form.control, name: field.name });
  const hint = templateHint(field.name);
  return (
    <div className="space-y-2">
      <TextSettingField
        form={form}
        setting={{ name: field.name, label: field.label, hint }}
        multiline={field.multiline}
      />
      {hint && <MessagePreview label={field.label} template={template} />}
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
      <RadioGroup
        legend="Email sent by"
        error={formState.errors.emailAccount?.message}
        options={emailAccounts}
        registration={register('emailAccount')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {emailFields.map((setting) => (
          <TextSettingField key={setting.name} form={form} setting={setting} />
        ))}
      </div>
      <h3 className="text-sm font-semibold text-slate-900">SMS</h3>
      <div className="grid gap-4 sm:grid-cols-3">
        {smsFields.map((setting) => (
          <TextSettingField key={setting.name} form={form} setting={setting} />
        ))}
      </div>
      <h3 className="text-sm font-semibold text-slate-900">Templates</h3>
      <RadioGroup
        legend="Verification by email sends"
        options={verificationKinds}
        registration={register('defaultEmailOption')}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        {templateFields.map((field) => (
          <TemplateField key={field.name} form={form} field={field} />
        ))}
      </div>
    </SettingsForm>
  );
}
