import { setFlagsFromString } from 'node:v8';

// The CLI's first import, so that these apply before any of citegraph's code runs (and in its worker
// threads, which share the process's V8 flags). A whole `citegraph extract` over the 754 corpus posts
// spent about a third of its CPU time in V8's optimising compiler, on background threads that compete
// with the work on a 2-core machine, more so with a second extraction thread. Optimising only functions
// that stay hot for longer, and without inlining, cuts that by a third to a half; the code it makes runs
// about as fast here (see README, Speed). These change no result, only when and how code is compiled.
export const V8_FLAGS = ['--interrupt-budget=200000', '--no-turbo-inlining'] as const;

for (const flag of V8_FLAGS) setFlagsFromString(flag);
