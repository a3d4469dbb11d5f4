/**
 * Global object ids (Relay's object identification): one id names one object across every
 * backend, so a normalizing client cache (`__typename:id`) never mixes up instance `8` of two K2
 * servers. The form is Shopify's `gid://` URI, `gid://bpm/<Type>/<backend>/<vendor id>`, with both
 * parts percent-encoded so that any vendor id (slashes, spaces, non-ASCII) is safe. Clients treat it
 * as opaque; it is readable only so that a support engineer can tell what it names.
 */
export const NODE_TYPES = ['ProcessInstance', 'Task', 'AuditEntry', 'BulkJob'] as const;
export type NodeType = (typeof NODE_TYPES)[number];
/** The node types other subgraphs can reference (federation entities): the vendors' objects. */
export const ENTITY_TYPES = ['ProcessInstance', 'Task'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface GlobalIdParts {
  type: NodeType;
  backend: string;
  /** The vendor's own id (an instance id, a task's serial number). */
  vendorId: string;
}

const PREFIX = 'gid://bpm/';
/** Longer than any id the gateway hands out: a bound on what a forged id makes the gateway decode. */
export const MAX_GLOBAL_ID_LENGTH = 2048;

export function toGlobalId(type: NodeType, backend: string, vendorId: string): string {
  return `${PREFIX}${type}/${encodeURIComponent(backend)}/${encodeURIComponent(vendorId)}`;
}

/**
 * The parts of an id this gateway handed out, or why it is not one. Only the canonical spelling is
 * accepted (the one `toGlobalId` writes), so one object never has two ids.
 */
export function parseGlobalId(id: string): GlobalIdParts | string {
  if (id.length > MAX_GLOBAL_ID_LENGTH) return `is longer than ${MAX_GLOBAL_ID_LENGTH} characters, so it is not an id this gateway handed out`;
  if (!id.startsWith(PREFIX)) return 'is not an id this gateway handed out (they start with gid://bpm/)';
  const parts = id.slice(PREFIX.length).split('/');
  const type = NODE_TYPES.find((t) => t === parts[0]);
  if (parts.length !== 3 || !type) return `is not an id this gateway handed out (gid://bpm/<${NODE_TYPES.join('|')}>/<backend>/<id>)`;
  let backend: string;
  let vendorId: string;
  try {
    backend = decodeURIComponent(parts[1]!);
    vendorId = decodeURIComponent(parts[2]!);
  } catch {
    return 'is not an id this gateway handed out (its parts are not percent-encoded text)';
  }
  if (backend === '' || vendorId === '' || toGlobalId(type, backend, vendorId) !== id) {
    return 'is not an id this gateway handed out (not in the form it writes)';
  }
  return { type, backend, vendorId };
}
