import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { RadioGroup } from '@/components/Choice';
import { TextField } from '@/components/form-fields';
import { prefixDomainHost } from '@/features/domains/forms/domain-rules';
import { useCreateUserPoolDomain } from '@/api/domains/create-user-pool-domain';
import { useServerError } from '@/components/use-server-error';
import { domainErrorFields } from '../forms/domain-errors';
import {
  domainDefaults,
  domainSchema,
  toCreateUserPoolDomainInput,
  type DomainFormValues,
} from '../forms/domain-schema';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

interface CreateDomainFormProps {
  poolId: string;
  region: string;
  /** The kinds the pool does not have yet. */
  kinds: DomainFormValues['kind'][];
  onCreated: (domain: string) => void;
}

export function CreateDomainForm({ poolId, region, kinds, onCreated }: CreateDomainFormProps) {
  const create = useCreateUserPoolDomain(poolId, { onSuccess: onCreated });
  // Validated as the user types: pattern and reserved words show before anything is sent.
  const form = useForm<DomainFormValues>({
    resolver: zodResolver(domainSchema),
    defaultValues: domainDefaults(kinds[0] ?? 'prefix'),
    mode: 'onChange',
  });
  const { register, handleSubmit, formState, control } = form;
  const kind = useWatch({ control, name: 'kind' });
  const prefix = useWatch({ control, name: 'prefix' }).trim();
  const prefixError = formState.errors.prefix?.message;
  const serverError = useServerError(form, create.error, domainErrorFields);
  const submit = useGuardedSubmit(handleSubmit, (values) =>
    create.mutateAsync(toCreateUserPoolDomainInput(poolId, values)),
  );
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {serverError !== undefined && serverError !== null && (
        <Alert>{getErrorMessage(serverError)}</Alert>
      )}
      {kinds.length > 1 && (
        <RadioGroup
          legend="Domain type"
          options={[
            {
              value: 'prefix',
              label: 'Cognito domain (prefix)',
              hint: `https://<prefix>.auth.${region}.amazoncognito.com`,
            },
            {
              value: 'custom',
              label: 'Custom domain',
              hint: 'Your own host name, served through CloudFront with an ACM certificate.',
            },
          ]}
          registration={register('kind')}
        />
      )}
      {kind === 'prefix' ? (
        <TextField
          id="domain-prefix"
          label="Domain prefix"
          hint={
            prefix && !prefixError ? (
              <>
                Sign-in pages will be at{' '}
                <span className="font-mono">https://{prefixDomainHost(prefix, region)}</span>
              </>
            ) : (
              'Lowercase letters, numbers and hyphens; must not contain aws, amazon or cognito.'
            )
          }
          error={prefixError}
          spellCheck={false}
          {...register('prefix')}
        />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="domain-hostname"
            label="Custom domain"
            hint="e.g. auth.example.com; afterwards point its DNS at the CloudFront distribution."
            error={formState.errors.hostname?.message}
            spellCheck={false}
            {...register('hostname')}
          />
          <TextField
            id="domain-certificate"
            label="ACM certificate ARN"
            hint="Must be in us-east-1, whatever the pool’s region."
            error={formState.errors.certificateArn?.message}
            spellCheck={false}
            {...register('certificateArn')}
          />
        </div>
      )}
      <Button type="submit" pending={create.isPending}>
        Create domain
      </Button>
    </form>
  );
}
