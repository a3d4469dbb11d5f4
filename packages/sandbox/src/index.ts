/**
 * The sandbox: a working emulator of each vendor's REST API, real HTTP servers holding their
 * state in memory, written from the vendor documents with their own wire code (never the
 * gateway's). The gateway loads this package only in sandbox mode; tests and benches use it too.
 */
export type { ReceivedRequest } from './shared/emulator-server.js';
export type { InjectedFault } from './shared/faults.js';

export { startK2Emulator, MAX_BODY_BYTES as K2_MAX_BODY_BYTES } from './k2/k2-emulator.js';
export type { K2Emulator, K2EmulatorOptions, K2User, K2Seed, K2State, K2ProcessInstance, K2Task, K2TaskAction } from './k2/k2-emulator.js';
export { demoSeed as demoK2Seed } from './k2/k2-seed.js';
export { describeK2Seed } from './k2/k2-seed-summary.js';

export { startCsaEmulator, MAX_BODY_BYTES as CSA_MAX_BODY_BYTES } from './csa/csa-emulator.js';
export type {
  CsaEmulator, CsaEmulatorOptions, CsaPerson, CsaTransportUser, CsaInstanceState, CsaParamRole, CsaProcessInstance, CsaProperty, CsaReturnCode, CsaSeed, CsaState, CsaValueType,
} from './csa/csa-emulator.js';
export { demoCsaSeed, describeCsaSeed } from './csa/csa-seed.js';

export { startIbmBpmEmulator, MAX_BODY_BYTES as IBM_MAX_BODY_BYTES } from './ibm-bpm/ibm-bpm-emulator.js';
export type {
  IbmBpmEmulator, IbmBpmEmulatorOptions, IbmUser, IbmErrorEnvelope, IbmContext, IbmExecutionState, IbmInstance, IbmProcessState, IbmSeed, IbmState, IbmVariableUpdate,
} from './ibm-bpm/ibm-bpm-emulator.js';
export { demoIbmSeed, describeIbmSeed } from './ibm-bpm/ibm-bpm-seed.js';

export { startElma365Emulator, DEFAULT_MAX_BODY_BYTES as ELMA365_MAX_BODY_BYTES } from './elma365/elma365-emulator.js';
export type { Elma365Emulator, Elma365EmulatorOptions, ElmaInstanceState, ElmaToken } from './elma365/elma365-emulator.js';
export { demoElmaSeed, describeElmaSeed } from './elma365/elma365-seed.js';
