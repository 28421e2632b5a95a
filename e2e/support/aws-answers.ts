import type { Page, Response } from '@playwright/test';

/** What Cognito answered the page: every operation, those it refused as AccessDenied, every body. */
export function recordAwsAnswers(page: Page) {
  const answers: Promise<{ operation: string; status: number; body: string }>[] = [];
  page.on('response', (response: Response) => {
    const target = response.request().headers()['x-amz-target'];
    if (!target) return;
    const operation = target.split('.').pop() ?? target;
    answers.push(
      response
        .text()
        .catch(() => '')
        .then((body) => ({ operation, status: response.status(), body })),
    );
  });
  return {
    operations: async () => (await Promise.all(answers)).map((a) => a.operation),
    refused: async () =>
      (await Promise.all(answers))
        .filter((a) => a.body.includes('AccessDeniedException'))
        .map((a) => a.operation),
    bodies: async () => (await Promise.all(answers)).map((a) => a.body).join('\n'),
  };
}
