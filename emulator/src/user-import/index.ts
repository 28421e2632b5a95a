// Registers this module's operations (the six user-import operations) and its upload route on import.
import { registerOperations } from '../protocol/operations.ts';
import { createUserImportJob } from './create-user-import-job.ts';
import { describeUserImportJob } from './describe-user-import-job.ts';
import { getCSVHeader } from './get-csv-header.ts';
import { listUserImportJobs } from './list-user-import-jobs.ts';
import './log-route.ts';
import './routes.ts';
import { startUserImportJob } from './start-user-import-job.ts';
import { stopUserImportJob } from './stop-user-import-job.ts';

registerOperations('cognito-idp', {
  GetCSVHeader: getCSVHeader,
  CreateUserImportJob: createUserImportJob,
  StartUserImportJob: startUserImportJob,
  StopUserImportJob: stopUserImportJob,
  DescribeUserImportJob: describeUserImportJob,
  ListUserImportJobs: listUserImportJobs,
});
