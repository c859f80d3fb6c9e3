import type {ComplexAttributeConverter} from 'lit';

/**
 * A boolean attribute that also accepts the link style: present (empty), `1` or `true` is on;
 * anything else (`0`, `false`, absent, or a malformed value, which is reported) is off. Plain
 * HTML booleans would take `join="0"` as on.
 */
export const flagConverter = {
  fromAttribute: (value: string | null): boolean => value !== null && /^(|1|true)$/i.test(value.trim()),
  toAttribute: (value: boolean): string | null => (value ? '' : null),
} satisfies ComplexAttributeConverter<boolean>;

/**
 * `media`, exactly as in Infinity Connect links: `1` starts camera and microphone, an empty
 * value means presentation-and-control mode, absent lets the user choose.
 */
export const mediaConverter = {
  fromAttribute: (value: string | null): boolean | undefined => (value === null ? undefined : /^(1|true)$/i.test(value.trim())),
  toAttribute: (value: boolean | undefined): string | null => (value === undefined ? null : value ? '1' : ''),
} satisfies ComplexAttributeConverter<boolean | undefined>;
