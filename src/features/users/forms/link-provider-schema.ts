import { z } from 'zod';

export const linkProviderSchema = z.object({
  providerName: z.string().min(1, 'Choose an identity provider.'),
  attributeName: z
    .string()
    .trim()
    .min(1, 'Enter the attribute name, usually Cognito_Subject.')
    .max(131, 'At most 131 characters.'),
  attributeValue: z
    .string()
    .trim()
    .min(1, "Enter the value: the user's id at the provider for Cognito_Subject.")
    .max(2048, 'At most 2048 characters.'),
});

export type LinkProviderFormValues = z.infer<typeof linkProviderSchema>;
