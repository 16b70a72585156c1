/**
 * JSON.parse keeps the last of two equal keys and says nothing, so an edit
 * that adds `"min": 540` below `"min": 54` would silently win. This scanner
 * finds the first repeated key of an object in text that is already known to
 * be valid JSON, with its line, column and path.
 */
export interface DuplicateKey {
  key: string;
  /** Keys and array indexes from the root down to the object holding the key. */
  path: (string | number)[];
  line: number;
  column: number;
}

interface Frame {
  keys: Set<string> | null; // null for an array
  key: string | number | null; // this container's key in its parent
  index: number; // arrays: index of the current element
  expectKey: boolean;
}

export function findDuplicateKey(text: string): DuplicateKey | null {
  const stack: Frame[] = [];
  let pendingKey: string | number | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        // Only a key with an escape needs decoding ("a\u0062" is "ab"); most are their own text.
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) {
          const before = text.slice(0, i);
          const path = stack.slice(1).map((frame) => frame.key!);
          return { key, path, line: before.split('\n').length, column: i - before.lastIndexOf('\n') };
        }
        top.keys.add(key);
        pendingKey = key;
      }
      i = end;
    } else if (char === '{' || char === '[') {
      const parent = stack.at(-1);
      const key = parent ? (parent.keys ? pendingKey : parent.index) : null;
      stack.push({ keys: char === '{' ? new Set() : null, key, index: 0, expectKey: char === '{' });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
      else if (top) top.index += 1;
    } else if (char === ':') {
      const top = stack.at(-1);
      if (top) top.expectKey = false;
    }
  }
  return null;
}
