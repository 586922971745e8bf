package hashmod

import (
	"encoding/hex"
	"testing"
)

// The "abc" vectors of RFC 7693 Appendix A and B.
func TestBlake2RFCVectors(t *testing.T) {
	b := newBlake2b(64, nil, nil, nil)
	b.Write([]byte("abc"))
	want := "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"
	if got := hex.EncodeToString(b.Sum(nil)); got != want {
		t.Errorf("BLAKE2b-512(abc) = %s, want %s", got, want)
	}
	s := newBlake2s(32, nil, nil, nil)
	s.Write([]byte("abc"))
	want = "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982"
	if got := hex.EncodeToString(s.Sum(nil)); got != want {
		t.Errorf("BLAKE2s-256(abc) = %s, want %s", got, want)
	}
}

// Writing in pieces that straddle block boundaries must equal one write,
// and a clone must continue independently of its original.
func TestBlake2SplitWritesAndClone(t *testing.T) {
	data := make([]byte, 1000)
	for i := range data {
		data[i] = byte(i * 7)
	}
	for _, mk := range []func() hasher{
		func() hasher { return newBlake2b(33, []byte("key"), []byte("salt"), []byte("me")) },
		func() hasher { return newBlake2s(17, []byte("key"), []byte("salt"), []byte("me")) },
	} {
		one := mk()
		one.Write(data)
		split := mk()
		for i := 0; i < len(data); i += 63 {
			split.Write(data[i:min(i+63, len(data))])
		}
		if hex.EncodeToString(one.Sum(nil)) != hex.EncodeToString(split.Sum(nil)) {
			t.Errorf("%T: split writes differ from one write", one)
		}
		c := one.(cloner).clone()
		c.Write([]byte("more"))
		if hex.EncodeToString(one.Sum(nil)) == hex.EncodeToString(c.Sum(nil)) {
			t.Errorf("%T: clone shares state with its original", one)
		}
	}
}
