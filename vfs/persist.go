package vfs

import (
	"slices"
	"sync/atomic"
)

// generation numbers mark which pieces of a persistent structure the operation being built
// may still change in place. They are unique across every Flash in the process, because
// images share pieces with the Flash they came from.
var lastGen atomic.Uint64

func newGen() uint64 { return lastGen.Add(1) }

const pchunkLen = 64

type pchunk struct {
	gen uint64
	v   [pchunkLen]uint32
}

// parr is a persistent array of uint32: a change copies one 64-entry chunk (once per
// generation) and the chunk table, so every image keeps its own values for the price of the
// chunks that differ.
type parr struct {
	gen uint64
	c   []*pchunk
}

func newParr(n int64, gen uint64) parr {
	a := parr{gen: gen, c: make([]*pchunk, (n+pchunkLen-1)/pchunkLen)}
	for i := range a.c {
		a.c[i] = &pchunk{gen: gen}
	}
	return a
}

func (a *parr) get(i int64) uint32 { return a.c[i/pchunkLen].v[i%pchunkLen] }

func (a *parr) set(gen uint64, i int64, v uint32) {
	if a.gen != gen {
		a.c = slices.Clone(a.c)
		a.gen = gen
	}
	ch := a.c[i/pchunkLen]
	if ch.gen != gen {
		n := *ch
		n.gen = gen
		a.c[i/pchunkLen] = &n
		ch = &n
	}
	ch.v[i%pchunkLen] = v
}

// bitmap is a persistent bit set over blocks, 32 blocks per word.
type bitmap struct{ a parr }

func newBitmap(n int64, gen uint64) bitmap { return bitmap{newParr((n+31)/32, gen)} }

func (b *bitmap) has(i int64) bool { return b.a.get(i/32)&(1<<(i%32)) != 0 }

func (b *bitmap) put(gen uint64, i int64, on bool) {
	w := b.a.get(i / 32)
	if on {
		w |= 1 << (i % 32)
	} else {
		w &^= 1 << (i % 32)
	}
	b.a.set(gen, i/32, w)
}
