import type { ElmaInstanceSeed, ElmaInstanceState, ElmaSeed } from './elma365-state.js';

/**
 * The demo world. Tests and docs rely on these exact values.
 *
 * Ids are readable on purpose: `0a0a0001-…-0000000000NN` is instance NN of orders/order_approval,
 * `0b0b0002-…-0000000000NN` instance NN of hr/leave_request. One order instance instead carries
 * 131141f6-0d89-4316-a8f1-bc816f0672ef, the id of the document's own examples, so those succeed
 * as published. Guess: names and creation dates are invented.
 */
export function demoElmaSeed(): ElmaSeed {
  return {
    processes: [
      { namespace: 'orders', code: 'order_approval', name: 'Order approval', versions: [1, 2, 3] },
      { namespace: 'hr', code: 'leave_request', name: 'Leave request', versions: [1, 2] },
    ],
    instances: [
      order('0a0a0001-0000-4000-8000-000000000001', 'wait', 1, 'Order ORD-1001', '2026-09-01T08:00:00.000Z'),
      order('131141f6-0d89-4316-a8f1-bc816f0672ef', 'wait', 1, 'Order ORD-1002', '2026-09-02T08:00:00.000Z'),
      order('0a0a0001-0000-4000-8000-000000000003', 'wait', 2, 'Order ORD-1003', '2026-09-03T08:00:00.000Z'),
      order('0a0a0001-0000-4000-8000-000000000004', 'wait', 2, 'Order ORD-1004', '2026-09-04T08:00:00.000Z'),
      order('0a0a0001-0000-4000-8000-000000000005', 'exec', 1, 'Order ORD-1005', '2026-09-05T08:00:00.000Z'),
      order('0a0a0001-0000-4000-8000-000000000006', 'exec', 2, 'Order ORD-1006', '2026-09-06T08:00:00.000Z'),
      order('0a0a0001-0000-4000-8000-000000000007', 'done', 1, 'Order ORD-1007', '2026-09-07T08:00:00.000Z'),
      order('0a0a0001-0000-4000-8000-000000000008', 'error', 1, 'Order ORD-1008', '2026-09-08T08:00:00.000Z'),
      order('0a0a0001-0000-4000-8000-000000000009', 'cancel', 2, 'Order ORD-1009', '2026-09-09T08:00:00.000Z'),
      order('0a0a0001-0000-4000-8000-000000000010', 'wait', 3, 'Order ORD-1010', '2026-09-10T08:00:00.000Z'),
      leave('0b0b0002-0000-4000-8000-000000000001', 'wait', 1, 'Leave: Alice, 3 days', '2026-10-01T09:30:00.000Z'),
      leave('0b0b0002-0000-4000-8000-000000000002', 'wait', 1, 'Leave: Bob, 5 days', '2026-10-02T09:30:00.000Z'),
      leave('0b0b0002-0000-4000-8000-000000000003', 'exec', 1, 'Leave: Carol, 1 day', '2026-10-03T09:30:00.000Z'),
      leave('0b0b0002-0000-4000-8000-000000000004', 'done', 1, 'Leave: Dan, 2 days', '2026-10-04T09:30:00.000Z'),
    ],
  };
}

function order(id: string, state: ElmaInstanceState, version: number, name: string, createdAt: string): ElmaInstanceSeed {
  return { id, namespace: 'orders', code: 'order_approval', state, version, name, createdAt };
}

function leave(id: string, state: ElmaInstanceState, version: number, name: string, createdAt: string): ElmaInstanceSeed {
  return { id, namespace: 'hr', code: 'leave_request', state, version, name, createdAt };
}

// The sandbox start-up takes the seed and its banner lines from one module.
export { describeElmaSeed } from './elma365-seed-summary.js';
