// Package rusage reads what the process has used — CPU time and peak
// resident memory — for the benchmarks and `litopys bench`, which report
// CPU time because a shared machine inflates wall time.
package rusage
