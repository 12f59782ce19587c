#!/usr/bin/env node
// customs-widgets prerender, validate and embed: see `customs-widgets --help`.
import { main } from '../dist/lib/prerender-command.js';

process.exitCode = await main(process.argv.slice(2));
