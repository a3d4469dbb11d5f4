import { registerEnumType } from 'type-graphql';
import { INSTANCE_STATES, RETURN_CODES, TASK_ACTION_KINDS, type InstanceState, type ReturnCode, type TaskActionKind } from '../core/commands.js';
import { SORT_DIRECTIONS, TASK_SORT_FIELDS, type SortDirection, type TaskSortField } from '../core/list-views.js';
import { OPERATIONS, type Operation } from '../core/operation.js';
import { PROCESS_STATES, VARIABLE_TYPES, type ProcessState, type VariableType } from '../core/read-views.js';
import { VENDORS, type Vendor } from '../core/vendor.js';

/** type-graphql wants enum objects; core keeps plain string unions, so build the objects once. */
function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const VendorEnum = enumObject<Vendor>(VENDORS);
export const OperationEnum = enumObject<Operation>(OPERATIONS);
export const TaskActionKindEnum = enumObject<TaskActionKind>(TASK_ACTION_KINDS);
export const InstanceStateEnum = enumObject<InstanceState>(INSTANCE_STATES);
export const ReturnCodeEnum = enumObject<ReturnCode>(RETURN_CODES);
export const ProcessStateEnum = enumObject<ProcessState>(PROCESS_STATES);
export const VariableTypeEnum = enumObject<VariableType>(VARIABLE_TYPES);
export const TaskSortFieldEnum = enumObject<TaskSortField>(TASK_SORT_FIELDS);
export const SortDirectionEnum = enumObject<SortDirection>(SORT_DIRECTIONS);

registerEnumType(VendorEnum, { name: 'Vendor', description: 'The process engines the gateway speaks to.' });
registerEnumType(OperationEnum, { name: 'Operation', description: 'The mutations and reads a backend can perform natively.' });
registerEnumType(TaskActionKindEnum, { name: 'TaskActionKind', description: 'What to do with a task (K2: a:, r:, d:, s:).' });
registerEnumType(InstanceStateEnum, { name: 'InstanceState', description: 'A process instance state (CSA vocabulary).' });
registerEnumType(ReturnCodeEnum, { name: 'ReturnCode', description: 'A process instance return code (CSA vocabulary).' });
registerEnumType(ProcessStateEnum, {
  name: 'ProcessState',
  description: "An instance's state, normalised across vendors; `vendorState` keeps the vendor's own word.",
});
registerEnumType(VariableTypeEnum, { name: 'VariableType', description: 'What kind of value a variable holds; XML is a string holding an XML document.' });
registerEnumType(TaskSortFieldEnum, { name: 'TaskSortField', description: 'What a task list can be ordered by (K2 Criteria `Sort`).' });
registerEnumType(SortDirectionEnum, { name: 'SortDirection', description: 'Ascending or descending.' });
