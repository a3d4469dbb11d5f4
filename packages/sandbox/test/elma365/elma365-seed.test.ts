import { describe, expect, it } from 'vitest';
import { demoElmaSeed, describeElmaSeed } from '../../src/elma365/elma365-seed.js';
import { createState } from '../../src/elma365/elma365-state.js';

describe('the demo seed', () => {
  it('describes itself for the start-up banner: a line per process with state counts, then its instances', () => {
    expect(describeElmaSeed(demoElmaSeed())).toEqual([
      'process orders/order_approval "Order approval": versions 1, 2, 3 (latest 3); 10 instances: 2 exec, 5 wait, 1 done, 1 error, 1 cancel',
      '  instance 0a0a0001-0000-4000-8000-000000000001: wait on v1, "Order ORD-1001"',
      '  instance 131141f6-0d89-4316-a8f1-bc816f0672ef: wait on v1, "Order ORD-1002"',
      '  instance 0a0a0001-0000-4000-8000-000000000003: wait on v2, "Order ORD-1003"',
      '  instance 0a0a0001-0000-4000-8000-000000000004: wait on v2, "Order ORD-1004"',
      '  instance 0a0a0001-0000-4000-8000-000000000005: exec on v1, "Order ORD-1005"',
      '  instance 0a0a0001-0000-4000-8000-000000000006: exec on v2, "Order ORD-1006"',
      '  instance 0a0a0001-0000-4000-8000-000000000007: done on v1, "Order ORD-1007"',
      '  instance 0a0a0001-0000-4000-8000-000000000008: error on v1, "Order ORD-1008"',
      '  instance 0a0a0001-0000-4000-8000-000000000009: cancel on v2, "Order ORD-1009"',
      '  instance 0a0a0001-0000-4000-8000-000000000010: wait on v3, "Order ORD-1010"',
      'process hr/leave_request "Leave request": versions 1, 2 (latest 2); 4 instances: 1 exec, 2 wait, 1 done',
      '  instance 0b0b0002-0000-4000-8000-000000000001: wait on v1, "Leave: Alice, 3 days"',
      '  instance 0b0b0002-0000-4000-8000-000000000002: wait on v1, "Leave: Bob, 5 days"',
      '  instance 0b0b0002-0000-4000-8000-000000000003: exec on v1, "Leave: Carol, 1 day"',
      '  instance 0b0b0002-0000-4000-8000-000000000004: done on v1, "Leave: Dan, 2 days"',
    ]);
  });

  it('is fresh data on every call, so one caller cannot change another’s seed', () => {
    demoElmaSeed().instances.length = 0;

    expect(demoElmaSeed().instances.length).toEqual(14);
  });

  it('survives JSON, so it can be printed whole', () => {
    expect(JSON.parse(JSON.stringify(demoElmaSeed()))).toEqual(demoElmaSeed());
  });

  it('refuses an instance on a version its process never published', () => {
    const seed = demoElmaSeed();
    seed.instances[0]!.version = 7;

    expect(() => createState(seed)).toThrow('instance 0a0a0001-0000-4000-8000-000000000001: version 7 of orders/order_approval is not published');
  });

  it('refuses an id that is not a lower-case UUID', () => {
    const seed = demoElmaSeed();
    seed.instances[0]!.id = 'ORDER-1';

    expect(() => createState(seed)).toThrow('instance id ORDER-1 is not a lower-case UUID');
  });

  it('sorts published versions, so the highest is the latest whatever the seed’s order', () => {
    const seed = demoElmaSeed();
    seed.processes[0]!.versions = [3, 1, 2];

    expect(createState(seed).processes.get('orders/order_approval')?.versions).toEqual([1, 2, 3]);
  });
});
