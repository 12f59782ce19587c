import type { Plugin } from 'rollup';
export declare function dataNames(options?: { whole?: boolean; base?: string }): Plugin;
