import { useState } from 'react';

/**
 * Cognito's list operations page forward only (NextToken / PaginationToken): the tokens of the
 * pages already seen are kept so Previous can go back. A new `scope` (region, pool, filter) starts
 * over at the first page.
 */
export function usePageTokens(scope: string) {
  const [state, setState] = useState<{ scope: string; tokens: (string | undefined)[] }>({
    scope,
    tokens: [undefined],
  });
  const tokens = state.scope === scope ? state.tokens : [undefined];
  return {
    page: tokens.length - 1,
    token: tokens[tokens.length - 1],
    next: (token: string) => setState({ scope, tokens: [...tokens, token] }),
    previous: () => setState({ scope, tokens: tokens.slice(0, -1) }),
  };
}
