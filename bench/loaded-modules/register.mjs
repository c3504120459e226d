// `node --import bench/loaded-modules/register.mjs …` writes down the modules a run loads
// (see hooks.mjs); used by bench/cli-startup.mjs and the CLI's start-up test.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
