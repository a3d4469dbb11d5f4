import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** Apollo hands the same parsed document to every request with the same text: its root fields are found once. */
const found = new WeakMap<OperationDefinitionNode, readonly FieldNode[]>();

/**
 * The root fields an operation selects, aliases included, through inline fragments and fragment
 * spreads (each spread once): what a request-level limit must price, however the query spells it.
 */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): readonly FieldNode[] {
  let fields = found.get(operation);
  if (!fields) found.set(operation, (fields = collectRootFields(operation, document)));
  return fields;
}

function collectRootFields(operation: OperationDefinitionNode, document: DocumentNode): FieldNode[] {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) fields.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const fragment = fragments.get(sel.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return fields;
}
