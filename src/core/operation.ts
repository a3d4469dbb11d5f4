/** The five mutations of the contract and the two reads, as vendor-neutral operations. */
export const OPERATIONS = [
  'UPDATE_PROCESS_INSTANCE',
  'UPDATE_TASK',
  'SET_INSTANCE_STATE',
  'UPDATE_ALL_VARIABLES',
  'MIGRATE_INSTANCES',
  'READ_PROCESS_INSTANCE',
  'READ_TASK',
] as const;
export type Operation = (typeof OPERATIONS)[number];
