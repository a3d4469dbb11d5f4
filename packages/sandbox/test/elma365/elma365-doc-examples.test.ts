import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startElma365Emulator } from '../../src/elma365/elma365-emulator.js';
import { ORDER, ORDERS_VERSION_PATH, TOKENS, post, summary, updateResult } from './elma365-test-kit.js';

const emulator = useEmulator(() => startElma365Emulator({ tokens: TOKENS }));

/** elma365-migrate-instances.txt, "Example request body for updating specific process instances", verbatim. */
const LISTED_EXAMPLE = `{
"instanceIds":["131141f6-0d89-4316-a8f1-bc816f0672ef"]
}`;

/** The same document, "Example request body for updating all active process instances except those specified", verbatim. */
const ALL_ACTIVE_EXAMPLE = `{
"updateAllActive":true,
"unselectedIds":["131141f6-0d89-4316-a8f1-bc816f0672ef"]
}`;

describe('the document’s examples against the demo seed', () => {
  it('moves the one instance the list example names', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, LISTED_EXAMPLE);

    expect(summary(answer)).toEqual(updateResult(1, 0, [ORDER.wait1b]));
  });

  it('moves every other wait instance with the allActive example', async () => {
    const answer = await post(emulator, ORDERS_VERSION_PATH, ALL_ACTIVE_EXAMPLE);

    expect(summary(answer)).toEqual(updateResult(3, 3, [ORDER.wait1a, ORDER.wait2a, ORDER.wait2b]));
  });
});
