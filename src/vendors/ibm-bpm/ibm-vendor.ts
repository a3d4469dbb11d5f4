import { defineVendor } from '../../pipeline/vendor-operation.js';
import { readIbmErrorBody } from './ibm-error-body.js';
import { IBM_BULK_READ_IDS, ibmReadInstance, ibmReadInstances } from './ibm-read-instance.js';
import { ibmSetInstanceState } from './ibm-set-instance-state.js';
import { ibmSetInstanceStates } from './ibm-set-instance-states.js';
import { ibmUpdateAllVariables } from './ibm-update-all-variables.js';

/** IBM BPM / Business Automation Workflow, `/rest/bpm/wle/v1`, JSON: the bulk variable update, state actions (one instance or many) and bulk reads. */
export const ibmVendor = defineVendor({
  vendor: 'IBM_BPM',
  name: 'IBM BPM',
  readError: readIbmErrorBody,
  mutations: { UPDATE_ALL_VARIABLES: ibmUpdateAllVariables, SET_INSTANCE_STATE: ibmSetInstanceState },
  batches: { SET_INSTANCE_STATES: ibmSetInstanceStates },
  reads: { instance: { one: ibmReadInstance, many: { maxIds: IBM_BULK_READ_IDS, declaration: ibmReadInstances } } },
});
