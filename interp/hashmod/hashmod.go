// Package hashmod is _hashlib, the Go half of weft's hashlib: message
// digests computed by Go's crypto packages (and BLAKE2 written from RFC
// 7693), handed to interp/lib/hashlib.py as opaque handles.
//
// Why Go: hashing is pure byte crunching, where an interpreted loop would
// be hundreds of times slower than the standard library's assembly. The
// Python side keeps the class (hashlib's hash objects are plain Python
// objects users can introspect) and does argument parsing.
//
// The primitives are positional-only:
//
//	new(name) -> handle            blake2(kind, size, key, salt, person) -> handle
//	update(h, data)                digest(h, length) -> bytes (length for shake_*)
//	copy(h) -> handle              sizes(h) -> (digest_size, block_size)
//	names() -> tuple of str        pbkdf2(name, password, salt, iterations, dklen)
package hashmod

import (
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"hash"
	"sort"
	"sync"

	"github.com/weftrun/weft/interp/objects"
)

type value = objects.Value

// hasher is what a handle computes with. Every algorithm offers hash.Hash
// except the SHAKE functions, whose output length is chosen at digest time.
type hasher interface {
	Write(p []byte) (int, error)
	Sum(b []byte) []byte
	Size() int
	BlockSize() int
}

// cloner is implemented by hashers that copy themselves (BLAKE2 here);
// the others are copied through their binary state encoding.
type cloner interface{ clone() hasher }

// shake adapts crypto/sha3's SHAKE to hasher: Sum is unused (digest needs
// a length), Size is 0 as CPython reports for shake_*.
type shake struct {
	*sha3.SHAKE
	rate int
	mk   func() *sha3.SHAKE
}

func (s shake) Sum(b []byte) []byte { return b }
func (s shake) Size() int           { return 0 }
func (s shake) BlockSize() int      { return s.rate }

// constructors maps hashlib's names to fresh hashers.
var constructors = map[string]func() hasher{
	"md5":        func() hasher { return md5.New() },
	"sha1":       func() hasher { return sha1.New() },
	"sha224":     func() hasher { return sha256.New224() },
	"sha256":     func() hasher { return sha256.New() },
	"sha384":     func() hasher { return sha512.New384() },
	"sha512":     func() hasher { return sha512.New() },
	"sha512_224": func() hasher { return sha512.New512_224() },
	"sha512_256": func() hasher { return sha512.New512_256() },
	"sha3_224":   func() hasher { return sha3.New224() },
	"sha3_256":   func() hasher { return sha3.New256() },
	"sha3_384":   func() hasher { return sha3.New384() },
	"sha3_512":   func() hasher { return sha3.New512() },
	"shake_128":  func() hasher { return shake{sha3.NewSHAKE128(), 168, sha3.NewSHAKE128} },
	"shake_256":  func() hasher { return shake{sha3.NewSHAKE256(), 136, sha3.NewSHAKE256} },
	"blake2b":    func() hasher { return newBlake2b(64, nil, nil, nil) },
	"blake2s":    func() hasher { return newBlake2s(32, nil, nil, nil) },
}

// handle is the Python object behind one hashlib hash object. Hash objects
// may be shared between virtual threads running in parallel, so every use
// of h holds mu (CPython likewise locks a hash object while it updates).
type handle struct {
	objects.Header
	mu   sync.Mutex
	name string
	h    hasher
}

// HandleType is the type of _hashlib's handles.
var HandleType = objects.NewNativeType("_hashlib.HASH")

func newHandle(name string, h hasher) value {
	o := &handle{name: name, h: h}
	objects.SetHeaderType(&o.Header, HandleType)
	return objects.FromHeader(&o.Header)
}

func handleArg(args []value, n int) (*handle, error) {
	if len(args) != n || args[0].IsNil() || args[0].Type() != HandleType {
		return nil, objects.Errorf(objects.TypeErrorType, "_hashlib: expected a hash handle and %d more argument(s)", n-1)
	}
	return (*handle)(args[0].Ptr()), nil
}

func bytesArg(v value, what string) ([]byte, error) {
	if b, ok := objects.BytesLike(v); ok {
		return b, nil
	}
	if objects.AsStr(v) != nil {
		return nil, objects.Errorf(objects.TypeErrorType, "Strings must be encoded before hashing")
	}
	return nil, objects.Errorf(objects.TypeErrorType, "object supporting the buffer API required")
}

// clone copies a hasher's state. Every standard-library hash used here
// implements encoding.BinaryMarshaler, so a fresh hasher restored from the
// encoding continues exactly where the original stands.
func clone(name string, h hasher) (hasher, error) {
	if c, ok := h.(cloner); ok {
		return c.clone(), nil
	}
	var state []byte
	var fresh hasher
	var err error
	if s, ok := h.(shake); ok {
		state, err = s.SHAKE.MarshalBinary()
		fresh = shake{s.mk(), s.rate, s.mk}
		if err == nil {
			err = fresh.(shake).SHAKE.UnmarshalBinary(state)
		}
	} else {
		state, err = h.(encoding.BinaryMarshaler).MarshalBinary()
		fresh = constructors[name]()
		if err == nil {
			err = fresh.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
		}
	}
	if err != nil {
		return nil, objects.Errorf(objects.ValueErrorType, "cannot copy %s hash: %v", name, err)
	}
	return fresh, nil
}

// NewModule builds _hashlib.
func NewModule() *objects.Module {
	m := objects.NewModule("_hashlib")
	def := func(name string, f objects.BuiltinFn) {
		b := objects.NewBuiltin(name, f, nil)
		b.Module = "_hashlib"
		m.Dict.SetStr(objects.Interned(name), b.Value())
	}
	def("new", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 || objects.AsStr(args[0]) == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "new() argument 'name' must be str")
		}
		name := objects.AsStr(args[0]).S
		mk, ok := constructors[name]
		if !ok {
			return value{}, objects.Errorf(objects.ValueErrorType, "unsupported hash type %s", name)
		}
		return newHandle(name, mk()), nil
	})
	def("blake2", blake2Fn)
	def("update", func(c objects.Ctx, args []value, kw []string) (value, error) {
		h, err := handleArg(args, 2)
		if err != nil {
			return value{}, err
		}
		data, err := bytesArg(args[1], "data")
		if err != nil {
			return value{}, err
		}
		h.mu.Lock()
		h.h.Write(data)
		h.mu.Unlock()
		return objects.None, nil
	})
	def("digest", func(c objects.Ctx, args []value, kw []string) (value, error) {
		h, err := handleArg(args, 2)
		if err != nil {
			return value{}, err
		}
		n, _ := objects.AsInt64(args[1])
		h.mu.Lock()
		defer h.mu.Unlock()
		if s, ok := h.h.(shake); ok {
			if n < 0 {
				return value{}, objects.Errorf(objects.ValueErrorType, "length must be non-negative")
			}
			// Reading squeezes the sponge, so read from a copy: digest()
			// does not end the object, as in CPython.
			cp, err := clone(h.name, s)
			if err != nil {
				return value{}, err
			}
			out := make([]byte, n)
			cp.(shake).Read(out)
			return objects.BytesValue(out), nil
		}
		return objects.BytesValue(h.h.Sum(nil)), nil
	})
	def("copy", func(c objects.Ctx, args []value, kw []string) (value, error) {
		h, err := handleArg(args, 1)
		if err != nil {
			return value{}, err
		}
		h.mu.Lock()
		defer h.mu.Unlock()
		cp, err := clone(h.name, h.h)
		if err != nil {
			return value{}, err
		}
		return newHandle(h.name, cp), nil
	})
	def("sizes", func(c objects.Ctx, args []value, kw []string) (value, error) {
		h, err := handleArg(args, 1)
		if err != nil {
			return value{}, err
		}
		return objects.NewTuple([]value{objects.Int(int64(h.h.Size())), objects.Int(int64(h.h.BlockSize()))}).Value(), nil
	})
	def("names", func(c objects.Ctx, args []value, kw []string) (value, error) {
		names := make([]string, 0, len(constructors))
		for n := range constructors {
			names = append(names, n)
		}
		sort.Strings(names)
		out := make([]value, len(names))
		for i, n := range names {
			out[i] = objects.StrValue(n)
		}
		return objects.NewTuple(out).Value(), nil
	})
	def("pbkdf2", pbkdf2Fn)
	return m
}

// blake2Fn is blake2(kind, digest_size, key, salt, person); hashlib.py has
// already checked the sizes against the limits CPython reports.
func blake2Fn(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) != 5 || objects.AsStr(args[0]) == nil {
		return value{}, objects.Errorf(objects.TypeErrorType, "blake2() takes kind, digest_size, key, salt, person")
	}
	size, _ := objects.AsInt64(args[1])
	var parts [3][]byte
	for i := range parts {
		b, err := bytesArg(args[2+i], "")
		if err != nil {
			return value{}, err
		}
		parts[i] = b
	}
	if objects.AsStr(args[0]).S == "blake2b" {
		return newHandle("blake2b", newBlake2b(int(size), parts[0], parts[1], parts[2])), nil
	}
	return newHandle("blake2s", newBlake2s(int(size), parts[0], parts[1], parts[2])), nil
}

// pbkdf2Fn is pbkdf2(hash_name, password, salt, iterations, dklen) with
// dklen None meaning the digest size, as hashlib.pbkdf2_hmac documents.
func pbkdf2Fn(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) != 5 || objects.AsStr(args[0]) == nil {
		return value{}, objects.Errorf(objects.TypeErrorType, "pbkdf2() takes hash_name, password, salt, iterations, dklen")
	}
	name := objects.AsStr(args[0]).S
	mk, ok := constructors[name]
	if _, isShake := mk().(shake); !ok || isShake {
		return value{}, objects.Errorf(objects.ValueErrorType, "unsupported hash type %s", name)
	}
	password, err := bytesArg(args[1], "password")
	if err != nil {
		return value{}, err
	}
	salt, err := bytesArg(args[2], "salt")
	if err != nil {
		return value{}, err
	}
	iter, _ := objects.AsInt64(args[3])
	if iter < 1 {
		return value{}, objects.Errorf(objects.ValueErrorType, "iteration value must be greater than 0.")
	}
	dklen := int64(mk().Size())
	if !args[4].IsNone() {
		dklen, _ = objects.AsInt64(args[4])
		if dklen < 1 {
			return value{}, objects.Errorf(objects.ValueErrorType, "key length must be greater than 0.")
		}
	}
	newHash := func() hash.Hash { return mk().(hash.Hash) }
	key, err := pbkdf2.Key(newHash, string(password), salt, int(iter), int(dklen))
	if err != nil {
		return value{}, objects.Errorf(objects.ValueErrorType, "%v", err)
	}
	return objects.BytesValue(key), nil
}
