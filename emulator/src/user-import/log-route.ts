import { registerRoute, sendJson } from '../protocol/routes.ts';

/**
 * GET /_emulator/user-import-log?pool=<id>&job=<id>: a job's log lines, one per skipped or failed
 * row, as AWS writes them to the job's CloudWatch log stream (which the emulator has no service
 * for). A control route: only the console's own pages may read it from a browser.
 */
registerRoute('GET', /^\/_emulator\/user-import-log$/, (_match, req, res, ctx) => {
  const query = new URL(req.url ?? '/', 'http://emulator').searchParams;
  const job = ctx.store.state.userPools
    .get(query.get('pool') ?? '')
    ?.importJobs.get(query.get('job') ?? '');
  if (!job) {
    sendJson(res, 404, { __type: 'ResourceNotFoundException', message: 'No such import job.' });
    return;
  }
  sendJson(res, 200, { jobId: job.JobId, lines: job.log });
});
