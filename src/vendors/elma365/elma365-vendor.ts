import { defineVendor } from '../../pipeline/vendor-operation.js';
import { readElmaError } from './elma365-error-body.js';
import { MAX_IDS } from './elma365-input-checks.js';
import { elmaMigrateInstances } from './elma365-migrate-instances.js';
import { elmaListInstances } from './elma365-list-instances.js';
import { elmaReadInstance } from './elma365-read-instance.js';

/** ELMA365 (BRIX365) public API, JSON: moving Pending process instances to the latest process version. ELMA365 has no bulk read by id. */
export const elmaVendor = defineVendor({
  vendor: 'ELMA365',
  name: 'ELMA365',
  readError: readElmaError,
  mutations: { MIGRATE_INSTANCES: elmaMigrateInstances },
  // A list of more ids than one call takes becomes a job of calls of at most this many.
  batches: { MIGRATE_INSTANCES: { maxIds: MAX_IDS } },
  reads: { instance: { one: elmaReadInstance } },
  lists: { instances: elmaListInstances },
});
