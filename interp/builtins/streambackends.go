package builtins

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pystr"
)

// memBackend is the store of io.StringIO (text: a slice of code points,
// since positions count characters) and io.BytesIO (one element per byte).
type memBackend struct {
	data []rune
	pos  int
	text bool
}

func newMemBackend(init string, text bool) *memBackend {
	m := &memBackend{text: text}
	if text {
		m.data = pystr.Runes(init)
	} else {
		m.data = make([]rune, len(init))
		for i := 0; i < len(init); i++ {
			m.data[i] = rune(init[i])
		}
	}
	return m
}

func (m *memBackend) str(rs []rune) string {
	if m.text {
		return pystr.FromRunes(rs)
	}
	b := make([]byte, len(rs))
	for i, r := range rs {
		b[i] = byte(r)
	}
	return string(b)
}

func (m *memBackend) elems(s string) []rune {
	if m.text {
		return pystr.Runes(s)
	}
	out := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		out[i] = rune(s[i])
	}
	return out
}

func (m *memBackend) all() string { return m.str(m.data) }

func (m *memBackend) readN(n int) (string, error) {
	if m.pos >= len(m.data) {
		return "", nil
	}
	end := len(m.data)
	if n >= 0 && m.pos+n < end {
		end = m.pos + n
	}
	s := m.str(m.data[m.pos:end])
	m.pos = end
	return s, nil
}

func (m *memBackend) readLine(limit int) (string, error) {
	if m.pos >= len(m.data) {
		return "", nil
	}
	end := m.pos
	for end < len(m.data) && (limit < 0 || end-m.pos < limit) {
		end++
		if m.data[end-1] == '\n' {
			break
		}
	}
	s := m.str(m.data[m.pos:end])
	m.pos = end
	return s, nil
}

// writeString writes at the position, overwriting, and pads with zero
// elements when the position is past the end, as both CPython classes do.
func (m *memBackend) writeString(s string) (int, error) {
	e := m.elems(s)
	if m.pos > len(m.data) {
		m.data = append(m.data, make([]rune, m.pos-len(m.data))...)
	}
	n := copy(m.data[m.pos:], e)
	m.data = append(m.data, e[n:]...)
	m.pos += len(e)
	return len(e), nil
}

func (m *memBackend) seek(off int64, whence int) (int64, error) {
	if m.text {
		// StringIO positions are opaque cookies: only absolute seeks and
		// zero-offset seeks to the current position or the end exist.
		switch {
		case whence == 1 && off != 0:
			return 0, objects.Errorf(objects.OSErrorType, "Can't do nonzero cur-relative seeks")
		case whence == 2 && off != 0:
			// Sic: CPython 3.11 reports end-relative seeks with the
			// cur-relative message.
			return 0, objects.Errorf(objects.OSErrorType, "Can't do nonzero cur-relative seeks")
		case whence == 0 && off < 0:
			return 0, objects.Errorf(objects.ValueErrorType, "Negative seek position %d", off)
		}
	}
	var pos int64
	switch whence {
	case 0:
		pos = off
	case 1:
		pos = int64(m.pos) + off
	case 2:
		pos = int64(len(m.data)) + off
	}
	if pos < 0 {
		if whence == 0 {
			return 0, objects.Errorf(objects.ValueErrorType, "negative seek value %d", off)
		}
		pos = 0
	}
	m.pos = int(pos)
	return pos, nil
}

func (m *memBackend) tell() (int64, error) { return int64(m.pos), nil }

func (m *memBackend) truncate(size int64) (int64, error) {
	if size < 0 {
		size = int64(m.pos)
	}
	if size < int64(len(m.data)) {
		m.data = m.data[:size]
	}
	return size, nil
}

func (m *memBackend) flush() error   { return nil }
func (m *memBackend) close() error   { m.data = nil; return nil }
func (m *memBackend) seekable() bool { return true }

// fileBackend is an OS file (open()) or a reader that cannot seek
// (sys.stdin, shared with input() through the same bufio.Reader). It keeps
// a read-ahead buffer and a write buffer; a seek, tell, truncate or close
// reconciles both with the OS file position first.
type fileBackend struct {
	f    *os.File
	r    *bufio.Reader // reads when f is nil (stdin), else nil
	fd   *os.File      // the OS file behind r, for isatty and fileno
	text bool
	rbuf []byte // read ahead of the logical position
	wbuf []byte // written, not yet at the OS
	eof  bool
}

const fileChunk = 64 << 10

func (fb *fileBackend) seekable() bool {
	if fb.f == nil {
		return false
	}
	_, err := fb.f.Seek(0, io.SeekCurrent)
	return err == nil
}

func (fb *fileBackend) isTerminal() bool {
	return fb.osFile() != nil && IsTerminal(fb.osFile())
}

// osFile is the OS file behind the backend, for isatty and fileno.
func (fb *fileBackend) osFile() *os.File {
	if fb.f != nil {
		return fb.f
	}
	return fb.fd
}

// fill reads one more chunk into rbuf; false at end of file.
func (fb *fileBackend) fill() (bool, error) {
	if err := fb.flushWrites(); err != nil {
		return false, err
	}
	buf := make([]byte, fileChunk)
	var n int
	var err error
	if fb.f != nil {
		n, err = fb.f.Read(buf)
	} else {
		n, err = fb.r.Read(buf)
	}
	fb.rbuf = append(fb.rbuf, buf[:n]...)
	if n > 0 {
		return true, nil
	}
	if err == nil || errors.Is(err, io.EOF) {
		return false, nil
	}
	return false, err
}

// take removes the first n bytes of rbuf.
func (fb *fileBackend) take(n int) string {
	s := string(fb.rbuf[:n])
	fb.rbuf = fb.rbuf[n:]
	return s
}

// unitsEnd returns the byte length of the first n units (characters in
// text mode) of rbuf, and whether rbuf holds that many.
func (fb *fileBackend) unitsEnd(n int) (int, bool) {
	if !fb.text {
		return n, len(fb.rbuf) >= n
	}
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(fb.rbuf) || !utf8.FullRune(fb.rbuf[i:]) {
			return i, false
		}
		_, size := utf8.DecodeRune(fb.rbuf[i:])
		i += size
	}
	return i, true
}

func (fb *fileBackend) readN(n int) (string, error) {
	for {
		if n >= 0 {
			if end, ok := fb.unitsEnd(n); ok {
				return fb.take(end), nil
			}
		}
		more, err := fb.fill()
		if err != nil {
			return "", err
		}
		if !more {
			return fb.take(len(fb.rbuf)), nil
		}
	}
}

func (fb *fileBackend) readLine(limit int) (string, error) {
	for {
		nl := strings.IndexByte(string(fb.rbuf), '\n')
		if limit >= 0 {
			end, ok := fb.unitsEnd(limit)
			if ok && (nl < 0 || end <= nl) {
				return fb.take(end), nil
			}
		}
		if nl >= 0 {
			return fb.take(nl + 1), nil
		}
		more, err := fb.fill()
		if err != nil {
			return "", err
		}
		if !more {
			return fb.take(len(fb.rbuf)), nil
		}
	}
}

// dropReadAhead moves the OS position back over unread read-ahead, so
// that writes land at the logical position.
func (fb *fileBackend) dropReadAhead() error {
	if len(fb.rbuf) == 0 || fb.f == nil {
		return nil
	}
	_, err := fb.f.Seek(-int64(len(fb.rbuf)), io.SeekCurrent)
	fb.rbuf = nil
	return err
}

func (fb *fileBackend) writeString(s string) (int, error) {
	if err := fb.dropReadAhead(); err != nil {
		return 0, err
	}
	fb.wbuf = append(fb.wbuf, s...)
	if len(fb.wbuf) >= fileChunk {
		if err := fb.flushWrites(); err != nil {
			return 0, err
		}
	}
	if fb.text {
		return utf8.RuneCountInString(s), nil
	}
	return len(s), nil
}

func (fb *fileBackend) flushWrites() error {
	if len(fb.wbuf) == 0 || fb.f == nil {
		return nil
	}
	_, err := fb.f.Write(fb.wbuf)
	fb.wbuf = fb.wbuf[:0]
	return err
}

func (fb *fileBackend) seek(off int64, whence int) (int64, error) {
	if err := fb.flushWrites(); err != nil {
		return 0, err
	}
	if whence == io.SeekCurrent {
		off -= int64(len(fb.rbuf))
	}
	fb.rbuf = nil
	pos, err := fb.f.Seek(off, whence)
	if err != nil {
		return 0, objects.Errorf(objects.OSErrorType, "[Errno 22] Invalid argument")
	}
	return pos, nil
}

func (fb *fileBackend) tell() (int64, error) {
	if err := fb.flushWrites(); err != nil {
		return 0, err
	}
	pos, err := fb.f.Seek(0, io.SeekCurrent)
	return pos - int64(len(fb.rbuf)), err
}

func (fb *fileBackend) truncate(size int64) (int64, error) {
	if err := fb.dropReadAhead(); err != nil {
		return 0, err
	}
	if err := fb.flushWrites(); err != nil {
		return 0, err
	}
	if size < 0 {
		pos, err := fb.f.Seek(0, io.SeekCurrent)
		if err != nil {
			return 0, err
		}
		size = pos
	}
	return size, fb.f.Truncate(size)
}

func (fb *fileBackend) flush() error { return fb.flushWrites() }

func (fb *fileBackend) close() error {
	err := fb.flushWrites()
	if fb.f != nil {
		if cerr := fb.f.Close(); err == nil {
			err = cerr
		}
	}
	return err
}
