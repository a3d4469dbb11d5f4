/** The K2 namespaces the documents name (k2-update-*.txt, "Namespaces"). */
export const WORKLIST_NS = 'http://schemas.k2.com/worklist/d1';
export const PROCESS_NS = 'http://schemas.k2.com/process/d1';
export const TASK_NS = 'http://schemas.k2.com/task/d1';
