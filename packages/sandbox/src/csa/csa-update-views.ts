import { invalidRequest } from './csa-failure.js';
import { singleParameter } from './csa-query.js';

/**
 * The two documented partial updates (csa-update-process-instance.txt): `view=<type>&scope=view`
 * with the view's merge flag, `action=merge` for processinstancestate and `property_action_=merge`
 * for propertyinfo. Parameters may come in any order (the doc's examples use two orders).
 *
 * Guess: the docs call view/scope/action optional, i.e. a PUT without them replaces the whole
 * VO; that update is undocumented, so the emulator refuses it (and any other combination) with 400.
 */
export type UpdateView = 'processinstancestate' | 'propertyinfo';

const MERGE_FLAG: Readonly<Record<UpdateView, string>> = {
  processinstancestate: 'action',
  propertyinfo: 'property_action_',
};

export function updateView(query: URLSearchParams): UpdateView {
  const view = singleParameter(query, 'view');
  if (view !== 'processinstancestate' && view !== 'propertyinfo') {
    const got = view === null ? 'no view' : `view=${view}`;
    throw invalidRequest(
      `got ${got}: the emulator implements view=processinstancestate&scope=view&action=merge ` +
        'and view=propertyinfo&scope=view&property_action_=merge only',
    );
  }
  const scope = singleParameter(query, 'scope');
  if (scope !== 'view') throw invalidRequest(`view=${view} needs scope=view, got ${scope === null ? 'no scope' : `scope=${scope}`}`);
  const flag = MERGE_FLAG[view];
  const merge = singleParameter(query, flag);
  if (merge !== 'merge') throw invalidRequest(`view=${view} needs ${flag}=merge, got ${merge === null ? `no ${flag}` : `${flag}=${merge}`}`);
  return view;
}
