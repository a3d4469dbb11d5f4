/** The five mutations of the contract, as vendor-neutral operations. */
export const OPERATIONS = [
  'UPDATE_PROCESS_INSTANCE',
  'UPDATE_TASK',
  'SET_INSTANCE_STATE',
  'UPDATE_ALL_VARIABLES',
  'MIGRATE_INSTANCES',
] as const;
export type Operation = (typeof OPERATIONS)[number];
