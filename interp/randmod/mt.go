// Package randmod is the Go half of weft's random module
// (interp/lib/random.py is the Python surface): the Mersenne Twister
// MT19937 generator, seeded and read exactly as CPython's random module
// documents, so that random.seed(42); random.random() gives CPython's
// numbers, plus the OS entropy source behind SystemRandom.
//
// The generator is written from Matsumoto and Nishimura's description
// (ACM TOMACS 1998): a 624-word state, the twist recurrence with the
// matrix constant 0x9908b0df, and the tempering shifts 11, 7 (0x9d2c5680),
// 15 (0xefc60000) and 18. Seeding follows the paper's init_genrand and
// init_by_array (the 2002 initialisation), which is what CPython uses for
// integer seeds: the absolute value split into 32-bit words, least
// significant first.
package randmod

import (
	"math/big"
	"sync"
)

const (
	stateWords = 624
	shiftM     = 397
	matrixA    = 0x9908b0df
	upperMask  = 0x80000000
	lowerMask  = 0x7fffffff
)

// MT is one MT19937 generator. Its methods lock mu: a random.Random
// instance is shared by every virtual thread that uses the module-level
// functions, and under free threading two carriers may draw from it at
// once; each draw must see and advance a consistent state (CPython's
// generator is likewise atomic per call).
type MT struct {
	mu    sync.Mutex
	state [stateWords]uint32
	index int // next word of state to temper; stateWords: twist first
}

// initGenrand fills the state from one 32-bit seed.
func (m *MT) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < stateWords; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = stateWords
}

// initByArray seeds from a key of 32-bit words.
func (m *MT) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := max(stateWords, len(key))
	for ; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= stateWords {
			m.state[0] = m.state[stateWords-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = stateWords - 1; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= stateWords {
			m.state[0] = m.state[stateWords-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000 // the most significant bit is 1: a non-zero state
	m.index = stateWords
}

// SeedInt seeds from a Python int as CPython does: init_by_array with the
// absolute value's 32-bit words, least significant first (one zero word
// for 0).
func (m *MT) SeedInt(n *big.Int) {
	a := new(big.Int).Abs(n)
	var key []uint32
	mask := big.NewInt(0xffffffff)
	for a.Sign() > 0 {
		key = append(key, uint32(new(big.Int).And(a, mask).Uint64()))
		a.Rsh(a, 32)
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.mu.Lock()
	m.initByArray(key)
	m.mu.Unlock()
}

// twist regenerates the whole state block; mu must be held.
func (m *MT) twist() {
	for i := 0; i < stateWords; i++ {
		y := (m.state[i] & upperMask) | (m.state[(i+1)%stateWords] & lowerMask)
		v := m.state[(i+shiftM)%stateWords] ^ (y >> 1)
		if y&1 != 0 {
			v ^= matrixA
		}
		m.state[i] = v
	}
	m.index = 0
}

// next32 returns the next tempered 32-bit output; mu must be held.
func (m *MT) next32() uint32 {
	if m.index >= stateWords {
		m.twist()
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Float returns random.random(): 53 random bits (27 from one output, 26
// from the next) scaled into [0, 1).
func (m *MT) Float() float64 {
	m.mu.Lock()
	a := m.next32() >> 5
	b := m.next32() >> 6
	m.mu.Unlock()
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// Bits returns random.getrandbits(k) for k >= 0: outputs are consumed
// least significant word first, and the last (most significant) word
// keeps only its top bits.
func (m *MT) Bits(k int) *big.Int {
	m.mu.Lock()
	defer m.mu.Unlock()
	if k <= 32 {
		if k == 0 {
			return new(big.Int)
		}
		return new(big.Int).SetUint64(uint64(m.next32() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, 4*words) // big-endian for SetBytes
	for w := 0; w < words; w++ {
		r := m.next32()
		if w == words-1 && k%32 != 0 {
			r >>= 32 - k%32
		}
		o := 4 * (words - 1 - w)
		buf[o], buf[o+1], buf[o+2], buf[o+3] = byte(r>>24), byte(r>>16), byte(r>>8), byte(r)
	}
	return new(big.Int).SetBytes(buf)
}

// State returns the 624 state words and the index, as getstate() shows
// them.
func (m *MT) State() ([]uint32, int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]uint32(nil), m.state[:]...), m.index
}

// SetState restores a State; index must be in [0, 624].
func (m *MT) SetState(words []uint32, index int) {
	m.mu.Lock()
	copy(m.state[:], words)
	m.index = index
	m.mu.Unlock()
}
