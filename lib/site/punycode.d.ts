// The userland punycode package (not Node's deprecated built-in) ships no types.
declare module 'punycode/punycode.js' {
  export function toASCII(domain: string): string;
  export function toUnicode(domain: string): string;
}
