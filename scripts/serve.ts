// Runs the reference server's CLI from source (used by `npm start`); the published
// package runs the built one through bin/bridgeway.js.
import { main } from '../src/server/cli.js';

const { code } = await main(process.argv.slice(2));
process.exitCode = code;
