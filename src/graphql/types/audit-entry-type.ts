import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node-interface.js';
import { PageInfo } from './connection-types.js';

@ObjectType({ implements: Node, description: 'One recorded change: a mutation or a dry run, who made it, and what the vendor said.' })
export class AuditEntry extends Node {
  @Field(() => DateTimeResolver, { description: 'When the gateway answered the call.' })
  at!: Date;

  @Field(() => String, { description: 'The GraphQL request it belonged to (`x-request-id`, also in the logs and sent to the vendor).' })
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'Who called: the API key id or token subject; null without authentication.' })
  caller!: string | null;

  @Field(() => [String], { description: "The caller's roles at the time." })
  callerRoles!: string[];

  @Field(() => String, { description: 'The backend the call named.' })
  backend!: string;

  @Field(() => String, { description: "The backend's vendor (K2, CSA, IBM_BPM, ELMA365)." })
  vendor!: string;

  @Field(() => String, { description: 'The operation (UPDATE_TASK, ...).' })
  operation!: string;

  @Field(() => String, { nullable: true, description: 'The clientMutationId the caller sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Boolean, { description: 'Whether it was a dry run (nothing was written).' })
  dryRun!: boolean;

  @Field(() => String, { description: "The result's type name: the success, VendorRequestPreview, or the error type." })
  outcome!: string;

  @Field(() => Int, { nullable: true, description: "The vendor's HTTP status, when it answered." })
  vendorStatus!: number | null;

  @Field(() => String, { nullable: true, description: "The vendor's own error code, when it gave one." })
  vendorCode!: string | null;

  @Field(() => Int, { description: 'How long the call took in the gateway, in milliseconds.' })
  durationMs!: number;

  @Field(() => String, { nullable: true, description: 'The vendor request line (method and path) of the last call it made; a dry run\'s first would-be call.' })
  vendorRequest!: string | null;

  @Field(() => JSONObjectResolver, { description: 'The input: its field names, with values `***` unless `audit.recordValues` keeps them.' })
  input!: Record<string, unknown>;
}

@ObjectType({ description: 'An audit entry in the log, with the cursor of its place.' })
export class AuditEntryEdge {
  @Field(() => String, { description: 'Pass as `after` to get the entries after (older than) this one.' })
  cursor!: string;

  @Field(() => AuditEntry, { description: 'The entry.' })
  node!: AuditEntry;
}

@ObjectType({ description: 'A page of the audit log, newest first, as a Relay connection.' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge], { description: 'The entries of this page, newest first.' })
  edges!: AuditEntryEdge[];

  @Field(() => PageInfo, { description: 'Whether older entries follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;
}
