#!/usr/bin/env node
// Entry point for `npm start`, `npx qiao …` and the other commands: runs the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
