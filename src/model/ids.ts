/**
 * The shape of every id a story, a link or a parent page may name: kebab-case,
 * at most 100 characters. One rule for the validator, the hash, the embed
 * protocol and `?story=`, so an id the validator accepts always works in a link.
 */
export const MAX_ID_LENGTH = 100;
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/** A file the app fetches from a story's own folder: no sub-folder, no parent, no hidden file. */
export const FILE_NAME_PATTERN = /^[\w-][\w.-]{0,99}$/;
