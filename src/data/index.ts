/**
 * Every bundled data file, typed. Elements import the one module per file they need (so each
 * bundles only its own data); tests, stories and tools may take everything from here.
 */
export * from './sources.js';
export * from './forums.js';
export * from './bodies.js';
export * from './compliance.js';
export * from './milestones.js';
export * from './roles.js';
export * from './systems.js';
export * from './partners.js';
export * from './activities.js';
export * from './documents.js';
export * from './fact-files.js';
