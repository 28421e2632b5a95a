import * as z from 'zod';
import {
  resourceServerIdentifierProblem,
  resourceServerNameProblem,
  scopeCountProblem,
  scopeListProblems,
} from './resource-server-rules';

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

/** The CreateResourceServer input, names and descriptions trimmed. */
export function toCreateResourceServerInput(poolId: string, values: ResourceServerFormValues) {
  return {
    UserPoolId: poolId,
    Identifier: values.identifier.trim(),
    Name: values.name.trim(),
    Scopes: values.scopes.map((s) => ({
      ScopeName: s.name.trim(),
      ScopeDescription: s.description.trim(),
    })),
  };
}
