import type { Plugin } from 'rollup';
export declare const registry: { tag: string; class: string; example: Record<string, string>; uses?: string[] }[];
export declare function classFile(tag: string): string;
export declare function elementModules(options?: { base?: string }): Plugin;
