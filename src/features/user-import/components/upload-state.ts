/** What became of the browser's upload of a job's file (known only in the tab that sent it). */
export interface UploadState {
  jobId: string;
  fileName: string;
  /** The file's users, as counted when it was checked. */
  rows: number;
  status: 'uploading' | 'uploaded' | 'unreachable' | 'refused';
  message?: string;
}
