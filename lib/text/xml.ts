/**
 * What XML 1.0 cannot hold (§2.2): C0 controls other than tab, line feed and carriage return,
 * the non-characters U+FFFE and U+FFFF, and halves of surrogate pairs. Page text can carry any
 * of them; one in a Word or Excel part makes the whole file fail to open.
 */
const NON_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters an XML document cannot contain. */
export function xmlText(text: string): string {
  return text.replace(NON_XML_CHARS, '');
}
