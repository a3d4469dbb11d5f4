/**
 * The emulator's in-memory K2 world: process instances, tasks (worklist items) and the users a
 * task can be redirected or delegated to. Tests read it directly through `K2Emulator.state`.
 */

export type K2InstanceStatus = 'Active' | 'Running' | 'Completed' | 'Error';
export type K2TaskStatus = 'Available' | 'Open' | 'Sleeping' | 'Completed';

export interface K2ProcessInstance {
  id: number;
  name: string;
  /** `folder\name`, as K2 prints it in FullName. */
  fullName: string;
  folder: string;
  guid: string;
  folio: string;
  priority: number;
  expectedDuration: number;
  status: K2InstanceStatus;
  startDate: string;
  /** Insertion order is the order K2 lists the fields in. */
  dataFields: Map<string, string>;
  /** Values are XML documents held as strings. */
  xmlFields: Map<string, string>;
}

export interface K2TaskAction {
  name: string;
  /** Only batchable actions may be performed through the Task service (k2-update-task.txt). */
  batchable: boolean;
}

export interface K2Task {
  serialNumber: string;
  processInstanceId: number;
  activityName: string;
  status: K2TaskStatus;
  /** A fully qualified name, e.g. `K2:ACME\alice`. */
  allocatedUser: string;
  delegatedTo: string[];
  /** ISO instant; null while Sleeping means indefinitely. Null whenever not Sleeping. */
  sleepUntil: string | null;
  priority: number;
  actions: K2TaskAction[];
  completedWithAction: string | null;
  activityDataFields: Map<string, string>;
  activityXmlFields: Map<string, string>;
}

export interface K2State {
  instances: Map<number, K2ProcessInstance>;
  /** Serial number → task. */
  tasks: Map<string, K2Task>;
  /** Fully qualified names that r:/d: may target. */
  knownUsers: string[];
}

/**
 * Seed data: plain JSON-friendly values (no Maps), so a start-up banner can print it.
 * Field records keep their insertion order as long as no field name is an integer, which the
 * demo seed respects.
 */
export interface K2InstanceSeed {
  id: number;
  folder: string;
  name: string;
  guid: string;
  folio: string;
  priority: number;
  expectedDuration: number;
  status: K2InstanceStatus;
  startDate: string;
  dataFields: Record<string, string>;
  xmlFields: Record<string, string>;
}

export interface K2TaskSeed {
  serialNumber: string;
  processInstanceId: number;
  activityName: string;
  status: K2TaskStatus;
  allocatedUser: string;
  delegatedTo: string[];
  sleepUntil: string | null;
  priority: number;
  actions: K2TaskAction[];
  completedWithAction: string | null;
  activityDataFields: Record<string, string>;
  activityXmlFields: Record<string, string>;
}

export interface K2Seed {
  instances: K2InstanceSeed[];
  tasks: K2TaskSeed[];
  /** Fully qualified names known to the emulator's identity store. */
  users: string[];
}

export function createState(seed: K2Seed): K2State {
  const state: K2State = { instances: new Map(), tasks: new Map(), knownUsers: [] };
  loadSeed(state, seed);
  return state;
}

/** Replaces the state's contents in place, so references held by tests stay valid after reset. */
export function loadSeed(state: K2State, seed: K2Seed): void {
  state.instances.clear();
  state.tasks.clear();
  state.knownUsers.splice(0, state.knownUsers.length, ...seed.users);
  for (const i of seed.instances) {
    state.instances.set(i.id, {
      id: i.id,
      name: i.name,
      fullName: `${i.folder}\\${i.name}`,
      folder: i.folder,
      guid: i.guid,
      folio: i.folio,
      priority: i.priority,
      expectedDuration: i.expectedDuration,
      status: i.status,
      startDate: i.startDate,
      dataFields: new Map(Object.entries(i.dataFields)),
      xmlFields: new Map(Object.entries(i.xmlFields)),
    });
  }
  for (const t of seed.tasks) {
    state.tasks.set(t.serialNumber, {
      serialNumber: t.serialNumber,
      processInstanceId: t.processInstanceId,
      activityName: t.activityName,
      status: t.status,
      allocatedUser: t.allocatedUser,
      delegatedTo: [...t.delegatedTo],
      sleepUntil: t.sleepUntil,
      priority: t.priority,
      actions: t.actions.map((a) => ({ ...a })),
      completedWithAction: t.completedWithAction,
      activityDataFields: new Map(Object.entries(t.activityDataFields)),
      activityXmlFields: new Map(Object.entries(t.activityXmlFields)),
    });
  }
}
