// The bytes of vCard's syntax (all ASCII), for the readers that work on a file's bytes before they
// are text (vcardUnfolding.ts, vcardLines.ts).
export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const QUOTE = 0x22;
export const COLON = 0x3a;
export const SEMICOLON = 0x3b;
export const EQUALS = 0x3d;
export const BACKSLASH = 0x5c;
