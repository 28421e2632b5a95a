import * as z from 'zod';
import { certificateArnProblem, customDomainProblem, prefixDomainProblem } from './domain-rules';

export const domainSchema = z
  .object({
    kind: z.enum(['prefix', 'custom']),
    prefix: z.string().trim(),
    hostname: z.string().trim(),
    certificateArn: z.string().trim(),
  })
  .superRefine((values, ctx) => {
    const issue = (path: string, message: string | undefined) =>
      message && ctx.addIssue({ code: 'custom', path: [path], message });
    if (values.kind === 'prefix') {
      issue('prefix', prefixDomainProblem(values.prefix));
    } else {
      issue('hostname', customDomainProblem(values.hostname));
      issue('certificateArn', certificateArnProblem(values.certificateArn));
    }
  });

export type DomainFormValues = z.infer<typeof domainSchema>;

export const domainDefaults = (kind: DomainFormValues['kind']): DomainFormValues => ({
  kind,
  prefix: '',
  hostname: '',
  certificateArn: '',
});

/** The CreateUserPoolDomain input: a prefix, or a custom hostname with its certificate. */
export function toCreateUserPoolDomainInput(poolId: string, values: DomainFormValues) {
  const custom = values.kind === 'custom';
  return {
    UserPoolId: poolId,
    Domain: custom ? values.hostname.trim() : values.prefix.trim(),
    ...(custom ? { CustomDomainConfig: { CertificateArn: values.certificateArn.trim() } } : {}),
  };
}
