package randmod

import (
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math/big"

	"github.com/weftrun/weft/interp/objects"
)

type value = objects.Value

// generator is the Python object holding one MT; random.Random keeps one
// in its _mt attribute.
type generator struct {
	objects.Header
	mt MT
}

// GeneratorType is the type of _random.new()'s results.
var GeneratorType = objects.NewNativeType("_random.MT19937")

// NewModule builds _random, the primitives interp/lib/random.py calls:
//
//	new() -> generator (seeded from the OS)
//	seed(gen, a)            a: None, int, str, bytes or bytearray
//	random(gen) -> float    getrandbits(gen, k) -> int
//	getstate(gen) -> tuple of 625 ints    setstate(gen, tuple)
//	urandom_random() -> float    urandom_bits(k) -> int   (SystemRandom)
func NewModule() *objects.Module {
	m := objects.NewModule("_random")
	def := func(name string, f objects.BuiltinFn) {
		b := objects.NewBuiltin(name, f, nil)
		b.Module = "_random"
		m.Dict.SetStr(objects.Interned(name), b.Value())
	}
	def("new", func(c objects.Ctx, args []value, kw []string) (value, error) {
		g := &generator{}
		objects.SetHeaderType(&g.Header, GeneratorType)
		if err := seedFromOS(&g.mt); err != nil {
			return value{}, err
		}
		return objects.FromHeader(&g.Header), nil
	})
	def("seed", seedFn)
	def("random", func(c objects.Ctx, args []value, kw []string) (value, error) {
		g, err := genArg(args, 1)
		if err != nil {
			return value{}, err
		}
		return objects.Float(g.mt.Float()), nil
	})
	def("getrandbits", func(c objects.Ctx, args []value, kw []string) (value, error) {
		g, err := genArg(args, 2)
		if err != nil {
			return value{}, err
		}
		k, err := bitsArg(args[1])
		if err != nil {
			return value{}, err
		}
		return objects.BigValue(g.mt.Bits(k)), nil
	})
	def("getstate", func(c objects.Ctx, args []value, kw []string) (value, error) {
		g, err := genArg(args, 1)
		if err != nil {
			return value{}, err
		}
		words, index := g.mt.State()
		items := make([]value, 0, stateWords+1)
		for _, w := range words {
			items = append(items, objects.Int(int64(w)))
		}
		items = append(items, objects.Int(int64(index)))
		return objects.NewTuple(items).Value(), nil
	})
	def("setstate", setstateFn)
	def("urandom_random", func(c objects.Ctx, args []value, kw []string) (value, error) {
		var b [8]byte
		if _, err := rand.Read(b[:]); err != nil {
			return value{}, objects.Errorf(objects.OSErrorType, "%v", err)
		}
		return objects.Float(float64(binary.BigEndian.Uint64(b[:])>>11) * (1.0 / 9007199254740992.0)), nil
	})
	def("urandom_bits", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "urandom_bits() takes exactly one argument")
		}
		k, err := bitsArg(args[0])
		if err != nil {
			return value{}, err
		}
		b := make([]byte, (k+7)/8)
		if _, err := rand.Read(b); err != nil {
			return value{}, objects.Errorf(objects.OSErrorType, "%v", err)
		}
		n := new(big.Int).SetBytes(b)
		return objects.BigValue(n.Rsh(n, uint(len(b)*8-k))), nil
	})
	return m
}

func genArg(args []value, n int) (*generator, error) {
	if len(args) != n || args[0].IsNil() || args[0].Type() != GeneratorType {
		return nil, objects.Errorf(objects.TypeErrorType, "_random: expected a generator and %d more argument(s)", n-1)
	}
	return (*generator)(args[0].Ptr()), nil
}

func bitsArg(v value) (int, error) {
	if !objects.IsInt(v) {
		return 0, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	k, ok := objects.AsInt64(v)
	if !ok || k > 1<<31 {
		if objects.ToBig(v).Sign() < 0 {
			return 0, objects.Errorf(objects.ValueErrorType, "number of bits must be non-negative")
		}
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	if k < 0 {
		return 0, objects.Errorf(objects.ValueErrorType, "number of bits must be non-negative")
	}
	return int(k), nil
}

// seedFromOS seeds as random.seed(None): init_by_array with 624 words of
// OS entropy.
func seedFromOS(m *MT) error {
	var b [4 * stateWords]byte
	if _, err := rand.Read(b[:]); err != nil {
		return objects.Errorf(objects.OSErrorType, "%v", err)
	}
	key := make([]uint32, stateWords)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	m.mu.Lock()
	m.initByArray(key)
	m.mu.Unlock()
	return nil
}

// seedFn is random.seed(a) for a None, int, str, bytes or bytearray
// (random.py turns floats into their hash first). A str or bytes seed
// becomes the int whose big-endian bytes are the seed followed by its
// SHA-512 digest (a str is UTF-8 encoded first), CPython's version 2
// seeding.
func seedFn(c objects.Ctx, args []value, kw []string) (value, error) {
	g, err := genArg(args, 2)
	if err != nil {
		return value{}, err
	}
	a := args[1]
	var data []byte
	switch {
	case a.IsNone():
		return objects.None, seedFromOS(&g.mt)
	case objects.IsInt(a):
		g.mt.SeedInt(objects.ToBig(a))
		return objects.None, nil
	case objects.AsStr(a) != nil:
		data = []byte(objects.AsStr(a).S)
	case objects.AsBytes(a) != nil:
		data = objects.AsBytes(a).B
	case objects.AsByteArray(a) != nil:
		data = objects.AsByteArray(a).Snapshot()
	default:
		return value{}, objects.Errorf(objects.TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	sum := sha512.Sum512(data)
	g.mt.SeedInt(new(big.Int).SetBytes(append(append([]byte(nil), data...), sum[:]...)))
	return objects.None, nil
}

func setstateFn(c objects.Ctx, args []value, kw []string) (value, error) {
	g, err := genArg(args, 2)
	if err != nil {
		return value{}, err
	}
	t := objects.AsTuple(args[1])
	if t == nil {
		return value{}, objects.Errorf(objects.TypeErrorType, "state vector must be a tuple")
	}
	if len(t.Items) != stateWords+1 {
		return value{}, objects.Errorf(objects.ValueErrorType, "state vector is the wrong size")
	}
	words := make([]uint32, stateWords)
	for i := 0; i <= stateWords; i++ {
		n, ok := objects.AsInt64(t.Items[i])
		if !ok || n < 0 || n > 0xffffffff {
			if !objects.IsInt(t.Items[i]) {
				return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", t.Items[i].Type().Name)
			}
			return value{}, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
		if i < stateWords {
			words[i] = uint32(n)
		} else if n > stateWords {
			return value{}, objects.Errorf(objects.ValueErrorType, "invalid state")
		} else {
			g.mt.SetState(words, int(n))
		}
	}
	return objects.None, nil
}
