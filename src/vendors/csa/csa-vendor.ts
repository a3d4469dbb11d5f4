import { defineVendor } from '../../pipeline/vendor-operation.js';
import { readCsaError } from './csa-error-body.js';
import { csaReadInstance } from './csa-read-instance.js';
import { csaSetInstanceState } from './csa-set-instance-state.js';
import { csaUpdateProcessInstance } from './csa-update-process-instance.js';
import type { CsaSettings } from './csa-wire.js';

/** Micro Focus Cloud Service Automation, Legacy API, in XML: process instance state and property merges. */
export const csaVendor = defineVendor<CsaSettings>({
  vendor: 'CSA',
  name: 'CSA',
  // The config schema makes userIdentifier required for CSA.
  settings: (backend) => ({ userIdentifier: backend.userIdentifier! }),
  readError: readCsaError,
  mutations: { UPDATE_PROCESS_INSTANCE: csaUpdateProcessInstance, SET_INSTANCE_STATE: csaSetInstanceState },
  reads: { instance: { one: csaReadInstance } },
});
