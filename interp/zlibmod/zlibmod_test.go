package zlibmod

import (
	"bytes"
	"compress/zlib"
	stdadler "hash/adler32"
	"testing"
)

func TestAdler32MatchesStdlibAndContinues(t *testing.T) {
	data := bytes.Repeat([]byte("adler checksum data "), 2000)
	if got, want := adler32(1, data), stdadler.Checksum(data); got != want {
		t.Fatalf("adler32 = %#x, want %#x", got, want)
	}
	if got, want := adler32(adler32(1, data[:777]), data[777:]), stdadler.Checksum(data); got != want {
		t.Fatalf("continued adler32 = %#x, want %#x", got, want)
	}
}

func TestCRCHQXKnownValue(t *testing.T) {
	// CRC-16/XMODEM (what crc_hqx computes from 0) of "123456789" is 0x31C3.
	if got := crcHQX(0, []byte("123456789")); got != 0x31c3 {
		t.Fatalf("crc_hqx = %#x, want 0x31c3", got)
	}
}

// inflate must stop exactly at the stream's end so the rest is unused_data,
// and report truncated input as not-yet-finished rather than as an error.
func TestInflateUsedAndTruncation(t *testing.T) {
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	w.Write([]byte("hello hello hello"))
	w.Close()
	stream := buf.Bytes()
	out, used, eof, msg := inflate(append(bytes.Clone(stream), "TAIL"...), zlibFormat, nil)
	if string(out) != "hello hello hello" || used != len(stream) || !eof || msg != "" {
		t.Fatalf("inflate = %q, %d, %v, %q; want full output, used %d", out, used, eof, msg, len(stream))
	}
	_, _, eof, msg = inflate(stream[:len(stream)-3], zlibFormat, nil)
	if eof || msg != "" {
		t.Fatalf("truncated stream: eof=%v msg=%q, want not finished and no error", eof, msg)
	}
	_, _, _, msg = inflate([]byte("plain text"), zlibFormat, nil)
	if msg == "" {
		t.Fatal("a non-zlib input gave no error")
	}
}
