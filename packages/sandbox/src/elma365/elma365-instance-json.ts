import type { ElmaInstance } from './elma365-state.js';

/**
 * A process instance as the get endpoint writes it, system fields with ELMA365's `__` prefix.
 * `__id`, `__name`, `__createdAt` and `__state` are ELMA365's (FACTS.md section 4, [C-3p]).
 * Guess: `__version`, `__templateNamespace` and `__templateCode` are the emulator's names for the
 * template version and the process it belongs to; the real model was not visible.
 */
export function instanceJson(instance: ElmaInstance): Record<string, unknown> {
  return {
    __id: instance.id,
    __name: instance.name,
    __createdAt: instance.createdAt,
    __state: instance.state,
    __version: instance.version,
    __templateNamespace: instance.namespace,
    __templateCode: instance.code,
  };
}
