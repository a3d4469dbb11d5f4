import { DateTimeResolver } from 'graphql-scalars';
import { MutationInput } from './mutation-input.js';
import { Field, InputType, Int } from 'type-graphql';
import type { TaskActionKind } from '../../core/commands.js';
import { TaskActionKindEnum } from '../enums.js';
import { DataFieldInput, XmlFieldInput } from './field-inputs.js';

@InputType({ description: 'What to do with the task; each kind takes only its own field.' })
export class TaskActionInput {
  @Field(() => TaskActionKindEnum, { description: 'What to do: take an action, redirect, delegate, sleep or wake.' })
  kind!: TaskActionKind;

  @Field(() => String, { nullable: true, description: 'ACTION: the process action, e.g. "Approve" -> a:Approve' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'REDIRECT / DELEGATE: a fully qualified user -> r:K2:ACME\\bob / d:...' })
  user?: string | null;

  @Field(() => Int, { nullable: true, description: 'SLEEP: > 0 seconds, 0 = indefinitely -> s:3600 / s:0' })
  sleepSeconds?: number | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'SLEEP until this moment (with time zone) -> s:2026-12-01T08:00:00Z' })
  sleepUntil?: Date | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base constructor takes anything
type Constructor = abstract new (...args: any[]) => object;

/** The fields of one task update, on a mutation input (`updateTask`) or a batch item (`updateTasks`). */
function withTaskUpdateFields<B extends Constructor>(Base: B) {
  @InputType()
  abstract class TaskUpdateFields extends Base {
    @Field(() => String, { description: 'The task\'s serial number (`Task.serialNumber`, e.g. 8_25).' })
    serialNumber!: string;

    @Field(() => TaskActionInput, { description: 'What to do with the task.' })
    action!: TaskActionInput;

    @Field(() => Int, { nullable: true, description: 'A new priority for the task.' })
    priority?: number | null;

    @Field(() => String, { nullable: true, description: 'A new folio for the task\'s process instance.' })
    folio?: string | null;

    @Field(() => [DataFieldInput], { nullable: true, description: 'Process data fields to set on the way.' })
    processDataFields?: DataFieldInput[] | null;

    @Field(() => [XmlFieldInput], { nullable: true, description: 'Process XML fields to set on the way.' })
    processXmlFields?: XmlFieldInput[] | null;

    @Field(() => [DataFieldInput], { nullable: true, description: 'Activity data fields to set on the way.' })
    activityDataFields?: DataFieldInput[] | null;

    @Field(() => [XmlFieldInput], { nullable: true, description: 'Activity XML fields to set on the way.' })
    activityXmlFields?: XmlFieldInput[] | null;
  }
  return TaskUpdateFields;
}

@InputType({ description: 'A K2 task (worklist item) to action, with fields to set on the way.' })
export class UpdateTaskInput extends withTaskUpdateFields(MutationInput) {}

@InputType({ description: 'One task of `updateTasks`: what `updateTask` takes, without backend and client id.' })
export class UpdateTaskItemInput extends withTaskUpdateFields(class {}) {}
