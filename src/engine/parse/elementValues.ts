// Readers for element values: the "string or array of strings" shape AWS accepts almost everywhere,
// and plain strings. They report wrong types and empty arrays, naming the element.

import type { Node } from 'jsonc-parser';
import type { SourceRange } from '../policy';
import type { DiagnosticSink } from './diagnostics';

/** Values as strings with the range of each, parallel. */
export interface ValueList {
  values: string[];
  valueRanges: SourceRange[];
}

/** Describes a JSON node's type for messages ("an object", "a number"...). */
export function describeType(node: Node): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    default:
      return 'null';
  }
}

/** The property nodes of an object by name (duplicates are already rejected by the JSON layer). */
export function propertiesOf(node: Node): Map<string, Node> {
  const map = new Map<string, Node>();
  for (const property of node.children ?? []) {
    const key = property.children?.[0];
    if (key && property.children?.[1]) map.set(String(key.value), property);
  }
  return map;
}

/** The value node of a property node. */
export function valueOf(property: Node): Node {
  return property.children![1];
}

/** The key node of a property node. */
export function keyOf(property: Node): Node {
  return property.children![0];
}

/** The items of an element that may be one value or an array of values. */
export function itemsOf(node: Node): Node[] {
  return node.type === 'array' ? (node.children ?? []) : [node];
}

/** Reads a string-valued element, or reports that it is not a string. */
export function readString(node: Node, element: string, sink: DiagnosticSink): string | null {
  if (node.type === 'string') return node.value as string;
  sink.error('wrong-type', `${element} must be a string, not ${describeType(node)}`, node);
  return null;
}

/**
 * Reads an element AWS accepts as one value or an array of values (a lone value becomes a one-element
 * list). `scalars` lets condition values be numbers or booleans, kept as their JSON text.
 */
export function readValueList(node: Node, element: string, sink: DiagnosticSink, scalars = false): ValueList | null {
  const itemType = scalars ? 'a string, number or boolean' : 'a string';
  const items = itemsOf(node);
  if (node.type === 'array' && items.length === 0) {
    sink.error('empty-array', `${element} must not be an empty array`, node);
    return null;
  }
  const list: ValueList = { values: [], valueRanges: [] };
  let valid = true;
  for (const item of items) {
    const text = scalarText(item, scalars, sink);
    if (text === null) {
      const message =
        node.type === 'array'
          ? `each item of ${element} must be ${itemType}, not ${describeType(item)}${item.type === 'array' || item.type === 'object' ? ' (values cannot be nested)' : ''}`
          : `${element} must be ${itemType} or an array of them, not ${describeType(item)}`;
      sink.error('wrong-type', message, item);
      valid = false;
      continue;
    }
    list.values.push(text);
    list.valueRanges.push(sink.rangeOf(item));
  }
  return valid ? list : null;
}

function scalarText(node: Node, scalars: boolean, sink: DiagnosticSink): string | null {
  if (node.type === 'string') return node.value as string;
  if (!scalars) return null;
  // Numbers keep their JSON spelling ("1.50" stays "1.50"); booleans become "true"/"false".
  if (node.type === 'number') return sink.source.text.slice(node.offset, node.offset + node.length);
  if (node.type === 'boolean') return String(node.value);
  return null;
}
