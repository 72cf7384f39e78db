#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/surfaces/cli into dist/ by `npm install` (the prepare script).
import { main } from '../dist/surfaces/cli/main.js';

process.exitCode = await main(process.argv);
