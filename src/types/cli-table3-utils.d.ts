// cli-table3 publishes types for its table only; `drawTable` uses the helpers it pads and cuts cells with.
declare module 'cli-table3/src/utils.js' {
  const utils: {
    strlen(str: string): number;
    pad(str: string, len: number, pad: string, dir: 'left' | 'right' | 'center' | undefined): string;
    truncate(str: string, desiredLength: number, truncateChar?: string): string;
    colorizeLines(lines: string[]): string[];
  };
  export default utils;
}
