/**
 * Read an instance, change it, read the change back: a plain Node script using the typed client
 * against the sandbox. `npm start` in one shell, then:
 *   node dist/client/examples/read-change-read.js http://127.0.0.1:4000/graphql
 */
import { ChangeVariablesDocument, createBpmClient, GetProcessInstanceDocument } from '../bpm-client.js';

const endpoint = process.argv[2] ?? 'http://127.0.0.1:4000/graphql';
const request = createBpmClient(endpoint);

const before = await request(GetProcessInstanceDocument, { backend: 'ibm', id: '23972' });
if (before.processInstance.__typename !== 'ProcessInstance') throw new Error(before.processInstance.message);
const approved = before.processInstance.variables.find((v) => v.name === 'approved');
console.log(`before: ${before.processInstance.name} is ${before.processInstance.state}, approved = ${JSON.stringify(approved?.value)}`);

const changed = await request(ChangeVariablesDocument, {
  input: { backend: 'ibm', instanceId: '23972', variables: { approved: true, customerName: 'ACME from the typed client' } },
});
// The result is a union: a success, or one typed error, each with its own fields.
switch (changed.updateAllVariables.__typename) {
  case 'UpdateAllVariablesSuccess': {
    const after = changed.updateAllVariables.instance?.variables.filter((v) => v.name === 'approved' || v.name === 'customerName');
    console.log(`after: ${after?.map((v) => `${v.name} = ${JSON.stringify(v.value)}`).join(', ')}`);
    break;
  }
  case 'InvalidStateTransitionError':
    console.log(`refused: the instance is ${changed.updateAllVariables.currentState}`);
    break;
  case 'VendorRequestPreview':
    // Only a dryRun input answers this; the example writes for real.
    break;
  default:
    console.log(`failed: ${changed.updateAllVariables.__typename}: ${changed.updateAllVariables.message}`);
}
