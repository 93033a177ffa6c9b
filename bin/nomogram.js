#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ so that `npx nomogram` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
