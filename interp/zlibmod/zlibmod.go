// Package zlibmod is _zlib, the Go half of weft's zlib, gzip and binascii
// checksums: DEFLATE through the standard library's compress/flate,
// compress/zlib and compress/gzip, and the CRC-32, Adler-32 and CRC-CCITT
// checksums.
//
// Why Go: compression and checksums are byte loops. The Python modules
// (interp/lib/zlib.py, gzip.py, binascii.py) keep the API surface and the
// exception classes; these primitives are positional-only and report
// stream errors as a message for the Python side to raise as zlib.error,
// because the error class belongs to the Python module.
//
// The container is chosen by wbits as in zlib's deflateInit2/inflateInit2:
// 9..15 a zlib stream, -9..-15 raw DEFLATE, 25..31 gzip, and (for
// decompression only) 40..47 zlib or gzip by the header.
//
// Compressed bytes are Go's DEFLATE encoder's, which is valid DEFLATE but
// not byte-for-byte the output of C zlib at the same level.
package zlibmod

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"hash/crc32"
	"io"
	"sync"

	"github.com/weftrun/weft/interp/objects"
)

type value = objects.Value

// container is the stream format wbits selects.
type container int

const (
	raw container = iota
	zlibFormat
	gzipFormat
	autoFormat
)

func containerOf(wbits int64, compress bool) (container, bool) {
	switch {
	case wbits >= 9 && wbits <= 15, wbits == 0 && !compress:
		return zlibFormat, true
	case wbits >= -15 && wbits <= -9:
		return raw, true
	case wbits >= 25 && wbits <= 31:
		return gzipFormat, true
	case wbits >= 40 && wbits <= 47 && !compress:
		return autoFormat, true
	}
	return raw, false
}

// streamWriter is what the three compress/* writers have in common.
type streamWriter interface {
	io.Writer
	Flush() error
	Close() error
}

func newWriter(out io.Writer, format container, level int, dict []byte) (streamWriter, error) {
	switch format {
	case zlibFormat:
		return zlib.NewWriterLevelDict(out, level, dict)
	case gzipFormat:
		return gzip.NewWriterLevel(out, level)
	}
	if len(dict) > 0 {
		return flate.NewWriterDict(out, level, dict)
	}
	return flate.NewWriter(out, level)
}

// inflate decompresses one stream from the front of data. It returns the
// output produced, how many input bytes the stream used, whether the
// stream's end was reached, and an error message in CPython's words ("" if
// none). Truncated input is not an error here: the caller decides
// (zlib.decompress reports it, a decompressobj waits for more input).
//
// bytes.Reader is an io.ByteReader, so flate reads it one byte at a time
// and never past the end of the stream: the reader's remaining length says
// exactly where the stream ended, which is how unused_data is found.
func inflate(data []byte, format container, dict []byte) (out []byte, used int, eof bool, msg string) {
	src := bytes.NewReader(data)
	if format == autoFormat {
		format = zlibFormat
		if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
			format = gzipFormat
		}
	}
	var r io.Reader
	var err error
	switch format {
	case zlibFormat:
		r, err = zlib.NewReaderDict(src, dict)
	case gzipFormat:
		var g *gzip.Reader
		g, err = gzip.NewReader(src)
		if err == nil {
			g.Multistream(false)
		}
		r = g
	default:
		if len(dict) > 0 {
			r = flate.NewReaderDict(src, dict)
		} else {
			r = flate.NewReader(src)
		}
	}
	if err == nil {
		out, err = io.ReadAll(r)
	}
	used = len(data) - src.Len()
	switch {
	case err == nil:
		return out, used, true, ""
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return out, used, false, ""
	case errors.Is(err, zlib.ErrHeader), errors.Is(err, gzip.ErrHeader):
		return out, used, false, "Error -3 while decompressing data: incorrect header check"
	case errors.Is(err, zlib.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		return out, used, false, "Error -3 while decompressing data: incorrect data check"
	case errors.Is(err, zlib.ErrDictionary):
		return out, used, false, "Error 2 while decompressing data"
	}
	var corrupt flate.CorruptInputError
	if errors.As(err, &corrupt) {
		return out, used, false, "Error -3 while decompressing data: invalid compressed data"
	}
	return out, used, false, "Error -3 while decompressing data: " + err.Error()
}

// compressor is a compressobj's stream: the writer appends to buf and
// every call hands back (and drops) what buf holds. mu serialises virtual
// threads that share one object.
type compressor struct {
	objects.Header
	mu       sync.Mutex
	buf      bytes.Buffer
	w        streamWriter
	finished bool
}

// CompressorType is the type of _zlib.compressor() handles.
var CompressorType = objects.NewNativeType("_zlib.Compress")

func intArg(v value) int64 {
	n, _ := objects.AsInt64(v)
	return n
}

func bytesArg(v value) ([]byte, error) {
	if b, ok := objects.BytesLike(v); ok {
		return b, nil
	}
	return nil, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
}

func status(out []byte, used int, eof bool, msg string) value {
	return objects.NewTuple([]value{objects.BytesValue(out), objects.Int(int64(used)), objects.Bool(eof), objects.StrValue(msg)}).Value()
}

// NewModule builds _zlib:
//
//	compressor(level, wbits, zdict) -> handle | str (error message)
//	compress(handle, data) -> bytes     flush(handle, mode) -> bytes
//	inflate(data, wbits, zdict) -> (out, used, eof, message)
//	crc32(data, value)  adler32(data, value)  crc_hqx(data, value)
func NewModule() *objects.Module {
	m := objects.NewModule("_zlib")
	def := func(name string, n int, f func(args []value) (value, error)) {
		b := objects.NewBuiltin(name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if len(args) != n || len(kw) != 0 {
				return value{}, objects.Errorf(objects.TypeErrorType, "_zlib.%s() takes %d positional arguments", name, n)
			}
			return f(args)
		}, nil)
		b.Module = "_zlib"
		m.Dict.SetStr(objects.Interned(name), b.Value())
	}
	def("compressor", 3, func(args []value) (value, error) {
		level := intArg(args[0])
		if level < -1 || level > 9 {
			return objects.StrValue("Bad compression level"), nil
		}
		format, ok := containerOf(intArg(args[1]), true)
		if !ok {
			return objects.StrValue("Invalid initialization option"), nil
		}
		var dict []byte
		if !args[2].IsNone() {
			d, err := bytesArg(args[2])
			if err != nil {
				return value{}, err
			}
			dict = d
		}
		c := &compressor{}
		w, err := newWriter(&c.buf, format, int(level), dict)
		if err != nil {
			return objects.StrValue(err.Error()), nil
		}
		c.w = w
		objects.SetHeaderType(&c.Header, CompressorType)
		return objects.FromHeader(&c.Header), nil
	})
	def("compress", 2, func(args []value) (value, error) {
		c, err := compressorArg(args[0])
		if err != nil {
			return value{}, err
		}
		data, err := bytesArg(args[1])
		if err != nil {
			return value{}, err
		}
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.finished {
			return objects.StrValue("Error -2 while compressing data: inconsistent stream state"), nil
		}
		c.w.Write(data)
		return c.take(), nil
	})
	def("flush", 2, func(args []value) (value, error) {
		c, err := compressorArg(args[0])
		if err != nil {
			return value{}, err
		}
		mode := intArg(args[1])
		c.mu.Lock()
		defer c.mu.Unlock()
		switch {
		case c.finished || mode == 0: // Z_NO_FLUSH
		case mode == 4: // Z_FINISH
			c.w.Close()
			c.finished = true
		default: // Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_BLOCK
			c.w.Flush()
		}
		return c.take(), nil
	})
	def("inflate", 3, func(args []value) (value, error) {
		data, err := bytesArg(args[0])
		if err != nil {
			return value{}, err
		}
		format, ok := containerOf(intArg(args[1]), false)
		if !ok {
			return status(nil, 0, false, "Error -2 while preparing to decompress data: inconsistent stream state"), nil
		}
		var dict []byte
		if !args[2].IsNone() {
			if dict, err = bytesArg(args[2]); err != nil {
				return value{}, err
			}
		}
		return status(inflate(data, format, dict)), nil
	})
	def("crc32", 2, func(args []value) (value, error) {
		data, err := bytesArg(args[0])
		if err != nil {
			return value{}, err
		}
		return objects.Int(int64(crc32.Update(uint32(intArg(args[1])), crc32.IEEETable, data))), nil
	})
	def("adler32", 2, func(args []value) (value, error) {
		data, err := bytesArg(args[0])
		if err != nil {
			return value{}, err
		}
		return objects.Int(int64(adler32(uint32(intArg(args[1])), data))), nil
	})
	def("crc_hqx", 2, func(args []value) (value, error) {
		data, err := bytesArg(args[0])
		if err != nil {
			return value{}, err
		}
		return objects.Int(int64(crcHQX(uint16(intArg(args[1])), data))), nil
	})
	return m
}

func compressorArg(v value) (*compressor, error) {
	if v.IsNil() || v.Type() != CompressorType {
		return nil, objects.Errorf(objects.TypeErrorType, "_zlib: expected a compressor handle")
	}
	return (*compressor)(v.Ptr()), nil
}

// take returns the compressed bytes produced so far and empties buf.
func (c *compressor) take() value {
	out := bytes.Clone(c.buf.Bytes())
	c.buf.Reset()
	return objects.BytesValue(out)
}

// adler32 continues an Adler-32 checksum from value (RFC 1950 §8.2);
// hash/adler32 cannot start from a given value. The sums are reduced
// every nmax bytes, the most that cannot overflow 32 bits.
func adler32(value uint32, data []byte) uint32 {
	const mod, nmax = 65521, 5552
	a, b := value&0xffff, value>>16
	for len(data) > 0 {
		n := min(len(data), nmax)
		for _, c := range data[:n] {
			a += uint32(c)
			b += a
		}
		a %= mod
		b %= mod
		data = data[n:]
	}
	return b<<16 | a
}

// crcHQX is binascii.crc_hqx: CRC-CCITT (polynomial 0x1021, MSB first)
// continued from value.
func crcHQX(crc uint16, data []byte) uint16 {
	for _, c := range data {
		crc ^= uint16(c) << 8
		for i := 0; i < 8; i++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}
