export declare function apiMarkdown(manifest: unknown): string;
export declare function withApi(readme: string, manifest: unknown): string;
export declare const START: string;
export declare const END: string;
export declare function sriMarkdown(integrity: Record<string, string>, version: string): string;
export declare function withSri(readme: string, integrity: Record<string, string>, version: string): string;
export declare const SRI_START: string;
export declare const SRI_END: string;
