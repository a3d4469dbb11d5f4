/** The K2 XML namespaces the documents require (w, t) or allow (p). */
export const K2_NS = {
  worklist: 'http://schemas.k2.com/worklist/d1',
  process: 'http://schemas.k2.com/process/d1',
  task: 'http://schemas.k2.com/task/d1',
} as const;
