package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestXProfiles runs a program with -X cpuprofile and -X memprofile and
// checks that both profiles were written (pprof files are gzip streams,
// so a valid one starts with the gzip magic bytes).
func TestXProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "mem.prof")
	status := run([]string{"-X", "cpuprofile=" + cpu, "-Xmemprofile=" + mem, "-c", "sum(range(1000))"})
	stopProfiles()
	if status != 0 {
		t.Fatalf("exit status %d", status)
	}
	for _, p := range []string{cpu, mem} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
			t.Fatalf("%s is not a gzip-compressed profile (%d bytes)", filepath.Base(p), len(b))
		}
	}
}

// TestXProfileNeedsFile checks that a profiling option without a file
// name, or with one that cannot be created, is a usage error (status 2).
func TestXProfileNeedsFile(t *testing.T) {
	if status := run([]string{"-X", "cpuprofile", "-c", "pass"}); status != 2 {
		t.Fatalf("-X cpuprofile without a file: status %d, want 2", status)
	}
	bad := filepath.Join(t.TempDir(), "missing", "cpu.prof")
	if status := run([]string{"-X", "cpuprofile=" + bad, "-c", "pass"}); status != 2 {
		t.Fatalf("-X cpuprofile into a missing directory: status %d, want 2", status)
	}
	stopProfiles()
}
