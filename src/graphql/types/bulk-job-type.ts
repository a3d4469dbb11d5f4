import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ItemStatus, JobKind, JobRecord, JobStatus } from '../../jobs/bulk-job.js';
import { BulkJobItemStatusEnum, BulkJobKindEnum, BulkJobStatusEnum } from '../enums.js';
import { PageInfo } from './connection-types.js';
import { Node } from './node-interface.js';

@ObjectType({ implements: Node, description: 'Work too big for one request, done in chunks of one vendor call each; it survives restarts, and `jobProgress` follows it.' })
export class BulkJob extends Node {
  @Field(() => String, { description: 'The job\'s own id (the last part of `id`).' })
  jobId!: string;

  @Field(() => BulkJobKindEnum, { description: 'What it does.' })
  kind!: JobKind;

  @Field(() => BulkJobStatusEnum, { description: 'Where it stands.' })
  status!: JobStatus;

  @Field(() => ID, { description: 'The backend it works on.' })
  backend!: string;

  @Field(() => Int, { description: 'Items in all.' })
  total!: number;

  @Field(() => Int, { description: 'Items done so far (succeeded, failed or unknown).' })
  processed!: number;

  @Field(() => Int, { description: 'Items the vendor applied.' })
  succeeded!: number;

  @Field(() => Int, { description: 'Items refused, or never sent.' })
  failed!: number;

  @Field(() => Int, { description: 'Items whose call may have been applied; never sent again.' })
  unknown!: number;

  @Field(() => String, { nullable: true, description: 'Who started it (API key id or token subject); null without authentication.' })
  createdBy!: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was started.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it reached its final status; null until then.' })
  finishedAt!: Date | null;

  /** The store's record, for the item resolver; not a field. */
  record!: JobRecord;
}

@ObjectType({ description: 'One item of a bulk job: a task or an instance, and how it stands.' })
export class BulkJobItem {
  @Field(() => String, { description: 'The task\'s serial number or the instance id.' })
  key!: string;

  @Field(() => BulkJobItemStatusEnum, { description: 'How it stands.' })
  status!: ItemStatus;

  @Field(() => String, { nullable: true, description: "The result's type name (UpdateTaskSuccess, NotFoundError, ...), once known." })
  outcome!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, or why its outcome is unknown.' })
  message!: string | null;

  @Field(() => Int, { nullable: true, description: "The vendor's HTTP status, where it refused the item." })
  vendorStatus!: number | null;

  @Field(() => String, { nullable: true, description: "The vendor's error code, where its answer had one." })
  vendorCode!: string | null;
}

@ObjectType({ description: 'An item of a job, with the cursor of its place.' })
export class BulkJobItemEdge {
  @Field(() => String, { description: 'Pass as `after` to get the items after this one.' })
  cursor!: string;

  @Field(() => BulkJobItem, { description: 'The item.' })
  node!: BulkJobItem;
}

@ObjectType({ description: "A page of a job's items, in input order." })
export class BulkJobItemConnection {
  @Field(() => [BulkJobItemEdge], { description: 'The items of this page.' })
  edges!: BulkJobItemEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'A job in a list, with the cursor of its place.' })
export class BulkJobEdge {
  @Field(() => String, { description: 'Pass as `after` to get the jobs after this one.' })
  cursor!: string;

  @Field(() => BulkJob, { description: 'The job.' })
  node!: BulkJob;
}

@ObjectType({ description: 'A page of the jobs the caller may see, newest first.' })
export class BulkJobConnection {
  @Field(() => [BulkJobEdge], { description: 'The jobs of this page.' })
  edges!: BulkJobEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'The work was started as a bulk job: follow it with `jobProgress(id)` or read it with `job(id)`.' })
export class BulkJobStarted {
  @Field(() => BulkJob, { description: 'The job, as it stands just after it was queued.' })
  job!: BulkJob;
}
