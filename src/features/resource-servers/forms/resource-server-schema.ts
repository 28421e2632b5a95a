import * as z from 'zod';
import {
  resourceServerIdentifierProblem,
  resourceServerNameProblem,
  scopeCountProblem,
  scopeListProblems,
} from '@/lib/resource-servers/resource-server-rules';

const scopeRow = z.object({ name: z.string(), description: z.string() });

/** The API's constraints, checked at each field before anything is sent. */
export const resourceServerSchema = z
  .object({
    identifier: z.string().trim(),
    name: z.string(),
    scopes: z.array(scopeRow),
  })
  .superRefine((values, ctx) => {
    const identifierProblem = resourceServerIdentifierProblem(values.identifier);
    if (identifierProblem)
      ctx.addIssue({ code: 'custom', path: ['identifier'], message: identifierProblem });
    const nameProblem = resourceServerNameProblem(values.name);
    if (nameProblem) ctx.addIssue({ code: 'custom', path: ['name'], message: nameProblem });
    const countProblem = scopeCountProblem(values.scopes.length);
    if (countProblem) ctx.addIssue({ code: 'custom', path: ['scopes'], message: countProblem });
    for (const problem of scopeListProblems(values.scopes)) {
      ctx.addIssue({
        code: 'custom',
        path: ['scopes', problem.index, problem.field],
        message: problem.message,
      });
    }
  });

export type ResourceServerFormValues = z.infer<typeof resourceServerSchema>;

export const newResourceServerDefaults: ResourceServerFormValues = {
  identifier: '',
  name: '',
  scopes: [],
};
