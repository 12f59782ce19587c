export declare function apiMarkdown(manifest: unknown): string;
export declare function withApi(readme: string, manifest: unknown): string;
export declare const START: string;
export declare const END: string;
