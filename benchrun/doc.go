// Package benchrun measures how fast the pipeline analyses real corpora:
// articles and megabytes per second on one core and on all cores, CPU time
// next to wall time (the machine may be shared), time per stage,
// allocations and peak memory. It is the code behind "litopys bench"; the
// comparison with other tools lives in bench/ at the repository root.
//
// Nothing here is embedded or trained: Run reads the corpora through
// package input and analyses them with package pipeline as "litopys
// ingest" would.
package benchrun
